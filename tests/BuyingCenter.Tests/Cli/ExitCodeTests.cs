using System;
using System.IO;
using System.Linq;
using BuyingCenter.Cli.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Cli;

[TestClass]
public sealed class ExitCodeTests
{
    [TestMethod]
    public void Run_NoCommand_Exits64AndPointsToHelp()
    {
        var run = CliRun.Run();
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--help");
    }

    [TestMethod]
    public void Run_UnknownCommand_Exits64()
    {
        var run = CliRun.Run("reveiw", CliRun.Sample);
        Assert.AreEqual(64, run.ExitCode, run.ToString());
    }

    [TestMethod]
    public void Run_Help_Exits0AndListsEveryCommand()
    {
        var run = CliRun.Run("--help");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        foreach (var command in new[] { "demo", "review", "next", "meeting", "campaign", "debrief", "validate", "format", "import" })
        {
            StringAssert.Contains(run.Out, command);
        }
    }

    [TestMethod]
    public void Run_UnknownOption_Exits64WithoutTryingToOpenIt()
    {
        var run = CliRun.Run("review", CliRun.Sample, "--bogus");
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--bogus");
    }

    [TestMethod]
    public void Validate_UnknownOptionAmongFiles_Exits64NotMissingFile()
    {
        var run = CliRun.Run("validate", "--bogus", CliRun.Sample);
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        Assert.IsFalse(run.Error.Contains("Cannot open", StringComparison.Ordinal), run.ToString());
    }

