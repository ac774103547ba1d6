using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BuyingCenter;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Synthetic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Performance;

[TestClass]
public sealed class LargeAccountTests
{
    [TestMethod]
    [DataRow(300)]
    [DataRow(6_000)]
    public void GetPathsFromSellers_SmallAndLargeAccounts_StrongestPathMatchesReachAndEachPathIsValid(int people)
    {
        // Below and above the size where the graph switches from shared per-seller trees to a search per person.
        var plan = AccountGenerator.Generate(new AccountGeneratorOptions { People = people, Sellers = 6, BuyingGroupSize = 10, Seed = 4 });
        var analysis = AccountAnalysis.Create(plan, AccountGeneratorOptions.DefaultAsOf);

        foreach (var influence in plan.Opportunities[0].Influences)
        {
            var paths = analysis.GetPathsFromSellers(influence.PersonId);
            var reach = analysis.GetReach(influence.PersonId);
            if (reach is null)
            {
                Assert.AreEqual(0, paths.Count);
                continue;
            }

            if (reach.IsReengagement || reach.Ids.Count == 2)
            {
                // A seller's own working relationship (before decay) is the route whatever a stronger introduction would
                // give (domain.md, section 2), whether it has gone cold (re-engage) or not.
                Assert.IsTrue(paths.Any(p => p.Ids.Count == 2 && p.Seller.Id == reach.Seller.Id && p.Strength == reach.Strength), influence.PersonId);
            }
            else
            {
                Assert.AreEqual(reach.Strength, paths[0].Strength, 1e-12, influence.PersonId);
            }

            Assert.AreEqual(paths.Count, paths.Select(p => p.Seller.Id).Distinct().Count(), "one path per seller");
            foreach (var path in paths)
            {
                Assert.IsNotNull(plan.FindSeller(path.Ids[0]));
                Assert.AreEqual(influence.PersonId, path.Ids[^1]);
                Assert.IsTrue(path.Ids.Skip(1).All(id => plan.FindPerson(id) is not null || plan.FindSeller(id) is not null));
            }

            for (var i = 1; i < paths.Count; i++)
            {
                Assert.IsTrue(paths[i - 1].Strength >= paths[i].Strength, "strongest first");
            }
        }
    }

    [TestMethod]
    [DataRow(300)]
    [DataRow(6_000)]
    public void OwnershipChoose_SmallAndLargeAccounts_OwnerStartsTheOpportunityRouteOnEveryThread(int size)
    {
        // The owner is the seller at the start of the person's route in the opportunity, whoever asks, in any order.
        var plan = AccountGenerator.Generate(new AccountGeneratorOptions { People = size, Sellers = 8, BuyingGroupSize = 10, Seed = 7 });
        var options = new PlanningOptions { Thresholds = { SeniorLevel = 3, SellerLevelGap = 0 } };
        var review = AccountReview.Create(plan, AccountGeneratorOptions.DefaultAsOf).Opportunities[0];
        var analysis = review.Analysis;
        var people = plan.People.Where((p, i) => p.Level >= 4 || i % 25 == 0).ToList();
        var links = new HashSet<(string, string)>(plan.Relationships
            .Where(r => r.Kind != RelationshipKind.Opposes)
            .SelectMany(r => new[] { (r.From, r.To), (r.To, r.From) }));

        var chosen = new Dictionary<string, Approach>();
        foreach (var person in people)
        {
            var ownership = Ownership.Choose(review, person, options);
            chosen[person.Id] = ownership;
            var route = analysis.GetRoute(person.Id, review.Opportunity.Id);
            if (route is null)
            {
                Assert.IsNull(ownership.Route, person.Id);
                continue;
            }

            Assert.AreEqual(route.Seller.Id, ownership.Owner?.Id, person.Id);
            Assert.AreEqual(route.Strength, ownership.Route!.Strength, person.Id);
            Assert.AreEqual(person.Id, route.Ids[^1], person.Id);
            Assert.IsTrue(route.Ids.Count <= 4, person.Id + ": at most two intermediaries");
            for (var i = 1; i < route.Ids.Count; i++)
            {
                Assert.IsTrue(links.Contains((route.Ids[i - 1], route.Ids[i])), person.Id + ": no travellable link " + route.Ids[i - 1] + " - " + route.Ids[i]);
            }
        }

        var fresh = AccountReview.Create(plan, AccountGeneratorOptions.DefaultAsOf).Opportunities[0];
        var again = new System.Collections.Concurrent.ConcurrentDictionary<string, Approach>();
        Parallel.ForEach(Enumerable.Reverse(people), person => again[person.Id] = Ownership.Choose(fresh, person, options));
        foreach (var person in people)
        {
            Assert.AreEqual(chosen[person.Id].Owner?.Id, again[person.Id].Owner?.Id, person.Id);
            Assert.AreEqual(chosen[person.Id].Companion?.Id, again[person.Id].Companion?.Id, person.Id);
            CollectionAssert.AreEqual(chosen[person.Id].Route?.Ids.ToList(), again[person.Id].Route?.Ids.ToList(), person.Id);
        }
    }

    [TestMethod]
    public void GetRoute_LargeAccountEquallyStrongRoutes_FewerEdgesThenLowerSellerId()
    {
        // Equally strong routes (a strength-1 link makes two steps as strong as one): the one with fewer edges wins;
        // between routes of the same length, the lower seller id. Strengths below the coverage threshold, so that no
        // re-engagement decides instead.
        var builder = AccountGenerator.Generate(new AccountGeneratorOptions { People = 6_000, Sellers = 5, BuyingGroupSize = 10, Seed = 9 }).ToBuilder()
            .AddSeller("zz-seller-a", "Ann Tie", level: 6)
            .AddSeller("zz-seller-b", "Bob Tie", level: 6)
            .AddPerson("zz-x1", "Xena One", level: 3)
            .AddPerson("zz-x2", "Xavier Two", level: 3)
            .AddPerson("zz-link1", "Lee Link", level: 2)
            .AddRelationship("zz-seller-a", RelationshipKind.Knows, "zz-link1", 1.0)
            .AddRelationship("zz-link1", RelationshipKind.Knows, "zz-x1", 0.4)
            .AddRelationship("zz-seller-b", RelationshipKind.Knows, "zz-x1", 0.4)
            .AddRelationship("zz-seller-b", RelationshipKind.Knows, "zz-x2", 0.4)
            .AddRelationship("zz-seller-a", RelationshipKind.Knows, "zz-x2", 0.4);
        var analysis = AccountAnalysis.Create(builder.Build(), AccountGeneratorOptions.DefaultAsOf);

        CollectionAssert.AreEqual(new[] { "zz-seller-b", "zz-x1" }, analysis.GetReach("zz-x1")!.Ids.ToList(), "fewer edges");
        CollectionAssert.AreEqual(new[] { "zz-seller-a", "zz-x2" }, analysis.GetReach("zz-x2")!.Ids.ToList(), "lower seller id");
    }
}
