using System;
using System.Collections.Generic;
using System.Threading;
using BuyingCenter.Analysis;
using QuikGraph;
using QuikGraph.Algorithms.Search;
using QuikGraph.Algorithms.ShortestPath;

namespace BuyingCenter.Graph;

/// <summary>
/// The account as a graph: sellers and people as vertices (indexed in ordinal id order, so that the graph and every
/// result are the same whatever the order of the plan's arrays), relationships as edges with strengths decayed to the
/// as-of date. Built once per analysis and only read afterwards, so it is safe to query from many threads.
/// </summary>
/// <remarks>
/// The travel graph is one graph per analysis (<see cref="TravelGraph"/>, in the form QuikGraph's searches read), searched
/// with QuikGraph's Dijkstra and breadth-first search rather than hand-written ones. Strongest path = shortest path under
/// the weight -log(strength), so a product of strengths becomes a sum. Links are ordered and deduplicated beforehand
/// (<see cref="LinkList"/>, no hashing), and search results are kept as arrays indexed by vertex so that reading a path
/// costs no dictionary look-up.
/// </remarks>
internal sealed class AccountGraph
{
    private const int SearchStart = -2;
    private const int Unreached = -1;

    private static readonly AccountEdge[] NoEdges = Array.Empty<AccountEdge>();

    /// <summary>Up to this many parties, listing every seller's path reads shared per-seller trees rather than searching per person.</summary>
    private const int SharedTreesLimit = 4096;

    private readonly string[] ids;
    private readonly Dictionary<string, int> index;
    private readonly bool[] isSeller;
    private readonly int[] sellers;
    private readonly double[] coverage;
    private readonly int[] coveringSeller;
    private readonly bool[] knownBySeller;
    private readonly DateTime?[] lastSellerInteraction;
    private readonly int root;
    private readonly TravelGraph travel;
    private readonly ShortestPathTree best;
    private readonly Lazy<SellerTrees> fromEachSeller;
    private readonly int?[] sellerLevel;
    private readonly Dictionary<int, SellerSetSearch> fromSellersOfLevel = new();
    private readonly DirectedLink[] listening;
    private readonly Lazy<double[]> centrality;
    private readonly double damping;
    private readonly List<Relationship>? opposes;

