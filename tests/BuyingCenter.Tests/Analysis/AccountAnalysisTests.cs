using System;
using System.Linq;
using BuyingCenter;
using BuyingCenter.Analysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Analysis;

[TestClass]
public sealed class AccountAnalysisTests
{
    private static AccountPlanBuilder Chain() => new AccountPlanBuilder()
        .WithAccount("acme", "Acme")
        .AddSeller("ana", "Ana Ruiz", level: 3)
        .AddSeller("raj", "Raj Mehta", level: 3)
        .AddPerson("dana", "Dana Lee", level: 5)
        .AddPerson("pat", "Pat Okafor", level: 4)
        .AddPerson("omar", "Omar Haddad", level: 5);

    [TestMethod]
    public void DecayedStrength_OneHalfLifeAgo_HalvesStrength()
    {
        var plan = Chain().AddRelationship("ana", RelationshipKind.Knows, "dana", 0.8, Plans.AsOf.AddDays(-180)).Build();

        var analysis = AccountAnalysis.Create(plan, Plans.AsOf);

        Assert.AreEqual(0.4, analysis.DecayedStrength(plan.Relationships[0]), 1e-12);
        Assert.AreEqual(0.4, analysis.GetCoverage("dana").Strength, 1e-12);
    }

    [TestMethod]
    public void DecayedStrength_CustomHalfLife_UsesIt()
    {
        var plan = Chain().AddRelationship("ana", RelationshipKind.Knows, "dana", 0.8, Plans.AsOf.AddDays(-60)).Build();

        var analysis = AccountAnalysis.Create(plan, Plans.AsOf, new AnalysisOptions { Graph = { DecayHalfLifeDays = 30 } });

        Assert.AreEqual(0.2, analysis.DecayedStrength(plan.Relationships[0]), 1e-12);
    }

    [TestMethod]
    public void DecayedStrength_NoDateOrFutureDate_DoesNotDecay()
    {
        var plan = Chain()
            .AddRelationship("ana", RelationshipKind.Knows, "dana", 0.8)
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.6, Plans.AsOf.AddDays(30))
            .Build();

        var analysis = AccountAnalysis.Create(plan, Plans.AsOf);

