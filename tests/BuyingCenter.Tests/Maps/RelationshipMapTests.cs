using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Xml.Linq;
using BuyingCenter;
using BuyingCenter.Analysis;
using BuyingCenter.Maps;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Maps;

[TestClass]
public sealed class RelationshipMapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static RelationshipMap NorthwindMap(RelationshipMapOptions? options = null) =>
        RelationshipMap.Create(MapPlans.Northwind(), MapPlans.AsOf, options: options);

    private static IEnumerable<string> PartyIds(AccountPlan plan) =>
        plan.Sellers.Select(s => s.Id).Concat(plan.People.Select(p => p.Id));

    private static int HighFlags(OpportunityReview review, string personId) =>
        review.RedFlags.Count(f => f.PersonId == personId && f.Severity == Severity.High);

    [TestMethod]
    public void Create_UnknownOpportunity_ThrowsArgumentException()
    {
        Assert.ThrowsExactly<PlanArgumentException>(() => RelationshipMap.Create(MapPlans.Northwind(), MapPlans.AsOf, "no-such-deal"));
    }

    [TestMethod]
    public void Create_NoOpportunityGiven_MapsTheFirst()
    {
        var map = NorthwindMap();

        Assert.AreEqual("fleetview-2027", map.Opportunity?.Opportunity.Id);
    }

    [TestMethod]
    public void ToDot_Northwind_DeclaresEveryPartyOnceTopDown()
    {
        var plan = MapPlans.Northwind();
        var dot = RelationshipMap.Create(plan, MapPlans.AsOf).ToDot();

        StringAssert.StartsWith(dot, "digraph ");
        StringAssert.Contains(dot, "rankdir=TB");
        foreach (var id in PartyIds(plan))
        {
            Assert.AreEqual(1, Regex.Matches(dot, "\"" + Regex.Escape(id) + "\" \\[label=").Count, id);
        }

        StringAssert.Contains(dot, "Economic \u00B7 EvenKeel \u00B7 +1", "Dana's label shows role, mode and rating");
    }

    [TestMethod]
    public void ToDot_ReportsTo_PointsFromManagerToReport()
    {
        var dot = NorthwindMap().ToDot();

        // Graphviz ranks the tail above the head: lin reports to dana, so dana must be the tail.
        StringAssert.Contains(dot, "\"dana\" -> \"lin\" [color=\"" + "#555555" + "\", arrowhead=none");
        StringAssert.Contains(dot, "\"pat\" -> \"kim\" [");
        Assert.IsFalse(dot.Contains("\"lin\" -> \"dana\""), "a report must not be written above its manager");
    }

    [TestMethod]
    public void ToDot_OpposesAndInfluences_StyledApartFromKnows()
    {
        var lines = NorthwindMap().ToDot().Split('\n');

        var opposes = lines.Single(l => l.Contains("\"lin\" -> \"sam\""));
        var influences = lines.Single(l => l.Contains("\"omar\" -> \"dana\""));
        var knows = lines.Single(l => l.Contains("\"pat\" -> \"lin\""));
        StringAssert.Contains(opposes, "color=\"#D62728\"");
        StringAssert.Contains(influences, "style=dashed");
        Assert.IsFalse(knows.Contains("#D62728"), knows);
        Assert.IsFalse(knows.Contains("dashed"), knows);
    }

    [TestMethod]
    public void ToDot_RedFlaggedPerson_HasRedBorderAndHighFlagCount()
    {
        var map = NorthwindMap();
        var dot = map.ToDot();
        var review = map.Opportunity!;

        var flagged = map.Analysis.Plan.People.Where(p => HighFlags(review, p.Id) > 0).ToList();
        var clean = map.Analysis.Plan.People.Where(p => HighFlags(review, p.Id) == 0).ToList();
        Assert.IsTrue(flagged.Count > 0, "Northwind has a High flag on a person (the uncovered Economic Buyer)");
        foreach (var person in flagged)
        {
            var line = dot.Split('\n').Single(l => l.Contains("\"" + person.Id + "\" [label="));
            StringAssert.Contains(line, "color=\"#D62728\", penwidth=3");
            StringAssert.Contains(line, "\\n!" + HighFlags(review, person.Id).ToString(CultureInfo.InvariantCulture) + " High red flag");
        }

        foreach (var person in clean)
        {
            var line = dot.Split('\n').Single(l => l.Contains("\"" + person.Id + "\" [label="));
            Assert.IsFalse(line.Contains("penwidth=3"), line);
        }
    }

    [TestMethod]
    public void ToDot_HostileLabels_AreEscaped()
    {
        var dot = RelationshipMap.Create(MapPlans.Hostile(), MapPlans.AsOf).ToDot();

        StringAssert.Contains(dot, "Ann \\\"The Boss\\\" O'Neil &amp; Sons <CEO> \\\\N", "Graphviz reads entities in labels: the ampersand is one");
        StringAssert.Contains(dot, "\"a-b.c\" [label=");
        Assert.IsFalse(dot.Contains("\"The Boss\""), "an unescaped quote would end the DOT string");
    }

    [TestMethod]
    public void ToMermaid_Northwind_DeclaresEveryPartyWithStyles()
    {
        var plan = MapPlans.Northwind();
        var mermaid = RelationshipMap.Create(plan, MapPlans.AsOf).ToMermaid();

        StringAssert.Contains(mermaid, "\nflowchart TB\n");
        foreach (var id in PartyIds(plan))
        {
            Assert.IsTrue(Regex.IsMatch(mermaid, "^\\s*n_" + id + "[\\[\\{\\(/]", RegexOptions.Multiline), id);
            StringAssert.Contains(mermaid, "class n_" + id + " ");
        }

        StringAssert.Contains(mermaid, "n_dana{{\"", "the Economic Buyer is a hexagon");
        StringAssert.Contains(mermaid, "classDef economic fill:");
        StringAssert.Contains(mermaid, "n_dana --- n_lin", "the manager comes first so Mermaid ranks them above");
        StringAssert.Contains(mermaid, "n_omar -.-> n_dana", "influence is a dashed arrow");
    }

    [TestMethod]
    public void ToMermaid_OpposesLink_IsStyledRed()
    {
        var mermaid = NorthwindMap().ToMermaid();
        var links = mermaid.Split('\n').Where(l => Regex.IsMatch(l, "^\\s+\\w+ (---|-\\.->)")).ToList();

        var index = links.FindIndex(l => l.Contains("n_lin ---|opposes| n_sam"));
        Assert.IsTrue(index >= 0);
        StringAssert.Contains(mermaid, "linkStyle " + index.ToString(CultureInfo.InvariantCulture) + " stroke:#D62728");
    }

    [TestMethod]
    public void ToMermaid_RedFlaggedPerson_GetsFlaggedClass()
    {
        var map = NorthwindMap();
        var mermaid = map.ToMermaid();

        foreach (var person in map.Analysis.Plan.People)
        {
            var flagged = HighFlags(map.Opportunity!, person.Id) > 0;
            Assert.AreEqual(flagged, mermaid.Contains("class n_" + person.Id + " flagged\n"), person.Id);
        }
    }

    [TestMethod]
    public void ToMermaid_HostileIdsAndLabels_AreSanitisedAndEscaped()
    {
        var mermaid = RelationshipMap.Create(MapPlans.Hostile(), MapPlans.AsOf).ToMermaid();

        StringAssert.Contains(mermaid, "n_a_2d_b_2e_c{{\"");
        StringAssert.Contains(mermaid, "n_end[/\"", "a keyword id is prefixed");
        StringAssert.Contains(mermaid, "n_x_5f_2d_5f_y", "an id that looks like an escape does not collide");
        StringAssert.Contains(mermaid, "Ann #34;The Boss#34; O'Neil #38; Sons #60;CEO#62;");
        Assert.IsFalse(mermaid.Contains("<CEO>"), "angle brackets would be read as HTML");
    }

    [TestMethod]
    public void ToSvg_Northwind_IsWellFormedWithOneNodePerParty()
    {
        var plan = MapPlans.Northwind();
        var document = XDocument.Parse(RelationshipMap.Create(plan, MapPlans.AsOf).ToSvg());

        var nodes = Nodes(document);
        CollectionAssert.AreEquivalent(PartyIds(plan).ToList(), nodes.Select(n => (string)n.Attribute("data-id")!).ToList());
        Assert.IsNotNull(document.Root!.Attribute("viewBox"));
        Assert.IsTrue(document.Descendants(Svg + "g").Any(g => (string?)g.Attribute("class") == "legend"));
    }

    [TestMethod]
    public void ToSvg_RolesAndFlags_ShowOnTheNodes()
    {
        var map = NorthwindMap();
        var nodes = Nodes(XDocument.Parse(map.ToSvg())).ToDictionary(n => (string)n.Attribute("data-id")!);

        StringAssert.Contains((string)nodes["dana"].Attribute("class")!, "economic");
        StringAssert.Contains((string)nodes["omar"].Attribute("class")!, "no-role", "Omar plays no part in the opportunity");
        StringAssert.Contains((string)nodes["ana"].Attribute("class")!, "seller");
        foreach (var person in map.Analysis.Plan.People)
        {
            var high = HighFlags(map.Opportunity!, person.Id);
            var marker = nodes[person.Id].Descendants(Svg + "g").FirstOrDefault(g => (string?)g.Attribute("class") == "flag-marker");
            Assert.AreEqual(high > 0, marker is not null, person.Id);
            if (marker is not null)
            {
                Assert.AreEqual("!" + high.ToString(CultureInfo.InvariantCulture), marker.Value);
            }
        }
    }

    [TestMethod]
    public void ToSvg_Edges_DistinguishInfluenceOppositionAndCoverageStrength()
    {
        var plan = new AccountPlanBuilder()
            .WithAccount("acme", "Acme")
            .AddSeller("ana", "Ana Ruiz")
            .AddSeller("raj", "Raj Mehta")
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddPerson("pat", "Pat Okafor", level: 4)
            .AddRelationship("pat", RelationshipKind.ReportsTo, "dana")
            .AddRelationship("pat", RelationshipKind.Influences, "dana", 0.7)
            .AddRelationship("pat", RelationshipKind.Opposes, "dana", 0.5)
            .AddRelationship("ana", RelationshipKind.Knows, "dana", 0.25)
            .AddRelationship("raj", RelationshipKind.Knows, "dana", 1.0)
            .Build();
        var document = XDocument.Parse(RelationshipMap.Create(plan, MapPlans.AsOf).ToSvg());
        var edges = document.Descendants(Svg + "path").Where(p => ((string?)p.Attribute("class") ?? string.Empty).StartsWith("edge ", StringComparison.Ordinal)).ToList();

        var influence = edges.Single(e => (string)e.Attribute("class")! == "edge influences");
        Assert.IsNotNull(influence.Attribute("stroke-dasharray"));
        Assert.IsNotNull(influence.Attribute("marker-end"));
        Assert.AreEqual("#D62728", (string)edges.Single(e => (string)e.Attribute("class")! == "edge opposes").Attribute("stroke")!);
        var coverage = edges.Where(e => (string)e.Attribute("class")! == "edge covers").ToList();
        var weak = double.Parse((string)coverage.Single(e => e.Value.StartsWith("ana", StringComparison.Ordinal)).Attribute("stroke-width")!, CultureInfo.InvariantCulture);
        var strong = double.Parse((string)coverage.Single(e => e.Value.StartsWith("raj", StringComparison.Ordinal)).Attribute("stroke-width")!, CultureInfo.InvariantCulture);
        Assert.IsTrue(strong > weak * 2, $"trusted coverage ({strong}) must look much heavier than weak ({weak})");
    }

    [TestMethod]
    public void ToSvg_HostileText_IsEscapedAndReadsBack()
    {
        var document = XDocument.Parse(RelationshipMap.Create(MapPlans.Hostile(), MapPlans.AsOf).ToSvg());

        var node = Nodes(document).Single(n => (string)n.Attribute("data-id")! == "a-b.c");
        Assert.AreEqual(MapPlans.HostileName, node.Elements(Svg + "text").First().Value);
        StringAssert.Contains(document.Root!.Element(Svg + "title")!.Value, "Acme & <Partners>");
    }

    [TestMethod]
    public void ToSvg_Layout_ManagersAboveReportsAndSellersInTheirOwnRow()
    {
        foreach (var plan in new[] { MapPlans.Northwind(), MapPlans.Generated(36, 3) })
        {
            var layout = RelationshipMap.Create(plan, MapPlans.AsOf).Layout;
            var boxes = layout.Boxes.ToDictionary(b => b.Node.Id);
            foreach (var reportsTo in plan.Relationships.Where(r => r.Kind == RelationshipKind.ReportsTo))
            {
                Assert.IsTrue(boxes[reportsTo.To].Bottom < boxes[reportsTo.From].Top, $"{reportsTo.To} must be drawn above {reportsTo.From}");
            }

            var lowestPerson = layout.Boxes.Where(b => !b.Node.IsSeller).Max(b => b.Bottom);
            Assert.AreEqual(plan.Sellers.Count, layout.Sellers.Count);
            Assert.IsTrue(layout.Sellers.All(s => s.Top > lowestPerson), "sellers sit in a band below the customer");
            Assert.AreEqual(1, layout.Sellers.Select(s => s.CenterY).Distinct().Count(), "sellers share one row");
        }
    }

    [TestMethod]
    public void ToSvg_GeneratedAccounts_NoTwoBoxesOverlap()
    {
        foreach (var (people, seed) in new[] { (10, 1L), (25, 2L), (36, 3L), (40, 4L) })
        {
            var map = RelationshipMap.Create(MapPlans.Generated(people, seed), MapPlans.AsOf);
            var boxes = map.Layout.Boxes;
            Assert.AreEqual(map.Analysis.Plan.People.Count + map.Analysis.Plan.Sellers.Count, boxes.Count);
            for (var i = 0; i < boxes.Count; i++)
            {
                for (var j = i + 1; j < boxes.Count; j++)
                {
                    var a = boxes[i];
                    var b = boxes[j];
                    var overlap = a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
                    Assert.IsFalse(overlap, $"seed {seed}: {a.Node.Id} overlaps {b.Node.Id}");
                }
            }

            Assert.AreEqual(boxes.Count, Nodes(XDocument.Parse(map.ToSvg())).Count());
        }
    }

    [TestMethod]
    public void ToSvg_SameReviewTwice_SameBytesInAnyCulture()
    {
        var plan = MapPlans.Generated(30, 11);
        var first = RelationshipMap.Create(plan, MapPlans.AsOf);
        var expected = (first.ToSvg(), first.ToDot(), first.ToMermaid());

        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var second = RelationshipMap.Create(MapPlans.Generated(30, 11), MapPlans.AsOf);
            Assert.AreEqual(expected, (second.ToSvg(), second.ToDot(), second.ToMermaid()));
            Assert.IsFalse(Regex.IsMatch(second.ToSvg(), "stroke-width=\"\\d+,\\d"), "numbers use a decimal point");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [TestMethod]
    public void Options_WithoutSellersOrBystanders_LeavesThemOut()
    {
        var map = NorthwindMap(new RelationshipMapOptions { IncludeSellers = false, IncludePeopleWithoutRole = false, IncludeLegend = false });
        var document = XDocument.Parse(map.ToSvg());

        var ids = Nodes(document).Select(n => (string)n.Attribute("data-id")!).OrderBy(id => id, StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(new[] { "dana", "kim", "lin", "pat", "sam" }, ids);
        Assert.IsFalse(map.ToDot().Contains("\"ana\""));
        Assert.IsFalse(document.Descendants(Svg + "g").Any(g => (string?)g.Attribute("class") == "legend"));
    }

    [TestMethod]
    public void Layout_RowWiderThanMaxRowWidth_StacksLeafReportsInOneColumn()
    {
        var builder = new AccountPlanBuilder().WithAccount("acme", "Acme").AddPerson("ceo", "Cora Chief", "Chief Executive Officer", level: 6);
        for (var i = 0; i < 8; i++)
        {
            var id = "vp" + i.ToString(CultureInfo.InvariantCulture);
            builder.AddPerson(id, "Vice President " + id, "Vice President of Something Long", level: 5).AddRelationship(id, RelationshipKind.ReportsTo, "ceo");
        }

        var plan = builder.Build();
        var wide = RelationshipMap.Create(plan, MapPlans.AsOf).Layout.Boxes.Where(b => b.Node.Id != "ceo").ToList();
        var compact = RelationshipMap.Create(plan, MapPlans.AsOf, options: new RelationshipMapOptions { MaxRowWidth = 600 }).Layout.Boxes.Where(b => b.Node.Id != "ceo").ToList();

        Assert.AreEqual(1, wide.Select(b => b.Top).Distinct().Count(), "a row that fits keeps the team side by side");
        Assert.AreEqual(1, compact.Select(b => b.CenterX).Distinct().Count(), "a row too wide becomes one column under the manager");
        var tops = compact.Select(b => b.Top).OrderBy(t => t).ToList();
        for (var i = 1; i < tops.Count; i++)
        {
            Assert.IsTrue(tops[i] >= tops[i - 1] + compact[0].Height, "stacked boxes do not overlap");
        }
    }

    [TestMethod]
    public void ToSvg_PlanWithoutOpportunityOrPeople_StillRenders()
    {
        var sellersOnly = new AccountPlanBuilder().WithAccount("acme", "Acme").AddSeller("ana", "Ana Ruiz").Build();
        var peopleOnly = new AccountPlanBuilder().WithAccount("acme", "Acme").AddPerson("dana", "Dana Lee", level: 5).Build();

        foreach (var plan in new[] { sellersOnly, peopleOnly })
        {
            var map = RelationshipMap.Create(plan, MapPlans.AsOf);
            Assert.IsNull(map.Opportunity);
            Assert.AreEqual(1, Nodes(XDocument.Parse(map.ToSvg())).Count());
            StringAssert.Contains(map.ToDot(), "[label=");
            StringAssert.Contains(map.ToMermaid(), "flowchart TB");
        }

        var person = Nodes(XDocument.Parse(RelationshipMap.Create(peopleOnly, MapPlans.AsOf).ToSvg())).Single();
        StringAssert.Contains((string)person.Attribute("class")!, "no-role", "with no opportunity nobody has a role yet");
    }

    [TestMethod]
    public void ToSvg_TextFitsItsBoxAndLegendStandsApart()
    {
        var map = RelationshipMap.Create(MapPlans.Generated(40, 4), MapPlans.AsOf);
        foreach (var box in map.Layout.Boxes)
        {
            for (var i = 0; i < box.Lines.Count; i++)
            {
                var width = MapLayout.TextWidth(box.Lines[i], i == 0 ? MapLayout.NameFontSize : MapLayout.FontSize, bold: i == 0);
                Assert.IsTrue(width + (2 * MapLayout.PaddingX) <= box.Width, $"'{box.Lines[i]}' overflows {box.Node.Id}");
            }

            Assert.IsTrue(box.Lines.Count * MapLayout.LineHeight <= box.Height);
        }

        var document = XDocument.Parse(map.ToSvg());
        var legend = document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend").Element(Svg + "rect")!;
        var legendLeft = double.Parse((string)legend.Attribute("x")!, CultureInfo.InvariantCulture);
        var rightmostShape = Nodes(document).Select(n => n.Elements().First(e => e.Name != Svg + "title")).Max(RightEdge);
        Assert.IsTrue(rightmostShape < legendLeft, $"the legend ({legendLeft}) must not cover a node ({rightmostShape})");
    }

    private static double RightEdge(XElement shape)
    {
        if (shape.Name == Svg + "rect")
        {
            return double.Parse((string)shape.Attribute("x")!, CultureInfo.InvariantCulture) + double.Parse((string)shape.Attribute("width")!, CultureInfo.InvariantCulture);
        }

        return ((string)shape.Attribute("points")!).Split(' ').Max(p => double.Parse(p.Split(',')[0], CultureInfo.InvariantCulture));
    }

    private static IEnumerable<XElement> Nodes(XDocument document) =>
        document.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class") ?? string.Empty).Split(' ').Contains("node"));
}
