using System;
using System.Collections.Generic;
using System.Threading;
using BuyingCenter.Analysis;

namespace BuyingCenter.Graph;

/// <summary>
/// The account as a graph: sellers and people as vertices (indexed in ordinal id order, so that the graph and every
/// result are the same whatever the order of the plan's arrays), relationships as edges with strengths decayed to the
/// as-of date. Built once per analysis and only read afterwards, so it is safe to query from many threads.
/// </summary>
/// <remarks>
/// The travel graph (<see cref="TravelGraph"/>, every link's two edges in one array, each vertex's in one run) is what
/// routes are searched over, by the bounded layered search of <see cref="RouteTree"/>: routes have at most a few edges
/// and rules per hop, which a general shortest path cannot express. QuikGraph reads the same graph where its structural
/// algorithms serve (and the property tests use its Dijkstra as the oracle of the search with every rule switched off).
/// </remarks>
internal sealed class AccountGraph
{
    /// <summary>
    /// Where centrality is not solved exactly (a circle of more than <see cref="CentralityExactLimit"/> people who listen
    /// to each other, see <see cref="ComputeCentrality"/>), its sweeps stop once the values change by less than this in
    /// total between two sweeps (L1 norm), measured in the units the scores are shown in: the spread the scores rescale to
    /// 0..1. A sweep leaves the equations out by at most the damping factor times its change, so the error left in any
    /// score is below tolerance x 2 x damping / (1 - damping), 1e-5 at the default damping of 0.85: far below the two
    /// decimals centrality is shown with or the 0.5 threshold of the <c>Central</c> reason, so no shown score and no
    /// ranking moves (tested against the converged PageRank). The reference power iteration
    /// (<see cref="IterateCentrality"/>) stops at the same tolerance with the same bound.
    /// </summary>
    internal const double CentralityTolerance = 1e-6;

    /// <summary>
    /// A safeguard only, never the reason to stop in practice: the change shrinks at least by the damping factor each
    /// sweep or iteration, so even a damping of 0.98 reaches <see cref="CentralityTolerance"/> within about 700.
    /// </summary>
    internal const int CentralityMaxIterations = 1_000;

    /// <summary>
    /// The most people in one circle of listening links that centrality solves exactly (see <see cref="ComputeCentrality"/>):
    /// each member is a bit of a 64-bit mask. Every circle of the generated 40-person accounts fits (the largest has 40,
    /// most about 33); a 5,000-person account's largest circle (about 4,000) is swept instead.
    /// </summary>
    internal const int CentralityExactLimit = 64;

    private readonly string[] ids;
    private readonly Dictionary<string, int> index;
    private readonly bool[] isSeller;
    private readonly int[] sellers;
    private readonly int[] level;
    private readonly int[] tieOf;
    private readonly SellerTies[] ties;
    private readonly double reengageFrom;
    private readonly KnownBy[] sellerKnows;
    private readonly TravelGraph travel;
    private readonly ListeningLinks listening;
    private readonly double damping;
    private readonly AccountPlan plan;

    // Worked out on first read (see Centrality); null until then.
    private double[]? centrality;

