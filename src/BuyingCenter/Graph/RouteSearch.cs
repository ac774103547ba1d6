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
/// Tie rules, so that results are the same to the bit whatever the order of the plan's arrays: the stronger product
/// (multiplied seller first, as the route reads); then fewer edges; then the lower seller id at the start; then the
/// lower id of the party just before the person. Vertices are numbered in ordinal id order, so "lower id" is "lower vertex".
/// </para>
/// </remarks>
internal sealed class RouteTree
{
    /// <summary>The most vertices a thread keeps the searches' working buffers for between calls (any portfolio account).</summary>
    private const int KeptCapacity = 4096;

    [ThreadStatic]
    private static double[]? scratchBest;
    [ThreadStatic]
    private static List<int>? scratchFrontier;
    [ThreadStatic]
    private static List<int>? scratchNext;
    [ThreadStatic]
    private static int[]? scratchDepth;
    [ThreadStatic]
    private static int[]? scratchQueue;

    [ThreadStatic]
    private static double[]? scratchStrength;
    [ThreadStatic]
    private static int[]? scratchOrigin;

    /// <summary>
    /// Per layer l from 1 and vertex v, at (l - 1) x count + v: the party before v on its strongest route of exactly l
    /// edges. Layer 0 (the sellers, with no one before them) takes no room.
    /// </summary>
    private readonly int[] predecessor;

    private readonly int[] lastLayer;

    /// <summary>Per vertex, the strength of its strongest route (the one of <see cref="lastLayer"/> edges).</summary>
    private readonly double[] reached;
    private readonly int count;

    private RouteTree(int layers, int count)
    {
        this.count = count;
        predecessor = new int[(layers - 1) * count];
        reached = new double[count];
        lastLayer = new int[count];
        for (var v = 0; v < count; v++)
        {
            lastLayer[v] = -1;
        }
    }

    /// <summary>Whether some admissible route of at least one edge leads to <paramref name="vertex"/>.</summary>
    public bool Reaches(int vertex) => lastLayer[vertex] > 0;

    /// <summary>The strength of the strongest admissible route to <paramref name="vertex"/>, 0 when there is none.</summary>
    public double StrengthTo(int vertex) => lastLayer[vertex] > 0 ? reached[vertex] : 0;

    /// <summary>The strongest admissible route to <paramref name="vertex"/>, seller first, or <see langword="null"/>.</summary>
    public int[]? RouteTo(int vertex, out double product)
    {
        var layer = lastLayer[vertex];
        if (layer <= 0)
        {
            product = 0;
            return null;
        }

        product = reached[vertex];
        var route = new int[layer + 1];
        var current = vertex;
        for (var l = layer; l > 0; l--)
        {
            route[l] = current;
            current = predecessor[((l - 1) * count) + current];
        }

        route[0] = current;

        return route;
    }

