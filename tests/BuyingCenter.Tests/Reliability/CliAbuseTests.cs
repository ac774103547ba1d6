// The tool targets net10.0 only: the netstandard2.0 test run (BuyingCenter.Tests.NetStandard) leaves these out.
#if !NETSTANDARD_ASSET
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Tests.Cli;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Reliability;

/// <summary>
/// The tool under abuse, every command at once: each mistake a user can make maps to its documented exit code
/// (cli.md) with a sentence and never a stack trace. Tests/Cli covers one example of each code; this class sweeps
/// every command, odd paths and extreme dates, and throws random command lines at the tool.
/// </summary>
[TestClass]
public sealed class CliAbuseTests
{
    /// <summary>Commands that read one plan and write a result, with the arguments each needs to get that far.</summary>
    private static readonly (string Command, string[] Extra)[] PlanCommands =
    {
        ("review", Array.Empty<string>()),
        ("next", Array.Empty<string>()),
        ("meeting", new[] { "--person", "dana" }),
        ("campaign", Array.Empty<string>()),
        ("map", Array.Empty<string>()),
    };

    [TestMethod]
    public void EveryCommand_DirectoryGivenAsPlan_Exits66WithASentence()
    {
        using var scratch = new ScratchFolder();
        var folder = Directory.CreateDirectory(scratch.File("plans.json")).FullName;
        foreach (var args in AllPlanCommands(folder))
        {
            Expect(66, args);
        }

        Expect(66, "import", folder, "--account", "Northwind");
    }

    [TestMethod]
    public void EveryCommand_MissingPlanFile_Exits66WithASentence()
    {
        using var scratch = new ScratchFolder();
        foreach (var args in AllPlanCommands(scratch.File("missing.json")))
        {
            var run = Expect(66, args);
            StringAssert.Contains(run.Error, "missing.json", run.ToString());
        }

        Expect(66, "import", scratch.File("missing.csv"), "--account", "Northwind");
        Expect(66, "import", CliRun.Data("crm-contact-roles.csv"), "--account", "Northwind", "--mapping", scratch.File("missing-mapping.json"));
    }

    [TestMethod]
    public void EveryCommand_InvalidPlan_Exits65AndListsTheProblemsInTheChosenFormat()
    {
        using var scratch = new ScratchFolder();
        foreach (var args in AllPlanCommands(scratch.Copy(CliRun.Data("broken.json"))))
        {
            var run = Expect(65, args);
            StringAssert.Contains(run.Error + run.Out, "$.people[1].id", "the problem is named by its path:\n" + run);
        }

        foreach (var (command, extra) in PlanCommands.Where(c => c.Command != "map").Append(("debrief", new[] { "--person", "dana", "--outcome", "BestAction" })))
        {
            var run = Expect(65, new[] { command, scratch.File("broken.json"), "--format", "json" }.Concat(extra).ToArray());
            StringAssert.StartsWith(run.Out.TrimStart(), "{", "JSON mode gives programs the problems as JSON:\n" + run);
            StringAssert.Contains(run.Out, "\"problems\"", run.ToString());
        }
    }

    [TestMethod]
    public void EveryCommand_OutputUnderARegularFileOrOntoADirectory_Exits73AndLeavesNothing()
    {
        using var scratch = new ScratchFolder();
        var file = scratch.File("not-a-folder.txt");
        File.WriteAllText(file, "keep me");
        var folder = Directory.CreateDirectory(scratch.File("a-folder")).FullName;
        var commands = PlanCommands.Select(c => new[] { c.Command, CliRun.Sample, "--as-of", "2026-11-22" }.Concat(c.Extra).ToArray())
            .Append(new[] { "import", CliRun.Data("crm-contact-roles.csv"), "--account", "Fabrikam Health" });
        foreach (var args in commands)
        {
            foreach (var target in new[] { Path.Combine(file, "out.txt"), folder, "-o" })
            {
                var output = target == "-o" ? new[] { "-o", Path.Combine(file, "deeper", "out.txt") } : new[] { "--output", target };
                Expect(73, args.Concat(output).ToArray());
            }
        }

        Assert.AreEqual("keep me", File.ReadAllText(file), "the regular file in the way is untouched");
        CollectionAssert.AreEquivalent(new[] { file, folder }, Directory.GetFileSystemEntries(scratch.Path), "no temporary file is left behind");
        Assert.AreEqual(0, Directory.GetFileSystemEntries(folder).Length);
    }

