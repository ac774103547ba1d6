using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Newtonsoft.Json.Linq;

namespace BuyingCenter.Tests.Cli;

/// <summary>No command may overwrite or corrupt a file it should not: outputs, read-only files and folders, two writers at once.</summary>
/// <remarks>File modes are Unix permissions; Windows keeps read-only as an attribute, which these tests do not set.</remarks>
[TestClass]
[OSCondition(OperatingSystems.Linux | OperatingSystems.OSX)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SafeOutputTests
{
    private const string AsOf = "2026-11-22";

    /// <summary>Every command that writes, with the plan it reads as PLAN and its output (or rewritten plan) as OUT.</summary>
    private static readonly (string Name, string[] Args, bool RewritesPlan)[] Writers =
    {
        ("review", new[] { "review", "PLAN", "--as-of", AsOf, "--output", "OUT" }, false),
        ("next", new[] { "next", "PLAN", "--as-of", AsOf, "--output", "OUT" }, false),
        ("meeting", new[] { "meeting", "PLAN", "--person", "dana", "--as-of", AsOf, "--output", "OUT" }, false),
        ("campaign", new[] { "campaign", "PLAN", "--as-of", AsOf, "--output", "OUT" }, false),
        ("map", new[] { "map", "PLAN", "--as-of", AsOf, "--format", "svg", "--output", "OUT" }, false),
        ("portfolio", new[] { "portfolio", "PLAN", "--as-of", AsOf, "--output", "OUT" }, false),
        ("import", new[] { "import", "CSV", "--account", "Fabrikam Health", "--output", "OUT" }, false),
        ("generate", new[] { "generate", "--people", "8", "--output", "OUT" }, false),
        ("format", new[] { "format", "OUT" }, true),
        ("debrief", new[] { "debrief", "OUT", "--person", "dana", "--outcome", "BestAction", "--date", "2026-11-20", "--as-of", AsOf }, true),
        ("import --merge", new[] { "import", "CSV", "--account", "Fabrikam Health", "--merge", "OUT" }, true),
    };

    [TestMethod]
    public void EveryWritingCommand_InputAsOutputExistingReadOnlyFileAndFolder_Exits73AndChangesNoByteNorMode()
    {
        foreach (var (name, args, rewrites) in Writers)
        {
            foreach (var kind in new[] { "input", "existing", "read-only file", "read-only folder" })
            {
                if ((rewrites && kind is "input" or "existing") || (kind == "input" && name is "generate"))
                {
                    continue;
                }

                using var scratch = new ScratchFolder();
                var folder = Directory.CreateDirectory(Path.Combine(scratch.Path, "f")).FullName;
                var plan = Path.Combine(folder, "plan.json");
                var csv = Path.Combine(folder, "export.csv");
                File.Copy(CliRun.Sample, plan);
                File.Copy(CliRun.Data("../crm-contact-roles.csv"), csv);
                var output = kind switch
                {
                    "input" => name == "import" ? csv : plan,
                    _ when rewrites => plan,
                    _ => Path.Combine(folder, "out.txt"),
                };
                if (!File.Exists(output))
                {
                    File.WriteAllText(output, "a file someone cares about\n");
                }

                if (kind == "read-only file")
                {
                    File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
                }

                var before = Snapshot(folder);
                var folderMode = File.GetUnixFileMode(folder);
                if (kind == "read-only folder")
                {
                    File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
                }

                try
                {
                    var run = CliRun.Run(args.Select(a => a switch { "PLAN" => plan, "CSV" => csv, "OUT" => output, _ => a }).ToArray());
                    Assert.AreEqual(73, run.ExitCode, $"{name}, {kind}: {run}");
                    StringAssert.Contains(run.Error, "Nothing was written", $"{name}, {kind}");
                    if (kind == "existing")
                    {
                        StringAssert.Contains(run.Error, "--force", $"{name}, {kind}");
                    }
                }
                finally
                {
                    File.SetUnixFileMode(folder, folderMode);
                }

                CollectionAssert.AreEqual(before, Snapshot(folder), $"{name}, {kind}: every file, byte and mode as it was, nothing added");
            }
        }
    }

    [TestMethod]
    public void Review_InputAsOutputEvenWithForceOrAnotherSpelling_Exits73()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample, "plan.json");
        var before = File.ReadAllBytes(plan);

        var run = CliRun.Run("review", plan, "--output", Path.Combine(scratch.Path, ".", "plan.json"), "--force");

        Assert.AreEqual(73, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "input of this command");
        CollectionAssert.AreEqual(before, File.ReadAllBytes(plan));
    }

    [TestMethod]
    public void Import_OutputOverExistingPlanWithoutForce_Exits73AndPointsToMerge()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample, "curated.json");
        var before = File.ReadAllBytes(plan);

        var run = CliRun.Run("import", CliRun.Data("../crm-contact-roles.csv"), "--account", "Fabrikam Health", "--output", plan);

        Assert.AreEqual(73, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--force");
        CollectionAssert.AreEqual(before, File.ReadAllBytes(plan));
    }

    [TestMethod]
    public void ImportMerge_IntoCuratedPlan_AddsPeopleRolesAndRelationshipsAndKeepsEverythingElse()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample, "plan.json");
        var original = PlanFile.Read(plan).Plan!;

        var run = CliRun.Run("import", CliRun.Data("../crm-contact-roles.csv"), "--account", "Fabrikam Health", "--merge", plan);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var merged = PlanFile.Read(plan).Plan!;
        var was = JObject.Parse(PlanFile.ToJson(original));
        var now = JObject.Parse(PlanFile.ToJson(merged));
        foreach (var kept in new[] { "account", "sellers", "meetings" })
        {
            Assert.IsTrue(JToken.DeepEquals(was[kept], now[kept]), kept + " kept as they were");
        }

        Assert.IsTrue(JToken.DeepEquals(was["opportunities"]![0], now["opportunities"]![0]), "the curated opportunity kept");
        Assert.IsTrue(((JArray)was["people"]!).All(p => ((JArray)now["people"]!).Any(q => JToken.DeepEquals(p, q))), "every person kept as curated");
        Assert.IsTrue(merged.People.Count > original.People.Count, "the export's people added");
        Assert.IsTrue(merged.Opportunities.Count > original.Opportunities.Count, "the export's opportunities added with their roles");
        Assert.IsTrue(original.Relationships.All(merged.Relationships.Contains), "relationships kept");
        StringAssert.Contains(run.Error, "Added: Person");
    }

    [TestMethod]
    public void PlanMerge_ExportDisagreesWithPlan_KeepsThePlansAndReportsTheConflict()
    {
        var plan = new AccountPlanBuilder().WithAccount("a", "A").AddPerson("dana", "Dana Lee", "CFO")
            .AddOpportunity(new Opportunity { Id = "o", SingleSalesObjective = "A buys", Influences = new[] { new BuyingInfluence { PersonId = "dana", Roles = BuyingRoles.Economic, Notes = "curated" } } })
            .Build();
        var export = new AccountPlanBuilder().WithAccount("a", "A").AddPerson("dana", "Dana Lee", "Chief Financial Officer").AddPerson("sam", "Sam Novak")
            .AddRelationship("sam", RelationshipKind.ReportsTo, "dana")
            .AddOpportunity(new Opportunity { Id = "o", SingleSalesObjective = "A buys", Influences = new[] { new BuyingInfluence { PersonId = "dana", Roles = BuyingRoles.Technical }, new BuyingInfluence { PersonId = "sam", Roles = BuyingRoles.User } } })
            .Build();

        var result = BuyingCenter.Import.PlanMerge.Merge(plan, export);

        Assert.AreEqual("CFO", result.Plan.FindPerson("dana")!.Title);
        Assert.AreEqual(BuyingRoles.Economic, result.Plan.FindOpportunity("o")!.FindInfluence("dana")!.Roles);
        Assert.AreEqual("curated", result.Plan.FindOpportunity("o")!.FindInfluence("dana")!.Notes);
        Assert.AreEqual(BuyingRoles.User, result.Plan.FindOpportunity("o")!.FindInfluence("sam")!.Roles);
        Assert.AreEqual(1, result.Plan.Relationships.Count);
        Assert.AreEqual(3, result.Added.Count, string.Join("\n", result.Added));
        Assert.AreEqual(2, result.Conflicts.Count, string.Join("\n", result.Conflicts));
    }

    [TestMethod]
    public void Debrief_TwoWritersStartedTogetherManyTimes_BothMeetingsOrOneAndARefusal()
    {
        using var scratch = new ScratchFolder();
        var refusals = 0;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var plan = Path.Combine(scratch.Path, $"plan-{attempt}.json");
            File.Copy(CliRun.Sample, plan);
            var before = PlanFile.Read(plan).Plan!.Meetings.Count;

            // Half the tries give up at once, so the refusal is exercised as often as the wait.
            var host = new CliHost { Today = CliRun.Today, LockWait = attempt % 2 == 0 ? TimeSpan.FromSeconds(10) : TimeSpan.Zero };
            using var start = new Barrier(2);
            var runs = new[] { "dana", "pat" }.Select(person => Task.Run(() =>
            {
                start.SignalAndWait();
                return CliRun.Run(host, "debrief", plan, "--person", person, "--outcome", "BestAction", "--date", "2026-11-21", "--as-of", AsOf);
            })).ToArray();
            Task.WaitAll(runs);

            var codes = runs.Select(r => r.Result.ExitCode).OrderBy(c => c).ToArray();
            var after = PlanFile.Read(plan).Plan!;
            if (codes.SequenceEqual(new[] { 0, 0 }))
            {
                Assert.AreEqual(before + 2, after.Meetings.Count, "both meetings recorded");
            }
            else
            {
                CollectionAssert.AreEqual(new[] { 0, 75 }, codes, string.Join("\n", runs.Select(r => r.Result.ToString())));
                Assert.AreEqual(before + 1, after.Meetings.Count, "the change that was made is there");
                StringAssert.Contains(runs.Single(r => r.Result.ExitCode == 75).Result.Error, plan + ".lock");
                refusals++;
            }

            Assert.IsFalse(File.Exists(plan + ".lock"), "the lock is removed after the save");
        }

        Assert.AreEqual(2, Directory.GetFiles(scratch.Path).Length / 10, "no temporary or lock file left");
        _ = refusals;
    }

    [TestMethod]
    public void Debrief_StaleLock_Exits75NamingTheLockAndHowToClearIt()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample, "plan.json");
        File.WriteAllText(plan + ".lock", string.Empty);
        var before = File.ReadAllBytes(plan);

        var run = CliRun.Run(new CliHost { Today = CliRun.Today, LockWait = TimeSpan.FromMilliseconds(100) }, "debrief", plan, "--person", "dana", "--outcome", "BestAction");

        Assert.AreEqual(75, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "delete " + plan + ".lock");
        CollectionAssert.AreEqual(before, File.ReadAllBytes(plan));
    }

    [TestMethod]
    public void Save_TemporaryFileLeftByAKilledSave_RemovedByTheNextSave()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample, "plan.json");
        var leftover = Path.Combine(scratch.Path, ".plan.json." + Guid.NewGuid().ToString("N") + ".tmp");
        var unrelated = Path.Combine(scratch.Path, ".other.json." + Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllText(leftover, "{ half a pl");
        File.WriteAllText(unrelated, "another plan's save under way");

        PlanFile.Save(PlanFile.Read(plan).Plan!, plan);

        Assert.IsFalse(File.Exists(leftover), "this plan's leftover is removed");
        Assert.IsTrue(File.Exists(unrelated), "another plan's temporary file is not touched");
    }

    [TestMethod]
    public void Save_ReadOnlyPlan_RefusedEvenAsRootAndModeKept()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample, "plan.json");
        File.SetUnixFileMode(plan, UnixFileMode.UserRead);
        var before = File.ReadAllBytes(plan);

        Assert.ThrowsExactly<UnauthorizedAccessException>(() => PlanFile.Save(PlanFile.Read(plan).Plan!, plan));

        CollectionAssert.AreEqual(before, File.ReadAllBytes(plan));
        Assert.AreEqual(UnixFileMode.UserRead, File.GetUnixFileMode(plan));
        File.SetUnixFileMode(plan, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [TestMethod]
    public void Save_WritablePlan_KeepsItsPermissions()
    {
        using var scratch = new ScratchFolder();
        var plan = scratch.Copy(CliRun.Sample, "plan.json");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(plan, mode);

        var run = CliRun.Run("debrief", plan, "--person", "dana", "--outcome", "BestAction", "--as-of", AsOf);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual(mode, File.GetUnixFileMode(plan));
    }

    [TestMethod]
    public void FormatCheck_EveryPlanShippedInTheRepository_IsCanonical()
    {
        var root = RepositoryRoot();
        var plans = Directory.GetFiles(Path.Combine(root, "samples"), "*.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Concat(new[] { "northwind.canonical.json", "cli/two-opportunities.json" }.Select(f => Path.Combine(root, "tests", "BuyingCenter.Tests", "TestData", f)))
            .ToArray();

        var run = CliRun.Run(new[] { "format", "--check" }.Concat(plans).ToArray());

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.IsTrue(plans.Length >= 3, string.Join(", ", plans));
    }

    [TestMethod]
    public void Format_HandWrittenPlanInTheDocumentedStyle_ChangesOnlyLayout()
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "plan-format.md"));
        var example = Regex.Match(markdown, "```json\n(\\{\n  \"schemaVersion\".*?\n\\})\n```", RegexOptions.Singleline).Groups[1].Value;
        Assert.AreNotEqual(string.Empty, example, "the plan-format page has a whole example plan");
        using var scratch = new ScratchFolder();
        var plan = scratch.File("hand-written.json");
        File.WriteAllText(plan, example + "\n");

        var run = CliRun.Run("format", plan);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.IsTrue(JToken.DeepEquals(JToken.Parse(example), JToken.Parse(File.ReadAllText(plan))), "the same properties and values, nothing added or removed:\n" + File.ReadAllText(plan));
    }

    [TestMethod]
    public void Map_TwoOpportunitiesNoneChosen_Exits64NamingThem()
    {
        var run = CliRun.Run("map", CliRun.Data("two-opportunities.json"), "--as-of", AsOf);

        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--opportunity dispatch-upgrade");
    }

    [TestMethod]
    public void Next_AsOfBeforeRecordedMeetings_WarnsNamingThemAndIgnoresThem()
    {
        var run = CliRun.Run("meeting", CliRun.Sample, "--person", "pat", "--as-of", "2026-10-01", "--format", "json");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "m-2026-11-02");
        StringAssert.Contains(run.Error, "not yet known");
        Assert.IsFalse(run.Out.Contains("2026-11-02", StringComparison.Ordinal), "the meeting of 2026-11-02 is not known on 2026-10-01:\n" + run.Out);
    }

    [TestMethod]
    public void Review_AsOfAfterEveryRecord_NoWarning()
    {
        var run = CliRun.Run("review", CliRun.Sample, "--as-of", AsOf);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual(string.Empty, run.Error);
    }

    [TestMethod]
    public void AccountReview_AsOfBeforeAHeldMeeting_LastContactIsTheEarlierOne()
    {
        var plan = PlanFile.Read(CliRun.Sample).Plan!;

        var before = BuyingCenter.Analysis.AccountAnalysis.Create(plan, new DateTime(2026, 10, 1));
        var after = BuyingCenter.Analysis.AccountAnalysis.Create(plan, new DateTime(2026, 11, 22));

        Assert.AreNotEqual(new DateTime(2026, 11, 2), before.GetLastContact("pat"), "a meeting held after the as-of date is not yet known");
        Assert.AreEqual(new DateTime(2026, 11, 2), after.GetLastContact("pat"));
    }

    [TestMethod]
    public void Run_Typos_DidYouMean()
    {
        var command = CliRun.Run("reveiw", CliRun.Sample);
        var option = CliRun.Run("review", CliRun.Sample, "--asof", AsOf);
        var person = CliRun.Run("meeting", CliRun.Sample, "--person", "Okafor", "--as-of", AsOf);

        Assert.AreEqual(64, command.ExitCode);
        StringAssert.Contains(command.Error, "Did you mean 'review'?");
        Assert.AreEqual(64, option.ExitCode);
        StringAssert.Contains(option.Error, "Did you mean '--as-of'?");
        Assert.AreEqual(64, person.ExitCode);
        StringAssert.Contains(person.Error, "Did you mean --person pat (Pat Okafor)?");
    }

    [TestMethod]
    public void Generate_SeveralAccountsIntoAFolder_SeededPlansPortfolioReads()
    {
        using var scratch = new ScratchFolder();
        var folder = Path.Combine(scratch.Path, "portfolio");

        var first = CliRun.Run("generate", "--accounts", "3", "--people", "10", "--seed", "7", "--output", folder);
        var texts = Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var again = CliRun.Run("generate", "--accounts", "3", "--people", "10", "--seed", "7", "--output", folder, "--force");
        var portfolio = CliRun.Run("portfolio", folder, "--as-of", AsOf, "--format", "json");

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        Assert.AreEqual(3, texts.Count);
        Assert.AreEqual(0, again.ExitCode, again.ToString());
        CollectionAssert.AreEqual(texts, Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToList(), "the same seed gives the same plans");
        Assert.AreEqual(0, portfolio.ExitCode, portfolio.ToString());
    }

    [TestMethod]
    public void Review_NarrowTerminal_WrapsAtWordBoundaries()
    {
        var run = CliRun.Run(new CliHost { Today = CliRun.Today, Width = 80 }, "review", CliRun.Sample, "--as-of", AsOf);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var lines = run.Out.Split('\n');
        Assert.IsTrue(lines.All(l => l.TrimEnd().Length <= 80), "no line over 80 columns");
        foreach (var word in new[] { "Uncovered", "Economic", "Technical", "EvenKeel", "Financial" })
        {
            Assert.IsFalse(lines.Any(l => l.TrimEnd().EndsWith(word.Substring(0, word.Length - 2), StringComparison.Ordinal)), word + " is never cut:\n" + run.Out);
        }
    }

    private static List<string> Snapshot(string folder) =>
        Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => $"{Path.GetFileName(f)} {File.GetUnixFileMode(f)} {Convert.ToBase64String(File.ReadAllBytes(f))}")
            .Append("folder " + File.GetUnixFileMode(folder))
            .ToList();

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "BuyingCenter.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root is not above " + AppContext.BaseDirectory);
    }
}
