using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Cli;

[TestClass]
public sealed class ChangesCommandTests
{
    /// <summary>The sample and a copy a debrief later: Dana met, now in Trouble mode and rated +3.</summary>
    private static (string Old, string New) DebriefApart(ScratchFolder scratch)
    {
        var old = scratch.Copy(CliRun.Sample, "old.json");
        var next = scratch.Copy(CliRun.Sample, "new.json");
        var debrief = CliRun.Run("debrief", next, "--person", "dana", "--outcome", "MinimumAction", "--seller", "ana", "--date", "2026-11-20", "--mode", "Trouble", "--rating", "3", "--next-step", "Send the pilot proposal");
        Assert.AreEqual(0, debrief.ExitCode, debrief.ToString());
        return (old, next);
    }

    [TestMethod]
    public void Changes_DebriefApart_TextNamesTheMovesInDomainWords()
    {
        using var scratch = new ScratchFolder();
        var (old, next) = DebriefApart(scratch);

        var run = CliRun.Run("changes", old, next, "--as-of", "2026-11-22");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, "Dana Lee: EvenKeel -> Trouble; +1 -> +3");
        StringAssert.Contains(run.Out, "Closed: LowReceptivity (Dana Lee).");
        StringAssert.Contains(run.Out, "2026-11-20, Dana Lee with Ana Ruiz: won the minimum action");
        StringAssert.Contains(HostileText.Collapse(run.Out), "Next step: Send the pilot proposal.");
        StringAssert.Contains(run.Out, "Whom to meet next, now");
        Assert.IsFalse(run.Out.Contains("Buying group\n  - Added"), "nobody joined the buying group");
    }

    [TestMethod]
    public void Changes_SameFileTwice_SaysNothingMoved()
    {
        var run = CliRun.Run("changes", CliRun.Sample, CliRun.Sample, "--as-of", "2026-11-22");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, "Coverage score unchanged");
        StringAssert.Contains(run.Out, "Nothing moved.");
    }

    [TestMethod]
    public void Changes_Json_HasTheDocumentedShape()
    {
        using var scratch = new ScratchFolder();
        var (old, next) = DebriefApart(scratch);

        var run = CliRun.Run("changes", old, next, "--as-of", "2026-11-22", "--format", "json");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        var o = doc.RootElement.GetProperty("opportunities").EnumerateArray().Single();
        // Ana already knew Dana (0.3): a later meeting won at the minimum moves the edge by +0.05 only (section 5), so Dana stays
        // Uncovered and the score holds; what the debrief closed (Stale, LowReceptivity) is under the Uncovered deduction.
        Assert.IsTrue(o.GetProperty("scoreNow").GetInt32() >= o.GetProperty("scoreThen").GetInt32());
        Assert.AreEqual(
            (decimal)(o.GetProperty("scoreThen").GetInt32() - o.GetProperty("scoreNow").GetInt32()),
            o.GetProperty("deductions").EnumerateArray().Sum(d => d.GetProperty("pointsNow").GetDecimal() - d.GetProperty("pointsThen").GetDecimal()),
            "the deductions' moves are the score's move");
        var move = o.GetProperty("buyingGroup").EnumerateArray().Single();
        Assert.AreEqual("Moved", move.GetProperty("change").GetString());
        Assert.AreEqual("EvenKeel", move.GetProperty("then").GetProperty("mode").GetString());
        Assert.AreEqual(3, move.GetProperty("now").GetProperty("rating").GetInt32());
        Assert.AreEqual("MinimumAction", o.GetProperty("meetingsHeld").EnumerateArray().Single().GetProperty("outcome").GetString());
        Assert.IsTrue(o.GetProperty("redFlags").EnumerateArray().Any(f => f.GetProperty("change").GetString() == "Closed"));
        Assert.AreEqual(3, o.GetProperty("topNow").GetArrayLength());
    }

    [TestMethod]
    public void Changes_Markdown_HasOneSectionPerKindOfMove()
    {
        using var scratch = new ScratchFolder();
        var (old, next) = DebriefApart(scratch);

        var run = CliRun.Run("changes", old, next, "--as-of", "2026-11-22", "--format", "markdown");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, "## Opportunity `fleetview-2027`");
        StringAssert.Contains(run.Out, "### Red flags");
        StringAssert.Contains(run.Out, "### Meetings held since");
        StringAssert.Contains(run.Out, "- Dana Lee: EvenKeel -> Trouble; +1 -> +3");
    }

    [TestMethod]
    [DataRow(new[] { "changes", "PLAN" }, 64)]
    [DataRow(new[] { "changes", "PLAN", "PLAN", "--since", "HEAD" }, 64)]
    [DataRow(new[] { "changes", "PLAN", "missing.json" }, 66)]
    [DataRow(new[] { "changes", "PLAN", "PLAN", "--then", "22/11/2026" }, 64)]
    [DataRow(new[] { "changes", "PLAN", "PLAN", "--opportunity", "nope" }, 64)]
    public void Changes_WrongCommandLine_DocumentedExitCode(string[] args, int expected)
    {
        var run = CliRun.Run(args.Select(a => a == "PLAN" ? CliRun.Sample : a).ToArray());

        Assert.AreEqual(expected, run.ExitCode, run.ToString());
        Assert.IsFalse(run.Error.Contains("   at "), "no stack trace");
    }

    [TestMethod]
    public void Changes_InvalidEarlierPlan_Exits65()
    {
        var run = CliRun.Run("changes", CliRun.Data("broken.json"), CliRun.Sample);

        Assert.AreEqual(65, run.ExitCode, run.ToString());
    }

    [TestMethod]
    public void Changes_SinceInAGitWorkTree_ReadsTheCommittedVersion()
    {
        using var scratch = new ScratchFolder();
        if (!Git(scratch.Path, "init", "-q"))
        {
            Assert.Inconclusive("git is not installed here; --since is tested where it is.");
        }

        var plan = scratch.Copy(CliRun.Sample, "northwind.json");
        Assert.IsTrue(Git(scratch.Path, "add", "northwind.json"));
        Assert.IsTrue(Git(scratch.Path, "-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "plan"));
        var debrief = CliRun.Run("debrief", plan, "--person", "dana", "--outcome", "BestAction", "--seller", "ana", "--date", "2026-11-20", "--rating", "3");
        Assert.AreEqual(0, debrief.ExitCode, debrief.ToString());

        var run = CliRun.Run("changes", plan, "--since", "HEAD", "--as-of", "2026-11-22", "--then", "2026-11-22");
        var unknown = CliRun.Run("changes", plan, "--since", "no-such-branch");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, "Dana Lee: +1 -> +3");
        Assert.AreEqual(64, unknown.ExitCode, unknown.ToString());
        StringAssert.Contains(unknown.Error, "no-such-branch");
    }

    [TestMethod]
    public void Changes_SinceOutsideGit_Exits66WithAWayOut()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample);

        var run = CliRun.Run("changes", plan, "--since", "HEAD~1");

        Assert.AreEqual(66, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "changes OLD NEW");
    }

    private static bool Git(string folder, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    [TestMethod]
    public void Debrief_KnownModeSetToUnknown_Exit64AndFileUntouched()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample, "northwind.json");
        var before = System.IO.File.ReadAllBytes(plan);

        var run = CliRun.Run("debrief", plan, "--person", "dana", "--outcome", "NoCommitment", "--seller", "ana", "--date", "2026-11-20", "--mode", "Unknown");

        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.ToString(), "cannot set a known mode back to Unknown");
        CollectionAssert.AreEqual(before, System.IO.File.ReadAllBytes(plan));
    }
}