    public AccountGraph(AccountPlan plan, DateTime asOf, AnalysisOptions options)
    {
        // Numbered once per plan, in ordinal id order (see PartyOrdinals); the graph only reads the numbers.
        this.plan = plan;
        var ordinals = plan.Ordinals;
        ids = ordinals.Ids;
        index = ordinals.Index;
        var count = ids.Length;

        // Who is a seller and the levels are the plan's own, shared: the graph only reads them.
        isSeller = ordinals.IsSeller;
        level = ordinals.Levels;
        sellers = ordinals.Sellers;
        tieOf = new int[count];
        for (var i = 0; i < count; i++)
        {
            tieOf[i] = -1;
        }

        reengageFrom = options.Thresholds.CoverageThreshold;
        damping = options.Graph.CentralityDamping;

        // One pass over the relationships: the builders keep each link as it comes and count each party's links as they
        // go, so no pass counts them first; a seller's Knows with a person is set aside for the ties, which are sized after.
        var from = ordinals.From;
        var to = ordinals.To;
        var kinds = ordinals.Kinds;
        var work = Workspace.OfThisThread(count, kinds.Length);
        var travelBuilder = work.Travel;
        var listeningBuilder = work.Listening;
        travelBuilder.Start(count, kinds.Length);
        listeningBuilder.Start(count, kinds.Length);
        var sellerKnowsRelationships = work.Relationships;
        var sellerKnowsStrengths = work.Strengths;
        var sellerKnowsCount = 0;
        var decay = Decay.Of(options.Graph.DecayHalfLifeDays);
        var asOfDay = Decay.DayOf(asOf);
        var reportsToStrength = options.Graph.ReportsToStrength;
        var strengths = ordinals.Strengths;
        var lastInteractions = ordinals.LastInteractions;
        for (var r = 0; r < kinds.Length; r++)
        {
            var kind = (RelationshipKind)kinds[r];
            var a = from[r];
            var b = to[r];
            if (a < 0 || b < 0 || a == b || kind > RelationshipKind.Knows)
            {
                // Opposes is never travelled and carries no authority (see Opposes), nor does a kind that is none.
                continue;
            }

            var strength = DecayedStrength(kind, strengths[r], lastInteractions[r], asOfDay, decay, reportsToStrength);
            switch (kind)
            {
                case RelationshipKind.Knows:
                    // Only a Knows between one of our sellers and a person covers anyone; most are between two people.
                    if (isSeller[a] != isSeller[b])
                    {
                        sellerKnowsRelationships[sellerKnowsCount] = r;
                        sellerKnowsStrengths[sellerKnowsCount++] = strength;
                    }

                    break;
                case RelationshipKind.Influences:
                    // Authority flows from the influenced to the influencer: the influenced listens to them.
                    listeningBuilder.Add(b, a, strength);
                    break;
                default:
                    // ReportsTo: the report listens to their manager.
                    listeningBuilder.Add(a, b, strength);
                    break;
            }

            if (strength > 0)
            {
                travelBuilder.Add(a, b, strength, LinkInfo.Of(kind));
            }
        }

        // A person a seller knows gets room for their ties to our sellers, one per Knows; most people have none. Each
        // person's sellers who know them are kept in one run per person, in seller order, sized by their Knows (a
        // duplicate or one decayed to 0 leaves a little room unused): filled in place, with no list to sort.
        var knowsCounts = work.KnowsCounts;
        var tieCount = 0;
        for (var k = 0; k < sellerKnowsCount; k++)
        {
            var r = sellerKnowsRelationships[k];
            var person = isSeller[from[r]] ? to[r] : from[r];
            if (tieOf[person] < 0)
            {
                tieOf[person] = tieCount++;
                knowsCounts[person] = 0;
            }

            knowsCounts[person]++;
        }

        ties = new SellerTies[tieCount];
        var knownByCount = 0;
        for (var v = 0; v < count; v++)
        {
            if (tieOf[v] >= 0)
            {
                ties[tieOf[v]] = SellerTies.None;
                ties[tieOf[v]].FirstKnownBy = knownByCount;
                knownByCount += knowsCounts[v];
            }
        }

        sellerKnows = knownByCount == 0 ? Array.Empty<KnownBy>() : new KnownBy[knownByCount];
        for (var k = 0; k < sellerKnowsCount; k++)
        {
            var r = sellerKnowsRelationships[k];
            var (person, seller) = isSeller[from[r]] ? (to[r], from[r]) : (from[r], to[r]);
            RecordCoverage(person, seller, sellerKnowsStrengths[k], strengths[r], lastInteractions[r]);
        }

        travel = travelBuilder.Build(sellers);
        listening = listeningBuilder.Build(damping);
        Workspace.Done(count, kinds.Length);
    }

    public int VertexCount => ids.Length;

    /// <summary>The travel graph, for QuikGraph's algorithms and the tests.</summary>
    public TravelGraph Travel => travel;

    /// <summary>The sellers' vertices, in ascending order.</summary>
    public int[] Sellers => sellers;

    /// <summary>
    /// The plan's Opposes relationships in plan order, as written (unknown ids and all), for readers who would otherwise
    /// scan every relationship object: found by their kinds in the plan's numbering when read (a meeting plan does), not
    /// listed while the graph is built, which opened the plan's list of relationships for every account of a portfolio
    /// that never reads them.
    /// </summary>
    public IReadOnlyList<Relationship> Opposes
    {
        get
        {
            var kinds = plan.Ordinals.Kinds;
            List<Relationship>? opposes = null;
            for (var r = 0; r < kinds.Length; r++)
            {
                if (kinds[r] == (byte)RelationshipKind.Opposes)
                {
                    (opposes ??= new List<Relationship>()).Add(plan.Relationships[r]);
                }
            }

            return opposes ?? (IReadOnlyList<Relationship>)Array.Empty<Relationship>();
        }
    }

    public string IdOf(int vertex) => ids[vertex];

    public bool IsSeller(int vertex) => isSeller[vertex];

    /// <summary>The party's level, or <see langword="null"/> when unknown.</summary>
    public int? LevelOf(int vertex) => level[vertex] == int.MinValue ? null : level[vertex];

    public bool TryGetVertex(string id, out int vertex) => index.TryGetValue(id, out vertex);

    public double CoverageOf(int vertex) => TiesOf(vertex).Coverage;

    public int CoveringSellerOf(int vertex) => TiesOf(vertex).CoveringSeller;

    /// <summary>Whether a seller's Knows relationship with the person is above 0 after decay: then one of them covers them.</summary>
    public bool IsKnownBySeller(int vertex) => TiesOf(vertex).CoveringSeller >= 0;

    public DateTime? LastSellerInteraction(int vertex) => OptionalDates.Decode(TiesOf(vertex).LastInteraction);

    public double CentralityOf(int vertex) => Centrality()[vertex];

    /// <summary>
    /// The scores, worked out on first read and kept. Two threads reading first at once may both work them out, to the
    /// same values (a pure function of the graph, on per-thread scratch); the first kept is read from then on. A Lazy
    /// with its lock and delegate cost three objects per account, whose scores every portfolio review reads anyway.
    /// </summary>
    private double[] Centrality()
    {
        if (Volatile.Read(ref centrality) is { } known)
        {
            return known;
        }

        var computed = ComputeCentrality();
        return Interlocked.CompareExchange(ref centrality, computed, null) ?? computed;
    }

