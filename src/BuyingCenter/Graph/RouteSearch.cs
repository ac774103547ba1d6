using System;
using System.Collections.Generic;

namespace BuyingCenter.Graph;

/// <summary>
/// The rules a route must keep (domain.md, section 2), as the search reads them: which people may not carry an
/// introduction in this opportunity, how long a route may be, how far above themselves an intermediary may introduce
/// us, and whether a seller's own relationship is re-engaged before any introduction.
/// </summary>
internal sealed class RouteRules
{
    /// <summary>The most edges a route may have: intermediaries + 1.</summary>
    public required int MaxEdges { get; init; }

    /// <summary>Per vertex, whether they may not be an intermediary (rated 0 or below, or an Economic Buyer); <see langword="null"/> for nobody.</summary>
    public bool[]? Barred { get; init; }

    /// <summary>How many levels above themselves an intermediary may introduce us; <see langword="null"/> for no level rule.</summary>
    public int? MaxLevelsUp { get; init; }

    /// <summary>The coverage threshold that a seller's own Knows edge must reach before decay to be re-engaged; <see langword="null"/> for no re-engagement rule.</summary>
    public double? ReengageFrom { get; init; }
}

/// <summary>
/// One search's result: for every vertex, the strongest admissible route of at most <see cref="RouteRules.MaxEdges"/>
/// edges from a seller, kept per layer (number of edges) so that the route can be read back.
/// </summary>
/// <remarks>
/// <para>
/// A layered search over the travel graph's arrays, not a general shortest path: layer 0 holds the sellers (strength 1),
/// and layer k every person first made stronger by a route of exactly k edges. A vertex enters layer k only when its
/// route there is strictly stronger than any of fewer edges: a weaker or equal route with more edges can never lead
/// anywhere better (the rules that bind an intermediary depend on them and the next person only, and every edge is at
/// most 1), so it is never grown; that also keeps any vertex from appearing twice on a route. Sellers start routes and
/// are never grown past layer 0: a route starts at the last seller on it.
/// </para>
/// <para>
/// The last layer is never grown, so it is not built for everyone: a person's route of the most edges allowed is found
/// when their route is asked for, from the people next to them in the layer before. A review asks for the routes of an
/// opportunity's influences (eight people of a 40-person account, say), and the last layer was the larger part of the
/// search (on such an account some 200 of its 280 edge reads).
/// </para>
/// <para>
/// Tie rules, so that results are the same to the bit whatever the order of the plan's arrays: the stronger product
/// (multiplied seller first, as the route reads); then fewer edges; then the lower seller id at the start; then the
/// lower id of the party just before the person. Vertices are numbered in ordinal id order, so "lower id" is "lower vertex".
/// </para>
/// <para>Immutable once searched: read it from many threads at once.</para>
/// </remarks>
internal sealed class RouteTree
{
    /// <summary>The most vertices a thread keeps the searches' working space for between calls (any portfolio account).</summary>
    private const int KeptCapacity = 4096;

    [ThreadStatic]
    private static Workspace? spare;

    private readonly TravelGraph travel;
    private readonly int[] level;
    private readonly RouteRules rules;

    /// <summary>The most edges a route has: the last layer, built per person when asked for.</summary>
    private readonly int maxEdges;
    private readonly int count;

    /// <summary>
    /// Per layer l from 1 to <see cref="maxEdges"/> - 1 and vertex v, at (l - 1) x count + v: the party before v on its
    /// strongest route of exactly l edges. Neither layer 0 (the sellers, with no one before them) nor the last layer (found
    /// when asked for) takes room.
    /// </summary>
    private readonly int[] predecessor;

    /// <summary>
    /// Per vertex, 1 + the last layer built that it entered (1 for a seller searched from); 0 for no one searched from or
    /// reached before the last layer.
    /// </summary>
    private readonly byte[] entered;

    /// <summary>
    /// Per vertex, the strength of its strongest route of fewer edges than the last layer (the one of its
    /// <see cref="entered"/> layer), 0 when there is none. Every seller holds infinity: no route ever leads into one, and
    /// the search needs no test per edge to keep it so.
    /// </summary>
    private readonly double[] reached;

