using System;
using System.Collections.Generic;
using System.Threading;
using BuyingCenter.Analysis;
using QuikGraph;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.ShortestPath;
using QuikGraph.Predicates;

namespace BuyingCenter.Graph;

/// <summary>
/// The account as a graph: sellers and people as vertices (indexed in ordinal id order, so that the graph and every
/// result are the same whatever the order of the plan's arrays), relationships as edges with strengths decayed to the
/// as-of date. Built once per analysis and only read afterwards, so it is safe to query from many threads.
/// </summary>
internal sealed class AccountGraph
{
    private readonly string[] ids;
    private readonly Dictionary<string, int> index;
    private readonly bool[] isSeller;
    private readonly double[] coverage;
    private readonly int[] coveringSeller;
    private readonly bool[] knownBySeller;
    private readonly DateTime?[] lastSellerInteraction;
    private readonly UndirectedGraph<int, AccountEdge> travel;
    private readonly FilteredUndirectedGraph<int, AccountEdge, UndirectedGraph<int, AccountEdge>> travelWithoutSource;
    private readonly IDictionary<int, AccountEdge> bestPredecessors;
    private readonly List<DirectedLink> listening;
    private readonly Lazy<double[]> centrality;
    private readonly Lazy<CutTree> cutTree;
    private readonly double damping;

