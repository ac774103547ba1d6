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

            Assert.AreEqual(reach.Strength, paths[0].Strength, 1e-12, influence.PersonId);
            Assert.AreEqual(paths.Count, paths.Select(p => p.SellerId).Distinct().Count(), "one path per seller");
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
    [DataRow(300, 10)]
    [DataRow(6_000, 50)]
    public void OwnershipChoose_SmallAndLargeAccounts_SameOwnerAndStrengthAsBestLevelMatchingPathOfEachSeller(int size, int minimumSearched)
    {
        // The owner of a senior person comes from one search per set of matching sellers, grown as far as the people
        // asked about; the independent answer is the per-person list of every seller's best path (per-seller trees on
        // the small account, a search per person on the large one), filtered by level. Senior from level 3 with no
        // level gap gives several seller sets (sellers are of level 3 to 5) and level-6 people no matching seller.
        var plan = AccountGenerator.Generate(new AccountGeneratorOptions { People = size, Sellers = 8, BuyingGroupSize = 10, Seed = 7 });
        var options = new PlanningOptions { SeniorLevel = 3, SellerLevelGap = 0 };
        var review = AccountReview.Create(plan, AccountGeneratorOptions.DefaultAsOf).Opportunities[0];
        var analysis = review.Analysis;
        var people = plan.People.Where((p, i) => p.Level >= 4 || i % 25 == 0).ToList();
        var links = new HashSet<(string, string)>(plan.Relationships
            .Where(r => r.Kind != RelationshipKind.Opposes)
            .SelectMany(r => new[] { (r.From, r.To), (r.To, r.From) }));

        var chosen = new Dictionary<string, (string? Owner, IntroductionPath? Path)>();
        var searched = 0;
        foreach (var person in people)
        {
            var (owner, path) = Ownership.Choose(analysis, review, person, options);
            chosen[person.Id] = (owner, path);

            var senior = person.Level >= options.SeniorLevel;
            var paths = analysis.GetPathsFromSellers(person.Id);
            bool Matches(IntroductionPath p) => plan.FindSeller(p.SellerId)!.Level >= person.Level - options.SellerLevelGap;
            IntroductionPath? expected;
            if (!senior && review.FindInfluence(person.Id) is { } assessment)
            {
                expected = assessment.Reach;
            }
            else if (senior && review.FindInfluence(person.Id)?.Reach is { } reach && Matches(reach))
            {
                expected = reach;
            }
            else
            {
                searched++;
                expected = (senior ? paths.FirstOrDefault(Matches) : null) ?? paths.FirstOrDefault();
            }

            if (expected is null)
            {
                Assert.IsNull(path, person.Id);
                continue;
            }

            Assert.IsNotNull(path, person.Id);
            Assert.AreEqual(expected.SellerId, owner, person.Id);
            Assert.AreEqual(expected.Strength, path.Strength, 1e-12, person.Id);
            Assert.AreEqual(owner, path.Ids[0], person.Id);
            Assert.AreEqual(person.Id, path.Ids[^1], person.Id);
            for (var i = 1; i < path.Ids.Count; i++)
            {
                Assert.IsTrue(links.Contains((path.Ids[i - 1], path.Ids[i])), person.Id + ": no travellable link " + path.Ids[i - 1] + " - " + path.Ids[i]);
            }
        }

        Assert.IsTrue(searched >= minimumSearched, "the seller-set searches were exercised: " + searched);

        // The searches grow as far as each person asks: the answers must not depend on who asks first, or on which thread.
        var fresh = AccountReview.Create(plan, AccountGeneratorOptions.DefaultAsOf).Opportunities[0];
        var again = new System.Collections.Concurrent.ConcurrentDictionary<string, (string? Owner, IntroductionPath? Path)>();
        Parallel.ForEach(Enumerable.Reverse(people), person => again[person.Id] = Ownership.Choose(fresh.Analysis, fresh, person, options));
        foreach (var person in people)
        {
            Assert.AreEqual(chosen[person.Id].Owner, again[person.Id].Owner, person.Id);
            CollectionAssert.AreEqual(chosen[person.Id].Path?.Ids.ToList(), again[person.Id].Path?.Ids.ToList(), person.Id);
        }
    }

    [TestMethod]
    public void OwnershipChoose_LargeAccountEquallyStrongMatchingSellers_LowerSellerIdLikeThePathsFromEachSeller()
    {
        // Two senior sellers reach each new senior person equally strongly (a strength-1 link makes a two-step path as
        // strong as one step), once with the lower id on the longer path and once on the shorter: whichever the search
        // settles first, the lower id must own both, as the per-seller list orders them.
        var builder = AccountGenerator.Generate(new AccountGeneratorOptions { People = 6_000, Sellers = 5, BuyingGroupSize = 10, Seed = 9 }).ToBuilder()
            .AddSeller("zz-seller-a", "Ann Tie", level: 6)
            .AddSeller("zz-seller-b", "Bob Tie", level: 6)
            .AddPerson("zz-x1", "Xena One", level: 6)
            .AddPerson("zz-x2", "Xavier Two", level: 6)
            .AddPerson("zz-link1", "Lee Link", level: 2)
            .AddPerson("zz-link2", "Lou Link", level: 2)
            .AddRelationship("zz-seller-a", RelationshipKind.Knows, "zz-link1", 1.0)
            .AddRelationship("zz-link1", RelationshipKind.Knows, "zz-x1", 0.8)
            .AddRelationship("zz-seller-b", RelationshipKind.Knows, "zz-x1", 0.8)
            .AddRelationship("zz-seller-a", RelationshipKind.Knows, "zz-x2", 0.8)
            .AddRelationship("zz-seller-b", RelationshipKind.Knows, "zz-link2", 1.0)
            .AddRelationship("zz-link2", RelationshipKind.Knows, "zz-x2", 0.8);
        var plan = builder.Build();
        var review = AccountReview.Create(plan, AccountGeneratorOptions.DefaultAsOf).Opportunities[0];
        var options = new PlanningOptions { SeniorLevel = 3, SellerLevelGap = 0 };

        foreach (var personId in new[] { "zz-x1", "zz-x2" })
        {
            var listed = review.Analysis.GetPathsFromSellers(personId);
            Assert.AreEqual("zz-seller-a", listed[0].SellerId, "the per-seller list breaks the tie by id");
            Assert.AreEqual(listed[0].Strength, listed[1].Strength, "a tie");

            var (owner, path) = Ownership.Choose(review.Analysis, review, plan.FindPerson(personId)!, options);
            Assert.AreEqual("zz-seller-a", owner, personId);
            CollectionAssert.AreEqual(listed[0].Ids.ToList(), path!.Ids.ToList(), personId);
        }
    }
}
