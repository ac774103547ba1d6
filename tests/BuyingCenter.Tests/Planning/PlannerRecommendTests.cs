using System;
using System.Linq;
using BuyingCenter.Planning;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static BuyingCenter.Tests.Planning.PlanningPlans;

namespace BuyingCenter.Tests.Planning;

[TestClass]
public sealed class PlannerRecommendTests
{
    [TestMethod]
    public void Recommend_EconomicBuyerUnknown_CoachFirstWithIdentifyGoal()
    {
        // Lin is a High technical buyer no one covers: by priority alone Lin would come first.
        var plan = Base()
            .AddPerson("pat", "Pat Okafor", level: 4)
            .AddPerson("lin", "Lin Chen", level: 4)
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.8, AsOf.AddDays(-10))
            .AddOpportunity(Opportunity(
                Influence("pat", BuyingRoles.Coach, InfluenceDegree.Low, rating: 4),
                Influence("lin", BuyingRoles.Technical, mode: ResponseMode.Unknown, rating: null, winResults: false)))
            .AddMeeting(Met("pat", "ana", AsOf.AddDays(-10)))
            .Build();

        var recommendations = Recommend(plan);

        var first = recommendations[0];
        Assert.AreEqual("pat", first.Approach.Person.Id);
        Assert.AreEqual(PlanningPrinciple.IdentifyEconomicBuyer, first.Breakdown.Principle);
        CollectionAssert.Contains(first.Reasons.ToList(), ReasonCode.IdentifyEconomicBuyer);
        StringAssert.Contains(first.Goal.BestAction, "signs off");
        Assert.IsTrue(recommendations[1].Score > first.Score, "the principle, not the score, put the coach first");
    }

    [TestMethod]
    public void Recommend_EconomicBuyerUnknownAndNoCoach_BestCoveredFavourablePersonIdentifies()
    {
        var plan = Base()
            .AddPerson("amy", "Amy", level: 3)
            .AddPerson("bob", "Bob", level: 3)
            .AddPerson("cyd", "Cyd", level: 3)
            .AddRelationship("ana", RelationshipKind.Knows, "amy", 0.5, AsOf)
            .AddRelationship("ana", RelationshipKind.Knows, "bob", 0.8, AsOf)
            .AddRelationship("ana", RelationshipKind.Knows, "cyd", 1.0, AsOf)
            .AddOpportunity(Opportunity(
                Influence("amy", BuyingRoles.User, rating: 4),
                Influence("bob", BuyingRoles.User, rating: 2),
                Influence("cyd", BuyingRoles.Technical, rating: -1)))
            .Build();

        var first = Recommend(plan)[0];

        Assert.AreEqual("bob", first.Approach.Person.Id, "Cyd is better covered but opposes us; Bob is the best-covered favourable person");
        StringAssert.Contains(first.Goal.BestAction, "signs off");
    }

    [TestMethod]
    public void Recommend_NoCoach_CoachCandidateComesBeforeEconomicBuyer()
    {
        // Dana, the Economic Buyer, is uncovered and would lead on priority; without a coach, developing one comes first.
        // Amy and Bob are alike except that Bob influences Dana: Bob's reach into the Economic Buyer decides.
        var plan = Base()
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddPerson("amy", "Amy", level: 3)
            .AddPerson("bob", "Bob", level: 3)
            .AddRelationship("ana", RelationshipKind.Knows, "amy", 0.7, AsOf)
            .AddRelationship("ana", RelationshipKind.Knows, "bob", 0.7, AsOf)
            .AddRelationship("bob", RelationshipKind.Influences, "dana", 0.8)
            .AddOpportunity(Opportunity(
                Influence("dana", BuyingRoles.Economic, mode: ResponseMode.EvenKeel, rating: 0),
                Influence("amy", BuyingRoles.User, rating: 3),
                Influence("bob", BuyingRoles.User, rating: 3)))
            .Build();

        var recommendations = Recommend(plan);

        Assert.AreEqual("bob", recommendations[0].Approach.Person.Id);
        Assert.AreEqual(PlanningPrinciple.DevelopCoach, recommendations[0].Breakdown.Principle);
        CollectionAssert.Contains(recommendations[0].Reasons.ToList(), ReasonCode.DevelopCoach);
        StringAssert.Contains(recommendations[0].Goal.BestAction, "gives their view of each buying influence and of the competition");
        Assert.AreEqual("dana", recommendations[1].Approach.Person.Id);
    }

    [TestMethod]
    public void Recommend_StaleUncoveredTechnicalBuyer_RanksAboveOneMetLastWeek()
    {
        // Other things equal; "zed" sorts after "amy", so the order cannot come from the id tie-break.
        var plan = CoveredCore()
            .AddPerson("amy", "Amy", level: 4)
            .AddPerson("zed", "Zed", level: 4)
            .AddRelationship("ana", RelationshipKind.Knows, "amy", 0.6, AsOf.AddDays(-7))
            .AddRelationship("ana", RelationshipKind.Knows, "zed", 0.6, AsOf.AddDays(-200))
            .AddOpportunity(Opportunity(
                Influence("dana", BuyingRoles.Economic, rating: 3),
                Influence("pat", BuyingRoles.Coach, rating: 4),
                Influence("amy", BuyingRoles.Technical),
                Influence("zed", BuyingRoles.Technical)))
            .AddMeeting(Met("dana", "tom", AsOf.AddDays(-5)))
            .AddMeeting(Met("pat", "ana", AsOf.AddDays(-5)))
            .AddMeeting(Met("amy", "ana", AsOf.AddDays(-7)))
            .AddMeeting(Met("zed", "ana", AsOf.AddDays(-200)))
            .Build();

        var order = Recommend(plan).Select(r => r.Approach.Person.Id).ToList();

        Assert.IsTrue(order.IndexOf("zed") < order.IndexOf("amy"), string.Join(", ", order));
        var amy = Recommend(plan).Single(r => r.Approach.Person.Id == "amy");
        Assert.IsTrue(amy.Breakdown.Urgency < 0.1, "someone covered, met last week and fully known needs no meeting for the plan's sake");
    }

    [TestMethod]
    public void Recommend_NoPathToSeriousGap_FeasibilityFloorKeepsItAboveMinorGap()
    {
        var plan = CoveredCore()
            .AddPerson("amy", "Amy", level: 4)
            .AddPerson("zed", "Zed", level: 4)
            .AddRelationship("ana", RelationshipKind.Knows, "amy", 1.0, AsOf.AddDays(-3))
            .AddOpportunity(Opportunity(
                Influence("dana", BuyingRoles.Economic, rating: 3),
                Influence("pat", BuyingRoles.Coach, rating: 4),
                Influence("amy", BuyingRoles.Technical) with { Uncertain = InfluenceFacts.Rating },
                Influence("zed", BuyingRoles.Technical, mode: ResponseMode.Unknown, rating: null)))
            .AddMeeting(Met("dana", "tom", AsOf.AddDays(-5)))
            .AddMeeting(Met("pat", "ana", AsOf.AddDays(-5)))
            .AddMeeting(Met("amy", "ana", AsOf.AddDays(-3)))
            .Build();

        var recommendations = Recommend(plan);
        var zed = recommendations.Single(r => r.Approach.Person.Id == "zed");
        var amy = recommendations.Single(r => r.Approach.Person.Id == "amy");

        Assert.IsNull(zed.Approach.Route);
        Assert.AreEqual(0.5, zed.Breakdown.Feasibility, 1e-9);
        CollectionAssert.Contains(zed.Reasons.ToList(), ReasonCode.NoAdmissibleRoute);
        Assert.IsTrue(zed.Rank < amy.Rank, "an uncontacted, unknown technical buyer outranks a trusted one with one uncertain fact");
    }

    [TestMethod]
    public void Recommend_AnyPlan_NeverRecommendsSellers()
    {
        var plan = Northwind().Build();

        var recommendations = Recommend(plan);

        Assert.IsTrue(recommendations.Count > 0);
        Assert.IsTrue(recommendations.All(r => plan.FindPerson(r.Approach.Person.Id) is not null));
        Assert.IsFalse(recommendations.Any(r => plan.FindSeller(r.Approach.Person.Id) is not null));
    }

    [TestMethod]
    public void Recommend_PeopleWithNoRole_AppearOnlyAsIntroducers()
    {
        // Eva (an influence with no role) and Omar (not in the opportunity) are the way to Dana and Pat. Eva's
        // influence on Dana is weak (below 0.5), so she is an introducer, not a hidden influencer to find out about.
        var plan = Base()
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddPerson("eva", "Eva Schulz", level: 4)
            .AddPerson("omar", "Omar Haddad", level: 5)
            .AddPerson("pat", "Pat Okafor", level: 4)
            .AddRelationship("ana", RelationshipKind.Knows, "eva", 0.9, AsOf)
            .AddRelationship("eva", RelationshipKind.Influences, "dana", 0.4)
            .AddRelationship("tom", RelationshipKind.Knows, "omar", 0.9, AsOf)
            .AddRelationship("omar", RelationshipKind.Knows, "pat", 0.9)
            .AddOpportunity(Opportunity(
                Influence("dana", BuyingRoles.Economic, rating: 1),
                Influence("pat", BuyingRoles.Coach, rating: 3),
                Influence("eva", BuyingRoles.None, InfluenceDegree.Unknown, ResponseMode.Unknown, null, winResults: false)))
            .Build();

        var recommendations = Recommend(plan);

        CollectionAssert.AreEquivalent(new[] { "dana", "pat" }, recommendations.Select(r => r.Approach.Person.Id).ToList());
        CollectionAssert.AreEqual(new[] { "ana", "eva", "dana" }, recommendations.Single(r => r.Approach.Person.Id == "dana").Approach.Route!.Ids.ToList());
        CollectionAssert.AreEqual(new[] { "tom", "omar", "pat" }, recommendations.Single(r => r.Approach.Person.Id == "pat").Approach.Route!.Ids.ToList());
    }

    [TestMethod]
    public void Recommend_SeniorPersonOwnedFromTwoLevelsBelow_RouteStaysAndMatchingSellerJoins()
    {
        // Ana (level 3) knows Dana (level 5) well; Tom (level 5) reaches her only through Pat. Ana's relationship is the
        // route and Ana owns it; seniority brings Tom along as companion, it does not send the contact through Pat.
        // Pat is reached by Tom directly: Dana, the Economic Buyer, never introduces us to her own staff.
        var plan = Base()
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddPerson("pat", "Pat Okafor", level: 4)
            .AddRelationship("ana", RelationshipKind.Knows, "dana", 0.9, AsOf)
            .AddRelationship("tom", RelationshipKind.Knows, "pat", 0.6, AsOf)
            .AddRelationship("pat", RelationshipKind.Influences, "dana", 0.7)
            .AddOpportunity(Opportunity(
                Influence("dana", BuyingRoles.Economic, rating: 1),
                Influence("pat", BuyingRoles.Coach, rating: 3)))
            .Build();

        var recommendations = Recommend(plan);
        var dana = recommendations.Single(r => r.Approach.Person.Id == "dana");
        var pat = recommendations.Single(r => r.Approach.Person.Id == "pat");

        Assert.AreEqual("ana", dana.Approach.Owner?.Id);
        Assert.AreEqual("tom", dana.Approach.Companion?.Id);
        CollectionAssert.AreEqual(new[] { "ana", "dana" }, dana.Approach.Route!.Ids.ToList());
        Assert.AreEqual(0.9, dana.Approach.RouteStrength, 1e-12);
        Assert.AreEqual("tom", pat.Approach.Owner?.Id);
        Assert.IsNull(pat.Approach.Companion?.Id, "Pat is not senior");
        CollectionAssert.AreEqual(new[] { "tom", "pat" }, pat.Approach.Route!.Ids.ToList());
    }

    [TestMethod]
    public void Recommend_SeniorPersonNoMatchingSellerHasPath_StrongestPathOwns()
    {
        var plan = Base()
            .AddPerson("dana", "Dana Lee", level: 6)
            .AddRelationship("ana", RelationshipKind.Knows, "dana", 0.9, AsOf)
            .AddOpportunity(Opportunity(Influence("dana", BuyingRoles.Economic, rating: 1)))
            .Build();

        Assert.AreEqual("ana", Recommend(plan).Single().Approach.Owner?.Id);
    }

    [TestMethod]
    public void Recommend_ScoresAndBreakdown_AreInRangeAndExplained()
    {
        foreach (var recommendation in Recommend(Northwind().Build()))
        {
            var b = recommendation.Breakdown;
            Assert.IsTrue(recommendation.Score >= 0 && recommendation.Score < 1, recommendation.Approach.Person.Id);
            Assert.AreEqual(b.Importance * b.Urgency * b.Feasibility, recommendation.Score, 1e-12);
            Assert.IsTrue(b.Feasibility >= 0.5 && b.Feasibility <= 1);
            Assert.IsFalse(string.IsNullOrWhiteSpace(b.Explanation));
        }
    }

    [TestMethod]
    public void Recommend_SamePlanTwice_SameResults()
    {
        var plan = Northwind().Build();

        var first = Recommend(plan);
        var second = Recommend(plan);

        CollectionAssert.AreEqual(first.ToList(), second.ToList(), new RecommendationComparer());
    }

    [TestMethod]
    public void Recommend_PlanArraysReordered_SameRanking()
    {
        var plan = Northwind().Build();
        var shuffled = Shuffled(plan);
        Assert.AreNotEqual(plan.People[0].Id, shuffled.People[0].Id, "the shuffle must change the order");

        CollectionAssert.AreEqual(Recommend(plan).ToList(), Recommend(shuffled).ToList(), new RecommendationComparer());
    }

    private static AccountPlanBuilder CoveredCore() => Base()
        .AddPerson("dana", "Dana Lee", level: 5)
        .AddPerson("pat", "Pat Okafor", level: 4)
        .AddRelationship("tom", RelationshipKind.Knows, "dana", 0.8, AsOf.AddDays(-5))
        .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.8, AsOf.AddDays(-5));

    private sealed class RecommendationComparer : System.Collections.IComparer
    {
        public int Compare(object? x, object? y)
        {
            var a = (Recommendation)x!;
            var b = (Recommendation)y!;
            var same = a.Rank == b.Rank && a.Approach.Person.Id == b.Approach.Person.Id && a.Approach.Owner?.Id == b.Approach.Owner?.Id
                && Math.Abs(a.Score - b.Score) < 1e-9 && a.Reasons.SequenceEqual(b.Reasons)
                && (a.Approach.Route?.Ids ?? Array.Empty<string>()).SequenceEqual(b.Approach.Route?.Ids ?? Array.Empty<string>())
                && a.Goal.BestAction == b.Goal.BestAction && a.Goal.MinimumAction == b.Goal.MinimumAction && a.Goal.Ask == b.Goal.Ask;
            return same ? 0 : 1;
        }
    }
}