    /// <summary>The sellers with a Knows edge (above 0 after decay) to <paramref name="person"/>, in seller order, with its decayed strength.</summary>
    public IEnumerable<(int Seller, double Strength)> SellersKnowing(int person)
    {
        var tie = TiesOf(person);
        for (var i = tie.FirstKnownBy; i < tie.FirstKnownBy + tie.KnownByCount; i++)
        {
            yield return (sellerKnows[i].Seller, sellerKnows[i].Strength);
        }
    }

    public static double DecayedStrength(Relationship relationship, DateTime asOf, AnalysisOptions options) =>
        DecayedStrength(relationship.Kind, relationship.Strength, OptionalDates.Encode(relationship.LastInteraction), Decay.DayOf(asOf), Decay.Of(options.Graph.DecayHalfLifeDays), options.Graph.ReportsToStrength);

    /// <summary>Relationship <paramref name="index"/> of <paramref name="plan"/> as <see cref="DecayedStrength(Relationship, DateTime, AnalysisOptions)"/> gives it, read from the plan's numbering instead of the relationship object.</summary>
    public static double DecayedStrength(AccountPlan plan, int index, DateTime asOf, AnalysisOptions options)
    {
        var ordinals = plan.Ordinals;
        return DecayedStrength((RelationshipKind)ordinals.Kinds[index], ordinals.Strengths[index], ordinals.LastInteractions[index], Decay.DayOf(asOf), Decay.Of(options.Graph.DecayHalfLifeDays), options.Graph.ReportsToStrength);
    }

    private static double DecayedStrength(RelationshipKind kind, double strength, long lastInteraction, long asOfDay, Decay decay, double reportsToStrength)
    {
        var raw = kind == RelationshipKind.ReportsTo && strength == Relationship.DefaultStrength ? reportsToStrength : strength;
        return decay.Apply(raw, lastInteraction, asOfDay);
    }

    /// <summary>The routes of one set of rules from every seller (or only <paramref name="onlySeller"/>).</summary>
    public RouteTree SearchRoutes(RouteRules rules, int onlySeller = -1) => RouteTree.Search(travel, isSeller, level, rules, onlySeller);

    /// <summary>
    /// The route to <paramref name="vertex"/> under <paramref name="rules"/>: when the rules say so and a seller's own Knows
    /// relationship with the person reached the coverage threshold before decay, that relationship (re-engaged when it has
    /// decayed below the threshold; ties: the stronger after decay, then the lower seller id), or another seller's own
    /// Knows relationship when that is stronger after decay; else the strongest admissible route of <paramref name="tree"/>.
    /// <see langword="null"/> for a seller or when no admissible route leads to the person.
    /// </summary>
    public Route? RouteTo(RouteTree tree, RouteRules rules, int vertex, int onlySeller = -1)
    {
        if (isSeller[vertex])
        {
            return null;
        }

        ref readonly var tie = ref TiesOf(vertex);
        if (rules.ReengageFrom is { } threshold && tie.ReengageSeller is var seller and >= 0 && (onlySeller < 0 || onlySeller == seller))
        {
            // Between two of our own relationships the stronger now counts: a current one is not set aside for an old one.
            var strength = tie.ReengageStrength;
            var last = OptionalDates.Decode(tie.ReengageLast);
            var covering = tie.CoveringSeller;
            if (onlySeller < 0 && covering >= 0 && tie.Coverage > strength)
            {
                (seller, strength, last) = (covering, tie.Coverage, null);
            }

            return MakeRoute(new[] { seller, vertex }, strength, ownKnows: true, reengaged: strength < threshold, last);
        }

        var path = tree.RouteTo(vertex, out var product);
        return path is null ? null : MakeRoute(path, product, ownKnows: false, reengaged: false, null);
    }

    /// <summary>
    /// The strength of the route <see cref="RouteTo"/> gives (every seller), without making it: <see langword="null"/>
    /// when it gives none. Ranking reads only the strength of most people's routes, and a route is written out only when read.
    /// </summary>
    public double? RouteStrengthTo(RouteTree tree, RouteRules rules, int vertex)
    {
        if (isSeller[vertex])
        {
            return null;
        }

        ref readonly var tie = ref TiesOf(vertex);
        if (rules.ReengageFrom is not null && tie.ReengageSeller >= 0)
        {
            var strength = tie.ReengageStrength;
            return tie.CoveringSeller >= 0 && tie.Coverage > strength ? tie.Coverage : strength;
        }

        return tree.StrengthTo(vertex) is var reached and > 0 ? reached : null;
    }

    /// <summary>
    /// The parties (sellers or people, never the person) that lie on every admissible route from our team to
    /// the person at the end of <paramref name="route"/>, in route order. Any such party lies on the route shown too, so only its parties are
    /// candidates: each is taken out in turn and a bounded search backward from the person tells whether another
    /// admissible route remains (<see cref="RouteTree.ChokePoints"/>). Empty when no admissible route leads to the person.
    /// </summary>
    public List<int> ChokePoints(Route route, RouteRules rules) => RouteTree.ChokePoints(travel, isSeller, level, rules, route.Vertices);

