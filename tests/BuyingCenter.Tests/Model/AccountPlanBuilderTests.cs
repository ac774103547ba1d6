using System;
using System.Linq;
using BuyingCenter;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Model;

[TestClass]
public sealed class AccountPlanBuilderTests
{
    private static AccountPlanBuilder Minimal() => new AccountPlanBuilder()
        .WithAccount("acme", "Acme")
        .AddSeller("ana", "Ana Ruiz", level: 3)
        .AddPerson("dana", "Dana Lee", "CFO", level: 5)
        .AddPerson("pat", "Pat Okafor", level: 4);

    [TestMethod]
    public void Build_ValidPlan_ResolvesIdsByKind()
    {
        var plan = Minimal().AddRelationship("pat", RelationshipKind.ReportsTo, "dana").Build();

        Assert.IsNotNull(plan.FindPerson("dana"));
        Assert.IsNull(plan.FindPerson("ana"), "a seller is not a person");
        Assert.IsNotNull(plan.FindSeller("ana"));
        Assert.AreEqual(1, plan.Relationships.Count);
    }

    [TestMethod]
    public void Build_DuplicateIdAcrossSellersAndPeople_ListsProblemWithPath()
    {
        var ex = Assert.ThrowsExactly<InvalidPlanException>(() => Minimal().AddPerson("ana", "Another Ana").Build());

        var problem = ex.Problems.Single();
        Assert.AreEqual("$.people[2].id", problem.Path);
        StringAssert.Contains(problem.Message, "'ana'");
    }

    [TestMethod]
    public void Build_ReportsToCycle_IsReported()
    {
        var ex = Assert.ThrowsExactly<InvalidPlanException>(() => Minimal()
            .AddRelationship("pat", RelationshipKind.ReportsTo, "dana")
            .AddRelationship("dana", RelationshipKind.ReportsTo, "pat")
            .Build());

        StringAssert.Contains(ex.Problems.Single().Message, "cycle");
    }

    [TestMethod]
    public void Build_TwoReportingCyclesAmongChains_EachReportedOnceWithOnlyItsMembers()
    {
        // c1 -> c2 -> c3 -> c1 and d1 <-> d2, with people reporting into both cycles, a cycle member reporting out
        // to a manager above, and a long valid chain beside them: none of those others is part of a cycle.
        var builder = Minimal();
        foreach (var id in new[] { "c1", "c2", "c3", "d1", "d2", "in1", "in2", "above", "x0", "x1", "x2", "x3" })
        {
            builder.AddPerson(id, "Person " + id);
        }

        var plan = builder
            .AddRelationship("x0", RelationshipKind.ReportsTo, "x1")
            .AddRelationship("c1", RelationshipKind.ReportsTo, "c2")
            .AddRelationship("x1", RelationshipKind.ReportsTo, "x2")
            .AddRelationship("c2", RelationshipKind.ReportsTo, "c3")
            .AddRelationship("in1", RelationshipKind.ReportsTo, "c1")
            .AddRelationship("c3", RelationshipKind.ReportsTo, "c1")
            .AddRelationship("d2", RelationshipKind.ReportsTo, "d1")
            .AddRelationship("c3", RelationshipKind.ReportsTo, "above")
            .AddRelationship("d1", RelationshipKind.ReportsTo, "d2")
            .AddRelationship("in2", RelationshipKind.ReportsTo, "d2")
            .AddRelationship("x2", RelationshipKind.ReportsTo, "x3")
            .TryBuild(out _, out var problems);

        Assert.IsFalse(plan);
        CollectionAssert.AreEqual(
            new[]
            {
                "$.relationships[1].to: ReportsTo forms a cycle among c1, c2, c3 (relationships 1, 3, 5); someone in it must report outside it.",
                "$.relationships[6].to: ReportsTo forms a cycle among d1, d2 (relationships 6, 8); someone in it must report outside it.",
            },
            problems.Select(p => p.Path + ": " + p.Message).OrderBy(m => m, StringComparer.Ordinal).ToArray());
    }

    [TestMethod]
    public void Build_CallerListChangedAfterwards_PlanDoesNotChange()
    {
        var competitors = new System.Collections.Generic.List<string> { "RouteMax" };
        var plan = Minimal().AddOpportunity(new Opportunity { Id = "o", SingleSalesObjective = "Acme buys", Competitors = competitors }).Build();

        competitors.Add("Other");

        Assert.AreEqual(1, plan.Opportunities[0].Competitors.Count);
    }

    [TestMethod]
    public void AddRelationship_StrengthOutOfRange_ThrowsArgumentOutOfRange()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Minimal().AddRelationship("ana", RelationshipKind.Knows, "dana", strength: 1.5));
    }

    [TestMethod]
    public void SetRelationship_SameUndirectedEdgeReversed_ReplacesIt()
    {
        var plan = Minimal()
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.3)
            .SetRelationship(new Relationship { From = "pat", To = "ana", Kind = RelationshipKind.Knows, Strength = 0.8 })
            .Build();

        Assert.AreEqual(0.8, plan.Relationships.Single().Strength);
    }
}
