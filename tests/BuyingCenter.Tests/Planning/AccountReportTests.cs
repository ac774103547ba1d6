using System;
using System.IO;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Maps;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Planning;

/// <summary>The account report: what <c>review</c> shows in every format, made in one library call.</summary>
[TestClass]
public sealed class AccountReportTests
{
    private static readonly DateTime AsOf = new(2026, 11, 22);

    private static AccountPlan TwoOpportunities()
    {
        var read = PlanFile.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "cli", "two-opportunities.json"));
        Assert.IsTrue(read.Succeeded);
        return read.Plan;
    }

    [TestMethod]
    public void Create_NoOpportunityChosen_ReportsEveryOpportunityAsTheReviewAndPlannerDo()
    {
        var plan = TwoOpportunities();

        var report = AccountReport.Create(plan, AsOf);

        var review = AccountReview.Create(plan, AsOf);
        CollectionAssert.AreEqual(review.Opportunities.Select(o => o.Opportunity.Id).ToList(), report.Opportunities.Select(o => o.Review.Opportunity.Id).ToList());
        foreach (var (expected, actual) in review.Opportunities.Zip(report.Opportunities))
        {
            Assert.AreEqual(expected.CoverageScore, actual.Review.CoverageScore);
            CollectionAssert.AreEqual(
                Planner.Recommend(expected).Select(r => (r.Approach.Person.Id, r.Score)).ToList(),
                actual.Recommendations.Select(r => (r.Approach.Person.Id, r.Score)).ToList());
        }
    }

    [TestMethod]
    public void Create_OneOpportunityChosen_ReviewsThatOpportunityOnly()
    {
        var report = AccountReport.Create(TwoOpportunities(), AsOf, "dispatch-upgrade");

        Assert.AreEqual("dispatch-upgrade", report.Opportunities.Single().Review.Opportunity.Id);
    }

    [TestMethod]
    public void Create_UnknownOpportunity_ThrowsPlanArgumentExceptionNamingIt()
    {
        var e = Assert.ThrowsExactly<PlanArgumentException>(() => AccountReport.Create(TwoOpportunities(), AsOf, "no-such-deal"));

        StringAssert.Contains(e.Message, "'no-such-deal'");
    }

    [TestMethod]
    public void Create_MeetingPlans_AreTheFirstRecommendationsPlannedInRankOrder()
    {
        var report = AccountReport.Create(TwoOpportunities(), AsOf);

        foreach (var o in report.Opportunities)
        {
            Assert.AreEqual(Math.Min(AccountReport.DefaultMeetingPlans, o.Recommendations.Count), o.MeetingPlans.Count);
            for (var i = 0; i < o.MeetingPlans.Count; i++)
            {
                var planned = Planner.PlanMeeting(o.Review, o.Recommendations[i].Approach.Person.Id);
                Assert.AreSame(o.Recommendations[i].Approach.Person, o.MeetingPlans[i].Approach.Person);
                Assert.AreEqual(planned.ValidBusinessReason, o.MeetingPlans[i].ValidBusinessReason);
                CollectionAssert.AreEqual(planned.Preparation.ToList(), o.MeetingPlans[i].Preparation.ToList());
            }
        }
    }

    [TestMethod]
    public void Create_NoMeetingPlansAsked_PlansNoMeeting()
    {
        var report = AccountReport.Create(TwoOpportunities(), AsOf, meetingPlans: 0);

        Assert.IsTrue(report.Opportunities.All(o => o.MeetingPlans.Count == 0 && o.Recommendations.Count > 0));
    }

    [TestMethod]
    public void Create_NegativeMeetingPlans_Throws()
    {
        Assert.ThrowsExactly<ArgumentException>(() => AccountReport.Create(TwoOpportunities(), AsOf, meetingPlans: -1));
    }

    [TestMethod]
    public void RelationshipMap_OneReviewedOpportunity_DrawsWhatTheAccountReviewDraws()
    {
        var plan = TwoOpportunities();
        var report = AccountReport.Create(plan, AsOf, "dispatch-upgrade");

        var fromReport = RelationshipMap.Create(report.Opportunities[0].Review).ToSvg();

        Assert.AreEqual(RelationshipMap.Create(AccountReview.Create(plan, AsOf), "dispatch-upgrade").ToSvg(), fromReport);
        Assert.AreEqual(RelationshipMap.Create(plan, AsOf, "dispatch-upgrade").ToSvg(), fromReport);
    }
}