    /// <summary>
    /// Searches <paramref name="travel"/> from every seller (or only <paramref name="onlySeller"/>), never through
    /// <paramref name="without"/> (-1 for no one), keeping <paramref name="rules"/>.
    /// </summary>
    public static RouteTree Search(TravelGraph travel, bool[] isSeller, int[] level, RouteRules rules, int onlySeller = -1, int without = -1)
    {
        var count = isSeller.Length;
        var layers = rules.MaxEdges + 1;
        var tree = new RouteTree(layers, count);

        // Working space only (the tree keeps its own arrays), reused per thread: about 0.7 KB per search of a 40-person
        // account (a review searches once per opportunity).
        var best = scratchBest is { } keptBest && keptBest.Length >= count ? keptBest : new double[count];
        var frontier = scratchFrontier ?? new List<int>();
        var next = scratchNext ?? new List<int>();

        // Each layer's strengths and route origins serve the search only (the tree keeps the predecessors, to read routes
        // back, and each vertex's final strength): about 2 KB less per search of a 40-person account. Strengths are
        // cleared, since an unreached vertex must read 0; an origin is only read where its strength was written.
        var size = layers * count;
        var strength = scratchStrength is { } keptStrength && keptStrength.Length >= size ? keptStrength : new double[size];
        var origin = scratchOrigin is { } keptOrigin && keptOrigin.Length >= size ? keptOrigin : new int[size];
        scratchBest = null;
        scratchFrontier = null;
        scratchNext = null;
        scratchStrength = null;
        scratchOrigin = null;
        Array.Clear(best, 0, count);
        Array.Clear(strength, 0, size);
        frontier.Clear();
        for (var v = 0; v < count; v++)
        {
            if (isSeller[v] && v != without && (onlySeller < 0 || v == onlySeller))
            {
                strength[v] = 1;
                origin[v] = v;
                tree.lastLayer[v] = 0;
                best[v] = 1;
                frontier.Add(v);
            }
        }

        var barred = rules.Barred;
        var levelRule = rules.MaxLevelsUp is not null;
        var up = rules.MaxLevelsUp.GetValueOrDefault();
        var predecessor = tree.predecessor;
        for (var l = 1; l < layers && frontier.Count > 0; l++)
        {
            var from = (l - 1) * count;
            var to = l * count;
            var before = (l - 1) * count;
            next.Clear();
            foreach (var u in frontier)
            {
                var introducer = l > 1;
                if (introducer && (isSeller[u] || (barred is not null && barred[u])))
                {
                    continue;
                }

                var reached = strength[from + u];
                var levelOfU = level[u];
                var checkLevels = introducer && levelRule && levelOfU != int.MinValue;
                var originOfU = origin[from + u];
                for (int e = travel.FirstEdgeOf(u), end = travel.FirstEdgeOf(u + 1); e < end; e++)
                {
                    var edge = travel.EdgeAt(e);
                    var v = edge.Target;
                    if (v >= count || isSeller[v] || v == without)
                    {
                        continue;
                    }

                    if (checkLevels && !LinkInfo.VouchesAcrossLevels(edge.Info) && level[v] != int.MinValue && level[v] - levelOfU > up)
                    {
                        continue;
                    }

                    var candidate = reached * edge.Strength;
                    if (!(candidate > best[v]))
                    {
                        continue;
                    }

                    var known = strength[to + v];
                    if (known == 0)
                    {
                        next.Add(v);
                    }
                    else if (candidate < known
                        || (candidate == known && (originOfU > origin[to + v] || (originOfU == origin[to + v] && u > predecessor[before + v]))))
                    {
                        continue;
                    }

                    strength[to + v] = candidate;
                    predecessor[before + v] = u;
                    origin[to + v] = originOfU;
                }
            }

            // The layer is complete: its vertices are now the strongest routes of at most l edges.
            foreach (var v in next)
            {
                best[v] = strength[to + v];
                tree.reached[v] = best[v];
                tree.lastLayer[v] = l;
            }

            (frontier, next) = (next, frontier);
        }

        if (count <= KeptCapacity)
        {
            scratchBest = best;
            scratchFrontier = frontier;
            scratchNext = next;
            scratchStrength = strength;
            scratchOrigin = origin;
        }

        return tree;
    }

    /// <summary>
    /// Whether an admissible route leads to <paramref name="target"/> without <paramref name="without"/>: a breadth-first
    /// search backward from the target, at most <see cref="RouteRules.MaxEdges"/> edges deep, that stops at the first
    /// seller found. It reads only the target's neighbourhood, where a search from every seller would read the account.
    /// </summary>
    public static bool ReachableWithout(TravelGraph travel, bool[] isSeller, int[] level, RouteRules rules, int target, int without)
    {
        // Per thread, a depth per vertex (0 = not seen, else depth + 1) and the queue, which also lists every vertex seen so
        // that only those are cleared afterwards (the search reads the target's neighbourhood, never the whole account).
        // A dictionary and a queue per call were about 1.5 KB per 40-person account (one call per party on each
        // Economic Buyer's route).
        var count = isSeller.Length;
        var depth = scratchDepth is { } kept && kept.Length >= count ? kept : new int[count];
        var queue = scratchQueue is { } keptQueue && keptQueue.Length >= count ? keptQueue : new int[count];
        scratchDepth = null;
        scratchQueue = null;
        var tail = 0;
        try
        {
            return Search(travel, isSeller, level, rules, target, without, depth, queue, ref tail);
        }
        finally
        {
            for (var i = 0; i < tail; i++)
            {
                depth[queue[i]] = 0;
            }

            if (count <= KeptCapacity)
            {
                scratchDepth = depth;
                scratchQueue = queue;
            }
        }
    }

    private static bool Search(TravelGraph travel, bool[] isSeller, int[] level, RouteRules rules, int target, int without, int[] depth, int[] queue, ref int tail)
    {
        var barred = rules.Barred;
        depth[target] = 1;
        queue[tail++] = target;
        for (var head = 0; head < tail; head++)
        {
            var y = queue[head];
            var d = depth[y] - 1;
            for (var e = travel.FirstEdgeOf(y); e < travel.FirstEdgeOf(y + 1); e++)
            {
                var edge = travel.EdgeAt(e);
                var x = edge.Target;
                if (x >= isSeller.Length || x == without || x == target)
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
                if (rules.MaxLevelsUp is { } up && !LinkInfo.VouchesAcrossLevels(LinkInfo.Reversed(edge.Info))
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
}
