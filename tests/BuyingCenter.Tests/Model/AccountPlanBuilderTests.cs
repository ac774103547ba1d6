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