    public AccountGraph(AccountPlan plan, DateTime asOf, AnalysisOptions options)
    {
        var count = plan.Sellers.Count + plan.People.Count;
        ids = new string[count];
        var sellerSet = new HashSet<string>(StringComparer.Ordinal);
        var at = 0;
        foreach (var seller in plan.Sellers)
        {
            ids[at++] = seller.Id;
            sellerSet.Add(seller.Id);
        }

        foreach (var person in plan.People)
        {
            ids[at++] = person.Id;
        }

        Array.Sort(ids, StringComparer.Ordinal);
        index = new Dictionary<string, int>(count, StringComparer.Ordinal);
        isSeller = new bool[count];
        for (var i = 0; i < count; i++)
        {
            index[ids[i]] = i;
            isSeller[i] = sellerSet.Contains(ids[i]);
        }

        coverage = new double[count];
        coveringSeller = new int[count];
        knownBySeller = new bool[count];
        lastSellerInteraction = new DateTime?[count];
        for (var i = 0; i < count; i++)
        {
            coveringSeller[i] = -1;
        }

        damping = options.CentralityDamping;
        var strongest = new Dictionary<long, double>(plan.Relationships.Count, PairKeyComparer.Instance);
        listening = new List<DirectedLink>();
        var listeningStrongest = new Dictionary<long, double>(PairKeyComparer.Instance);
        foreach (var relationship in plan.Relationships)
        {
            if (!index.TryGetValue(relationship.From, out var from) || !index.TryGetValue(relationship.To, out var to) || from == to)
            {
                continue;
            }

            var strength = DecayedStrength(relationship, asOf, options);
            switch (relationship.Kind)
            {
                case RelationshipKind.Knows:
                    RecordCoverage(from, to, strength, relationship.LastInteraction);
                    RecordCoverage(to, from, strength, relationship.LastInteraction);
                    break;
                case RelationshipKind.Influences:
                    // Authority flows from the influenced to the influencer: the influenced listens to them.
                    KeepStrongest(listeningStrongest, Pair(to, from), strength);
                    break;
                case RelationshipKind.ReportsTo:
                    KeepStrongest(listeningStrongest, Pair(from, to), strength);
                    break;
                default:
                    // Opposes is never travelled and carries no authority.
                    continue;
            }

            if (strength > 0)
            {
                KeepStrongest(strongest, Pair(Math.Min(from, to), Math.Max(from, to)), strength);
            }
        }

        travel = BuildTravelGraph(count, strongest, isSeller);
        travelWithoutSource = new FilteredUndirectedGraph<int, AccountEdge, UndirectedGraph<int, AccountEdge>>(travel, v => v != count, _ => true);
        bestPredecessors = ShortestPaths(travel, count);

        foreach (var pair in SortedKeys(listeningStrongest))
        {
            listening.Add(new DirectedLink((int)(pair >> 32), (int)(pair & 0xFFFFFFFF), listeningStrongest[pair]));
        }

        centrality = new Lazy<double[]>(ComputeCentrality, LazyThreadSafetyMode.ExecutionAndPublication);
        cutTree = new Lazy<CutTree>(ComputeCutTree, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The virtual vertex joined to every seller at no cost: one shortest-path run from it reaches everyone from the nearest seller.</summary>
    public int Source => ids.Length;

    public int VertexCount => ids.Length;

    public string IdOf(int vertex) => ids[vertex];

    public bool IsSeller(int vertex) => isSeller[vertex];

    public bool TryGetVertex(string id, out int vertex) => index.TryGetValue(id, out vertex);

    public double CoverageOf(int vertex) => coverage[vertex];

    public int CoveringSellerOf(int vertex) => coveringSeller[vertex];

    public bool IsKnownBySeller(int vertex) => knownBySeller[vertex];

    public DateTime? LastSellerInteraction(int vertex) => lastSellerInteraction[vertex];

    public double CentralityOf(int vertex) => centrality.Value[vertex];

    public static double DecayedStrength(Relationship relationship, DateTime asOf, AnalysisOptions options)
    {
        var strength = relationship.Kind == RelationshipKind.ReportsTo && relationship.Strength == Relationship.DefaultStrength
            ? options.ReportsToStrength
            : relationship.Strength;
        return Decay.Apply(strength, relationship.LastInteraction, asOf, options.DecayHalfLifeDays);
    }

    /// <summary>The strongest path from any seller to <paramref name="vertex"/>, seller first; <see langword="null"/> when none.</summary>
    public int[]? BestPathTo(int vertex, out double strength)
    {
        strength = 0;
        if (isSeller[vertex] || !bestPredecessors.ContainsKey(vertex))
        {
            return null;
        }

        var reversed = new List<int>();
        strength = 1;
        var current = vertex;
        while (current != Source)
        {
            reversed.Add(current);
            var edge = bestPredecessors[current];
            var next = edge.Other(current);
            if (next != Source)
            {
                strength *= edge.Strength;
            }

            current = next;
        }

        reversed.Reverse();
        return reversed.ToArray();
    }

    /// <summary>The best path from each seller to <paramref name="vertex"/>, found by one shortest-path run from the person.</summary>
    public List<(int[] Path, double Strength)> PathsFromSellers(int vertex)
    {
        var result = new List<(int[] Path, double Strength)>();
        if (isSeller[vertex])
        {
            return result;
        }

        var predecessors = ShortestPaths(travelWithoutSource, vertex);
        for (var seller = 0; seller < ids.Length; seller++)
        {
            if (!isSeller[seller] || !predecessors.ContainsKey(seller))
            {
                continue;
            }

            // Walking predecessors from the seller back to the person yields the path seller first.
            var path = new List<int>();
            var strength = 1.0;
            var current = seller;
            while (current != vertex)
            {
                path.Add(current);
                var edge = predecessors[current];
                strength *= edge.Strength;
                current = edge.Other(current);
            }

            path.Add(vertex);
            result.Add((path.ToArray(), strength));
        }

        result.Sort((a, b) =>
        {
            var byStrength = b.Strength.CompareTo(a.Strength);
            return byStrength != 0 ? byStrength : string.CompareOrdinal(ids[a.Path[0]], ids[b.Path[0]]);
        });
        return result;
    }

    /// <summary>
    /// The vertices (sellers or people, never <paramref name="vertex"/> itself) that lie on every path from our team to
    /// <paramref name="vertex"/>, seller side first. Empty when the person is not reachable at all.
    /// </summary>
    /// <remarks>
    /// A vertex lies on every path from the virtual source to the person exactly when it is a cut vertex between them:
    /// in a depth-first tree from the source, an ancestor v of the person whose child c on the way down has
    /// low(c) &gt;= discovery(v) (nothing below c reaches above v without v). One depth-first search, made once and
    /// shared by every person, answers for all of them; removing each vertex of the best path in turn and searching
    /// again gives the same answer at the cost of one search per vertex of the path.
    /// </remarks>
    public List<int> ChokePoints(int vertex)
    {
        var result = new List<int>();
        var tree = cutTree.Value;
        if (isSeller[vertex] || tree.Discovery[vertex] < 0)
        {
            return result;
        }

        var child = vertex;
        var ancestor = tree.Parent[vertex];
        while (ancestor != Source)
        {
            if (tree.Low[child] >= tree.Discovery[ancestor])
            {
                result.Add(ancestor);
            }

            child = ancestor;
            ancestor = tree.Parent[ancestor];
        }

        result.Reverse();
        return result;
    }

    /// <summary>An iterative depth-first search from the virtual source recording discovery times and low points.</summary>
    private CutTree ComputeCutTree()
    {
        var n = travel.VertexCount;

        // Neighbours copied once into flat arrays: QuikGraph's AdjacentDegree walks the adjacency list on every call.
        var firstNeighbour = new int[n + 1];
        var neighbours = new int[2 * travel.EdgeCount];
        var at = 0;
        for (var v = 0; v < n; v++)
        {
            firstNeighbour[v] = at;
            foreach (var edge in travel.AdjacentEdges(v))
            {
                neighbours[at++] = edge.Other(v);
            }
        }

        firstNeighbour[n] = at;
        var discovery = new int[n];
        var low = new int[n];
        var parent = new int[n];
        var nextEdge = new int[n];
        for (var v = 0; v < n; v++)
        {
            discovery[v] = -1;
            parent[v] = -1;
        }

        var stack = new Stack<int>();
        var time = 0;
        discovery[Source] = low[Source] = time++;
        stack.Push(Source);
        while (stack.Count > 0)
        {
            var v = stack.Peek();
            if (firstNeighbour[v] + nextEdge[v] < firstNeighbour[v + 1])
            {
                var w = neighbours[firstNeighbour[v] + nextEdge[v]++];
                if (discovery[w] < 0)
                {
                    parent[w] = v;
                    discovery[w] = low[w] = time++;
                    stack.Push(w);
                }
                else if (w != parent[v] && discovery[w] < low[v])
                {
                    // Pairs carry one merged link each, so the link back to the parent is the tree edge itself.
                    low[v] = discovery[w];
                }
            }
            else
            {
                stack.Pop();
                var p = parent[v];
                if (p >= 0 && low[v] < low[p])
                {
                    low[p] = low[v];
                }
            }
        }

        return new CutTree(discovery, low, parent);
    }

    private static IDictionary<int, AccountEdge> ShortestPaths(IUndirectedGraph<int, AccountEdge> graph, int root)
    {
        var dijkstra = new UndirectedDijkstraShortestPathAlgorithm<int, AccountEdge>(graph, e => e.Weight);
        var recorder = new UndirectedVertexPredecessorRecorderObserver<int, AccountEdge>();
        using (recorder.Attach(dijkstra))
        {
            dijkstra.Compute(root);
        }

        return recorder.VerticesPredecessors;
    }

    private static UndirectedGraph<int, AccountEdge> BuildTravelGraph(int count, Dictionary<long, double> strongest, bool[] isSeller)
    {
        // Pairs are already merged to their strongest link, so the duplicate check of allowParallelEdges: false (a scan
        // of the adjacency per edge added) would only cost time.
        var graph = new UndirectedGraph<int, AccountEdge>(allowParallelEdges: true);
        for (var v = 0; v <= count; v++)
        {
            graph.AddVertex(v);
        }

        foreach (var pair in SortedKeys(strongest))
        {
            graph.AddEdge(new AccountEdge((int)(pair >> 32), (int)(pair & 0xFFFFFFFF), strongest[pair]));
        }

        for (var v = 0; v < count; v++)
        {
            if (isSeller[v])
            {
                graph.AddEdge(new AccountEdge(v, count, 1.0));
            }
        }

        return graph;
    }

    private void RecordCoverage(int person, int other, double strength, DateTime? lastInteraction)
    {
        if (isSeller[person] || !isSeller[other] || !(strength > 0))
        {
            return;
        }

        knownBySeller[person] = true;

        // Vertices are in ordinal id order, so the lower index is the lower seller id among equally strong ones.
        if (strength > coverage[person] || (strength == coverage[person] && (coveringSeller[person] < 0 || other < coveringSeller[person])))
        {
            coverage[person] = strength;
            coveringSeller[person] = other;
        }

        if (lastInteraction is { } date && (lastSellerInteraction[person] is not { } known || date > known))
        {
            lastSellerInteraction[person] = date;
        }
    }

    /// <summary>
    /// Network centrality: a weighted PageRank over the "listens to" links (the influenced listens to the influencer, a
    /// report to their manager), computed by power iteration over vertices and links in ordinal order so that it is
    /// deterministic. PageRank rather than degree because authority is transitive: the analyst the CFO listens to matters
    /// more than the analyst a team lead listens to. Scores are rescaled so that a person no one listens to gets 0 and the
    /// most listened-to person gets 1.
    /// </summary>
    private double[] ComputeCentrality()
    {
        var n = ids.Length;
        var result = new double[n];
        if (n == 0 || listening.Count == 0)
        {
            return result;
        }

        var outWeight = new double[n];
        foreach (var link in listening)
        {
            outWeight[link.From] += link.Strength;
        }

        // Flat arrays with each link's share of its listener's attention, so the iterations only multiply and add.
        var linkFrom = new int[listening.Count];
        var linkTo = new int[listening.Count];
        var linkShare = new double[listening.Count];
        for (var k = 0; k < listening.Count; k++)
        {
            var link = listening[k];
            linkFrom[k] = link.From;
            linkTo[k] = link.To;
            linkShare[k] = outWeight[link.From] > 0 ? damping * link.Strength / outWeight[link.From] : 0;
        }

        var rank = new double[n];
        var next = new double[n];
        for (var i = 0; i < n; i++)
        {
            rank[i] = 1.0 / n;
        }

        var floor = 0.0;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            // Someone who listens to no one spreads their authority evenly, so that the ranks keep summing to 1.
            var dangling = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (!(outWeight[i] > 0))
                {
                    dangling += rank[i];
                }
            }

            floor = ((1 - damping) + (damping * dangling)) / n;
            for (var i = 0; i < n; i++)
            {
                next[i] = floor;
            }

            for (var k = 0; k < linkFrom.Length; k++)
            {
                next[linkTo[k]] += rank[linkFrom[k]] * linkShare[k];
            }

            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                change += Math.Abs(next[i] - rank[i]);
            }

            (rank, next) = (next, rank);
            if (change < 1e-12)
            {
                break;
            }
        }

