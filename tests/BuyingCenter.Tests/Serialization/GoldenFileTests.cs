using System;
using System.IO;
using System.Runtime.CompilerServices;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Serialization;

[TestClass]
public sealed class GoldenFileTests
{
    [TestMethod]
    public void ToJson_Northwind_MatchesGoldenFileByteForByte()
    {
        var result = PlanFile.Read(TestFiles.PathOf("northwind.json"));
        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));

        var canonical = PlanFile.ToJson(result.Plan!);

        if (Environment.GetEnvironmentVariable("BUYINGCENTER_UPDATE_GOLDEN") == "1")
        {
            // Review the diff of the golden file like code before committing it.
            File.WriteAllText(Path.Combine(SourceFolder(), "..", "TestData", "northwind.canonical.json"), canonical);
        }

        var golden = File.ReadAllBytes(TestFiles.PathOf("northwind.canonical.json"));
        CollectionAssert.AreEqual(golden, new System.Text.UTF8Encoding(false).GetBytes(canonical), "canonical text:\n" + canonical);
    }

    private static string SourceFolder([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;

    [TestMethod]
    public void ToJson_CanonicalText_IsIdempotent()
    {
        var canonical = TestFiles.ReadText("northwind.canonical.json");

        var again = PlanFile.Parse(canonical);

        Assert.IsTrue(again.Succeeded, string.Join("\n", again.Problems));
        Assert.AreEqual(canonical, PlanFile.ToJson(again.Plan!));
    }

    [TestMethod]
    public void ToJson_Layout_UsesTwoSpacesLineFeedsAndFinalNewline()
    {
        var canonical = PlanFile.ToJson(PlanFile.Read(TestFiles.PathOf("northwind.json")).Plan!);

        Assert.IsFalse(canonical.Contains('\r'), "no carriage returns");
        Assert.IsTrue(canonical.EndsWith("}\n", System.StringComparison.Ordinal));
        StringAssert.StartsWith(canonical, "{\n  \"schemaVersion\": 1,\n  \"account\": {\n    \"id\": \"northwind\",");
        StringAssert.Contains(canonical, "\"amount\": 480000,");
        StringAssert.Contains(canonical, "\"strength\": 0.8,");
    }
}