    private RouteTree(TravelGraph travel, int[] level, RouteRules rules, int maxEdges, int count)
    {
        this.travel = travel;
        this.level = level;
        this.rules = rules;
        this.maxEdges = maxEdges;
        this.count = count;
        predecessor = new int[(maxEdges - 1) * count];
        reached = new double[count];
        entered = new byte[count];
    }

    /// <summary>The strength of the strongest admissible route to <paramref name="vertex"/>, 0 when there is none (for a seller too).</summary>
    public double StrengthTo(int vertex)
    {
        if (LastHopTo(vertex, out var strength) >= 0)
        {
            return strength;
        }

        return entered[vertex] > 1 ? reached[vertex] : 0;
    }

    /// <summary>The strongest admissible route to <paramref name="vertex"/>, seller first, or <see langword="null"/> (for a seller too).</summary>
    public int[]? RouteTo(int vertex, out double product)
    {
        int[] route;
        var last = LastHopTo(vertex, out product);
        if (last >= 0)
        {
            route = new int[maxEdges + 1];
            route[maxEdges] = vertex;
            ReadBack(route, last, maxEdges - 1);
            return route;
        }

        var layer = entered[vertex] - 1;
        if (layer <= 0)
        {
            product = 0;
            return null;
        }

        product = reached[vertex];
        route = new int[layer + 1];
        ReadBack(route, vertex, layer);
        return route;
    }

    /// <summary>Searches <paramref name="travel"/> from every seller (or only <paramref name="onlySeller"/>), keeping <paramref name="rules"/>.</summary>
    public static RouteTree Search(TravelGraph travel, bool[] isSeller, int[] level, RouteRules rules, int onlySeller = -1)
    {
        var count = isSeller.Length;

        // No route has more edges than there are people to pass (none is on it twice): a longer limit is the same.
        var maxEdges = Math.Max(1, Math.Min(rules.MaxEdges, count));
        if (maxEdges >= byte.MaxValue)
        {
            throw new NotSupportedException("A route has at most " + (byte.MaxValue - 1) + " edges.");
        }

        var tree = new RouteTree(travel, level, rules, maxEdges, count);
        var best = tree.reached;
        var work = Workspace.Rent(count);
        var strength = work.Strength;
        var origin = work.Origin;
        var nextStrength = work.NextStrength;
        var nextOrigin = work.NextOrigin;
        var frontier = work.Frontier;
        var next = work.Next;
        var frontierCount = 0;
        for (var v = 0; v < count; v++)
        {
            if (isSeller[v])
            {
                best[v] = double.PositiveInfinity;
                if (onlySeller < 0 || v == onlySeller)
                {
                    strength[v] = 1;
                    origin[v] = v;
                    tree.entered[v] = 1;
                    frontier[frontierCount++] = v;
                }
            }
        }

        // Each layer reads the routes of the one before (strength, origin: per vertex of the frontier) and writes its own
        // (next): two rows of working space, each all 0 between layers but where the frontier is, which is cleared after.
        var hops = travel.Hops;
        var firstHop = travel.FirstHops;
        var barred = rules.Barred;
        var predecessor = tree.predecessor;
        for (var l = 1; l < maxEdges && frontierCount > 0; l++)
        {
            var before = (l - 1) * count;
            var nextCount = 0;
            for (var i = 0; i < frontierCount; i++)
            {
                var u = frontier[i];

                // From the second edge on, u introduces us: never someone barred (sellers never enter a layer past 0), and
                // only up to some levels above themselves unless the edge vouches across levels.
                var limit = int.MaxValue;
                if (l > 1)
                {
                    if (barred is not null && barred[u])
                    {
                        continue;
                    }

                    limit = tree.LevelLimit(u);
                }

                var reachedU = strength[u];
                var originOfU = origin[u];
                for (int e = firstHop[u], end = firstHop[u + 1]; e < end; e++)
                {
                    var hop = hops[e];
                    var v = hop.Target;
                    var candidate = reachedU * hop.Strength;
                    if (!(candidate > best[v]) || (level[v] > limit && !LinkInfo.VouchesAcrossLevels(hop.Info)))
                    {
                        continue;
                    }

                    var known = nextStrength[v];
                    if (known == 0)
                    {
                        next[nextCount++] = v;
                    }
                    else if (candidate < known
                        || (candidate == known && (originOfU > nextOrigin[v] || (originOfU == nextOrigin[v] && u > predecessor[before + v]))))
                    {
                        continue;
                    }

                    nextStrength[v] = candidate;
                    nextOrigin[v] = originOfU;
                    predecessor[before + v] = u;
                }
            }

            // The layer is complete: its vertices are now the strongest routes of at most l edges.
            for (var i = 0; i < nextCount; i++)
            {
                var v = next[i];
                best[v] = nextStrength[v];
                tree.entered[v] = (byte)(l + 1);
            }

            for (var i = 0; i < frontierCount; i++)
            {
                strength[frontier[i]] = 0;
            }

            (strength, nextStrength) = (nextStrength, strength);
            (origin, nextOrigin) = (nextOrigin, origin);
            (frontier, next) = (next, frontier);
            frontierCount = nextCount;
        }

        for (var i = 0; i < frontierCount; i++)
        {
            strength[frontier[i]] = 0;
        }

        Workspace.Return(work, count);
        return tree;
    }

