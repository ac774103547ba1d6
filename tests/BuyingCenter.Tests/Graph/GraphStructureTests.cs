using System;
using System.Collections.Generic;
using System.Linq;
using BuyingCenter.Graph;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Graph;

/// <summary>
/// The account graph's building blocks against the obvious way of doing the same: every search visits edges in the
/// order these give, so an order that differed would change which of two equally strong paths a review reports.
/// </summary>
[TestClass]
public sealed class GraphStructureTests
{
    // Few vertices and many links make duplicates common; 40 links from one vertex take the general sort, not the insertion sort.
    private static readonly Gen<(int Vertices, (int From, int To, double Strength)[] Links)> Links =
        Gen.Int[1, 30].SelectMany(n => Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[0, 8])
            .Select((from, to, s) => (from, to, s / 8.0))
            .Array[0, 200]
            .Select(links => (n, links)));

    [TestMethod]
    public void ListeningLinks_AnyLinksInAnyOrder_GroupedByTheListenedToInListenerOrderWithTheStrongestAndItsShare()
    {
        // Links come with duplicates and strengths of 0, fewer than the builder was rented for: its working arrays are
        // reused from one sample to the next.
        var builder = new ListeningLinks.Builder();
        Gen.Select(Links, Gen.Int[0, 4]).Sample((sample, dampingTenths) =>
        {
            var damping = dampingTenths / 4.0;
            var links = sample.Links.Where(l => l.From != l.To).ToList();
            builder.Start(sample.Vertices, links.Count + 3);
            foreach (var (from, to, strength) in links)
            {
                builder.Add(from, to, strength);
            }

            var layout = builder.Build(damping);

            // The obvious way: the strongest of each pair, each listener's total summed in the order of those listened to.
            var strongest = links
                .GroupBy(l => (l.From, l.To))
                .Select(g => (g.Key.From, g.Key.To, Strength: g.Max(l => l.Strength)))
                .OrderBy(l => l.From).ThenBy(l => l.To)
                .ToList();
            var total = new double[sample.Vertices];
            foreach (var (from, _, strength) in strongest)
            {
                total[from] += strength;
            }

            Assert.AreEqual(sample.Vertices + 1, layout.FirstListener.Length);
            var actual = new List<(int To, int From, double Share)>();
            for (var to = 0; to < sample.Vertices; to++)
            {
                for (var k = layout.FirstListener[to]; k < layout.FirstListener[to + 1]; k++)
                {
                    actual.Add((to, layout.Listeners[k].From, layout.Listeners[k].Share));
                }
            }

            var expected = strongest
                .Where(l => l.Strength > 0)
                .OrderBy(l => l.To).ThenBy(l => l.From)
                .Select(l => (l.To, l.From, damping * (l.Strength / total[l.From])))
                .ToList();
            Assert.AreEqual(expected.Count, layout.Listeners.Length);
            CollectionAssert.AreEqual(expected, actual);
        }, threads: 1);
    }

    [TestMethod]
    public void TravelGraph_AnyLinksInAnyOrder_EachPairBothWaysInTargetOrderWithItsStrongestAndTheRootToEverySeller()
    {
        // Links come from either end, with duplicates, fewer than the builder was rented for (as a graph rents it for every
        // relationship before it knows which decay to 0): its working arrays are reused from one sample to the next.
        var builder = new TravelGraph.Builder();
        Links.Sample(sample =>
        {
            var links = sample.Links.Where(l => l.From != l.To).ToList();
            builder.Start(sample.Vertices, links.Count);
            var added = links.Where(l => l.Strength > 0).ToList();
            foreach (var (from, to, strength) in added)
            {
                builder.Add(from, to, strength, 0);
            }

            var sellers = Enumerable.Range(0, sample.Vertices).Where(v => v % 3 == 0).ToArray();
            var graph = builder.Build(sellers);

            Assert.AreEqual(sample.Vertices + 1, graph.VertexCount);
            var strongest = added
                .GroupBy(l => (Math.Min(l.From, l.To), Math.Max(l.From, l.To)))
                .ToDictionary(g => g.Key, g => g.Max(l => l.Strength));
            for (var v = 0; v < sample.Vertices; v++)
            {
                var edges = graph.OutEdges(v).ToList();
                var expected = strongest.Where(l => l.Key.Item1 == v || l.Key.Item2 == v)
                    .Select(l => (Target: l.Key.Item1 == v ? l.Key.Item2 : l.Key.Item1, Strength: l.Value))
                    .OrderBy(e => e.Target)
                    .ToList();
                CollectionAssert.AreEqual(expected, edges.Select(e => (e.Target, e.Strength)).ToList(), "vertex " + v);
                Assert.IsTrue(edges.All(e => e.Source == v));
                Assert.IsTrue(edges.All(e => e.Weight == (e.Strength >= 1 ? 0 : -Math.Log(e.Strength))), "weight is -log(strength), the same both ways");
                foreach (var edge in edges)
                {
                    Assert.IsTrue(graph.TryGetEdge(v, edge.Target, out var found) && found.Strength == edge.Strength);
                }
            }

            CollectionAssert.AreEqual(sellers, graph.OutEdges(sample.Vertices).Select(e => e.Target).ToArray(), "the root reaches the sellers, in order");
            Assert.IsTrue(graph.OutEdges(sample.Vertices).All(e => e.Strength == 1 && e.Weight == 0));
            Assert.AreEqual(graph.FirstHops[sample.Vertices + 1], graph.Hops.Length, "the graph, kept as long as its analysis, holds no room left by merged duplicates");
        }, threads: 1);
    }

    [TestMethod]
    public void TravelGraph_DuplicateLinksOfDifferentKinds_StrongestKindAndEveryonesFactsSeenFromEachEnd()
    {
        // 1 reports to 0 (weaker) and influences 0 (stronger), given from either end: 0 and 1 see the Influences kind, the
        // ReportsTo line from both ends, and who influences whom each from their own side.
        var builder = new TravelGraph.Builder();
        builder.Start(3, 3);
        builder.Add(1, 0, 0.4, LinkInfo.Of(RelationshipKind.ReportsTo));
        builder.Add(0, 1, 0.6, LinkInfo.Reversed(LinkInfo.Of(RelationshipKind.Influences)));
        builder.Add(2, 1, 0.5, LinkInfo.Of(RelationshipKind.Knows));
        var graph = builder.Build(new[] { 2 });

        Assert.IsTrue(graph.TryGetEdge(1, 0, out var up));
        Assert.IsTrue(graph.TryGetEdge(0, 1, out var down));
        Assert.AreEqual((RelationshipKind.Influences, 0.6), (LinkInfo.Kind(up.Info), up.Strength));
        Assert.AreEqual((RelationshipKind.Influences, 0.6), (LinkInfo.Kind(down.Info), down.Strength));
        Assert.IsTrue(LinkInfo.VouchesAcrossLevels(up.Info), "1 influences 0, and reports to them");
        Assert.IsTrue(LinkInfo.VouchesAcrossLevels(down.Info), "the ReportsTo line vouches both ways");
        Assert.AreEqual(LinkInfo.Reversed(up.Info), down.Info);
        Assert.IsTrue(graph.TryGetEdge(1, 2, out var knows) && LinkInfo.Kind(knows.Info) == RelationshipKind.Knows && knows.Strength == 0.5);
        Assert.AreEqual(5, graph.OutDegree(0) + graph.OutDegree(1) + graph.OutDegree(2) + graph.OutDegree(3), "two pairs, both ways, and the root's edge to the seller");
    }

    [TestMethod]
    public void LinkInfo_EachKindSeenFromEitherEnd_InfluencerVouchesOnlyFromTheirSideReportingLineFromBoth()
    {
        // An introduction across levels is credible from whoever influences the other, not from the one influenced.
        var influences = LinkInfo.Of(RelationshipKind.Influences);
        Assert.IsTrue(LinkInfo.VouchesAcrossLevels(influences), "the influencer vouches for whom they influence");
        Assert.IsFalse(LinkInfo.VouchesAcrossLevels(LinkInfo.Reversed(influences)), "the one influenced does not vouch for their influencer");
        Assert.AreEqual(RelationshipKind.Influences, LinkInfo.Kind(LinkInfo.Reversed(influences)), "the kind is the same from either end");
        var reportsTo = LinkInfo.Of(RelationshipKind.ReportsTo);
        Assert.IsTrue(LinkInfo.VouchesAcrossLevels(reportsTo) && LinkInfo.VouchesAcrossLevels(LinkInfo.Reversed(reportsTo)), "a reporting line vouches both ways");
        Assert.IsFalse(LinkInfo.VouchesAcrossLevels(LinkInfo.Reversed(LinkInfo.Of(RelationshipKind.Knows))));

        // Both influencing each other (two relationships merged into one link) vouch both ways; turning round twice gives the facts back.
        var both = LinkInfo.Merge(0.5, influences, 0.5, LinkInfo.Reversed(influences));
        Assert.AreEqual(both, LinkInfo.Reversed(both));
        for (var info = 0; info < 32; info++)
        {
            Assert.AreEqual(info, LinkInfo.Reversed(LinkInfo.Reversed(info)), "info " + info);
        }
    }

    [TestMethod]
    public void PartyOrdinals_PlanWithUnknownEndsAndDuplicates_IdsInOrdinalOrderAndUnknownEndsMinusOne()
    {
        // Bound when the plan is made, valid or not: the reader makes plans with problems to report them.
        var plan = new AccountPlanBuilder()
            .WithAccount(new Account { Id = "a", Name = "Account" })
            .AddSeller("s1", "Seller")
            .AddPerson("b", "Bea")
            .AddPerson("B", "Big B")
            .AddPerson("a", "Al")
            .AddPerson("b", "Bea again")
            .AddRelationship("a", RelationshipKind.Knows, "b")
            .AddRelationship("s1", RelationshipKind.Knows, "nobody")
            .AddRelationship("ghost", RelationshipKind.Influences, "B")
            .BuildUnvalidated();

        var ordinals = plan.Ordinals;
        CollectionAssert.AreEqual(new[] { "B", "a", "b", "b", "s1" }, ordinals.Ids, "ordinal order: upper case before lower, duplicates kept");
        Assert.AreEqual(3, ordinals.Index["b"], "the later of equal ids is the one looked up");
        CollectionAssert.AreEqual(new[] { 1, 4, -1 }, ordinals.From);
        CollectionAssert.AreEqual(new[] { 3, -1, 0 }, ordinals.To);

        // The graph reads only the bound ends: the relationships naming no one are left out, the rest counts.
        var analysis = BuyingCenter.Analysis.AccountAnalysis.Create(plan, new DateTime(2026, 11, 22));
        Assert.AreEqual(0, analysis.GetCoverage("a").Strength);
        Assert.IsNull(analysis.GetReach("B"));
    }
    [TestMethod]
    public void PartyOrdinals_PlanWithDuplicatesAndUnknownKind_SellersLevelsAndRelationshipFactsAsTheGraphReadsThem()
    {
        // A seller's id names a seller whatever else shares it; between equal ids the first level given counts.
        var last = new DateTime(2026, 3, 4, 0, 0, 0, DateTimeKind.Utc);
        var plan = new AccountPlanBuilder()
            .WithAccount(new Account { Id = "a", Name = "Account" })
            .AddSeller("s2", "Second", level: 3)
            .AddSeller("s1", "First")
            .AddPerson("s2", "Shares a seller's id", level: 6)
            .AddPerson("p", "No level")
            .AddPerson("p", "Level on the duplicate", level: 4)
            .AddPerson("q", "Q", level: 5)
            .AddRelationship("s1", RelationshipKind.Knows, "p", 0.75, last)
            .AddRelationship("p", RelationshipKind.ReportsTo, "q")
            .AddRelationship(new Relationship { From = "s1", To = "q", Kind = (RelationshipKind)258 })
            .BuildUnvalidated();

        var ordinals = plan.Ordinals;
        CollectionAssert.AreEqual(new[] { "p", "p", "q", "s1", "s2", "s2" }, ordinals.Ids);
        CollectionAssert.AreEqual(new[] { false, false, false, true, false, true }, ordinals.IsSeller, "the later of equal ids is the one looked up");
        CollectionAssert.AreEqual(new[] { int.MinValue, 4, 5, int.MinValue, int.MinValue, 3 }, ordinals.Levels);
        CollectionAssert.AreEqual(new[] { 3, 5 }, ordinals.Sellers);
        CollectionAssert.AreEqual(new byte[] { (byte)RelationshipKind.Knows, (byte)RelationshipKind.ReportsTo, PartyOrdinals.NoKind }, ordinals.Kinds);
        CollectionAssert.AreEqual(new[] { 0.75, Relationship.DefaultStrength, Relationship.DefaultStrength }, ordinals.Strengths);
        Assert.AreEqual(last, OptionalDates.Decode(ordinals.LastInteractions[0]));
        Assert.AreEqual(DateTimeKind.Utc, OptionalDates.Decode(ordinals.LastInteractions[0])!.Value.Kind);
        Assert.IsNull(OptionalDates.Decode(ordinals.LastInteractions[1]));

        // The kind that is none (258 would be Knows as a byte) links no one: q stays uncovered.
        var analysis = BuyingCenter.Analysis.AccountAnalysis.Create(plan, new DateTime(2026, 11, 22));
        Assert.AreEqual(0, analysis.GetCoverage("q").Strength);
        Assert.AreEqual(last, analysis.GetLastContact("p"), "the Knows keeps its date");
        Assert.AreEqual(DateTimeKind.Utc, analysis.GetLastContact("p")!.Value.Kind);
    }

    [TestMethod]
    public void PartyOrdinals_MeetingsWithUnknownPeopleAndPlannedDays_AttendeesByPositionAndLastMeetingOnlyFromThoseOnRecord()
    {
        // Laid out when the plan is made: an attendee who names no one is -1; a held meeting is on record whatever its
        // day, a planned one from its day on (the as-of day included).
        var asOf = new DateTime(2026, 11, 22);
        var plan = new AccountPlanBuilder()
            .WithAccount(new Account { Id = "a", Name = "Account" })
            .AddSeller("s1", "Seller")
            .AddPerson("a", "Al")
            .AddPerson("b", "Bea")
            .AddPerson("c", "Cy")
            .AddMeeting(new Meeting { Id = "m1", Date = new DateTime(2026, 10, 1), PersonIds = new[] { "ghost", "a" }, Outcome = MeetingOutcome.BestAction })
            .AddMeeting(new Meeting { Id = "m2", Date = asOf.AddHours(15), PersonIds = new[] { "b" } })
            .AddMeeting(new Meeting { Id = "m3", Date = asOf.AddDays(3), PersonIds = new[] { "a", "c" } })
            .AddMeeting(new Meeting { Id = "m4", Date = new DateTime(2026, 9, 1), PersonIds = new[] { "a" }, Outcome = MeetingOutcome.BestAction })
            .BuildUnvalidated();

        var ordinals = plan.Ordinals;
        CollectionAssert.AreEqual(new[] { -1, 0, 1, 0, 2, 0 }, ordinals.Attendees);
        CollectionAssert.AreEqual(new[] { 0, 2, 3, 5 }, ordinals.Meetings.Select(m => m.FirstAttendee).ToArray());

        var analysis = BuyingCenter.Analysis.AccountAnalysis.Create(plan, asOf);
        Assert.AreEqual(new DateTime(2026, 10, 1), analysis.GetLastContact("a"), "the latest held meeting, not the planned one ahead nor the earlier one");
        Assert.AreEqual(asOf.AddHours(15), analysis.GetLastContact("b"), "planned for the as-of day: on record");
        Assert.IsFalse(analysis.HasMeetingOnRecord("c"), "planned for a later day: not yet on record");
    }
}
