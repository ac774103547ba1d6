using System;
using System.Collections.Generic;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Graph;
using BuyingCenter.Planning;
using BuyingCenter.Tests.Analysis;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using QuikGraph.Algorithms.ShortestPath;

namespace BuyingCenter.Tests.Graph;

[TestClass]
public sealed class RoutePropertyTests
{
    [TestMethod]
    public void SearchRoutes_RandomPlansEveryRuleOff_SameStrengthsAsQuikGraphDijkstra()
    {
        // The oracle of the unconstrained case: with no hop limit beyond the graph, no one barred, no level rule and no
        // re-engagement, the bounded search finds the strongest chain, which Dijkstra on -log(strength) finds too.
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var plan = AnalysisPropertyTests.RandomPlan(seed);
                var graph = new AccountGraph(plan, Plans.AsOf, new AnalysisOptions());
                var count = graph.VertexCount;
                var rules = new RouteRules { MaxEdges = count + 1 };
                var tree = graph.SearchRoutes(rules);

                var distance = new Dictionary<int, double>();
                var dijkstra = new DijkstraShortestPathAlgorithm<int, AccountEdge>(graph.Travel, e => e.Weight);
                dijkstra.FinishVertex += v => distance[v] = dijkstra.GetDistance(v);
                dijkstra.Compute(count);
                for (var v = 0; v < count; v++)
                {
                    if (graph.IsSeller(v))
                    {
                        continue;
                    }

                    var expected = distance.TryGetValue(v, out var d) && !double.IsPositiveInfinity(d) ? Math.Exp(-d) : 0;
                    Assert.AreEqual(expected, tree.StrengthTo(v), 1e-9 * Math.Max(1, expected), graph.IdOf(v));
                }
            },
            iter: 300);
    }

    [TestMethod]
    public void GetRoute_RandomPlans_SameAsEveryAdmissiblePathListedTheObviousWay()
    {
        // Every rule on, in every opportunity and with none: the route is the reference's, to the bit, and so is its
        // strength, the product of its hops.
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var plan = AnalysisPropertyTests.RandomPlan(seed);
                var analysis = AccountAnalysis.Create(plan, Plans.AsOf);
                foreach (var opportunityId in plan.Opportunities.Select(o => (string?)o.Id).Append(null))
                {
                    foreach (var person in plan.People)
                    {
                        var route = analysis.GetRoute(person.Id, opportunityId);
                        var expected = RouteReference.Route(plan, analysis, opportunityId, person.Id);
                        var where = person.Id + " in " + (opportunityId ?? "no opportunity");
                        if (expected is null)
                        {
                            Assert.IsNull(route, where);
                            continue;
                        }

                        Assert.IsNotNull(route, where);
                        CollectionAssert.AreEqual(expected.Value.Ids, route.Ids.ToArray(), where);
                        Assert.AreEqual(expected.Value.Strength, route.Strength, where);
                        Assert.AreEqual(expected.Value.Reengaged, route.IsReengagement, where);
                        Assert.AreEqual(route.Ids.Count - 1, route.Hops.Count, where);
                        var product = 1.0;
                        foreach (var hop in route.Hops)
                        {
                            product *= hop.Strength;
                        }

                        Assert.AreEqual(route.Strength, product, where + ": the strength is the product of the hops shown");
                    }
                }
            },
            iter: 300);
    }

    [TestMethod]
    public void GetRoute_RandomPlansAnyLimitOfIntroducersAndLevels_SameAsTheReference()
    {
        // The search builds every layer but the last, which it finds per person when asked: with 0 to 3 introducers (the
        // last layer is then the sellers' own edges, or the second, third or fourth edge) and any level rule, the route,
        // its strength, and the strength the ranking reads are the reference's to the bit. Half the plans have every
        // relationship undated at 0.5 or 0.75, so that many routes tie on strength (and no seller's relationship is
        // re-engaged, as none reaches the threshold of 1): the tie rules decide them.
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Bool).Sample(
            (seed, introducers, levelsUp, tied) =>
            {
                var plan = tied ? WithTiedStrengths(AnalysisPropertyTests.RandomPlan(seed)) : AnalysisPropertyTests.RandomPlan(seed);
                var options = new AnalysisOptions
                {
                    Graph = { MaxIntroducers = introducers, MaxIntroductionLevelsUp = levelsUp },
                    Thresholds = { CoverageThreshold = tied ? 1 : 0.5 },
                };
                var analysis = AccountAnalysis.Create(plan, Plans.AsOf, options);
                foreach (var opportunityId in plan.Opportunities.Select(o => (string?)o.Id).Append(null))
                {
                    foreach (var person in plan.People)
                    {
                        var where = person.Id + " in " + (opportunityId ?? "no opportunity") + ", " + introducers + " introducers, " + levelsUp + " levels up";
                        var expected = RouteReference.Route(plan, analysis, opportunityId, person.Id);
                        var route = analysis.GetRoute(person.Id, opportunityId);
                        var strength = analysis.GetRouteStrength(person.Id, opportunityId);
                        if (expected is null)
                        {
                            Assert.IsNull(route, where);
                            Assert.IsNull(strength, where);
                            continue;
                        }

                        Assert.IsNotNull(route, where);
                        CollectionAssert.AreEqual(expected.Value.Ids, route.Ids.ToArray(), where);
                        Assert.AreEqual(expected.Value.Strength, route.Strength, where);
                        Assert.AreEqual(route.Strength, strength, where);
                    }
                }
            },
            iter: 300);
    }

    /// <summary>The plan with every relationship undated and at 0.5 or 0.75 (products of such are exact, so equal routes tie to the bit).</summary>
    private static AccountPlan WithTiedStrengths(AccountPlan plan)
    {
        var builder = new AccountPlanBuilder().WithAccount(plan.Account);
        foreach (var seller in plan.Sellers)
        {
            builder.AddSeller(seller);
        }

        foreach (var person in plan.People)
        {
            builder.AddPerson(person);
        }

        foreach (var relationship in plan.Relationships)
        {
            builder.AddRelationship(relationship with { LastInteraction = null, Strength = relationship.Strength >= 0.5 ? 0.75 : 0.5 });
        }

        foreach (var opportunity in plan.Opportunities)
        {
            builder.AddOpportunity(opportunity);
        }

        return builder.Build();
    }

    [TestMethod]
    public void GetChokePoints_RandomPlans_EqualsPartiesOnEveryAdmissiblePath()
    {
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var plan = AnalysisPropertyTests.RandomPlan(seed);
                var analysis = AccountAnalysis.Create(plan, Plans.AsOf);
                var opportunityId = plan.Opportunities[0].Id;
                foreach (var person in plan.People)
                {
                    var paths = RouteReference.AdmissiblePaths(plan, analysis, opportunityId, person.Id, without: null).ToList();
                    var expected = paths.Count == 0
                        ? Array.Empty<string>()
                        : paths.Select(p => p.Take(p.Length - 1)).Aggregate((a, b) => a.Intersect(b)).OrderBy(id => id, StringComparer.Ordinal).ToArray();
                    CollectionAssert.AreEqual(expected, analysis.GetChokePoints(person.Id, opportunityId).OrderBy(id => id, StringComparer.Ordinal).ToArray(), person.Id);
                }
            },
            iter: 300);
    }

    [TestMethod]
    public void NextMeetingCampaign_RandomPlans_SameOwnerCompanionAndRouteForEveryPerson()
    {
        // One rule for every command: the recommendation, the meeting plan and (for the person it starts with) the
        // campaign's first step name the same owner, companion and route.
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var plan = AnalysisPropertyTests.RandomPlan(seed);
                if (plan.Sellers.Count == 0 || plan.People.Count == 0)
                {
                    return;
                }

                var options = new PlanningOptions { Thresholds = { SeniorLevel = 4 } };
                var opportunityId = plan.Opportunities[0].Id;
                var review = AccountReview.Create(plan, Plans.AsOf).FindOpportunity(opportunityId)!;
                var recommendations = Planner.Recommend(review, options);
                foreach (var recommendation in recommendations)
                {
                    var meeting = Planner.PlanMeeting(review, recommendation.Approach.Person.Id, options);
                    Assert.AreEqual(recommendation.Approach.Owner?.Id, meeting.Approach.Owner?.Id, recommendation.Approach.Person.Id);
                    Assert.AreEqual(recommendation.Approach.Companion?.Id, meeting.Approach.Companion?.Id, recommendation.Approach.Person.Id);
                    CollectionAssert.AreEqual(recommendation.Approach.Route?.Ids.ToList(), meeting.Approach.Route?.Ids.ToList(), recommendation.Approach.Person.Id);
                    Assert.AreEqual(recommendation.Approach.RouteStrength, meeting.Approach.Route?.Strength ?? 0, recommendation.Approach.Person.Id);
                }

                foreach (var person in plan.People)
                {
                    var meeting = Planner.PlanMeeting(review, person.Id, options);
                    var route = review.Analysis.GetRoute(person.Id, opportunityId);
                    Assert.AreEqual(route?.Seller.Id ?? meeting.Approach.Owner?.Id, meeting.Approach.Owner?.Id, person.Id + ": the owner starts the route");
                    CollectionAssert.AreEqual(route?.Ids.ToList(), meeting.Approach.Route?.Ids.ToList(), person.Id);
                }

                var campaign = Planner.PlanCampaign(plan, opportunityId, Plans.AsOf, 1, null, options);
                if (campaign.Steps.Count > 0)
                {
                    var first = campaign.Steps[0];
                    var meeting = Planner.PlanMeeting(review, first.Approach.Person.Id, options);
                    Assert.AreEqual(meeting.Approach.Owner?.Id, first.Approach.Owner?.Id, first.Approach.Person.Id);
                    Assert.AreEqual(meeting.Approach.Companion?.Id, first.Approach.Companion?.Id, first.Approach.Person.Id);
                    CollectionAssert.AreEqual(meeting.Approach.Route?.Ids.ToList(), first.Approach.Route?.Ids.ToList(), first.Approach.Person.Id);
                    Assert.AreEqual(meeting.Approach.Route?.Strength, first.Approach.Route?.Strength, first.Approach.Person.Id);
                }
            },
            iter: 200);
    }
}
