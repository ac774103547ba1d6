using System;
using System.IO;
using System.Runtime.CompilerServices;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Cli;

/// <summary>
/// The exact JSON of <c>review</c> and <c>next</c> on the sample. When the library changes what it finds, these
/// fail on purpose: regenerate with <c>BUYINGCENTER_UPDATE_GOLDEN=1 dotnet test --filter GoldenFileTests</c>
/// and review the diff like code.
/// </summary>
[TestClass]
public sealed class GoldenFileTests
{
    [TestMethod]
    public void Review_NorthwindJson_MatchesGoldenFile() =>
        AssertGolden("review-northwind.json", "review", CliRun.Sample, "--as-of", "2026-11-22", "--format", "json");

    [TestMethod]
    public void Next_NorthwindJson_MatchesGoldenFile() =>
        AssertGolden("next-northwind.json", "next", CliRun.Sample, "--as-of", "2026-11-22", "--format", "json");

    [TestMethod]
    public void Review_SameArgumentsTwice_WritesTheSameBytes()
    {
        var first = CliRun.Run("review", CliRun.Sample, "--as-of", "2026-11-22", "--format", "json");
        var second = CliRun.Run("review", CliRun.Sample, "--as-of", "2026-11-22", "--format", "json");
        Assert.AreEqual(first.Out, second.Out);
    }

    private static void AssertGolden(string name, params string[] args)
    {
        var run = CliRun.Run(args);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var expectedPath = Path.Combine(AppContext.BaseDirectory, "TestData", "golden", name);
        if (Environment.GetEnvironmentVariable("BUYINGCENTER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), "..", "TestData", "golden", name), run.Out);
            Assert.Inconclusive($"Regenerated {name}; review the diff.");
        }

        Assert.IsTrue(File.Exists(expectedPath), $"No golden file {name}; run with BUYINGCENTER_UPDATE_GOLDEN=1 to create it.");
        Assert.AreEqual(File.ReadAllText(expectedPath).Replace("\r\n", "\n"), run.Out);
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