    /// <summary>
    /// Hop <paramref name="index"/> of <paramref name="route"/> (0: from the seller): the strongest relationship's kind
    /// and decayed strength between its two parties, read from the graph when the route is written out rather than
    /// kept in two arrays per route that only fed <see cref="Analysis.IntroductionPath"/> (about 0.6 KB per 40-person account).
    /// </summary>
    public (RelationshipKind Kind, double Strength) HopOf(Route route, int index)
    {
        if (route.OwnKnows && index == 0)
        {
            // A seller's own relationship is a Knows edge whatever else links the two, at its own decayed strength.
            return (RelationshipKind.Knows, route.Strength);
        }

        travel.TryGetEdge(route.Vertices[index], route.Vertices[index + 1], out var edge);
        return (LinkInfo.Kind(edge.Info), edge.Strength);
    }

    /// <summary>The person's ties to our sellers; <see cref="SellerTies.None"/> for someone no seller knows, or a seller.</summary>
    private ref readonly SellerTies TiesOf(int vertex)
    {
        var slot = tieOf[vertex];
        if (slot < 0)
        {
            return ref SellerTies.None;
        }

        return ref ties[slot];
    }

    private static Route MakeRoute(int[] vertices, double product, bool ownKnows, bool reengaged, DateTime? lastContact) =>
        new(vertices, product, ownKnows, reengaged, reengaged ? lastContact : null);

    // A seller's Knows with a person (never a seller), of raw strength as written and last interaction as OptionalDates keeps it.
    private void RecordCoverage(int person, int other, double strength, double raw, long lastInteraction)
    {
        ref var tie = ref ties[tieOf[person]];
        if (raw >= reengageFrom && strength > 0
            && (tie.ReengageSeller < 0 || strength > tie.ReengageStrength || (strength == tie.ReengageStrength && other < tie.ReengageSeller)))
        {
            tie.ReengageSeller = other;
            tie.ReengageStrength = strength;
            tie.ReengageLast = lastInteraction;
        }

        if (!(strength > 0))
        {
            return;
        }

        // Into the person's run of sellers, in seller order; between two Knows with the same seller the stronger counts.
        var first = tie.FirstKnownBy;
        var at = first + tie.KnownByCount;
        while (at > first && sellerKnows[at - 1].Seller > other)
        {
            at--;
        }

        if (at > first && sellerKnows[at - 1].Seller == other)
        {
            sellerKnows[at - 1] = new KnownBy(other, Math.Max(sellerKnows[at - 1].Strength, strength));
        }
        else
        {
            for (var k = first + tie.KnownByCount; k > at; k--)
            {
                sellerKnows[k] = sellerKnows[k - 1];
            }

            sellerKnows[at] = new KnownBy(other, strength);
            tie.KnownByCount++;
        }

        // Vertices are in ordinal id order, so the lower index is the lower seller id among equally strong ones.
        if (strength > tie.Coverage || (strength == tie.Coverage && (tie.CoveringSeller < 0 || other < tie.CoveringSeller)))
        {
            tie.Coverage = strength;
            tie.CoveringSeller = other;
        }

        if (!OptionalDates.IsNone(lastInteraction)
            && (OptionalDates.IsNone(tie.LastInteraction) || OptionalDates.Ticks(lastInteraction) > OptionalDates.Ticks(tie.LastInteraction)))
        {
            tie.LastInteraction = lastInteraction;
        }
    }