        var max = 0.0;
        for (var i = 0; i < n; i++)
        {
            max = Math.Max(max, rank[i]);
        }

        if (max - floor <= 1e-15)
        {
            return result;
        }

        for (var i = 0; i < n; i++)
        {
            result[i] = Math.Max(0, Math.Min(1, (rank[i] - floor) / (max - floor)));
        }

        return result;
    }

    private static long Pair(int a, int b) => ((long)a << 32) | (uint)b;

    private static void KeepStrongest(Dictionary<long, double> map, long key, double strength)
    {
        if (!map.TryGetValue(key, out var known) || strength > known)
        {
            map[key] = strength;
        }
    }

    private static long[] SortedKeys(Dictionary<long, double> map)
    {
        var keys = new long[map.Count];
        map.Keys.CopyTo(keys, 0);
        Array.Sort(keys);
        return keys;
    }

    private sealed class CutTree
    {
        public CutTree(int[] discovery, int[] low, int[] parent)
        {
            Discovery = discovery;
            Low = low;
            Parent = parent;
        }

        public int[] Discovery { get; }

        public int[] Low { get; }

        public int[] Parent { get; }
    }

    private readonly struct DirectedLink
    {
        public DirectedLink(int from, int to, double strength)
        {
            From = from;
            To = to;
            Strength = strength;
        }

        public int From { get; }

        public int To { get; }

        public double Strength { get; }
    }
}
