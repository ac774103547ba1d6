using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Cli;

/// <summary>
/// The exact bytes every command writes: standard output, standard error, the exit code and any file it writes. When the
/// library changes what it finds, these fail on purpose: regenerate with
/// <c>BUYINGCENTER_UPDATE_GOLDEN=1 dotnet test --filter GoldenFileTests</c> and review the diff like code.
/// <para>
/// By default the tool runs in-process (the JIT build). With <c>BUYINGCENTER_TOOL</c> naming an executable (the Native
/// AOT tool, .ci/package-check) every case runs that program instead, against the same golden files: the native tool
/// must write byte for byte what the JIT build writes.
/// </para>
/// </summary>
[TestClass]
public sealed class GoldenFileTests
{
    private const string AsOf = "2026-11-22";

    /// <summary>Every command, each output format, a failure of each kind that prints something of its own.</summary>
    public static IEnumerable<object[]> Cases() => new[]
    {
        Case("demo.txt", 0, "demo"),
        Case("review-northwind.txt", 0, "review", "{sample}", "--as-of", AsOf),
        Case("review-northwind.json", 0, "review", "{sample}", "--as-of", AsOf, "--format", "json"),
        Case("review-northwind.md", 0, "review", "{sample}", "--as-of", AsOf, "--format", "markdown"),
        Case("review-two-opportunities.json", 0, "review", "{cli}/two-opportunities.json", "--as-of", AsOf, "--format", "json"),
        Case("review-two-opportunities-one.txt", 0, "review", "{cli}/two-opportunities.json", "--as-of", AsOf, "--opportunity", "dispatch-upgrade"),
        Case("next-northwind.txt", 0, "next", "{sample}", "--as-of", AsOf),
        Case("next-northwind.json", 0, "next", "{sample}", "--as-of", AsOf, "--format", "json"),
        Case("next-northwind-top2.md", 0, "next", "{sample}", "--as-of", AsOf, "--format", "markdown", "--top", "2"),
        Case("meeting-northwind-dana.txt", 0, "meeting", "{sample}", "--person", "dana", "--as-of", AsOf),
        Case("meeting-northwind-dana.json", 0, "meeting", "{sample}", "--person", "dana", "--as-of", AsOf, "--format", "json"),
        Case("meeting-northwind-lin.md", 0, "meeting", "{sample}", "--person", "lin", "--as-of", AsOf, "--format", "markdown"),
        Case("campaign-northwind.txt", 0, "campaign", "{sample}", "--as-of", AsOf),
        Case("campaign-northwind.json", 0, "campaign", "{sample}", "--as-of", AsOf, "--format", "json", "--meetings", "6"),
        Case("campaign-northwind.md", 0, "campaign", "{sample}", "--as-of", AsOf, "--format", "markdown"),
        Case("debrief-northwind.json", 0, "debrief", "{copy}", "--person", "dana", "--outcome", "BestAction", "--seller", "ana",
            "--date", "2026-11-20", "--next-step", "Workshop with IT", "--mode", "Growth", "--rating", "3", "--as-of", AsOf, "--format", "json"),
        Case("debrief-northwind.txt", 0, "debrief", "{copy}", "--person", "sam", "--outcome", "NoCommitment", "--seller", "raj",
            "--date", "2026-11-20", "--as-of", AsOf),
        Case("map-northwind.dot", 0, "map", "{sample}", "--as-of", AsOf),
        Case("map-northwind.mermaid", 0, "map", "{sample}", "--as-of", AsOf, "--format", "mermaid"),
        Case("map-northwind.svg", 0, "map", "{sample}", "--as-of", AsOf, "--format", "svg"),
        Case("import-fabrikam.json", 0, "import", "{data}/crm-contact-roles.csv", "--account", "Fabrikam Health"),
        Case("portfolio.txt", 0, "portfolio", "{sample}", "{cli}/two-opportunities.json", "--as-of", AsOf),
        Case("portfolio.json", 0, "portfolio", "{sample}", "{cli}/two-opportunities.json", "--as-of", AsOf, "--format", "json"),
        Case("portfolio.md", 0, "portfolio", "{sample}", "{cli}/two-opportunities.json", "--as-of", AsOf, "--format", "markdown"),
        Case("changes-northwind.txt", 0, "changes", "{sample}", "{cli}/northwind-later.json", "--as-of", "2026-12-02"),
        Case("changes-northwind.json", 0, "changes", "{sample}", "{cli}/northwind-later.json", "--as-of", "2026-12-02", "--format", "json"),
        Case("generate-people12.json", 0, "generate", "--people", "12", "--seed", "7"),
        Case("validate-valid.txt", 0, "validate", "{sample}"),
        Case("validate-broken.txt", 65, "validate", "{cli}/broken.json", "{cli}/not-json.json"),
        Case("validate-broken.json", 65, "validate", "{cli}/broken.json", "--format", "json"),
        Case("format-check.txt", 0, "format", "{data}/northwind.canonical.json", "--check"),
        Case("format-northwind.txt", 0, "format", "{copy}"),
        Case("usage-unknown-option.txt", 64, "review", "{sample}", "--colour"),
        Case("usage-unknown-person.txt", 64, "meeting", "{sample}", "--person", "nobody", "--as-of", AsOf),
        Case("missing-file.txt", 66, "review", "{data}/no-such-plan.json", "--as-of", AsOf),
    };

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void Command_GoldenCase_WritesTheGoldenBytes(string name, int exitCode, string[] args)
    {
        using var scratch = new ScratchFolder();
        var copy = scratch.Copy(CliRun.Sample, "plan.json");
        var run = ToolRun.Run(args.Select(a => Expand(a, copy)).ToArray());

        // Paths differ between machines and runs: the golden files name them by their role.
        var actual = Normalize(run.Out, copy) + Section("stderr", Normalize(run.Error, copy)) + Section("exit", run.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");
        if (args.Contains("{copy}") && args[0] is "debrief" or "format")
        {
            actual += Section("written plan", File.ReadAllText(copy));
        }

        var goldenPath = Path.Combine(AppContext.BaseDirectory, "TestData", "golden", name);
        if (Environment.GetEnvironmentVariable("BUYINGCENTER_UPDATE_GOLDEN") == "1" && !ToolRun.IsExternal)
        {
            File.WriteAllText(Path.Combine(SourceFolder(), "..", "TestData", "golden", name), actual);
            Assert.Inconclusive($"Regenerated {name}; review the diff.");
        }

        Assert.AreEqual(exitCode, run.ExitCode, run.ToString());
        Assert.IsTrue(File.Exists(goldenPath), $"No golden file {name}; run with BUYINGCENTER_UPDATE_GOLDEN=1 to create it.");
        Assert.AreEqual(File.ReadAllText(goldenPath).Replace("\r\n", "\n"), actual, $"{name}: {(ToolRun.IsExternal ? ToolRun.External : "the in-process tool")} wrote other bytes.");
    }

    [TestMethod]
    public void Cases_EveryCommand_HasAGoldenCase()
    {
        var covered = Cases().Select(c => ((string[])c[2])[0]).ToHashSet();
        var commands = BuyingCenter.Cli.CommandTable.Create(new BuyingCenter.Cli.Infrastructure.CliContext(
            new BuyingCenter.Cli.Infrastructure.CliHost(), TextWriter.Null, TextWriter.Null)).Subcommands.Select(c => c.Name);
        CollectionAssert.AreEquivalent(commands.ToArray(), commands.Where(covered.Contains).ToArray());
    }

    [TestMethod]
    public void Review_SameArgumentsTwice_WritesTheSameBytes()
    {
        var first = ToolRun.Run("review", CliRun.Sample, "--as-of", AsOf, "--format", "json");
        var second = ToolRun.Run("review", CliRun.Sample, "--as-of", AsOf, "--format", "json");
        Assert.AreEqual(first.Out, second.Out);
    }

    private static object[] Case(string name, int exitCode, params string[] args) => new object[] { name, exitCode, args };

    private static string Expand(string arg, string copy) => arg
        .Replace("{sample}", CliRun.Sample)
        .Replace("{copy}", copy)
        .Replace("{cli}", Path.Combine(AppContext.BaseDirectory, "TestData", "cli"))
        .Replace("{data}", Path.Combine(AppContext.BaseDirectory, "TestData"));

    private static string Normalize(string text, string copy) => text
        .Replace(copy, "{copy}")
        .Replace(Path.Combine(AppContext.BaseDirectory, "TestData"), "{data}")
        .Replace(Path.GetTempPath(), "{temp}/");

    private static string Section(string title, string text) => text.Length == 0 ? string.Empty : $"--- {title}\n{text}";

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