    /// <summary>
    /// Network centrality: a weighted PageRank over the "listens to" links (the influenced listens to the influencer, a
    /// report to their manager). PageRank rather than degree because authority is transitive: the analyst the CFO listens
    /// to matters more than the analyst a team lead listens to. Scores are rescaled so that a person no one listens to gets
    /// 0 and the most listened-to person gets 1.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Solved, not iterated. The PageRank is the fixed point <c>r = f + S r</c>, where <c>S</c> holds each link's damped
    /// share of its listener's authority and <c>f</c> (the floor: <c>(1 - d) + d x</c> the ranks of those who listen to no
    /// one, over <c>n</c>) is the same for everyone, so <c>r = f (1 + a)</c> with <c>a = S (1 + a)</c>: the authority that
    /// reaches each person through the links. Rescaled by the spread between the floor and the top rank, a score is
    /// <c>a_i / max a</c>, so neither the floor nor the ranks need to be known; with a damping of 0, or no link of any
    /// strength, no one is listened to and every score is 0.
    /// </para>
    /// <para>
    /// <c>a</c> is worked out one group at a time in the order authority flows: the groups are the strongly connected
    /// components of the listening graph (people who listen to each other in a circle), found by Tarjan's algorithm over the
    /// incoming links, which completes a group only after every group its members listen to. A person in no circle (a
    /// plain reporting line) costs one sum over the links to them; a circle of at most <see cref="CentralityExactLimit"/>
    /// people (a manager who listens to a report, influencers who listen to each other) is solved exactly by elimination;
    /// a larger one is swept in place (Gauss-Seidel) until it changes by less than <see cref="CentralityTolerance"/>.
    /// Vertices and links are taken in ordinal order, so the scores never depend on the order of the plan's arrays.
    /// </para>
    /// <para>
    /// Hand-written on purpose: QuikGraph's PageRankAlgorithm treats every link alike, whereas a strong, recent relationship
    /// must carry more authority than a weak or stale one. <see cref="IterateCentrality"/> is the PageRank's power
    /// iteration, kept as the reference this is tested and benchmarked against.
    /// </para>
    /// </remarks>
    /// <returns>Each vertex's centrality in [0, 1].</returns>
    internal double[] ComputeCentrality()
    {
        var n = ids.Length;
        var result = new double[n];
        var firstIn = listening.FirstListener;
        var listeners = listening.Listeners;
        if (n == 0 || listeners.Length == 0 || !(damping > 0))
        {
            return result;
        }

        var scratch = CentralityScratch.Rent(n);
        var authority = scratch.Authority;
        var entered = scratch.Entered;
        var earliest = scratch.Earliest;
        var group = scratch.Group;
        var open = scratch.Open;
        var path = scratch.Path;

        // Someone no one listens to (a seller, most people at the bottom of a reporting line) has no authority and is a
        // group of their own: closed before the search, which then never enters them (a third to half of an account).
        // Their group is -1, no circle's number; skipping them changes no other group, nor the order groups close in.
        for (var v = 0; v < n; v++)
        {
            if (firstIn[v + 1] == firstIn[v])
            {
                entered[v] = -1;
                group[v] = -1;
                authority[v] = 0;
            }
        }

        // Tarjan's algorithm over the incoming links, without recursion: a person is entered when first met, and left once
        // every link to them is followed; a person still on the stack whose earliest reachable entry is their own closes a
        // group. Each group is solved as it closes, when everyone its members listen to outside it already has their value.
        // The path holds, per person followed, their next link and where their links end: one place per step, so the loop
        // keeps few values live.
        var openCount = 0;
        var entries = 0;
        var groups = 0;
        var top = 0.0;
        for (var root = 0; root < n; root++)
        {
            if (entered[root] != 0)
            {
                continue;
            }

            entered[root] = earliest[root] = ++entries;
            group[root] = 0;
            open[openCount++] = root;
            path[0] = new CentralityScratch.Step(root, firstIn[root], firstIn[root + 1]);
            var depth = 1;
            while (depth > 0)
            {
                ref var step = ref path[depth - 1];
                var v = step.Vertex;
                if (step.Next < step.End)
                {
                    var w = listeners[step.Next++].From;
                    if (entered[w] == 0)
                    {
                        entered[w] = earliest[w] = ++entries;
                        group[w] = 0;
                        open[openCount++] = w;
                        path[depth++] = new CentralityScratch.Step(w, firstIn[w], firstIn[w + 1]);
                    }
                    else if (group[w] == 0)
                    {
                        earliest[v] = Math.Min(earliest[v], entered[w]);
                    }

                    continue;
                }

                depth--;
                var reaches = earliest[v];
                if (depth > 0)
                {
                    var parent = path[depth - 1].Vertex;
                    earliest[parent] = Math.Min(earliest[parent], reaches);
                }

                if (reaches != entered[v])
                {
                    continue;
                }

                groups++;
                if (open[openCount - 1] == v)
                {
                    // No circle: what the person's listeners pass on, each their own rank (1 + authority) times the link's share.
                    group[v] = groups;
                    openCount--;
                    var sum = 0.0;
                    for (var k = firstIn[v]; k < step.End; k++)
                    {
                        sum += listeners[k].Share * (1 + authority[listeners[k].From]);
                    }

                    authority[v] = sum;
                    top = Math.Max(top, sum);
                    continue;
                }

                var first = openCount - 1;
                while (open[first] != v)
                {
                    first--;
                }

                for (var i = first; i < openCount; i++)
                {
                    group[open[i]] = groups;
                }

                top = Math.Max(top, SolveGroup(scratch, listening, first, openCount - first, groups, top, n));
                openCount = first;
            }
        }

        if (top > 0)
        {
            for (var i = 0; i < n; i++)
            {
                result[i] = Math.Max(0, Math.Min(1, authority[i] / top));
            }
        }

        CentralityScratch.Return(scratch);
        return result;
    }

    /// <summary>
    /// The authority of one circle (the open stack's <paramref name="count"/> people from <paramref name="first"/>, in the
    /// order Tarjan's search entered them: a person before those who listen to them, but for the links that close a circle),
    /// every person its members listen to outside it already settled; returns the group's largest authority.
    /// </summary>
    private static double SolveGroup(CentralityScratch scratch, ListeningLinks listening, int first, int count, int groupNumber, double topSoFar, int n)
    {
        var firstIn = listening.FirstListener;
        var listeners = listening.Listeners;
        var authority = scratch.Authority;
        var open = scratch.Open;
        if (count <= CentralityExactLimit)
        {
            return SolveExactly(scratch, listening, first, count, groupNumber);
        }

        // Gauss-Seidel from nothing, listeners before those they listen to (the reverse of the order entered), so that a
        // sweep carries authority along every link but those closing a circle. A sweep changing the group by delta (L1)
        // leaves its equations out by at most damping x delta in total, so the values are out by at most that over
        // 1 - damping (no person's links carry more than the damping factor). Each group stops below the tolerance of the
        // largest value so far, in its share of the people, so all groups together keep the bound of CentralityTolerance.
        for (var i = first; i < first + count; i++)
        {
            authority[open[i]] = 0;
        }

        var top = 0.0;
        for (var sweep = 0; sweep < CentralityMaxIterations; sweep++)
        {
            var change = 0.0;
            top = 0.0;
            for (var i = first + count - 1; i >= first; i--)
            {
                var vertex = open[i];
                var sum = 0.0;
                for (var k = firstIn[vertex]; k < firstIn[vertex + 1]; k++)
                {
                    sum += listeners[k].Share * (1 + authority[listeners[k].From]);
                }

                change += Math.Abs(sum - authority[vertex]);
                authority[vertex] = sum;
                top = Math.Max(top, sum);
            }

            if (change <= CentralityTolerance * Math.Max(top, topSoFar) * count / n)
            {
                break;
            }
        }

        return top;
    }