    public AccountGraph(AccountPlan plan, DateTime asOf, AnalysisOptions options)
    {
        // Numbered once per plan, in ordinal id order (see PartyOrdinals); the graph only reads the numbers.
        var ordinals = plan.Ordinals;
        ids = ordinals.Ids;
        index = ordinals.Index;
        var count = ids.Length;
        isSeller = new bool[count];
        var sellerList = new List<int>(plan.Sellers.Count);
        foreach (var seller in plan.Sellers)
        {
            if (seller.Id is not null && index.TryGetValue(seller.Id, out var vertex) && !isSeller[vertex])
            {
                isSeller[vertex] = true;
                sellerList.Add(vertex);
            }
        }

        sellerList.Sort();
        sellers = sellerList.ToArray();
        sellerLevel = new int?[count];
        foreach (var seller in plan.Sellers)
        {
            if (seller.Id is not null && index.TryGetValue(seller.Id, out var vertex) && sellerLevel[vertex] is null)
            {
                sellerLevel[vertex] = seller.Level;
            }
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
        // Sized by kind first: a link list per kind at the full relationship count was a tenth of a small review's allocations.
        var travelCount = 0;
        var listeningCount = 0;
        foreach (var relationship in plan.Relationships)
        {
            travelCount += relationship.Kind == RelationshipKind.Opposes ? 0 : 1;
            listeningCount += relationship.Kind is RelationshipKind.Influences or RelationshipKind.ReportsTo ? 1 : 0;
        }

        var travelLinks = new LinkList(travelCount);
        var listeningLinks = new LinkList(listeningCount);
        var relationships = plan.Relationships;
        for (var r = 0; r < relationships.Count; r++)
        {
            var relationship = relationships[r];
            if (relationship.Kind == RelationshipKind.Opposes)
            {
                (opposes ??= new List<Relationship>()).Add(relationship);
            }

            var from = ordinals.From[r];
            var to = ordinals.To[r];
            if (from < 0 || to < 0 || from == to)
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
                    listeningLinks.Add(to, from, strength);
                    break;
                case RelationshipKind.ReportsTo:
                    listeningLinks.Add(from, to, strength);
                    break;
                default:
                    // Opposes is never travelled and carries no authority.
                    continue;
            }

            if (strength > 0)
            {
                travelLinks.Add(Math.Min(from, to), Math.Max(from, to), strength);
            }
        }

        // Ordering the links orders the edges deterministically and puts duplicates side by side, where the strongest is kept.
        travelLinks.SortKeepingStrongest(count);
        listeningLinks.SortKeepingStrongest(count);
        root = count;
        travel = new TravelGraph(count, travelLinks, sellers);
        best = ShortestPaths(root);
        fromEachSeller = new Lazy<SellerTrees>(TreesFromEachSeller, LazyThreadSafetyMode.ExecutionAndPublication);

        listening = new DirectedLink[listeningLinks.Count];
        for (var i = 0; i < listening.Length; i++)
        {
            listening[i] = new DirectedLink(listeningLinks.Source(i), listeningLinks.Target(i), listeningLinks.Strength(i));
        }

        centrality = new Lazy<double[]>(ComputeCentrality, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public int VertexCount => ids.Length;

    /// <summary>The plan's Opposes relationships in plan order, as written (unknown ids and all), for readers who would otherwise scan every relationship.</summary>
    public IReadOnlyList<Relationship> Opposes => opposes ?? (IReadOnlyList<Relationship>)Array.Empty<Relationship>();

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
        if (isSeller[vertex] || best.Predecessor[vertex] == Unreached)
        {
            return null;
        }

        // Walked twice, to size the path and then to fill it seller first, rather than through a list reversed and copied.
        strength = 1;
        var length = 1;
        var current = vertex;
        while (best.Predecessor[current] != root)
        {
            strength *= best.EdgeStrength[current];
            current = best.Predecessor[current];
            length++;
        }

        var path = new int[length];
        current = vertex;
        for (var i = length - 1; i >= 0; i--)
        {
            path[i] = current;
            current = best.Predecessor[current];
        }

        return path;
    }

    /// <summary>
    /// The best path from each seller to <paramref name="vertex"/>. The graph is undirected, so the best path from a seller
    /// to the person is also the best path of that seller's own shortest-path tree. Small accounts grow one tree per
    /// seller once and share them among every person asked about; large accounts instead search outward from the person
    /// and stop as soon as every seller is settled, since sellers know many people and sit a few steps away.
    /// </summary>
    public List<(int[] Path, double Strength)> PathsFromSellers(int vertex)
    {
        var result = new List<(int[] Path, double Strength)>();
        if (isSeller[vertex])
        {
            return result;
        }

        if (ids.Length <= SharedTreesLimit)
        {
            var trees = fromEachSeller.Value;
            for (var s = 0; s < sellers.Length; s++)
            {
                AddPathFromTree(result, trees[s], sellers[s], vertex);
            }
        }
        else
        {
            var search = ShortestPaths(vertex, stopWhenSellersSettled: true);
            foreach (var seller in sellers)
            {
                if (search.Predecessor[seller] == Unreached)
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
                    strength *= search.EdgeStrength[current];
                    current = search.Predecessor[current];
                }

                path.Add(vertex);
                result.Add((path.ToArray(), strength));
            }
        }

        result.Sort((a, b) =>
        {
            var byStrength = b.Strength.CompareTo(a.Strength);
            return byStrength != 0 ? byStrength : string.CompareOrdinal(ids[a.Path[0]], ids[b.Path[0]]);
        });
        return result;
    }

    /// <summary>
    /// The strongest path to <paramref name="vertex"/> from a seller of at least <paramref name="minimumSellerLevel"/>
    /// (a seller of unknown level never qualifies), or from any seller when it is <see langword="null"/>; ties go to the
    /// lower seller id. The same path <see cref="PathsFromSellers"/> lists first among those sellers, without listing the
    /// others: it comes from one multi-source search per distinct set of qualifying sellers, kept per analysis and grown
    /// only as far as the people asked about. A whole tree per qualifying seller (what small accounts used) settled
    /// everyone once per seller, where a portfolio asks about one person per opportunity; a search per person (what large
    /// accounts used) had to settle every seller, most of the graph, and ran again for every question.
    /// </summary>
    public int[]? StrongestPathFromSellers(int vertex, int? minimumSellerLevel, out double strength)
    {
        strength = 0;
        if (isSeller[vertex])
        {
            return null;
        }

        var tree = TreeFromSellersOfLevel(minimumSellerLevel, vertex);
        if (tree is null || tree.Predecessor[vertex] == Unreached)
        {
            return null;
        }

        // The path starts at the seller the root's edge leads to; from there it reads like a path of one seller's tree.
        var seller = vertex;
        while (tree.Predecessor[seller] != root)
        {
            seller = tree.Predecessor[seller];
        }

        var path = new List<(int[] Path, double Strength)>(1);
        AddPathFromTree(path, tree, seller, vertex);
        strength = path[0].Strength;
        return path[0].Path;
    }