    [TestMethod]
    public void EveryCommand_BadDatesNumbersAndNames_Exit64WithASentenceSayingWhatToType()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample);
        var two = scratch.Copy(CliRun.Data("two-opportunities.json"));
        var before = File.ReadAllText(plan);
        var cases = new List<string[]>();
        foreach (var (command, extra) in PlanCommands.Append(("debrief", new[] { "--person", "dana", "--outcome", "BestAction" })))
        {
            var baseArgs = new[] { command, plan }.Concat(extra).ToArray();
            cases.Add(baseArgs.Concat(new[] { "--as-of", "2026-02-30" }).ToArray());
            cases.Add(baseArgs.Concat(new[] { "--as-of", "tomorrow" }).ToArray());
            cases.Add(baseArgs.Concat(new[] { "--as-of" }).ToArray());
            cases.Add(baseArgs.Concat(new[] { "--opportunity", "no-such-deal" }).ToArray());
            cases.Add(baseArgs.Concat(new[] { "--what" }).ToArray());
            cases.Add(baseArgs.Concat(new[] { "--format", "pdf" }).ToArray());
            if (command != "review" && command != "map")
            {
                cases.Add(new[] { command, two }.Concat(extra).ToArray());
            }
        }

        cases.Add(new[] { "meeting", plan });
        cases.Add(new[] { "meeting", plan, "--person" });
        cases.Add(new[] { "meeting", plan, "--person", "tom" });
        cases.Add(new[] { "meeting", plan, "--person", "" });
        cases.Add(new[] { "campaign", plan, "--meetings", "0" });
        cases.Add(new[] { "campaign", plan, "--meetings", "-3" });
        cases.Add(new[] { "campaign", plan, "--meetings", "many" });
        cases.Add(new[] { "campaign", plan, "--meetings", "99999999999" });
        cases.Add(new[] { "next", plan, "--top", "-1" });
        cases.Add(new[] { "next", plan, "--top", "three" });
        cases.Add(new[] { "debrief", plan, "--outcome", "BestAction" });
        cases.Add(new[] { "debrief", plan, "--person", "dana" });
        cases.Add(new[] { "debrief", plan, "--person", "ana", "--outcome", "BestAction" });
        cases.Add(new[] { "debrief", plan, "--person", "nobody", "--outcome", "BestAction" });
        cases.Add(new[] { "debrief", plan, "--person", "dana", "--outcome", "Planned" });
        cases.Add(new[] { "debrief", plan, "--person", "dana", "--outcome", "BestAction", "--date", "2026-13-01" });
        cases.Add(new[] { "debrief", plan, "--person", "dana", "--outcome", "BestAction", "--rating", "6" });
        cases.Add(new[] { "debrief", plan, "--person", "dana", "--outcome", "BestAction", "--rating", "+9" });
        cases.Add(new[] { "debrief", plan, "--person", "dana", "--outcome", "BestAction", "--rating", "two" });
        cases.Add(new[] { "debrief", plan, "--person", "dana", "--outcome", "BestAction", "--mode", "Happy" });
        cases.Add(new[] { "debrief", plan, "--person", "dana", "--outcome", "BestAction", "--seller", "nobody" });
        cases.Add(new[] { "validate" });
        cases.Add(new[] { "format", "--check" });
        cases.Add(new[] { "import", CliRun.Data("crm-contact-roles.csv") });
        cases.Add(new[] { "map", plan, "--format", "png" });
        cases.Add(new[] { "demo", "extra-argument" });

        foreach (var args in cases)
        {
            Expect(64, args);
        }

        Assert.AreEqual(before, File.ReadAllText(plan), "no refused debrief touched the plan");
    }

    [TestMethod]
    public void AnalysisCommands_ExtremeButValidDates_NeverAnInternalError()
    {
        // 0001-01-01 puts every fact in the future; 9999-12-31 leaves no room for the campaign's later meetings.
        using var scratch = new ScratchFolder();
        foreach (var date in new[] { "0001-01-01", "1900-02-28", "9999-12-31", "9999-12-01" })
        {
            foreach (var (command, extra) in PlanCommands)
            {
                var run = Run(new[] { command, CliRun.Sample, "--as-of", date, "--format", command == "map" ? "svg" : "json" }.Concat(extra).ToArray());
                Assert.IsTrue(run.ExitCode is 0 or 64, "a valid date is an answer or a usage error, never a crash:\n" + run);
                NoStackTrace(run);
            }

            var plan = scratch.Copy(CliRun.Sample, "plan-" + date + ".json");
            var debrief = Run("debrief", plan, "--person", "dana", "--outcome", "MinimumAction", "--date", date, "--as-of", date);
            Assert.IsTrue(debrief.ExitCode is 0 or 64, debrief.ToString());
            NoStackTrace(debrief);
        }
    }

    [TestMethod]
    public void AnyCommandLine_RandomTokens_NeverAnInternalErrorNorAStackTrace()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample);
        var two = scratch.Copy(CliRun.Data("two-opportunities.json"));
        var broken = scratch.Copy(CliRun.Data("broken.json"));
        var notJson = scratch.Copy(CliRun.Data("not-json.json"));
        var csv = scratch.Copy(CliRun.Data("crm-contact-roles.csv"));
        var blocker = scratch.File("blocker");
        File.WriteAllText(blocker, "x");
        string[] commands = { "review", "next", "meeting", "campaign", "debrief", "map", "validate", "format", "import", "demo", "portfolio", "" };
        string[] tokens =
        {
            plan, plan, two, broken, notJson, csv, scratch.Path, scratch.File("missing.json"), Path.Combine(blocker, "x.json"),
            "--person", "dana", "pat", "ana", "nobody", "--outcome", "BestAction", "NoCommitment", "Planned", "--seller", "tom",
            "--opportunity", "fleetview-2027", "dispatch-upgrade", "--as-of", "--date", "2026-11-22", "9999-12-31", "0001-01-01", "22/11/2026",
            "--format", "json", "text", "markdown", "svg", "dot", "mermaid", "--output", "-o", scratch.File("out.txt"), Path.Combine(blocker, "out.txt"),
            "--top", "--meetings", "--rating", "--mode", "Growth", "0", "-1", "3", "2147483648", "--check", "--account", "Northwind Logistics",
            "--next-step", "--notes", "", " ", "--", "-", "--help", "-h", "--version", "\u00e9\u0000\u202e", new string('x', 5000), "--mapping",
        };

        var random = new Random(20261122);
        for (var i = 0; i < 150; i++)
        {
            var args = new List<string> { commands[random.Next(commands.Length)] };
            for (var n = random.Next(7); n > 0; n--)
            {
                args.Add(tokens[random.Next(tokens.Length)]);
            }

            var run = Run(args.Where(a => a.Length > 0 || random.Next(2) == 0).ToArray());
            Assert.IsTrue(run.ExitCode is 0 or 1 or 64 or 65 or 66 or 73, "args: " + Quote(args) + "\n" + run);
            NoStackTrace(run, args);
            if (run.ExitCode != 0)
            {
                Assert.IsFalse(string.IsNullOrWhiteSpace(run.Error) && string.IsNullOrWhiteSpace(run.Out), "a failure says why: " + Quote(args));
            }
        }
    }

    [TestMethod]
    public void Run_InternalErrorAndNowhereToSaveDetails_Exits70AsksForAReportAndShowsTheErrorWithoutStackTrace()
    {
        using var scratch = new ScratchFolder();
        var blocker = scratch.File("blocker");
        File.WriteAllText(blocker, "x");
        var host = new CliHost { Today = CliRun.Today, ErrorLogFolder = Path.Combine(blocker, "logs") };
        var stderr = new StringWriter { NewLine = "\n" };

        var code = BuyingCenter.Cli.App.Run(new[] { "review", CliRun.Sample }, new FailingWriter(), stderr, host);

        Assert.AreEqual(70, code, stderr.ToString());
        StringAssert.Contains(stderr.ToString(), "report", "the user is asked to report the bug");
        StringAssert.Contains(stderr.ToString(), "simulated defect", "with no log file, the details come with the message");
        Assert.IsFalse(stderr.ToString().Contains("   at ", StringComparison.Ordinal), stderr.ToString());
    }

    private static IEnumerable<string[]> AllPlanCommands(string plan)
    {
        foreach (var (command, extra) in PlanCommands)
        {
            yield return new[] { command, plan, "--as-of", "2026-11-22" }.Concat(extra).ToArray();
        }

        yield return new[] { "debrief", plan, "--person", "dana", "--outcome", "BestAction" };
        yield return new[] { "validate", plan };
        yield return new[] { "format", plan };
        yield return new[] { "format", "--check", plan };
    }

    private static CliRun Run(params string[] args) => CliRun.Run(new CliHost { Today = CliRun.Today, ErrorLogFolder = Path.GetTempPath() }, args);

    private static CliRun Expect(int code, params string[] args)
    {
        var run = Run(args);
        Assert.AreEqual(code, run.ExitCode, "args: " + Quote(args) + "\n" + run);
        Assert.IsFalse(string.IsNullOrWhiteSpace(run.Error) && string.IsNullOrWhiteSpace(run.Out), "a failure says why: " + Quote(args));
        NoStackTrace(run, args);
        return run;
    }

    private static void NoStackTrace(CliRun run, IEnumerable<string>? args = null)
    {
        var all = run.Out + run.Error;
        Assert.IsFalse(all.Contains("   at ", StringComparison.Ordinal) || all.Contains("Exception:", StringComparison.Ordinal), "no stack trace reaches the user: " + Quote(args ?? Array.Empty<string>()) + "\n" + run);
    }

    private static string Quote(IEnumerable<string> args) => string.Join(" ", args.Select(a => "'" + (a.Length > 80 ? a.Substring(0, 80) + "..." : a) + "'"));

    /// <summary>A writer that fails like a bug would (not an I/O error the tool could explain).</summary>
    private sealed class FailingWriter : StringWriter
    {
        public FailingWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override void Write(char value) => throw new InvalidOperationException("simulated defect");

        public override void Write(string? value) => throw new InvalidOperationException("simulated defect");

        public override void WriteLine(string? value) => throw new InvalidOperationException("simulated defect");
    }
}
#endif