    /// <summary>
    /// A circle solved exactly, by eliminating its members one at a time: <c>a_v = (b_v + sum S_vw a_w) / (1 - S_vv)</c>
    /// is put into the equation of everyone <c>v</c> listens to, so that each of <c>v</c>'s listeners <c>w</c> now reaches
    /// them directly (<c>S_iw += S_iv S_vw / (1 - S_vv)</c>), then the values are read back in the reverse order. <c>b</c>
    /// is what every link to a member carries but the listener's own authority inside the circle. Members go from the
    /// last entered: the listeners at the far ends of the search first, like the leaves of a reporting tree, which adds
    /// few new links (a fewest-links-first choice at each step added fewer but cost more to choose). Every term added is
    /// positive and every divisor above 1 - damping (a member's links carry at most the damping factor in total, which
    /// elimination keeps), so the rounding stays at the last digits.
    /// </summary>
    private static double SolveExactly(CentralityScratch scratch, ListeningLinks listening, int first, int count, int groupNumber)
    {
        var firstIn = listening.FirstListener;
        var links = listening.Listeners;
        var authority = scratch.Authority;
        var group = scratch.Group;
        var open = scratch.Open;
        var position = scratch.Position;
        var matrix = scratch.Matrix;
        var rhs = scratch.Rhs;
        var listeners = scratch.Listeners;
        var listenedTo = scratch.ListenedTo;
        // The circle's rows of the matrix start at 0, so a link v's elimination adds to row i starts from 0 as every other
        // does: one clear of the rows (a few KB) costs less than a loop per row and pivot over the links new to the row,
        // each loop's end a branch no predictor learns, or than a clear per row. Elsewhere the matrix is not read.
        for (var i = 0; i < count; i++)
        {
            position[open[first + i]] = i;
            listenedTo[i] = 0;
        }

        Array.Clear(matrix, 0, ((count - 1) * CentralityExactLimit) + count);

        // Row i: member open[first + i]; column w: the member listening, a bit of listeners[i] (and i of listenedTo[w]).
        for (var i = 0; i < count; i++)
        {
            var vertex = open[first + i];
            var row = i * CentralityExactLimit;
            var sum = 0.0;
            var ins = 0UL;
            for (var k = firstIn[vertex]; k < firstIn[vertex + 1]; k++)
            {
                var from = links[k].From;
                var share = links[k].Share;
                sum += share;
                if (group[from] == groupNumber)
                {
                    var w = position[from];
                    matrix[row + w] = share;
                    ins |= 1UL << w;
                    listenedTo[w] |= 1UL << i;
                }
                else
                {
                    sum += share * authority[from];
                }
            }

            listeners[i] = ins;
            rhs[i] = sum;
        }

        // Member v's row is final once v is eliminated; its listeners then are the members still in the equations, 0..v-1.
        for (var v = count - 1; v > 0; v--)
        {
            var remaining = (1UL << v) - 1;
            var ins = listeners[v] & remaining;
            var outs = listenedTo[v] & remaining;
            listeners[v] = ins;
            var pivotRow = v * CentralityExactLimit;
            var scale = 1 / (1 - matrix[pivotRow + v]);
            for (var rest = outs; rest != 0; rest &= rest - 1)
            {
                var i = TrailingZeroCount(rest);
                var row = i * CentralityExactLimit;
                var factor = matrix[row + v] * scale;
                rhs[i] += factor * rhs[v];
                for (var each = ins; each != 0; each &= each - 1)
                {
                    var w = TrailingZeroCount(each);
                    matrix[row + w] += factor * matrix[pivotRow + w];
                }

                listeners[i] |= ins;
            }

            for (var each = ins; each != 0; each &= each - 1)
            {
                listenedTo[TrailingZeroCount(each)] |= outs;
            }
        }

        listeners[0] = 0;
        var top = 0.0;
        for (var v = 0; v < count; v++)
        {
            var row = v * CentralityExactLimit;
            var sum = rhs[v];
            for (var each = listeners[v]; each != 0; each &= each - 1)
            {
                var w = TrailingZeroCount(each);
                sum += matrix[row + w] * rhs[w];
            }

            var value = sum / (1 - matrix[row + v]);
            rhs[v] = value;
            authority[open[first + v]] = value;
            top = Math.Max(top, value);
        }

        return top;
    }

#if NET
    private static int TrailingZeroCount(ulong value) => System.Numerics.BitOperations.TrailingZeroCount(value);
#else
    private static int TrailingZeroCount(ulong value)
    {
        var count = 0;
        while ((value & 1) == 0)
        {
            value >>= 1;
            count++;
        }

        return count;
    }
#endif