    /// <summary>
    /// The party just before <paramref name="vertex"/> on its strongest route of exactly <see cref="maxEdges"/> edges,
    /// with that route's <paramref name="strength"/>, when it is stronger than any route of fewer; else -1. The last
    /// layer as the search would build it, for one person: their neighbours who entered the layer before, each as the
    /// search would grow them, the same tie rules.
    /// </summary>
    private int LastHopTo(int vertex, out double strength)
    {
        var hops = travel.Hops;
        var firstHop = travel.FirstHops;
        var barred = rules.Barred;
        var introducers = maxEdges > 1;
        var beforeLast = (byte)maxEdges;
        var fewer = reached[vertex];
        var chosen = -1;
        var chosenOrigin = -1;
        strength = 0;
        for (int e = firstHop[vertex], end = firstHop[vertex + 1]; e < end; e++)
        {
            // The edges are both ways with the same strength: seen from u, this one leads to the person.
            var hop = hops[e];
            var u = hop.Target;
            if (entered[u] != beforeLast)
            {
                continue;
            }

            if (introducers
                && ((barred is not null && barred[u])
                    || (level[vertex] > LevelLimit(u) && !LinkInfo.VouchesAcrossLevels(LinkInfo.Reversed(hop.Info)))))
            {
                continue;
            }

            var candidate = (introducers ? reached[u] : 1) * hop.Strength;
            if (!(candidate > fewer) || (chosen >= 0 && candidate < strength))
            {
                continue;
            }

            if (chosen >= 0 && candidate == strength)
            {
                if (chosenOrigin < 0)
                {
                    chosenOrigin = OriginOf(chosen, maxEdges - 1);
                }

                var originOfU = OriginOf(u, maxEdges - 1);
                if (originOfU > chosenOrigin || (originOfU == chosenOrigin && u > chosen))
                {
                    continue;
                }

                chosenOrigin = originOfU;
            }
            else
            {
                chosenOrigin = -1;
            }

            chosen = u;
            strength = candidate;
        }

        return chosen;
    }

    /// <summary>
    /// The highest level <paramref name="introducer"/> may introduce us to, unless the edge vouches across levels
    /// (int.MaxValue with no level rule or when their level is unknown). An unknown level of the person introduced,
    /// int.MinValue, is never above it.
    /// </summary>
    private int LevelLimit(int introducer) =>
        rules.MaxLevelsUp is { } up && level[introducer] != int.MinValue ? (int)Math.Min(int.MaxValue, (long)level[introducer] + up) : int.MaxValue;

    /// <summary>The seller at the start of <paramref name="vertex"/>'s route of exactly <paramref name="layer"/> edges (built).</summary>
    private int OriginOf(int vertex, int layer)
    {
        var current = vertex;
        for (var l = layer; l > 0; l--)
        {
            current = predecessor[((l - 1) * count) + current];
        }

        return current;
    }

    /// <summary>Writes <paramref name="vertex"/>'s route of exactly <paramref name="layer"/> edges (built) into the start of <paramref name="route"/>.</summary>
    private void ReadBack(int[] route, int vertex, int layer)
    {
        var current = vertex;
        for (var l = layer; l > 0; l--)
        {
            route[l] = current;
            current = predecessor[((l - 1) * count) + current];
        }

        route[0] = current;
    }

