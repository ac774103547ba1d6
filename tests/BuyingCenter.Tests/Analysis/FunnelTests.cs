using System;
using System.Linq;
using BuyingCenter;
using BuyingCenter.Analysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Analysis;

[TestClass]
public sealed class FunnelTests
{
    private static Meeting MetKim(string? opportunityId) => new()
    {
        Date = Plans.AsOf.AddDays(-3),
        OpportunityId = opportunityId,
        SellerIds = new[] { "raj" },
        PersonIds = new[] { "kim" },
        Outcome = MeetingOutcome.MinimumAction,
    };

    [TestMethod]
    public void Review_HealthyPlan_IsBestFew()
    {
        var review = Plans.Healthy().Review();

        Assert.AreEqual(SalesStage.BestFew, review.FunnelPosition);
        StringAssert.StartsWith(review.FunnelExplanation, "Best few");
    }

    [TestMethod]
    public void Review_VagueObjective_IsAboveTheFunnel()
    {
        var review = Plans.Healthy().WithOpportunity(o => o with { Quantity = null }).Review();

        Assert.AreEqual(SalesStage.AboveTheFunnel, review.FunnelPosition);
        StringAssert.Contains(review.FunnelExplanation, "vague");
    }

    [TestMethod]
    public void Review_NoOneInGrowthOrTroubleMet_IsAboveTheFunnel()
    {
        var review = Plans.Healthy().WithoutMeetings().Review();

        Assert.AreEqual(SalesStage.AboveTheFunnel, review.FunnelPosition);
        StringAssert.Contains(review.FunnelExplanation, "Lin Chen (Technical) in Trouble mode and Pat Okafor (Coach) in Growth mode have not been met");
    }

    [TestMethod]
    public void Review_ReceptiveUserMetAtAccountLevel_IsInTheFunnel()
    {
        // Kim (Growth) met at account level; the Economic Buyer not met is no obstacle, but without a Coach it is not the best few.
        var review = Plans.Healthy()
            .WithoutMeetings()
            .AddMeeting(MetKim(null))
            .WithInfluence("pat", i => i with { Roles = BuyingRoles.User })
            .Review();

        Assert.AreEqual(SalesStage.InTheFunnel, review.FunnelPosition);
        StringAssert.Contains(review.FunnelExplanation, "Kim Berg (User) in Growth mode has been met");
        StringAssert.Contains(review.FunnelExplanation, "no proven Coach is in place");
    }

    [TestMethod]
    public void Review_ReceptiveUserMetAboutAnotherOpportunity_DoesNotCount()
    {
        var review = Plans.Healthy()
            .WithoutMeetings()
            .AddOpportunity(new Opportunity { Id = "other-deal", SingleSalesObjective = "Acme renews support" })
            .AddMeeting(MetKim("other-deal"))
            .Build();

        var fleetview = AccountReview.Create(review, Plans.AsOf).FindOpportunity(Plans.Opportunity)!;

        Assert.AreEqual(SalesStage.AboveTheFunnel, fleetview.FunnelPosition);
    }

    [TestMethod]
    public void Review_PlannedMeetingNextWeek_DoesNotCountAsMet()
    {
        var review = Plans.Healthy()
            .WithoutMeetings()
            .AddMeeting(MetKim(Plans.Opportunity) with { Date = Plans.AsOf.AddDays(7), Outcome = MeetingOutcome.Planned })
            .Review();

        Assert.AreEqual(SalesStage.AboveTheFunnel, review.FunnelPosition);
    }

    [TestMethod]
    public void Review_EconomicBuyerRatedOne_NotBestFew()
    {
        var review = Plans.Healthy().WithInfluence("dana", i => i with { Rating = 1 }).Review();

        Assert.AreEqual(SalesStage.InTheFunnel, review.FunnelPosition);
        StringAssert.Contains(review.FunnelExplanation, "rated +1, not +2 or better");
    }

    [TestMethod]
    public void Review_HighFlagRemains_NotBestFew()
    {
        var review = Plans.Healthy().WithAccount(new Account { Id = "acme", Name = "Acme Freight", Reorganizing = true }).Review();

        Assert.AreEqual(SalesStage.InTheFunnel, review.FunnelPosition);
        StringAssert.Contains(review.FunnelExplanation, "1 High red flag(s) remain");
    }

    [TestMethod]
    public void Review_ClaimAheadOfDerivedPosition_IsOverstated()
    {
        var review = AccountReview.Create(Plans.Northwind(), Plans.AsOf).Opportunities.Single();

        Assert.AreEqual(SalesStage.BestFew, review.ClaimedStage);
        Assert.AreEqual(SalesStage.InTheFunnel, review.FunnelPosition, "Pat (Growth) was met, but Dana is uncovered and rated +1");
        Assert.IsTrue(review.StageOverstated);
        StringAssert.Contains(review.FunnelExplanation, "The plan claims BestFew, ahead of the derived position InTheFunnel.");
    }

    [TestMethod]
    [DataRow(SalesStage.InTheFunnel)]
    [DataRow(SalesStage.AboveTheFunnel)]
    [DataRow(SalesStage.Won)]
    [DataRow(SalesStage.Lost)]
    public void Review_ClaimNotAhead_IsNotOverstated(SalesStage claim)
    {
        var review = Plans.Healthy().WithInfluence("dana", i => i with { Rating = 1 }).WithOpportunity(o => o with { Stage = claim }).Review();

        Assert.AreEqual(claim, review.ClaimedStage);
        Assert.IsFalse(review.StageOverstated);
        Assert.IsFalse(review.FunnelExplanation.Contains("claims", StringComparison.Ordinal));
    }
}