    private bool Qualifies(int seller, int? minimumSellerLevel) =>
        minimumSellerLevel is not { } minimum || (sellerLevel[seller] is { } level && level >= minimum);

    /// <summary>
    /// The search from the sellers qualifying at <paramref name="minimumSellerLevel"/>, grown at least until
    /// <paramref name="vertex"/> is settled. Each set of qualifying sellers keeps its furthest search; a vertex settled
    /// before the search stopped has its final path, so a person settled earlier is read from it without searching again.
    /// </summary>
    private ShortestPathTree? TreeFromSellersOfLevel(int? minimumSellerLevel, int vertex)
    {
        // Levels that qualify the same sellers share one search: the key is the lowest qualifying seller level.
        var key = int.MinValue;
        if (minimumSellerLevel is { } minimum)
        {
            key = int.MaxValue;
            foreach (var seller in sellers)
            {
                if (sellerLevel[seller] is { } level && level >= minimum && level < key)
                {
                    key = level;
                }
            }
        }

        if (key == int.MaxValue)
        {
            // No seller qualifies: nothing to search from.
            return null;
        }

        SellerSetSearch? search;
        lock (fromSellersOfLevel)
        {
            if (!fromSellersOfLevel.TryGetValue(key, out search))
            {
                search = new SellerSetSearch();
                fromSellersOfLevel.Add(key, search);
            }
        }

        lock (search)
        {
            if (search.Tree is null || (!search.Complete && !search.Settled![vertex]))
            {
                search.Tree = ShortestPathsFromSellers(key == int.MinValue ? null : key, vertex, out var settled, out var complete);
                search.Settled = settled;
                search.Complete = complete;
            }

            return search.Tree;
        }
    }

    /// <summary>
    /// QuikGraph's Dijkstra from the virtual root, whose edges to the sellers who do not qualify weigh infinity so that
    /// the search starts from the qualifying sellers only (the others are still travelled through, as in any path); it
    /// stops once <paramref name="stopAt"/> is settled. Between equally strong paths the lower seller id wins, as in
    /// <see cref="PathsFromSellers"/>: each vertex remembers the seller its path starts from, and an equally short edge
    /// from the path of a lower seller takes over a vertex not yet settled.
    /// </summary>
    private ShortestPathTree ShortestPathsFromSellers(int? minimumSellerLevel, int stopAt, out bool[] settled, out bool complete)
    {
        var count = ids.Length;
        var predecessor = new int[count + 1];
        var edgeStrength = new double[count + 1];
        var distance = new double[count + 1];
        var origin = new int[count + 1];
        var finished = new bool[count + 1];
        for (var i = 0; i < predecessor.Length; i++)
        {
            predecessor[i] = Unreached;
            origin[i] = int.MaxValue;
        }

        predecessor[root] = SearchStart;
        var qualifies = new bool[count];
        foreach (var seller in sellers)
        {
            qualifies[seller] = Qualifies(seller, minimumSellerLevel);
        }

        double Weight(AccountEdge edge) => edge.Source == root && !qualifies[edge.Target] ? double.PositiveInfinity : edge.Weight;
        var dijkstra = new DijkstraShortestPathAlgorithm<int, AccountEdge>(travel, Weight);
        dijkstra.TreeEdge += edge =>
        {
            predecessor[edge.Target] = edge.Source;
            edgeStrength[edge.Target] = edge.Strength;
            distance[edge.Target] = distance[edge.Source] + edge.Weight;
            origin[edge.Target] = edge.Source == root ? edge.Target : origin[edge.Source];
        };
        dijkstra.EdgeNotRelaxed += edge =>
        {
            // The same sum QuikGraph compares (distance + weight), so "equally short" means exactly what it means to the search.
            if (!finished[edge.Target] && edge.Source != root && origin[edge.Source] < origin[edge.Target]
                && distance[edge.Source] + edge.Weight == distance[edge.Target])
            {
                predecessor[edge.Target] = edge.Source;
                edgeStrength[edge.Target] = edge.Strength;
                origin[edge.Target] = origin[edge.Source];
            }
        };
        var stopped = false;
        dijkstra.FinishVertex += v =>
        {
            finished[v] = true;
            if (v == stopAt)
            {
                stopped = true;
                dijkstra.Abort();
            }
        };
        dijkstra.Compute(root);
        settled = finished;
        complete = !stopped;
        return new ShortestPathTree(predecessor, edgeStrength);
    }