    /// <summary>
    /// The parties of <paramref name="route"/> (seller first, the person last) without which no admissible route leads to
    /// the person, in route order: for each, a breadth-first search backward from the person, at most
    /// <see cref="RouteRules.MaxEdges"/> edges deep, that stops at the first seller found. It reads only the person's
    /// neighbourhood, where a search from every seller would read the account; the searches share one working space.
    /// </summary>
    public static List<int> ChokePoints(TravelGraph travel, bool[] isSeller, int[] level, RouteRules rules, int[] route)
    {
        // A depth per vertex (0 = not seen, else depth + 1) and the queue, which also lists every vertex seen so that only
        // those are cleared after each search (it reads the person's neighbourhood, never the whole account).
        var result = new List<int>();
        var target = route[route.Length - 1];
        var count = isSeller.Length;
        var work = Workspace.Rent(count);
        var depth = work.Depth;
        var queue = work.Queue;
        for (var i = 0; i < route.Length - 1; i++)
        {
            var tail = 0;
            try
            {
                if (!Search(travel, isSeller, level, rules, target, route[i], depth, queue, ref tail))
                {
                    result.Add(route[i]);
                }
            }
            finally
            {
                for (var k = 0; k < tail; k++)
                {
                    depth[queue[k]] = 0;
                }
            }
        }

        Workspace.Return(work, count);
        return result;
    }

    private static bool Search(TravelGraph travel, bool[] isSeller, int[] level, RouteRules rules, int target, int without, int[] depth, int[] queue, ref int tail)
    {
        var hops = travel.Hops;
        var firstHop = travel.FirstHops;
        var barred = rules.Barred;
        depth[target] = 1;
        queue[tail++] = target;
        for (var head = 0; head < tail; head++)
        {
            var y = queue[head];
            var d = depth[y] - 1;
            for (int e = firstHop[y], end = firstHop[y + 1]; e < end; e++)
            {
                var hop = hops[e];
                var x = hop.Target;
                if (x == without || x == target)
                {
                    continue;
                }

                if (isSeller[x])
                {
                    return true;
                }

                // x would be an intermediary introducing us to y, on a route of d + 2 edges at least.
                if (d + 2 > rules.MaxEdges || (barred is not null && barred[x]) || depth[x] != 0)
                {
                    continue;
                }

                // Seen from x, the edge to y is the reverse of this one.
                if (rules.MaxLevelsUp is { } up && !LinkInfo.VouchesAcrossLevels(LinkInfo.Reversed(hop.Info))
                    && level[x] != int.MinValue && level[y] != int.MinValue && level[y] - level[x] > up)
                {
                    continue;
                }

                depth[x] = d + 2;
                queue[tail++] = x;
            }
        }

        return false;
    }

    /// <summary>
    /// The searches' working space, one per thread, reused from one search to the next: the layers' strengths and route
    /// origins serve the search only (the tree keeps the predecessors, to read routes back, and each vertex's final
    /// strength), and so do the choke-point search's depths and queue. Every array is all 0 when returned (the strengths
    /// and depths are cleared where written; the origins, frontiers and queue are only read where written).
    /// </summary>
    private sealed class Workspace
    {
        private Workspace(int size)
        {
            Strength = new double[size];
            NextStrength = new double[size];
            Origin = new int[size];
            NextOrigin = new int[size];
            Frontier = new int[size];
            Next = new int[size];
            Depth = new int[size];
            Queue = new int[size];
        }

        public double[] Strength { get; }

        public double[] NextStrength { get; }

        public int[] Origin { get; }

        public int[] NextOrigin { get; }

        public int[] Frontier { get; }

        public int[] Next { get; }

        public int[] Depth { get; }

        public int[] Queue { get; }

        /// <summary>This thread's workspace when it fits <paramref name="count"/> vertices (taken until returned), else a new one.</summary>
        public static Workspace Rent(int count)
        {
            var kept = spare;
            if (kept is not null && kept.Strength.Length >= count)
            {
                spare = null;
                return kept;
            }

            // Sized in powers of two, so that accounts of a few more people each time do not make a workspace each.
            var size = 64;
            while (size < count)
            {
                size *= 2;
            }

            return new Workspace(count <= KeptCapacity ? size : count);
        }

        /// <summary>Keeps <paramref name="work"/> for this thread's next search, unless it is for a large account.</summary>
        public static void Return(Workspace work, int count)
        {
            if (count <= KeptCapacity && work.Strength.Length <= KeptCapacity)
            {
                spare = work;
            }
        }
    }
}
