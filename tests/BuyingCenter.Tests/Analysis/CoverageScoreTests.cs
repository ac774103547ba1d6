using System;
using System.Collections.Generic;
using System.Linq;
using BuyingCenter;
using BuyingCenter.Analysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Analysis;

[TestClass]
public sealed class CoverageScoreTests
{
    [TestMethod]
    public void Review_NoFlag_Scores100Green()
    {
        var review = Plans.Healthy().Review();

        Assert.AreEqual(100, review.CoverageScore);
        Assert.AreEqual(CoverageStatus.Green, review.Status);
        Assert.AreEqual(0, review.ScoreDeductions.Count);
    }

    [TestMethod]
    public void Review_OptionsChangedInPlaceBetweenReviews_NextReviewUsesTheNewValues()
    {
        // The points and severities by code are read into arrays once; a caller who changes the dictionaries and reviews
        // again (which validates the options again) gets the new values.
        var builder = Plans.Healthy().WithInfluence("kim", i => i with { Mode = ResponseMode.EvenKeel });
        var options = new AnalysisOptions();
        var before = builder.Review(options);
        options.Severities[RedFlagCode.LowReceptivity] = Severity.High;
        options.Score.OpportunityFlagPoints[RedFlagCode.LowReceptivity] = 7;
        var after = builder.Review(options);

        Assert.AreEqual(Severity.Medium, before.RedFlags.Single(f => f.Code == RedFlagCode.LowReceptivity).Severity);
        var flag = after.RedFlags.Single(f => f.Code == RedFlagCode.LowReceptivity);
        Assert.AreEqual(Severity.High, flag.Severity);
        Assert.AreEqual(7m, after.ScoreDeductions.Single(d => d.Flag == flag).Points);
    }