    private static void AddPathFromTree(List<(int[] Path, double Strength)> result, ShortestPathTree tree, int seller, int vertex)
    {
        if (tree.Predecessor[vertex] == Unreached)
        {
            return;
        }

        var reversed = new List<int>();
        var current = vertex;
        while (current != seller)
        {
            reversed.Add(current);
            current = tree.Predecessor[current];
        }

        reversed.Add(current);
        reversed.Reverse();

        // Multiplied seller side first, as the path reads.
        var strength = 1.0;
        for (var i = 1; i < reversed.Count; i++)
        {
            strength *= tree.EdgeStrength[reversed[i]];
        }

        result.Add((reversed.ToArray(), strength));
    }

    /// <summary>
    /// The vertices (sellers or people, never <paramref name="vertex"/> itself) that lie on every path from our team to
    /// <paramref name="vertex"/>, in path order. Any such vertex lies on the best path too, so only the best path's vertices
    /// are candidates: each is removed in turn and a breadth-first search tells whether the person is still reachable.
    /// Empty when the person is not reachable at all.
    /// </summary>
    public List<int> ChokePoints(int vertex)
    {
        var result = new List<int>();
        var path = BestPathTo(vertex, out _);
        if (path is null)
        {
            return result;
        }

        // One colour map and queue serve every search of this question: each search starts by whitening every vertex.
        var colors = new Dictionary<int, GraphColor>(ids.Length + 1);
        var queue = new QuikGraph.Collections.Queue<int>();
        for (var i = 0; i < path.Length - 1; i++)
        {
            if (!IntroducedWithout(vertex, path[i]) && !Reachable(vertex, path[i], colors, queue))
            {
                result.Add(path[i]);
            }
        }

        return result;
    }

