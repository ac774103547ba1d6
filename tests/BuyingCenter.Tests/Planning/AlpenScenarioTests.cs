using System;
using System.IO;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;
using BuyingCenter.Tests.Graph;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Planning;

/// <summary>
/// A realistic 35-person insurance account (TestData/alpen-insurance.json), read as a seasoned account manager would:
/// an opponent with the CFO's ear, a Coach two levels below the CFO, an analyst who knows the COO, a CEO our CRO knew
/// two years ago, an outside adviser the CFO listens to.
/// </summary>
[TestClass]
public sealed class AlpenScenarioTests
{
    private static readonly DateTime AsOf = new(2026, 11, 22);

    private static AccountPlan Plan() => PlanFile.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "alpen-insurance.json")).Plan!;

    private static OpportunityReview Review() => AccountReview.Create(Plan(), AsOf).FindOpportunity("claims-2027")!;

    [TestMethod]
    public void Recommend_Alpen_OpponentWithTheCfosEarFirstThenTheCfoThroughTheCoachWithTheVp()
    {
        var recommendations = Planner.Recommend(Review());
        var frei = recommendations[0];
        var brunner = recommendations.Single(r => r.PersonId == "brunner");

        Assert.AreEqual("frei", frei.PersonId);
        CollectionAssert.Contains(frei.Reasons.ToList(), "Neutralise");
        Assert.AreEqual("ana", brunner.OwnerId);
        Assert.AreEqual("tom", brunner.CompanionId, "the account executive brings the VP to the CFO");
        CollectionAssert.AreEqual(new[] { "ana", "gerber", "widmer", "brunner" }, brunner.Path!.Ids.ToList());
        Assert.IsFalse(brunner.Path.Ids.Contains("frei"), "the opponent never carries our introduction");
    }

    [TestMethod]
    public void PlanMeeting_Alpen_CeoReengagedByTheCroAndCooNotThroughTheAnalyst()
    {
        var review = Review();
        var keller = Planner.PlanMeeting(review, "keller");
        var meier = Planner.PlanMeeting(review, "meier");
        var lang = Planner.PlanMeeting(review, "lang");

        CollectionAssert.AreEqual(new[] { "clara", "keller" }, keller.Path!.Ids.ToList());
        Assert.IsTrue(keller.Path.IsReengagement);
        Assert.AreEqual(751, keller.Path.DaysSinceLastInteraction);
        Assert.IsNull(keller.CompanionId, "the CRO matches the CEO");
        Assert.IsFalse(meier.Path!.Ids.Contains("suter"), "a level-2 analyst does not introduce us to the COO");
        Assert.AreEqual("tom", meier.CompanionId);
        Assert.IsNull(lang.Path, "the CFO's adviser is reached only through the CFO, whose goodwill is not spent");
    }

    [TestMethod]
    public void NextMeetingCampaignReview_Alpen_EveryRouteAdmissibleAndTheCommandsAgree()
    {
        var plan = Plan();
        var review = Review();
        var recommendations = Planner.Recommend(review);
        foreach (var recommendation in recommendations)
        {
            var expected = RouteReference.Route(plan, review.Analysis, "claims-2027", recommendation.PersonId);
            CollectionAssert.AreEqual(expected?.Ids, recommendation.Path?.Ids.ToArray(), recommendation.PersonId);
            Assert.AreEqual(expected?.Strength ?? 0, recommendation.PathStrength, recommendation.PersonId);
            Assert.AreEqual(recommendation.PathStrength, review.FindInfluence(recommendation.PersonId)?.Reach?.Strength ?? recommendation.PathStrength, "the review's reach is the route shown");
            var meeting = Planner.PlanMeeting(review, recommendation.PersonId);
            Assert.AreEqual(recommendation.OwnerId, meeting.OwnerId, recommendation.PersonId);
            Assert.AreEqual(recommendation.CompanionId, meeting.CompanionId, recommendation.PersonId);
        }

        var first = Planner.PlanCampaign(plan, "claims-2027", AsOf, 4).Steps[0];
        var same = recommendations.Single(r => r.PersonId == first.PersonId);
        Assert.AreEqual("frei", first.PersonId, "the campaign neutralises the opponent first too");
        Assert.AreEqual(same.OwnerId, first.OwnerId);
        Assert.AreEqual(same.CompanionId, first.CompanionId);
        CollectionAssert.AreEqual(same.Path?.Ids.ToList(), first.Path?.Ids.ToList());
    }
}
