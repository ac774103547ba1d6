using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static BuyingCenter.Tests.Planning.PlanningPlans;

namespace BuyingCenter.Tests.Planning;

/// <summary>One scenario per route rule of domain.md, section 2, each deciding the answer; and principles 3 and 5.</summary>
[TestClass]
public sealed class RouteRuleTests
{
    [TestMethod]
    public void Recommend_OpponentIsTheOnlyBridge_NoAdmissibleRoute()
    {
        // Otto (rated -4) is the Economic Buyer's friend and the only way to her: he carries no introduction.
        var plan = Base()
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddPerson("otto", "Otto Kranz", level: 5)
            .AddRelationship("tom", RelationshipKind.Knows, "otto", 0.9, AsOf)
            .AddRelationship("otto", RelationshipKind.Knows, "dana", 0.9, AsOf)
            .AddOpportunity(Opportunity(
                Influence("dana", BuyingRoles.Economic, rating: 1),
                Influence("otto", BuyingRoles.Technical, rating: -4)))
            .Build();

        var dana = Recommend(plan).Single(r => r.Approach.Person.Id == "dana");

        Assert.IsNull(dana.Approach.Route);
        Assert.AreEqual(0.5, dana.Breakdown.Feasibility, 1e-12);
        CollectionAssert.Contains(dana.Reasons.ToList(), ReasonCode.NoAdmissibleRoute);
        Assert.IsNotNull(Review(plan).Analysis.GetReach("dana"), "outside the opportunity, where Otto is not rated, he could introduce us");
    }

    [TestMethod]
    public void Recommend_EconomicBuyerIsTheOnlyBridge_NoRouteToTheirStaff()
    {
        var plan = Base()
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddPerson("kim", "Kim Park", level: 4)
            .AddRelationship("tom", RelationshipKind.Knows, "dana", 0.9, AsOf)
            .AddRelationship("kim", RelationshipKind.ReportsTo, "dana")
            .AddOpportunity(Opportunity(
                Influence("dana", BuyingRoles.Economic, rating: 3),
                Influence("kim", BuyingRoles.User, rating: 1)))
            .Build();

        var kim = Recommend(plan).Single(r => r.Approach.Person.Id == "kim");

        Assert.IsNull(kim.Approach.Route, "the Economic Buyer's goodwill is not spent on introductions to her own staff");
        CollectionAssert.Contains(kim.Reasons.ToList(), ReasonCode.NoAdmissibleRoute);
    }

    [TestMethod]
    public void Recommend_ThreeIntermediaryChain_NoRouteButTwoIntermediariesAreOne()
    {
        var plan = Base()
            .AddPerson("a", "Alex A", level: 3)
            .AddPerson("b", "Bea B", level: 3)
            .AddPerson("c", "Cy C", level: 3)
            .AddPerson("far", "Fran Far", level: 4)
            .AddPerson("near", "Nils Near", level: 4)
            .AddRelationship("ana", RelationshipKind.Knows, "a", 0.9, AsOf)
            .AddRelationship("a", RelationshipKind.Knows, "b", 0.9, AsOf)
            .AddRelationship("b", RelationshipKind.Knows, "c", 0.9, AsOf)
            .AddRelationship("c", RelationshipKind.Knows, "far", 0.9, AsOf)
            .AddRelationship("b", RelationshipKind.Knows, "near", 0.9, AsOf)
            .AddOpportunity(Opportunity(
                Influence("far", BuyingRoles.Technical, rating: 1),
                Influence("near", BuyingRoles.Technical, rating: 1)))
            .Build();

        var recommendations = Recommend(plan);

        Assert.IsNull(recommendations.Single(r => r.Approach.Person.Id == "far").Approach.Route, "three intermediaries is no plan");
        CollectionAssert.AreEqual(new[] { "ana", "a", "b", "near" }, recommendations.Single(r => r.Approach.Person.Id == "near").Approach.Route!.Ids.ToList());
    }

    [TestMethod]
    public void Recommend_AnalystKnowsCooThreeLevelsUp_NotAnIntroductionUnlessTheyInfluenceThem()
    {
        // Lena, a level-2 analyst, knows the level-5 COO: she cannot credibly introduce us to him. Her Influences edge
        // toward the CFO (level 5 too) makes that introduction credible.
        var plan = Base()
            .AddPerson("lena", "Lena Analyst", level: 2)
            .AddPerson("coo", "Carl Coo", level: 5)
            .AddPerson("cfo", "Fay Cfo", level: 5)
            .AddRelationship("ana", RelationshipKind.Knows, "lena", 0.9, AsOf)
            .AddRelationship("lena", RelationshipKind.Knows, "coo", 0.9, AsOf)
            .AddRelationship("lena", RelationshipKind.Influences, "cfo", 0.8, AsOf)
            .AddOpportunity(Opportunity(
                Influence("coo", BuyingRoles.User, rating: 1),
                Influence("cfo", BuyingRoles.Technical, rating: 1)))
            .Build();

        var recommendations = Recommend(plan);

        Assert.IsNull(recommendations.Single(r => r.Approach.Person.Id == "coo").Approach.Route);
        CollectionAssert.AreEqual(new[] { "ana", "lena", "cfo" }, recommendations.Single(r => r.Approach.Person.Id == "cfo").Approach.Route!.Ids.ToList());
    }