    [TestMethod]
    public void Review_MissingPlanArgument_Exits64()
    {
        var run = CliRun.Run("review");
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "PLAN");
    }

    [TestMethod]
    public void Review_BadAsOf_Exits64AndShowsTheDateFormat()
    {
        var run = CliRun.Run("review", CliRun.Sample, "--as-of", "22/11/2026");
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "2026-11-22");
    }

    [TestMethod]
    public void Review_BadFormat_Exits64()
    {
        var run = CliRun.Run("review", CliRun.Sample, "--format", "yaml");
        Assert.AreEqual(64, run.ExitCode, run.ToString());
    }

    [TestMethod]
    public void Next_ZeroTop_Exits64()
    {
        var run = CliRun.Run("next", CliRun.Sample, "--top", "0");
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--top");
    }

    [TestMethod]
    public void Next_TopNotANumber_Exits64WithASentenceNotATypeName()
    {
        var run = CliRun.Run("next", CliRun.Sample, "--top", "abc");
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--top takes a whole number");
        Assert.IsFalse(run.Error.Contains("System.", StringComparison.Ordinal), run.Error);
    }

    [TestMethod]
    public void Debrief_RatingOutOfRange_Exits64AndLeavesThePlanAlone()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample);
        var before = File.ReadAllText(plan);
        var run = CliRun.Run("debrief", plan, "--person", "dana", "--outcome", "BestAction", "--seller", "ana", "--rating", "9");
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "-5 to +5");
        Assert.AreEqual(before, File.ReadAllText(plan));
    }

    [TestMethod]
    public void Review_MissingFile_Exits66WithoutStackTrace()
    {
        var run = CliRun.Run("review", Path.Combine(Path.GetTempPath(), "no-such-plan-" + Guid.NewGuid().ToString("N") + ".json"));
        Assert.AreEqual(66, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "Cannot open");
        Assert.IsFalse(run.Error.Contains("   at ", StringComparison.Ordinal), run.ToString());
    }

    [TestMethod]
    public void Review_InvalidPlan_Exits65AndPrintsEveryProblemWithLineAndColumn()
    {
        var run = CliRun.Run("review", CliRun.Data("broken.json"));
        Assert.AreEqual(65, run.ExitCode, run.ToString());
        Assert.AreEqual(string.Empty, run.Out, "text mode keeps problems off standard output");
        StringAssert.Contains(run.Error, "line ");
        StringAssert.Contains(run.Error, "column ");
        var problemLines = run.Error.Split('\n').Count(l => l.StartsWith("  $", StringComparison.Ordinal));
        Assert.IsTrue(problemLines >= 3, "duplicate id, unknown relationship end and rating out of range are all reported:\n" + run);
        Assert.IsFalse(run.Error.Contains("   at ", StringComparison.Ordinal), run.ToString());
    }

    [TestMethod]
    public void Next_SeveralOpportunitiesNoneChosen_Exits64AndNamesThem()
    {
        var run = CliRun.Run("next", CliRun.Data("two-opportunities.json"));
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--opportunity fleetview-2027");
        StringAssert.Contains(run.Error, "--opportunity dispatch-upgrade");
    }

    [TestMethod]
    public void Next_UnknownOpportunity_Exits64()
    {
        var run = CliRun.Run("next", CliRun.Sample, "--opportunity", "nope");
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--opportunity fleetview-2027");
    }

    [TestMethod]
    public void Meeting_UnknownPerson_Exits64AndListsPeople()
    {
        var run = CliRun.Run("meeting", CliRun.Sample, "--person", "nobody");
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--person dana");
    }

    [TestMethod]
    public void Meeting_SellerGivenAsPerson_Exits64AndSaysItIsASeller()
    {
        var run = CliRun.Run("meeting", CliRun.Sample, "--person", "ana");
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "seller");
    }

    [TestMethod]
    public void Meeting_MissingPersonOption_Exits64()
    {
        var run = CliRun.Run("meeting", CliRun.Sample);
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--person");
    }

    [TestMethod]
    public void Debrief_BadOutcome_Exits64AndLeavesThePlanAlone()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample);
        var before = File.ReadAllText(plan);
        var run = CliRun.Run("debrief", plan, "--person", "dana", "--outcome", "Great");
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "BestAction");
        Assert.AreEqual(before, File.ReadAllText(plan));
    }

    [TestMethod]
    public void Debrief_PersonGivenAsSeller_Exits64()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample);
        var run = CliRun.Run("debrief", plan, "--person", "dana", "--outcome", "BestAction", "--seller", "pat");
        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--seller ana");
    }

    [TestMethod]
    public void Review_OutputIntoMissingFolder_Exits73AndLeavesNoFile()
    {
        using var scratch = new ScratchFolder();
        var target = Path.Combine(scratch.Path, "no-such-folder", "review.json");
        var run = CliRun.Run("review", CliRun.Sample, "--as-of", "2026-11-22", "--format", "json", "--output", target);
        Assert.AreEqual(73, run.ExitCode, run.ToString());
        Assert.IsFalse(File.Exists(target));
        Assert.AreEqual(0, Directory.GetFileSystemEntries(scratch.Path, "*", SearchOption.AllDirectories).Length, "no temporary file is left behind");
    }

    [TestMethod]
    public void Review_OutputOverADirectory_Exits73AndLeavesNoTemporaryFile()
    {
        using var scratch = new ScratchFolder();
        var target = Directory.CreateDirectory(scratch.File("taken")).FullName;
        var run = CliRun.Run("review", CliRun.Sample, "--as-of", "2026-11-22", "--output", target);
        Assert.AreEqual(73, run.ExitCode, run.ToString());
        Assert.AreEqual(1, Directory.GetFileSystemEntries(scratch.Path).Length, "only the directory itself remains:\n" + string.Join("\n", Directory.GetFileSystemEntries(scratch.Path)));
    }

    [TestMethod]
    public void Review_OutputToFile_WritesWholeResultAndNothingOnStdout()
    {
        using var scratch = new ScratchFolder();
        var target = scratch.File("review.md");
        var run = CliRun.Run("review", CliRun.Sample, "--as-of", "2026-11-22", "--format", "markdown", "--output", target);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual(string.Empty, run.Out);
        StringAssert.StartsWith(File.ReadAllText(target), "# Account review: Northwind Logistics");
    }

    [TestMethod]
    public void Next_OutputOverAnExistingFileWithForce_ReplacesItWhole()
    {
        using var scratch = new ScratchFolder();
        var target = scratch.File("next.json");
        File.WriteAllText(target, new string('x', 100_000));
        var run = CliRun.Run("next", CliRun.Sample, "--as-of", "2026-11-22", "--format", "json", "-o", target, "--force");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(target));
        Assert.AreEqual("northwind", doc.RootElement.GetProperty("account").GetString());
        Assert.AreEqual(1, Directory.GetFiles(scratch.Path).Length, "no temporary file is left beside it");
    }

    [TestMethod]
    public void Run_InternalError_Exits70AndSavesTheStackTraceForTheReport()
    {
        using var scratch = new ScratchFolder();
        var host = new CliHost { Today = CliRun.Today, ErrorLogFolder = scratch.Path };
        var stderr = new StringWriter();
        var code = BuyingCenter.Cli.App.Run(new[] { "validate", CliRun.Sample }, new BrokenWriter(), stderr, host);
        Assert.AreEqual(70, code, stderr.ToString());
        StringAssert.Contains(stderr.ToString(), "report");
        var log = Directory.GetFiles(scratch.Path).Single();
        StringAssert.Contains(stderr.ToString(), log);
        StringAssert.Contains(File.ReadAllText(log), "at ");
        Assert.IsFalse(stderr.ToString().Contains("   at ", StringComparison.Ordinal), "the stack trace stays in the file");
    }

    /// <summary>A writer that fails like a bug would: not an I/O error the tool could explain.</summary>
    private sealed class BrokenWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("simulated defect");

        public override void Write(string? value) => throw new InvalidOperationException("simulated defect");

        public override void WriteLine(string? value) => throw new InvalidOperationException("simulated defect");
    }
}