        Assert.AreEqual(0.8, analysis.DecayedStrength(plan.Relationships[0]));
        Assert.AreEqual(0.6, analysis.DecayedStrength(plan.Relationships[1]));
    }

    [TestMethod]
    public void GetCoverage_SeveralSellers_StrongestDecayedKnowsAndItsSeller()
    {
        var plan = Chain()
            .AddRelationship("ana", RelationshipKind.Knows, "dana", 0.9, Plans.AsOf.AddDays(-360))
            .AddRelationship("dana", RelationshipKind.Knows, "raj", 0.5)
            .Build();

        var coverage = AccountAnalysis.Create(plan, Plans.AsOf).GetCoverage("dana");

        Assert.AreEqual("raj", coverage.Seller?.Id, "0.9 a year ago is 0.225 today, below raj's 0.5");
        Assert.AreEqual(0.5, coverage.Strength);
    }

    [TestMethod]
    public void GetCoverage_OnlyInfluencesFromSeller_IsNone()
    {
        var plan = Chain().AddRelationship("pat", RelationshipKind.Knows, "dana", 1.0).Build();

        var analysis = AccountAnalysis.Create(plan, Plans.AsOf);

        Assert.AreEqual(0, analysis.GetCoverage("dana").Strength);
        Assert.IsNull(analysis.GetCoverage("dana").Seller?.Id);
        Assert.IsFalse(analysis.IsCovered("dana"));
    }

    [TestMethod]
    public void GetReach_ThroughIntroducer_PathIdsAndProductStrength()
    {
        var plan = Chain()
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.8)
            .AddRelationship("pat", RelationshipKind.ReportsTo, "dana", 0.75)
            .AddRelationship("raj", RelationshipKind.Knows, "dana", 0.4)
            .Build();

        var reach = AccountAnalysis.Create(plan, Plans.AsOf).GetReach("dana")!;

        CollectionAssert.AreEqual(new[] { "ana", "pat", "dana" }, reach.Ids.ToArray());
        Assert.AreEqual(0.6, reach.Strength, 1e-12, "0.8 x 0.75 beats raj's direct 0.4, which never reached the coverage threshold");
        CollectionAssert.AreEqual(new[] { RelationshipKind.Knows, RelationshipKind.ReportsTo }, reach.Hops.Select(h => h.Kind).ToArray());
        CollectionAssert.AreEqual(new[] { 0.8, 0.75 }, reach.Hops.Select(h => h.Strength).ToArray());
        Assert.AreEqual("ana", reach.Seller.Id);
        Assert.IsFalse(reach.IsDirect);
    }

    [TestMethod]
    public void GetReach_DirectedEdgesTravelledBackwards()
    {
        // dana influences pat: the path from ana goes against the edge's direction.
        var plan = Chain()
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.5)
            .AddRelationship("dana", RelationshipKind.Influences, "pat", 0.5)
            .Build();

        var reach = AccountAnalysis.Create(plan, Plans.AsOf).GetReach("dana")!;

        CollectionAssert.AreEqual(new[] { "ana", "pat", "dana" }, reach.Ids.ToArray());
        Assert.AreEqual(0.25, reach.Strength, 1e-12);
    }

    [TestMethod]
    public void GetReach_OnlyThroughOpposes_IsNull()
    {
        var plan = Chain()
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 1.0)
            .AddRelationship("pat", RelationshipKind.Opposes, "dana", 1.0)
            .Build();

        Assert.IsNull(AccountAnalysis.Create(plan, Plans.AsOf).GetReach("dana"));
    }

    [TestMethod]
    public void GetReach_SeveralEdgesBetweenTwoPeople_StrongestCounts()
    {
        var plan = Chain()
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 1.0)
            .AddRelationship("pat", RelationshipKind.ReportsTo, "dana", 0.2)
            .AddRelationship("pat", RelationshipKind.Influences, "dana", 0.7)
            .AddRelationship("pat", RelationshipKind.Opposes, "dana", 0.9)
            .Build();

        Assert.AreEqual(0.7, AccountAnalysis.Create(plan, Plans.AsOf).GetReach("dana")!.Strength, 1e-12);
    }

    [TestMethod]
    public void GetReach_ReportsToAtDefaultStrength_CountsReportsToOption()
    {
        var plan = Chain()
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 1.0)
            .AddRelationship("pat", RelationshipKind.ReportsTo, "dana")
            .Build();

        var defaults = AccountAnalysis.Create(plan, Plans.AsOf).GetReach("dana")!;
        var tuned = AccountAnalysis.Create(plan, Plans.AsOf, new AnalysisOptions { Graph = { ReportsToStrength = 0.3 } }).GetReach("dana")!;

        Assert.AreEqual(0.5, defaults.Strength, 1e-12);
        Assert.AreEqual(0.3, tuned.Strength, 1e-12);
    }

    [TestMethod]
    public void GetPathsFromSellers_TwoSellers_BestPathEachStrongestFirst()
    {
        var plan = Chain()
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.8)
            .AddRelationship("pat", RelationshipKind.Influences, "dana", 0.5)
            .AddRelationship("raj", RelationshipKind.Knows, "dana", 0.6)
            .AddRelationship("raj", RelationshipKind.Knows, "omar", 1.0)
            .AddRelationship("omar", RelationshipKind.Influences, "dana", 0.3)
            .Build();

        var paths = AccountAnalysis.Create(plan, Plans.AsOf).GetPathsFromSellers("dana");

        Assert.AreEqual(2, paths.Count);
        CollectionAssert.AreEqual(new[] { "raj", "dana" }, paths[0].Ids.ToArray());
        Assert.IsTrue(paths[0].IsDirect);
        CollectionAssert.AreEqual(new[] { "ana", "pat", "dana" }, paths[1].Ids.ToArray());
        Assert.AreEqual(0.4, paths[1].Strength, 1e-12);
    }

    [TestMethod]
    public void GetPathsFromSellers_EqualStrength_TiesBySellerId()
    {
        var plan = Chain()
            .AddRelationship("raj", RelationshipKind.Knows, "dana", 0.5)
            .AddRelationship("ana", RelationshipKind.Knows, "dana", 0.5)
            .Build();

        var paths = AccountAnalysis.Create(plan, Plans.AsOf).GetPathsFromSellers("dana");

        CollectionAssert.AreEqual(new[] { "ana", "raj" }, paths.Select(p => p.Seller.Id).ToArray());
    }

    [TestMethod]
    public void GetChokePoints_TwoIndependentThreads_IsEmpty()
    {
        var plan = Chain()
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.8)
            .AddRelationship("pat", RelationshipKind.ReportsTo, "dana")
            .AddRelationship("raj", RelationshipKind.Knows, "omar", 0.5)
            .AddRelationship("omar", RelationshipKind.Influences, "dana", 0.5)
            .Build();

        Assert.AreEqual(0, AccountAnalysis.Create(plan, Plans.AsOf).GetChokePoints("dana").Count);
    }

    [TestMethod]
    public void GetChokePoints_BothSellersThroughOneIntroducer_NamesIntroducer()
    {
        var plan = Chain()
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.8)
            .AddRelationship("raj", RelationshipKind.Knows, "pat", 0.5)
            .AddRelationship("pat", RelationshipKind.ReportsTo, "dana")
            .Build();

        CollectionAssert.AreEqual(new[] { "pat" }, AccountAnalysis.Create(plan, Plans.AsOf).GetChokePoints("dana").ToArray());
    }

    [TestMethod]
    public void GetChokePoints_OneSellerHoldsEveryThread_NamesSeller()
    {
        var plan = Chain()
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.8)
            .AddRelationship("ana", RelationshipKind.Knows, "dana", 0.3)
            .AddRelationship("pat", RelationshipKind.ReportsTo, "dana")
            .Build();

        CollectionAssert.AreEqual(new[] { "ana" }, AccountAnalysis.Create(plan, Plans.AsOf).GetChokePoints("dana").ToArray());
    }

    [TestMethod]
    public void GetCentrality_PersonTheCfoListensTo_IsMostCentral()
    {
        var analysis = AccountAnalysis.Create(Plans.Northwind(), Plans.AsOf);

        // Dana (CFO) listens to Omar; Omar's reports and advisers feed him too. Kim and Lin are listened to by no one.
        Assert.AreEqual(1, analysis.GetCentrality("omar"), 1e-12);
        Assert.AreEqual(0, analysis.GetCentrality("kim"));
        Assert.AreEqual(0, analysis.GetCentrality("lin"));
        Assert.IsTrue(analysis.GetCentrality("pat") > analysis.GetCentrality("dana"), "Omar, whom the CFO listens to, listens to Pat");
        Assert.IsTrue(analysis.GetCentrality("eva") > 0, "the CFO listens to Eva");
    }

    [TestMethod]
    public void GetCentrality_NoInfluenceNetwork_IsZero()
    {
        var plan = Chain().AddRelationship("ana", RelationshipKind.Knows, "dana", 0.8).Build();

        Assert.AreEqual(0, AccountAnalysis.Create(plan, Plans.AsOf).GetCentrality("dana"));
    }

    [TestMethod]
    public void GetLastContact_MeetingAndKnowsDate_LatestWins()
    {
        var plan = Plans.Northwind();
        var analysis = AccountAnalysis.Create(plan, Plans.AsOf);

        Assert.AreEqual(new DateTime(2026, 6, 10), analysis.GetLastContact("dana"));
        Assert.AreEqual(new DateTime(2026, 10, 20), analysis.GetLastContact("kim"), "Raj's Knows relationship with Kim was used on 2026-10-20");
        Assert.IsNull(analysis.GetLastContact("omar"));
    }

    [TestMethod]
    public void GetCoverage_UnknownId_ThrowsArgumentException()
    {
        var analysis = AccountAnalysis.Create(Plans.Northwind(), Plans.AsOf);

        Assert.ThrowsExactly<PlanArgumentException>(() => analysis.GetCoverage("nobody"));
    }
}