    [TestMethod]
    public void Recommend_StaleStrongDirectEdgeAgainstFreshTwoHopChain_ReengagesTheSellersOwnRelationship()
    {
        // Tom knew Dana well two years ago (0.9, now 0.9 x 0.5^4 = 0.056); Pat would introduce us at 0.81 today. The
        // seasoned move is Tom calling Dana again, not asking Pat.
        var plan = Base()
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddPerson("pat", "Pat Okafor", level: 4)
            .AddRelationship("tom", RelationshipKind.Knows, "dana", 0.9, AsOf.AddDays(-720))
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.9, AsOf)
            .AddRelationship("pat", RelationshipKind.Knows, "dana", 0.9, AsOf)
            .AddOpportunity(Opportunity(
                Influence("dana", BuyingRoles.Economic, rating: 1),
                Influence("pat", BuyingRoles.Coach, rating: 4)))
            .Build();

        var dana = Recommend(plan).Single(r => r.Approach.Person.Id == "dana");

        CollectionAssert.AreEqual(new[] { "tom", "dana" }, dana.Approach.Route!.Ids.ToList());
        Assert.IsTrue(dana.Approach.Route.IsReengagement);
        Assert.AreEqual(720, dana.Approach.Route.DaysSinceLastInteraction);
        Assert.AreEqual(0.9 / 16, dana.Approach.RouteStrength, 1e-12, "the route shown is the route scored");
        Assert.AreEqual(dana.Approach.RouteStrength, dana.Breakdown.Reach);
        CollectionAssert.Contains(dana.Reasons.ToList(), ReasonCode.Reengage);
        Assert.AreEqual("tom", dana.Approach.Owner?.Id);
        Assert.IsNull(dana.Approach.Companion?.Id, "Tom matches Dana's level");
    }

    [TestMethod]
    [DataRow(true, "vic")]
    [DataRow(false, null)]
    public void PlanMeeting_SeniorPersonOwnedFromTwoLevelsBelow_CompanionOnlyWithAMatchingSeller(bool matchingSeller, string? companion)
    {
        // Ana (level 3) is the one who knows the CEO (level 6): she owns the contact. Vic (level 6) joins when the team has
        // him; Tom (level 5) matches too but is further in level. Without them nobody matches and Ana goes alone.
        var builder = new AccountPlanBuilder()
            .WithAccount("northwind", "Northwind Logistics")
            .AddSeller("ana", "Ana Ruiz", "Account Executive", level: 3)
            .AddPerson("ceo", "Cleo Eo", level: 6)
            .AddRelationship("ana", RelationshipKind.Knows, "ceo", 0.8, AsOf)
            .AddOpportunity(Opportunity(Influence("ceo", BuyingRoles.Economic, rating: 1)));
        if (matchingSeller)
        {
            builder.AddSeller("tom", "Tom Brandt", "VP Sales", level: 5).AddSeller("vic", "Vic Tor", "Chief Revenue Officer", level: 6);
        }

        var plan = builder.Build();
        var meeting = Meeting(plan, "ceo");
        var recommendation = Recommend(plan).Single(r => r.Approach.Person.Id == "ceo");

        Assert.AreEqual("ana", meeting.Approach.Owner?.Id);
        Assert.AreEqual(companion, meeting.Approach.Companion?.Id);
        Assert.AreEqual(companion, recommendation.Approach.Companion?.Id);
        CollectionAssert.AreEqual(new[] { "ana", "ceo" }, meeting.Approach.Route!.Ids.ToList(), "seniority chooses the companion, never the route");
    }

    [TestMethod]
    public void Recommend_SellerBetweenSellerAndPerson_RouteStartsAtTheLastSeller()
    {
        var plan = Base()
            .AddPerson("kim", "Kim Park", level: 3)
            .AddRelationship("ana", RelationshipKind.Knows, "tom", 1.0)
            .AddRelationship("tom", RelationshipKind.Knows, "kim", 0.4, AsOf)
            .AddOpportunity(Opportunity(Influence("kim", BuyingRoles.User, rating: 1)))
            .Build();

        var kim = Recommend(plan).Single();

        CollectionAssert.AreEqual(new[] { "tom", "kim" }, kim.Approach.Route!.Ids.ToList());
        Assert.AreEqual("tom", kim.Approach.Owner?.Id);
    }

    [TestMethod]
    public void Review_EconomicBuyerReachedThroughCoachAndOpponent_SingleThreadedThroughTheCoach()
    {
        // Two routes reach Dana, but one is through Otto, who opposes us: only the Coach's counts.
        var plan = Base()
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddPerson("pat", "Pat Okafor", level: 4)
            .AddPerson("otto", "Otto Kranz", level: 4)
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.9, AsOf)
            .AddRelationship("pat", RelationshipKind.Knows, "dana", 0.6, AsOf)
            .AddRelationship("tom", RelationshipKind.Knows, "otto", 0.9, AsOf)
            .AddRelationship("otto", RelationshipKind.Knows, "dana", 0.9, AsOf)
            .AddOpportunity(Opportunity(
                Influence("dana", BuyingRoles.Economic, rating: 1),
                Influence("pat", BuyingRoles.Coach, rating: 4),
                Influence("otto", BuyingRoles.Technical, rating: -3)))
            .Build();

        var review = Review(plan);

        Assert.IsTrue(review.IsSingleThreaded);
        StringAssert.Contains(review.RedFlags.Single(f => f.Code == RedFlagCode.SingleThreaded).Message, "Pat Okafor");
        CollectionAssert.AreEqual(new[] { "ana", "pat", "dana" }, review.FindInfluence("dana")!.Reach!.Ids.ToList());
    }

    [TestMethod]
    public void Recommend_OpponentCloseToTheEconomicBuyer_MetBeforeTheEconomicBuyer()
    {
        // Otto (rated -3) has the Economic Buyer's ear: neutralise him before meeting her, whatever the scores say.
        var plan = Base()
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddPerson("pat", "Pat Okafor", level: 4)
            .AddPerson("otto", "Otto Kranz", level: 4)
            .AddRelationship("tom", RelationshipKind.Knows, "dana", 0.3, AsOf)
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.9, AsOf)
            .AddRelationship("ana", RelationshipKind.Knows, "otto", 0.6, AsOf)
            .AddRelationship("otto", RelationshipKind.Knows, "dana", 0.7, AsOf)
            .AddOpportunity(Opportunity(
                Influence("dana", BuyingRoles.Economic, rating: 1),
                Influence("pat", BuyingRoles.Coach, rating: 4),
                Influence("otto", BuyingRoles.User, InfluenceDegree.Low, rating: -3)))
            .AddMeeting(Met("pat", "ana", AsOf.AddDays(-5)))
            .Build();

        var recommendations = Recommend(plan);
        var otto = recommendations.Single(r => r.Approach.Person.Id == "otto");
        var dana = recommendations.Single(r => r.Approach.Person.Id == "dana");

        Assert.IsTrue(otto.Rank < dana.Rank);
        Assert.AreEqual(PlanningPrinciple.Neutralise, otto.Breakdown.Principle);
        CollectionAssert.Contains(otto.Reasons.ToList(), ReasonCode.Neutralise);
        CollectionAssert.AreEqual(new[] { "tom", "dana" }, dana.Approach.Route!.Ids.ToList(), "Otto never carries our introduction to her");
    }

    [TestMethod]
    public void Recommend_OutsiderInfluencesTheEconomicBuyer_RecommendedToFindOutTheirPart()
    {
        // Hugo, a board adviser outside the buying group, has the Economic Buyer's ear (Influences 0.8); Ida, another
        // outsider, only knows her. Hugo is recommended, to find out his part; Ida is not.
        var plan = Base()
            .AddPerson("dana", "Dana Lee", level: 6)
            .AddPerson("hugo", "Hugo Rat", "Board adviser", level: 6)
            .AddPerson("ida", "Ida Known", level: 4)
            .AddRelationship("tom", RelationshipKind.Knows, "dana", 0.6, AsOf)
            .AddRelationship("tom", RelationshipKind.Knows, "hugo", 0.3, AsOf)
            .AddRelationship("hugo", RelationshipKind.Influences, "dana", 0.8, AsOf)
            .AddRelationship("ida", RelationshipKind.Knows, "dana", 0.9, AsOf)
            .AddOpportunity(Opportunity(Influence("dana", BuyingRoles.Economic, rating: 2)))
            .Build();

        var recommendations = Recommend(plan);
        var hugo = recommendations.Single(r => r.Approach.Person.Id == "hugo");
        var meeting = Meeting(plan, "hugo");

        Assert.IsFalse(recommendations.Any(r => r.Approach.Person.Id == "ida"));
        CollectionAssert.Contains(hugo.Reasons.ToList(), ReasonCode.HiddenInfluencer);
        Assert.IsTrue(hugo.Score > 0);
        Assert.AreEqual(meeting.Goal.BestAction, hugo.Goal.BestAction, "the goal is the no-role row: find out their part: " + hugo.Goal.BestAction + " / " + meeting.Goal.BestAction);
        Assert.AreEqual("tom", hugo.Approach.Owner?.Id);
    }
}
