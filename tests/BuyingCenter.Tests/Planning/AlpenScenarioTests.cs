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
        var brunner = recommendations.Single(r => r.Approach.Person.Id == "brunner");

        Assert.AreEqual("frei", frei.Approach.Person.Id);
        CollectionAssert.Contains(frei.Reasons.ToList(), ReasonCode.Neutralise);
        Assert.AreEqual("ana", brunner.Approach.Owner?.Id);
        Assert.AreEqual("tom", brunner.Approach.Companion?.Id, "the account executive brings the VP to the CFO");
        CollectionAssert.AreEqual(new[] { "ana", "gerber", "widmer", "brunner" }, brunner.Approach.Route!.Ids.ToList());
        Assert.IsFalse(brunner.Approach.Route.Ids.Contains("frei"), "the opponent never carries our introduction");
    }

    [TestMethod]
    public void PlanMeeting_Alpen_CeoReengagedByTheCroAndCooNotThroughTheAnalyst()
    {
        var review = Review();
        var keller = Planner.PlanMeeting(review, "keller");
        var meier = Planner.PlanMeeting(review, "meier");
        var lang = Planner.PlanMeeting(review, "lang");

        CollectionAssert.AreEqual(new[] { "clara", "keller" }, keller.Approach.Route!.Ids.ToList());
        Assert.IsTrue(keller.Approach.Route.IsReengagement);
        Assert.AreEqual(751, keller.Approach.Route.DaysSinceLastInteraction);
        Assert.IsNull(keller.Approach.Companion?.Id, "the CRO matches the CEO");
        Assert.IsFalse(meier.Approach.Route!.Ids.Contains("suter"), "a level-2 analyst does not introduce us to the COO");
        Assert.AreEqual("tom", meier.Approach.Companion?.Id);
        Assert.IsNull(lang.Approach.Route, "the CFO's adviser is reached only through the CFO, whose goodwill is not spent");
    }

    [TestMethod]
    public void NextMeetingCampaignReview_Alpen_EveryRouteAdmissibleAndTheCommandsAgree()
    {
        var plan = Plan();
        var review = Review();
        var recommendations = Planner.Recommend(review);
        foreach (var recommendation in recommendations)
        {
            var expected = RouteReference.Route(plan, review.Analysis, "claims-2027", recommendation.Approach.Person.Id);
            CollectionAssert.AreEqual(expected?.Ids, recommendation.Approach.Route?.Ids.ToArray(), recommendation.Approach.Person.Id);
            Assert.AreEqual(expected?.Strength ?? 0, recommendation.Approach.RouteStrength, recommendation.Approach.Person.Id);
            Assert.AreEqual(recommendation.Approach.RouteStrength, review.FindInfluence(recommendation.Approach.Person.Id)?.Reach?.Strength ?? recommendation.Approach.RouteStrength, "the review's reach is the route shown");
            var meeting = Planner.PlanMeeting(review, recommendation.Approach.Person.Id);
            Assert.AreEqual(recommendation.Approach.Owner?.Id, meeting.Approach.Owner?.Id, recommendation.Approach.Person.Id);
            Assert.AreEqual(recommendation.Approach.Companion?.Id, meeting.Approach.Companion?.Id, recommendation.Approach.Person.Id);
        }

        var first = Planner.PlanCampaign(plan, "claims-2027", AsOf, 4).Steps[0];
        var same = recommendations.Single(r => r.Approach.Person.Id == first.Approach.Person.Id);
        Assert.AreEqual("frei", first.Approach.Person.Id, "the campaign neutralises the opponent first too");
        Assert.AreEqual(same.Approach.Owner?.Id, first.Approach.Owner?.Id);
        Assert.AreEqual(same.Approach.Companion?.Id, first.Approach.Companion?.Id);
        CollectionAssert.AreEqual(same.Approach.Route?.Ids.ToList(), first.Approach.Route?.Ids.ToList());
    }
}