    [TestMethod]
    public void Review_TenthLeftBetweenEqualRemainders_GoesToTheEarlierWorseFlag()
    {
        // Three opportunity flags of 3.35 points each: 10.05 in all, shown as 10. Each quota is 33 1/3 tenths, so 99 are
        // given and the last tenth goes to the first flag in the review's order, the High NoCoach, not to a RoleUnfilled.
        var plan = new AccountPlanBuilder()
            .WithAccount(new Account { Id = "a", Name = "Account" })
            .AddSeller("s", "Seller")
            .AddPerson(new Person { Id = "dana", Name = "Dana" })
            .AddOpportunity(new Opportunity
            {
                Id = "o",
                SingleSalesObjective = "Account buys",
                Quantity = 1,
                CloseDate = Plans.AsOf.AddDays(90),
                Influences = new[] { new BuyingInfluence { PersonId = "dana", Roles = BuyingRoles.Economic } },
            })
            .Build();
        var options = new AnalysisOptions
        {
            Score = new ScoreModel
            {
                OpportunityFlagPoints = new Dictionary<RedFlagCode, double> { [RedFlagCode.NoCoach] = 3.35, [RedFlagCode.RoleUnfilled] = 3.35 },
                HighFlagShare = 0,
                MediumFlagShare = 0,
                LowFlagShare = 0,
            },
        };

        var review = AccountReview.Create(plan, Plans.AsOf, options).Opportunities.Single();

        Assert.AreEqual(90, review.CoverageScore);
        CollectionAssert.AreEqual(
            new[] { "NoCoach 3.4", "RoleUnfilled 3.3", "RoleUnfilled 3.3" },
            review.ScoreDeductions.Select(d => d.Flag.Code + " " + d.Points.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
    }

    [TestMethod]
    public void Review_MediumFlagOnUser_Takes35PercentOfTheirShare()
    {
        var review = Plans.Healthy().WithInfluence("kim", i => i with { Mode = ResponseMode.EvenKeel }).Review();
        var kim = review.FindInfluence("kim")!;

        var deduction = review.ScoreDeductions.Single();
        Assert.AreEqual(RedFlagCode.LowReceptivity, deduction.Flag.Code);
        Assert.AreEqual("kim", deduction.Flag.PersonId);
        Assert.AreEqual(Math.Round(kim.ScoreShare * 0.35), (double)deduction.Points, 0.0001);
        Assert.AreEqual(100 - (int)Math.Round(kim.ScoreShare * 0.35, MidpointRounding.AwayFromZero), review.CoverageScore);
    }

    [TestMethod]
    public void Review_Shares_SumToPeoplePoolWithEconomicBuyerCountedTwice()
    {
        var review = Plans.Healthy().Review();
        var dana = review.FindInfluence("dana")!;

        Assert.AreEqual(60, review.Influences.Sum(i => i.ScoreShare), 1e-6);
        Assert.AreEqual(60 * dana.Importance * 2 / review.Influences.Sum(i => i.Importance * (i.Influence.Has(BuyingRoles.Economic) ? 2 : 1)), dana.ScoreShare, 1e-6);
    }

    [TestMethod]
    public void Review_UncoveredEconomicBuyer_TakesTheirWholeShareOnce()
    {
        var review = Plans.Healthy().Without(r => r.To == "dana" && r.Kind == RelationshipKind.Knows).Review();
        var dana = review.FindInfluence("dana")!;

        var onDana = review.ScoreDeductions.Where(d => d.Flag.PersonId == "dana" && d.Flag.Code != RedFlagCode.SingleThreaded).ToList();
        Assert.AreEqual(dana.ScoreShare, (double)onDana.Sum(d => d.Points), 0.5, "High takes 100% of the share, and no more however many flags");
    }

    [TestMethod]
    public void Review_OpportunityFlags_CappedAtTheOpportunityPool()
    {
        var review = Plans.Healthy()
            .WithInfluence("dana", i => i with { Roles = BuyingRoles.User })
            .WithInfluence("pat", i => i with { Roles = BuyingRoles.User })
            .WithOpportunity(o => o with { Quantity = null })
            .Review();

        var opportunityPool = review.ScoreDeductions.Where(d => d.Flag.PersonId is null).Sum(d => d.Points);
        Assert.AreEqual(40m, opportunityPool, "EconomicBuyerUnknown 25 + NoCoach 15 + RoleUnfilled 5 + ObjectiveVague 5 capped at 40");
    }

    [TestMethod]
    public void Review_Northwind_ScoresBetweenZeroAndHundredAndDeductionsSumExactly()
    {
        var review = AccountReview.Create(Plans.Northwind(), Plans.AsOf).Opportunities.Single();

        Assert.AreEqual(100 - review.CoverageScore, review.ScoreDeductions.Sum(d => d.Points));
        Assert.IsTrue(review.CoverageScore is > 0 and < 70, $"Northwind scored {review.CoverageScore}");
    }

    [TestMethod]
    public void Review_AboveTheFunnelWithHighScore_StatusCappedAtAmber()
    {
        var review = Plans.Healthy().WithoutMeetings().Review();

        Assert.AreEqual(SalesStage.AboveTheFunnel, review.FunnelPosition);
        Assert.IsTrue(review.CoverageScore >= 70, $"score {review.CoverageScore}");
        Assert.AreEqual(CoverageStatus.Amber, review.Status);
    }

    [TestMethod]
    public void Review_NoFitDealAllEvenKeel_NotGreen()
    {
        var review = Plans.Healthy()
            .WithInfluence("dana", i => i with { Mode = ResponseMode.EvenKeel })
            .WithInfluence("pat", i => i with { Mode = ResponseMode.EvenKeel })
            .WithInfluence("lin", i => i with { Mode = ResponseMode.EvenKeel })
            .WithInfluence("kim", i => i with { Mode = ResponseMode.EvenKeel })
            .Review();

        Assert.IsTrue(review.RedFlags.Any(f => f.Code == RedFlagCode.NoGap));
        Assert.AreEqual(SalesStage.AboveTheFunnel, review.FunnelPosition);
        Assert.AreNotEqual(CoverageStatus.Green, review.Status);
    }
}
