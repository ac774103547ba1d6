using System;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Tests.Analysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Graph;

/// <summary>
/// Opportunities that bar the same people share one route search: an opportunity that bars someone else must still get
/// its own routes, whichever opportunity is asked first.
/// </summary>
[TestClass]
public sealed class SharedRoutesTests
{
    private static readonly DateTime AsOf = new(2026, 11, 22);

    [TestMethod]
    [DataRow(new[] { "open", "eb-max", "also-eb-max", "none" })]
    [DataRow(new[] { "eb-max", "open", "none", "also-eb-max" })]
    [DataRow(new[] { "none", "also-eb-max", "open", "eb-max" })]
    public void GetRoute_OpportunitiesBarringDifferentPeople_EachItsOwnRouteWhateverTheOrderAsked(string[] order)
    {
        // Max is the Economic Buyer of two deals and so may not introduce us there; in the open deal (and with no
        // opportunity) he may. Our seller knows Max well and Zoe a little; Max knows Zoe well.
        var plan = new AccountPlanBuilder()
            .WithAccount(new Account { Id = "acc", Name = "Account" })
            .AddSeller("sam", "Sam")
            .AddPerson("max", "Max").AddPerson("zoe", "Zoe")
            .AddRelationship("sam", RelationshipKind.Knows, "max", 0.9)
            .AddRelationship("max", RelationshipKind.Knows, "zoe", 0.9)
            .AddRelationship("sam", RelationshipKind.Knows, "zoe", 0.2)
            .AddOpportunity(Deal("eb-max", BuyingRoles.Economic))
            .AddOpportunity(Deal("also-eb-max", BuyingRoles.Economic))
            .AddOpportunity(Deal("open", BuyingRoles.Technical))
            .BuildUnvalidated();
        var analysis = AccountAnalysis.Create(plan, AsOf);

        foreach (var opportunity in order)
        {
            var route = analysis.GetRoute("zoe", opportunity == "none" ? null : opportunity)!;
            var barred = opportunity.Contains("eb-max");
            Assert.AreEqual(barred ? "sam > zoe" : "sam > max > zoe", string.Join(" > ", route.Parties.Select(p => p.Id)), opportunity);
            Assert.AreEqual(barred ? 0.2 : 0.81, route.Strength, 1e-12, opportunity);
        }
    }

    private static Opportunity Deal(string id, BuyingRoles maxRoles) => new()
    {
        Id = id,
        SingleSalesObjective = "Acme buys 40 seats by 2027-03-31",
        Quantity = 40,
        CloseDate = new DateTime(2027, 3, 31),
        Amount = 48_000m,
        Currency = "EUR",
        Influences = new[]
        {
            Plans.Influence("max", maxRoles, InfluenceDegree.High, ResponseMode.Growth, 3),
            Plans.Influence("zoe", BuyingRoles.User, InfluenceDegree.Low, ResponseMode.Growth, 3),
        },
    };
}
