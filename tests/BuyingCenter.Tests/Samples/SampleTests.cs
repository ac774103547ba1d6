using System;
using System.IO;
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
        var (exit, output) = Run(CrmMapping.CrmMappingSample.Run);

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
        var (exit, output) = Run(BuildAndReview.BuildAndReviewSample.Run);

        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, "Built the plan of Adatum Manufacturing: 5 people, 2 sellers, 8 relationships.");
        StringAssert.Matches(output, new Regex(@"Coverage score \d{1,3}/100 \((Red|Amber|Green)\)"));
        StringAssert.Matches(output, new Regex(@"Funnel position derived from the plan: (AboveTheFunnel|InTheFunnel|BestFew)"));
    }

    [TestMethod]
    public void PlanNextMeeting_Runs_RanksPeopleAndPlansTheTopMeeting()
    {
        var (exit, output) = Run(PlanNextMeeting.PlanNextMeetingSample.Run);

        Assert.AreEqual(0, exit, output);
        var ranked = Regex.Matches(output, @"^   \d\. [a-z]+ +score \d", RegexOptions.Multiline);
        Assert.AreEqual(4, ranked.Count, "every influence with a role is ranked: " + output);
        StringAssert.Matches(output, new Regex(@"via ana -> pat -> dana"), "the CFO is reached through the coach");
        StringAssert.Contains(output, "Meeting plan for ");
        StringAssert.Matches(output, new Regex(@"Best action commitment: \S+"));
        StringAssert.Matches(output, new Regex(@"   1\. \d{4}-\d{2}-\d{2} meet \w+"), "the campaign has a first step");
    }
}
