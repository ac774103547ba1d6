using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Samples;

/// <summary>Runs each workshop sample in-process, as a facilitator would run it, and checks it tells something real.</summary>
[TestClass]
public sealed class SampleTests
{
    private static (int Exit, string Output) Run(Func<string[], TextWriter, int> sample, params string[] args)
    {
        using var output = new StringWriter();
        var exit = sample(args, output);
        return (exit, output.ToString());
    }

    [TestMethod]
    public void CrmMapping_Runs_MapsRolesAndReportsTheUnknownOne()
    {
        var (exit, output) = Run(global::CrmMapping.CrmMappingSample.Run);

        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, "Amara Nwosu");
        StringAssert.Contains(output, "Economic");
        StringAssert.Contains(output, "Unknown CRM roles to add to the mapping: Gatekeeper");
        StringAssert.Contains(output, "line 4, Contact Role");
        StringAssert.Contains(output, "1 of another account skipped");
    }

    [TestMethod]
    public void BuildAndReview_Runs_PrintsScoreAndDerivedFunnelPosition()
    {
        var (exit, output) = Run(global::BuildAndReview.BuildAndReviewSample.Run);

        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, "Built the plan of Adatum Manufacturing: 5 people, 2 sellers, 8 relationships.");
        StringAssert.Matches(output, new Regex(@"Coverage score \d{1,3}/100 \((Red|Amber|Green)\)"));
        StringAssert.Matches(output, new Regex(@"High +Uncontacted +Olga Brandt \(Economic\)"), "nobody on our team knows the COO");
        StringAssert.Contains(output, "Funnel position derived from the plan: AboveTheFunnel (the seller claims BestFew: overstated)", "the COO, the only one who decides, is EvenKeel: NoGap");
    }

    [TestMethod]
    public void PlanNextMeeting_Runs_RanksPeopleAndPlansTheTopMeeting()
    {
        var (exit, output) = Run(global::PlanNextMeeting.PlanNextMeetingSample.Run);

        Assert.AreEqual(0, exit, output);
        var ranked = Regex.Matches(output, @"^   \d\. [a-z]+ +score \d", RegexOptions.Multiline);
        Assert.AreEqual(4, ranked.Count, "every influence with a role is ranked: " + output);
        StringAssert.Matches(output, new Regex(@"via ana -> pat -> dana"), "the CFO is reached through the coach");
        StringAssert.Contains(output, "Meeting plan for ");
        StringAssert.Matches(output, new Regex(@"Best action commitment: \S+"));
        StringAssert.Matches(output, new Regex(@"   1\. \d{4}-\d{2}-\d{2} meet \w+"), "the campaign has a first step");
    }

    [TestMethod]
    public void Portfolio_RunSmall_ReviewsEveryAccountWithProgressAndRanksTheRiskiest()
    {
        var (exit, output) = Run(global::Portfolio.PortfolioSample.Run, "60", "15");

        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, "Reviewing 60 accounts of 15 people");
        StringAssert.Contains(output, "[##########] 100%  60 accounts", "the progress display reaches the end");
        Assert.AreEqual(10, Regex.Matches(output, @"^   \[#+ *\] +\d+%", RegexOptions.Multiline).Count, "one progress line per tenth");
        StringAssert.Matches(output, new Regex(@"Reviewed 60 accounts \(\d+ opportunities\)"));
        var scores = Regex.Matches(output, @"^   account-\d+ +(\d+)/100", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value)).ToArray();
        Assert.AreEqual(10, scores.Length, output);
        CollectionAssert.AreEqual(scores.OrderBy(x => x).ToArray(), scores, "riskiest first");
    }

    [TestMethod]
    public void ReviewScript_DotnetRun_ReviewsTheNorthwindSample()
    {
        // The single-file script is run the way a consultant runs it; the first run compiles the library,
        // hence the generous timeout. Later runs reuse the build.
        var samples = Path.Combine(RepositoryRoot(), "samples");
        var start = new ProcessStartInfo("dotnet", "run review.cs northwind.json -- 2026-11-22")
        {
            WorkingDirectory = samples,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet run review.cs did not finish within 5 minutes");
        }

        var output = stdout.Result;
        Assert.AreEqual(0, process.ExitCode, output + stderr.Result);
        StringAssert.Contains(output, "Northwind Logistics: review as of 2026-11-22");
        StringAssert.Matches(output, new Regex(@"coverage score \d{1,3}/100 \((Red|Amber|Green)\)"));
        StringAssert.Matches(output, new Regex(@"next 1: Dana Lee \(owner \w+"), "the Economic Buyer is the first meeting");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BuyingCenter.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The test does not run from inside the repository.");
    }
}