    /// <summary>
    /// The common case settled without a search: a seller other than <paramref name="without"/> knows the person, or knows
    /// someone (other than <paramref name="without"/>) who knows the person. Then the person is reachable without them.
    /// <see langword="false"/> settles nothing: <see cref="Reachable"/> decides.
    /// </summary>
    private bool IntroducedWithout(int target, int without)
    {
        for (var e = travel.FirstEdgeOf(target); e < travel.FirstEdgeOf(target + 1); e++)
        {
            var next = travel.EdgeAt(e).Target;
            if (next == without)
            {
                continue;
            }

            if (isSeller[next])
            {
                return true;
            }

            for (var f = travel.FirstEdgeOf(next); f < travel.FirstEdgeOf(next + 1); f++)
            {
                var second = travel.EdgeAt(f).Target;
                if (second != without && isSeller[second])
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a breadth-first search from every seller (the virtual root) still finds <paramref name="target"/> once
    /// <paramref name="without"/> is taken out. Taking it out = never leaving it: the search may reach it but goes no
    /// further. Once the target is found the search stops expanding, so the rest of the queue drains at once; this
    /// rather than <c>Abort</c>, which stops a QuikGraph search by throwing and catching an exception.
    /// </summary>
    private bool Reachable(int target, int without, Dictionary<int, GraphColor> colors, QuikGraph.Collections.Queue<int> queue)
    {
        var found = false;
        var examined = Unreached;
        var search = new BreadthFirstSearchAlgorithm<int, AccountEdge>(
            null,
            travel,
            queue,
            colors,
            edges => found || examined == without ? NoEdges : edges);
        search.ExamineVertex += v => examined = v;
        search.DiscoverVertex += v => found |= v == target;
        search.Compute(root);
        return found;
    }

    private SellerTrees TreesFromEachSeller() => new(this);

    /// <summary>
    /// QuikGraph's Dijkstra from <paramref name="from"/> on the weight -log(strength); the tree edges are recorded straight
    /// into arrays (the last relaxation of a vertex is its shortest-path predecessor). Vertices and edges were added in ordinal
    /// id order, so QuikGraph visits them in a fixed order and ties between equally strong paths break the same way whatever
    /// the order of the plan's arrays.
    /// </summary>
    private ShortestPathTree ShortestPaths(int from, bool stopWhenSellersSettled = false)
    {
        var count = ids.Length;
        var predecessor = new int[count + 1];
        var edgeStrength = new double[count + 1];
        for (var i = 0; i < predecessor.Length; i++)
        {
            predecessor[i] = Unreached;
        }

        predecessor[from] = SearchStart;
        edgeStrength[from] = 1;
        var dijkstra = new DijkstraShortestPathAlgorithm<int, AccountEdge>(travel, WeightOf);
        dijkstra.TreeEdge += edge =>
        {
            predecessor[edge.Target] = edge.Source;
            edgeStrength[edge.Target] = edge.Strength;
        };
        if (stopWhenSellersSettled)
        {
            // A finished vertex's distance is final, so once every seller is finished their paths are known.
            var sellersLeft = sellers.Length;
            dijkstra.FinishVertex += v =>
            {
                if (v < count && isSeller[v] && --sellersLeft == 0)
                {
                    dijkstra.Abort();
                }
            };
        }

        dijkstra.Compute(from);
        return new ShortestPathTree(predecessor, edgeStrength);
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
    /// <remarks>
    /// Hand-written on purpose: QuikGraph's PageRankAlgorithm treats every link alike, whereas a strong, recent
    /// relationship must carry more authority than a weak or stale one.
    /// </remarks>
    private double[] ComputeCentrality()
    {
        var n = ids.Length;
        var result = new double[n];
        if (n == 0 || listening.Length == 0)
        {
            return result;
        }

        var outWeight = new double[n];
        foreach (var link in listening)
        {
            outWeight[link.From] += link.Strength;
        }

        // Laid out once for the iterations: the links that carry authority (their listener listens to someone with a
        // strength above 0), grouped by the person listened to and, within that, in link order; and the people who listen
        // to no one, in vertex order. Each person's new rank is then one sum of their incoming shares, added in the
        // same order as when every link pushed its share in turn, so the ranks are the same to the last bit.
        var firstIn = new int[n + 1];
        foreach (var link in listening)
        {
            firstIn[link.To + 1] += outWeight[link.From] > 0 ? 1 : 0;
        }

        for (var i = 0; i < n; i++)
        {
            firstIn[i + 1] += firstIn[i];
        }

        var filled = new int[n];
        var inFrom = new int[firstIn[n]];
        var inShare = new double[firstIn[n]];
        var inFromWeight = new double[firstIn[n]];
        foreach (var link in listening)
        {
            if (!(outWeight[link.From] > 0))
            {
                continue;
            }

            var at = firstIn[link.To] + filled[link.To]++;
            inFrom[at] = link.From;
            inShare[at] = link.Strength;
            inFromWeight[at] = outWeight[link.From];
        }

        var danglingCount = 0;
        for (var i = 0; i < n; i++)
        {
            danglingCount += outWeight[i] > 0 ? 0 : 1;
        }

        var danglingVertices = new int[danglingCount];
        danglingCount = 0;
        for (var i = 0; i < n; i++)
        {
            if (!(outWeight[i] > 0))
            {
                danglingVertices[danglingCount++] = i;
            }
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
            foreach (var i in danglingVertices)
            {
                dangling += rank[i];
            }

            floor = ((1 - damping) + (damping * dangling)) / n;
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                var sum = floor;
                for (var k = firstIn[i]; k < firstIn[i + 1]; k++)
                {
                    sum += damping * rank[inFrom[k]] * inShare[k] / inFromWeight[k];
                }

                next[i] = sum;
                change += Math.Abs(sum - rank[i]);
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

    private static double WeightOf(AccountEdge edge) => edge.Weight;

    /// <summary>One search's result: each vertex's predecessor (<see cref="SearchStart"/> for where the search started, <see cref="Unreached"/>) and the strength of the edge from it.</summary>
    private sealed class ShortestPathTree
    {
        public ShortestPathTree(int[] predecessor, double[] edgeStrength)
        {
            Predecessor = predecessor;
            EdgeStrength = edgeStrength;
        }

        public int[] Predecessor { get; }

        public double[] EdgeStrength { get; }
    }

    /// <summary>
    /// One shortest-path tree per seller (in <see cref="sellers"/> order), each grown on first use: a question about
    /// sellers of one level needs only their trees. The root's edges only leave it, so a search from one seller never
    /// crosses to another seller through it. Two threads asking at once may both grow a tree; they grow the same one.
    /// </summary>
    private sealed class SellerTrees
    {
        private readonly AccountGraph graph;
        private readonly ShortestPathTree?[] trees;

        public SellerTrees(AccountGraph graph)
        {
            this.graph = graph;
            trees = new ShortestPathTree?[graph.sellers.Length];
        }

        public ShortestPathTree this[int s]
        {
            get
            {
                var tree = Volatile.Read(ref trees[s]);
                if (tree is null)
                {
                    tree = graph.ShortestPaths(graph.sellers[s]);
                    tree = Interlocked.CompareExchange(ref trees[s], tree, null) ?? tree;
                }

                return tree;
            }
        }
    }

    /// <summary>The furthest search so far from one set of qualifying sellers, and which vertices it settled.</summary>
    private sealed class SellerSetSearch
    {
        public ShortestPathTree? Tree { get; set; }

        public bool[]? Settled { get; set; }

        public bool Complete { get; set; }
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