    /// <summary>
    /// The PageRank by power iteration until the ranks change by less than <paramref name="tolerance"/> of their spread
    /// (L1 norm), rescaled as <see cref="ComputeCentrality"/> is: the definition, kept as the reference the solve is tested
    /// and benchmarked against.
    /// </summary>
    /// <param name="tolerance">The L1 change of the ranks below which the iteration stops.</param>
    /// <param name="maxIterations">The safeguard ceiling.</param>
    /// <param name="iterations">How many iterations ran.</param>
    /// <returns>Each vertex's centrality in [0, 1].</returns>
    internal double[] IterateCentrality(double tolerance, int maxIterations, out int iterations)
    {
        iterations = 0;
        var n = ids.Length;
        var result = new double[n];
        var firstIn = listening.FirstListener;
        var listeners = listening.Listeners;
        if (n == 0 || listeners.Length == 0)
        {
            return result;
        }

        // Those who listen to no one through a link of some strength (their total strength is 0) are marked by none.
        var scratch = CentralityScratch.Rent(n);
        var listensToSomeone = scratch.Entered;
        foreach (var link in listeners)
        {
            listensToSomeone[link.From] = 1;
        }

        var danglingCount = 0;
        var danglingVertices = scratch.Open;
        for (var i = 0; i < n; i++)
        {
            if (listensToSomeone[i] == 0)
            {
                danglingVertices[danglingCount++] = i;
            }
        }

        var rank = scratch.Rank;
        var next = scratch.Authority;
        for (var i = 0; i < n; i++)
        {
            rank[i] = 1.0 / n;
        }

        var floor = 0.0;
        while (iterations < maxIterations)
        {
            iterations++;
            // Someone who listens to no one spreads their authority evenly, so that the ranks keep summing to 1.
            var dangling = 0.0;
            for (var d = 0; d < danglingCount; d++)
            {
                dangling += rank[danglingVertices[d]];
            }

            floor = ((1 - damping) + (damping * dangling)) / n;
            var change = 0.0;
            var top = 0.0;
            for (var i = 0; i < n; i++)
            {
                var sum = floor;
                for (var k = firstIn[i]; k < firstIn[i + 1]; k++)
                {
                    sum += rank[listeners[k].From] * listeners[k].Share;
                }

                next[i] = sum;
                change += Math.Abs(sum - rank[i]);
                top = Math.Max(top, sum);
            }

            (rank, next) = (next, rank);

            // Scores are shown rescaled by the spread between the floor and the top rank, so the change is measured in
            // those units; where everyone ranks alike (no spread) the ranks stop when they no longer move.
            if (change < tolerance * (top - floor) || change < 1e-15)
            {
                break;
            }
        }

        var max = 0.0;
        for (var i = 0; i < n; i++)
        {
            max = Math.Max(max, rank[i]);
        }

        if (max - floor > 1e-15)
        {
            for (var i = 0; i < n; i++)
            {
                result[i] = Math.Max(0, Math.Min(1, (rank[i] - floor) / (max - floor)));
            }
        }

        CentralityScratch.Return(scratch);
        return result;
    }

    /// <summary>Centrality's working arrays, kept per thread (see <see cref="ComputeCentrality"/>); cleared where it sums or marks into them.</summary>
    private sealed class CentralityScratch
    {
        /// <summary>The most vertices a thread keeps the arrays for: any portfolio account, not a 100,000-person one.</summary>
        private const int KeptCapacity = 4096;

        [ThreadStatic]
        private static CentralityScratch? spare;

        private CentralityScratch(int vertices)
        {
            Authority = new double[vertices];
            Rank = new double[vertices];
            Entered = new int[vertices];
            Earliest = new int[vertices];
            Group = new int[vertices];
            Open = new int[vertices];
            Path = new Step[vertices];
            Position = new int[vertices];
        }

        /// <summary>Per person, the authority that reaches them through the links (the iteration's next ranks).</summary>
        public double[] Authority { get; }

        /// <summary>The iteration's ranks.</summary>
        public double[] Rank { get; }

        /// <summary>Per person, when Tarjan's search entered them (from 1; 0: not yet; -1: no one listens to them, never entered); for the iteration, whether they listen to anyone.</summary>
        public int[] Entered { get; }

        /// <summary>Per person, the earliest entry reachable from them through people whose group is still open.</summary>
        public int[] Earliest { get; }

        /// <summary>Per person, the number of their group once it is closed (from 1; 0: open; -1: no one listens to them).</summary>
        public int[] Group { get; }

        /// <summary>The people whose group is still open, in the order entered (the iteration's people who listen to no one).</summary>
        public int[] Open { get; }

        /// <summary>The search's path of people being followed, each with their next incoming link to follow.</summary>
        public Step[] Path { get; }

        /// <summary>Per member of a circle being solved exactly, their row.</summary>
        public int[] Position { get; }

