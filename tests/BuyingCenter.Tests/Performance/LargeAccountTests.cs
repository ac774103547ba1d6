using System;
using System.Linq;
using BuyingCenter;
using BuyingCenter.Analysis;
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
}
