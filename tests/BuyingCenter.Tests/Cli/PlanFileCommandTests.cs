using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Cli;

/// <summary>The commands that read and write plan files: validate, format, debrief, import.</summary>
[TestClass]
public sealed class PlanFileCommandTests
{
    [TestMethod]
    public void Validate_ValidAndBrokenFiles_Exits65AndStillReportsTheValidOne()
    {
        var run = CliRun.Run("validate", CliRun.Sample, CliRun.Data("broken.json"));
        Assert.AreEqual(65, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, "northwind.json: valid");
        StringAssert.Contains(run.Error, "broken.json");
    }

    [TestMethod]
    public void Validate_NotJson_Exits65WithLineAndColumn()
    {
        var run = CliRun.Run("validate", CliRun.Data("not-json.json"));
        Assert.AreEqual(65, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "line ");
    }

    [TestMethod]
    public void Validate_MissingFile_Exits66()
    {
        var run = CliRun.Run("validate", CliRun.Data("missing.json"));
        Assert.AreEqual(66, run.ExitCode, run.ToString());
    }

    [TestMethod]
    public void Format_NonCanonicalPlan_CheckNamesItThenFormatFixesIt()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample);
        File.WriteAllText(plan, File.ReadAllText(plan).Replace("\n", "\n\n"));
        var before = File.ReadAllText(plan);

        var check = CliRun.Run("format", plan, "--check");
        Assert.AreEqual(1, check.ExitCode, check.ToString());
        StringAssert.Contains(check.Out, plan);
        Assert.AreEqual(before, File.ReadAllText(plan), "--check changes nothing");

        var format = CliRun.Run("format", plan);
        Assert.AreEqual(0, format.ExitCode, format.ToString());
        Assert.AreNotEqual(before, File.ReadAllText(plan));

        var recheck = CliRun.Run("format", plan, "--check");
        Assert.AreEqual(0, recheck.ExitCode, recheck.ToString());
        Assert.AreEqual(string.Empty, recheck.Out);
    }

    [TestMethod]
    public void Format_KeepsUnknownProperties()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.File("plan.json");
        File.WriteAllText(plan, WithExtension(File.ReadAllText(CliRun.Sample)));
        var run = CliRun.Run("format", plan);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(File.ReadAllText(plan), "\"x-crm\"");
        StringAssert.Contains(File.ReadAllText(plan), "0061T000");
    }

    [TestMethod]
    public void Format_BrokenPlan_Exits65AndLeavesItUntouched()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Data("broken.json"));
        var before = File.ReadAllText(plan);
        var run = CliRun.Run("format", plan);
        Assert.AreEqual(65, run.ExitCode, run.ToString());
        Assert.AreEqual(before, File.ReadAllText(plan));
    }

    [TestMethod]
    public void Debrief_RecordsTheMeetingKeepsUnknownPropertiesAndShowsTheNewTop()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.File("plan.json");
        File.WriteAllText(plan, WithExtension(File.ReadAllText(CliRun.Sample)));

        var run = CliRun.Run("debrief", plan, "--person", "dana", "--outcome", "BestAction", "--seller", "ana",
            "--date", "2026-11-21", "--next-step", "Workshop on 2026-12-03", "--mode", "Growth", "--rating", "3",
            "--as-of", "2026-11-22", "--format", "json");
        Assert.AreEqual(0, run.ExitCode, run.ToString());

        var saved = JsonNode.Parse(File.ReadAllText(plan))!;
        Assert.AreEqual("0061T000", saved["x-crm"]!["id"]!.GetValue<string>(), "unknown properties survive the round trip");
        var meeting = saved["meetings"]!.AsArray().Single(m => m!["date"]!.GetValue<string>() == "2026-11-21")!;
        Assert.AreEqual("BestAction", meeting["outcome"]!.GetValue<string>());
        Assert.AreEqual("Workshop on 2026-12-03", meeting["nextStep"]!.GetValue<string>());
        var dana = saved["opportunities"]![0]!["influences"]!.AsArray().Single(i => i!["person"]!.GetValue<string>() == "dana")!;
        Assert.AreEqual(3, dana["rating"]!.GetValue<int>());
        Assert.AreEqual("Growth", dana["mode"]!.GetValue<string>());

        using var output = JsonDocument.Parse(run.Out);
        Assert.AreEqual(1, output.RootElement.GetProperty("recommendations").GetArrayLength(), "the new top recommendation");
        Assert.AreEqual(0, Directory.GetFiles(scratch.Path).Length - 1, "no temporary file is left beside the plan");
    }

    [TestMethod]
    public void Debrief_SameDebriefReadBack_IsAValidPlan()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample);
        var debrief = CliRun.Run("debrief", plan, "--person", "sam", "--outcome", "NoCommitment", "--seller", "raj", "--date", "2026-11-20");
        Assert.AreEqual(0, debrief.ExitCode, debrief.ToString());
        var validate = CliRun.Run("validate", plan);
        Assert.AreEqual(0, validate.ExitCode, validate.ToString());
    }

    [TestMethod]
    public void Debrief_NobodyKnowsThePersonAndNoSellerGiven_Exits64AndNamesTheSellers()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample);
        var before = File.ReadAllText(plan);
        var run = CliRun.Run("debrief", plan, "--person", "sam", "--outcome", "NoCommitment");
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--seller raj");
        Assert.IsFalse(run.Error.Contains("(Parameter", StringComparison.Ordinal), run.Error);
        Assert.AreEqual(before, File.ReadAllText(plan));
    }

    [TestMethod]
    public void Import_SampleExport_WritesAValidPlan()
    {
        using var scratch = new ScratchFolder();
        var target = scratch.File("fabrikam.json");
        var csv = Path.Combine(AppContext.BaseDirectory, "TestData", "cli", "crm-contact-roles.csv");
        var run = CliRun.Run("import", csv, "--account", "Fabrikam Health", "--output", target);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual(string.Empty, run.Out);
        var validate = CliRun.Run("validate", target);
        Assert.AreEqual(0, validate.ExitCode, validate.ToString());
    }

    [TestMethod]
    public void Import_UnknownAccount_Exits65AndWritesNothing()
    {
        using var scratch = new ScratchFolder();
        var target = scratch.File("nobody.json");
        var csv = Path.Combine(AppContext.BaseDirectory, "TestData", "cli", "crm-contact-roles.csv");
        var run = CliRun.Run("import", csv, "--account", "No Such Account", "--output", target);
        Assert.AreEqual(65, run.ExitCode, run.ToString());
        Assert.IsFalse(File.Exists(target));
    }

    [TestMethod]
    public void Import_MissingCsv_Exits66()
    {
        var run = CliRun.Run("import", CliRun.Data("missing.csv"), "--account", "Fabrikam Health");
        Assert.AreEqual(66, run.ExitCode, run.ToString());
    }

    /// <summary>A CRM's extension at the top level, as a CRM adapter would leave it.</summary>
    private static string WithExtension(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Add("x-crm", new JsonObject { ["id"] = "0061T000", ["synced"] = "2026-11-01" });
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
