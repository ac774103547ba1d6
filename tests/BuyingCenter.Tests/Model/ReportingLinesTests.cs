using System.Collections.Generic;
using System.Linq;
using BuyingCenter;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Model;

[TestClass]
public sealed class ReportingLinesTests
{
    private static Relationship Reports(string person, string manager) => new() { From = person, Kind = RelationshipKind.ReportsTo, To = manager };

    // ceo <- cfo <- controller <- analyst; ceo <- cio; the analyst also reports to the cio (a matrix line).
    private static ReportingLines Company() => ReportingLines.Of(new[]
    {
        Reports("cfo", "ceo"),
        Reports("controller", "cfo"),
        new Relationship { From = "ana", Kind = RelationshipKind.Knows, To = "cfo" },
        Reports("analyst", "controller"),
        Reports("cio", "ceo"),
        Reports("analyst", "cio"),
    });

    [TestMethod]
    public void ManagersOf_MatrixLine_ListsBothManagersInTheOrderGiven()
    {
        var lines = Company();

        CollectionAssert.AreEqual(new[] { "controller", "cio" }, lines.ManagersOf("analyst").ToArray());
        CollectionAssert.AreEqual(new[] { "cfo", "cio" }, lines.ReportsOf("ceo").ToArray());
        Assert.IsFalse(lines.ReportsOf("ana").Any(), "a Knows relationship is not a reporting line");
    }

    [TestMethod]
    public void DepthOf_LongestChain_CountsTheManagersAbove()
    {
        var lines = Company();

        Assert.AreEqual(0, lines.DepthOf("ceo"));
        Assert.AreEqual(1, lines.DepthOf("cio"));
        Assert.AreEqual(3, lines.DepthOf("analyst"), "ceo > cfo > controller > analyst is longer than ceo > cio > analyst");
        Assert.AreEqual(0, lines.DepthOf("somebody-else"), "someone no line names has no manager above");
        Assert.AreEqual(0, lines.Cycles.Count);
    }

    [TestMethod]
    public void TopDown_Hierarchy_PutsEveryManagerBeforeTheirReports()
    {
        var lines = Company();
        var order = lines.TopDown.ToList();

        CollectionAssert.AreEquivalent(new[] { "ceo", "cfo", "controller", "analyst", "cio" }, order);
        foreach (var person in order)
        {
            foreach (var manager in lines.ManagersOf(person))
            {
                Assert.IsTrue(order.IndexOf(manager) < order.IndexOf(person), manager + " must come before " + person);
            }
        }
    }

    [TestMethod]
    public void ChainAbove_MissingManager_EndsWhereTheLinesEnd()
    {
        // The controller's manager is named but has no line of their own: the chain ends with them.
        var lines = ReportingLines.Of(new[] { Reports("analyst", "controller"), Reports("controller", "vp-not-in-plan") });

        CollectionAssert.AreEqual(new[] { "controller", "vp-not-in-plan" }, lines.ChainAbove("analyst").ToArray());
        Assert.AreEqual(0, lines.ChainAbove("vp-not-in-plan").Count);
        Assert.AreEqual(0, lines.ManagersOf("nobody").Count);
        Assert.IsTrue(lines.IsBelow("analyst", "vp-not-in-plan"));
        Assert.IsFalse(lines.IsBelow("vp-not-in-plan", "analyst"));
    }

    [TestMethod]
    public void Cycles_ThreePeople_ReportsTheCycleOnceWithItsLines()
    {
        var lines = ReportingLines.Of(new[]
        {
            Reports("b", "a"),
            Reports("top-report", "top"),
            Reports("c", "b"),
            Reports("a", "c"),
            Reports("below", "a"),
        });

        var cycle = lines.Cycles.Single();
        CollectionAssert.AreEqual(new[] { "a", "b", "c" }, cycle.Members.ToArray());
        CollectionAssert.AreEqual(new[] { 0, 2, 3 }, cycle.Lines.ToArray());
        Assert.IsNull(lines.DepthOf("a"), "on a cycle there is no top to count from");
        Assert.IsNull(lines.DepthOf("below"), "below a cycle neither");
        Assert.AreEqual(1, lines.DepthOf("top-report"));
        CollectionAssert.AreEquivalent(new[] { "top", "top-report" }, lines.TopDown.ToArray());
        CollectionAssert.AreEqual(new[] { "a", "c", "b" }, lines.ChainAbove("below").ToArray(), "the chain stops before naming anyone twice");
    }

    [TestMethod]
    public void Cycles_SelfLine_IsACycleOfOne()
    {
        var lines = ReportingLines.Of(new[] { Reports("pat", "dana"), Reports("dana", "dana") });

        var cycle = lines.Cycles.Single();
        CollectionAssert.AreEqual(new[] { "dana" }, cycle.Members.ToArray());
        CollectionAssert.AreEqual(new[] { 1 }, cycle.Lines.ToArray());
        Assert.AreEqual(0, lines.ChainAbove("dana").Count);
    }

    [TestMethod]
    public void Cycles_TwoSeparateCycles_ReportsEachInTheOrderOfTheirFirstLine()
    {
        var lines = ReportingLines.Of(new[] { Reports("x", "y"), Reports("a", "b"), Reports("b", "a"), Reports("y", "x") });

        Assert.AreEqual(2, lines.Cycles.Count);
        CollectionAssert.AreEqual(new[] { "x", "y" }, lines.Cycles[0].Members.ToArray());
        CollectionAssert.AreEqual(new[] { 0, 3 }, lines.Cycles[0].Lines.ToArray());
        CollectionAssert.AreEqual(new[] { 1, 2 }, lines.Cycles[1].Lines.ToArray());
    }

    [TestMethod]
    public void Of_Plan_PositionsAreIndexesIntoTheRelationships()
    {
        var plan = new AccountPlanBuilder()
            .WithAccount("acme", "Acme")
            .AddSeller("ana", "Ana Ruiz", level: 3)
            .AddPerson("dana", "Dana Lee", "CFO", level: 5)
            .AddPerson("pat", "Pat Okafor", level: 4)
            .AddRelationship("ana", RelationshipKind.Knows, "pat", strength: 0.5)
            .AddRelationship("pat", RelationshipKind.ReportsTo, "dana")
            .Build();

        var lines = ReportingLines.Of(plan);

        CollectionAssert.AreEqual(new[] { "dana" }, lines.ManagersOf("pat").ToArray());
        CollectionAssert.AreEqual(new[] { "pat", "dana" }, lines.TopDown.Reverse().ToArray());
    }
}