        /// <summary>The equations of a circle solved exactly, row by row.</summary>
        public double[] Matrix { get; } = new double[CentralityExactLimit * CentralityExactLimit];

        /// <summary>Their right-hand sides, then the solution.</summary>
        public double[] Rhs { get; } = new double[CentralityExactLimit];

        /// <summary>Per member of a circle solved exactly, their listeners among the members still in the equations (a bit each).</summary>
        public ulong[] Listeners { get; } = new ulong[CentralityExactLimit];

        /// <summary>Per member of a circle solved exactly, the members they listen to (a bit each).</summary>
        public ulong[] ListenedTo { get; } = new ulong[CentralityExactLimit];

        /// <summary>One person on the search's path: their next incoming link to follow, and where their links end.</summary>
        public struct Step
        {
            public Step(int vertex, int next, int end)
            {
                Vertex = vertex;
                Next = next;
                End = end;
            }

            public int Vertex;

            public int Next;

            public int End;
        }

        /// <summary>This thread's arrays when they are large enough (the sums' and marks' arrays cleared), else new ones.</summary>
        public static CentralityScratch Rent(int vertices)
        {
            var kept = spare;
            spare = null;
            if (kept is null || kept.Authority.Length < vertices)
            {
                return new CentralityScratch(vertices);
            }

            Array.Clear(kept.Entered, 0, vertices);
            return kept;
        }

        public static void Return(CentralityScratch scratch)
        {
            if (scratch.Authority.Length <= KeptCapacity)
            {
                spare = scratch;
            }
        }
    }

    /// <summary>
    /// Per thread, what building a graph works in, reused from one account to the next: the two builders' working arrays,
    /// and what the graph sets aside for the sellers' ties while it reads the relationships (each seller's Knows with a
    /// person, the relationship and its decayed strength, and each person's count of them). One thread-static read per
    /// graph: each builder and the ties kept apart, each rented and given back, were eight reads of thread-local storage
    /// per account, each a call into the runtime's.
    /// </summary>
    private sealed class Workspace
    {
        /// <summary>The most parties or relationships a thread keeps the arrays for between graphs (any portfolio account).</summary>
        private const int KeptCapacity = 8192;

        [ThreadStatic]
        private static Workspace? kept;

        public TravelGraph.Builder Travel { get; } = new();

        public ListeningLinks.Builder Listening { get; } = new();

        public int[] KnowsCounts { get; private set; } = new int[64];

        public int[] Relationships { get; private set; } = new int[256];

        public double[] Strengths { get; private set; } = new double[256];

        /// <summary>This thread's workspace (else a new one), its tie arrays fitted to <paramref name="count"/> parties and <paramref name="relationships"/> relationships.</summary>
        public static Workspace OfThisThread(int count, int relationships)
        {
            var work = kept ??= new Workspace();
            work.KnowsCounts = CountedRuns.Fit(work.KnowsCounts, count);
            work.Relationships = CountedRuns.Fit(work.Relationships, relationships);
            work.Strengths = CountedRuns.Fit(work.Strengths, relationships);
            return work;
        }

        /// <summary>After a graph of <paramref name="count"/> parties and <paramref name="relationships"/> relationships: a large account's arrays are not kept.</summary>
        public static void Done(int count, int relationships)
        {
            if (count > KeptCapacity || relationships > KeptCapacity)
            {
                kept = null;
            }
        }
    }

    /// <summary>
    /// A person's ties to our sellers through the sellers' own Knows relationships, read together: one array of these
    /// rather than six arrays over the parties (the dates as <see cref="OptionalDates"/> keeps them), and only for the
    /// people a seller knows.
    /// </summary>
    private struct SellerTies
    {
        public static readonly SellerTies None = new()
        {
            CoveringSeller = -1,
            ReengageSeller = -1,
            LastInteraction = OptionalDates.Encode(null),
            ReengageLast = OptionalDates.Encode(null),
        };

        /// <summary>The strongest decayed Knows with a seller (0 with none).</summary>
        public double Coverage;

        /// <summary>The strongest decayed strength among the sellers' Knows that reached the coverage threshold before decay.</summary>
        public double ReengageStrength;

        /// <summary>The latest interaction of a seller's Knows above 0 after decay.</summary>
        public long LastInteraction;

        /// <summary>The last interaction of the relationship to re-engage.</summary>
        public long ReengageLast;

        /// <summary>The seller of <see cref="Coverage"/>, -1 with none (then no seller knows the person).</summary>
        public int CoveringSeller;

        /// <summary>The seller whose own relationship is re-engaged, -1 with none.</summary>
        public int ReengageSeller;

        /// <summary>Where the sellers who know the person (above 0 after decay) start among the graph's seller-knows links, in seller order.</summary>
        public int FirstKnownBy;

        /// <summary>How many sellers know the person (above 0 after decay).</summary>
        public int KnownByCount;
    }

    /// <summary>A seller who knows a person, with the decayed strength of the strongest of their Knows.</summary>
    private readonly struct KnownBy
    {
        public KnownBy(int seller, double strength)
        {
            Seller = seller;
            Strength = strength;
        }

        public int Seller { get; }

        public double Strength { get; }
    }
}
