using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using QuikGraph;

namespace BuyingCenter.Graph;

/// <summary>
/// The links people can be reached through, as QuikGraph's searches read a graph (<see cref="IVertexListGraph{TVertex,TEdge}"/>):
/// vertices 0 to n - 1 and every vertex's out-edges in one array, in target order. Every link is two edges, one each
/// way, and a virtual root (the last vertex) has an edge of strength 1 to each seller and none back: one search from the
/// root reaches everyone from the nearest seller, and a search from a seller never crosses to another seller through it.
/// </summary>
/// <remarks>
/// Made at its final size by a <see cref="Builder"/>, and only read afterwards, so it is safe to search from many threads.
/// QuikGraph's <see cref="AdjacencyGraph{TVertex,TEdge}"/> keeps a dictionary of edge lists, filled edge by edge: on a
/// 40-person account building it cost about as much as the Dijkstra search that followed, and on large accounts every
/// search paid a dictionary look-up per vertex. All edges are in one array, each vertex's in one run of it: an array per
/// vertex was a hundred thousand objects on a large account, which the garbage collector copied from generation to
/// generation while the analysis lived. The array holds each edge's far end, strength and facts only (12 bytes, where an
/// <see cref="AccountEdge"/> with its source takes 24): the source is the vertex whose run it is in, so the edges QuikGraph
/// reads are made from it when asked. That is about 3.9 KB less per 40-person account (some 330 edges) for the whole
/// life of its analysis.
/// </remarks>
internal sealed class TravelGraph : IVertexListGraph<int, AccountEdge>
{
    private readonly TravelHop[] edges;
    private readonly int[] firstEdge;
    private readonly int vertexCount;

    private TravelGraph(TravelHop[] edges, int[] firstEdge)
    {
        this.edges = edges;
        this.firstEdge = firstEdge;
        vertexCount = firstEdge.Length - 1;
    }

    public bool IsDirected => true;

    public bool AllowParallelEdges => false;

    public bool IsVerticesEmpty => vertexCount == 0;

    public int VertexCount => vertexCount;

    /// <summary>0 to n, for QuikGraph's searches (the tests' oracle): counted when read, not kept in an array.</summary>
    public IEnumerable<int> Vertices => Enumerable.Range(0, vertexCount);

    public bool ContainsVertex(int vertex) => (uint)vertex < (uint)vertexCount;

    public bool IsOutEdgesEmpty(int vertex) => OutDegree(vertex) == 0;

    public int OutDegree(int vertex) => firstEdge[vertex + 1] - firstEdge[vertex];

    /// <summary>The edges leaving <paramref name="vertex"/>, in target order: read-only, for searches to enumerate.</summary>
    public IEnumerable<AccountEdge> OutEdges(int vertex) => new EdgeRun(edges, vertex, firstEdge[vertex], firstEdge[vertex + 1]);

    public AccountEdge OutEdge(int vertex, int index) =>
        (uint)index < (uint)OutDegree(vertex) ? edges[firstEdge[vertex] + index].From(vertex) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>
    /// Every vertex's edges, vertex after vertex, for the graph's own loops, which need no enumerator: vertex v's run is from
    /// <see cref="FirstHops"/>[v] to <see cref="FirstHops"/>[v + 1], and its source is v. Read only.
    /// </summary>
    public TravelHop[] Hops => edges;

    /// <summary>Per vertex (and one past the last), where its run of <see cref="Hops"/> starts. Read only.</summary>
    public int[] FirstHops => firstEdge;

    public bool TryGetOutEdges(int vertex, out IEnumerable<AccountEdge> edges)
    {
        if (!ContainsVertex(vertex))
        {
            edges = Array.Empty<AccountEdge>();
            return false;
        }

        edges = OutEdges(vertex);
        return true;
    }

    public bool ContainsEdge(int source, int target) => TryGetEdge(source, target, out _);

    public bool TryGetEdge(int source, int target, out AccountEdge edge)
    {
        if (ContainsVertex(source))
        {
            // In target order, so a binary search finds it.
            int low = firstEdge[source], high = firstEdge[source + 1] - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var at = edges[middle].Target;
                if (at == target)
                {
                    edge = edges[middle].From(source);
                    return true;
                }

                if (at < target)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }
        }

        edge = default;
        return false;
    }

    public bool TryGetEdges(int source, int target, out IEnumerable<AccountEdge> edges)
    {
        var found = TryGetEdge(source, target, out var edge);
        edges = found ? new[] { edge } : Array.Empty<AccountEdge>();
        return found;
    }

    /// <summary>
    /// Makes a travel graph from links in any order, each given once from either end, with duplicates: between two parties
    /// with several relationships the strongest counts (its kind; the credibility facts of all of them). Started again for
    /// each graph (<see cref="Start"/>), its working arrays reused from one account to the next (a thread keeps one in the
    /// account graph's workspace); only the graph's own two arrays are new, each at its exact size.
    /// </summary>
    /// <remarks>
    /// No comparison sort, and no pass to count the links before they are given: every link is dealt both ways, in the
    /// order given, into one array of edges (each edge carrying the facts as its far end sees them) while each party's
    /// edges are counted; then the edges are dealt into their sources' runs, sized by the counts, and each run is read in
    /// vertex order and every edge dealt again, reversed, into its far end's run. A vertex's edges then arrive in target
    /// order, and a duplicate is always the edge just written, where it is merged. Merging does not depend on the order
    /// duplicates come in (nor does anything else on the order within a source's run), so the graph is the same whatever
    /// the order of the plan's arrays. Every deal reads its edges in order: the edges were once chained per party instead
    /// (each holding where the one before it was), which saved the first deal but made each read wait on the one before,
    /// out of the caches on a large account (a third of a 100,000-person review).
    /// </remarks>
    internal sealed class Builder
    {
        private int count;
        private int[] start = new int[16];
        private int[] written = new int[16];
        private int[] lastFrom = new int[16];
        private TravelHop[] dealt = new TravelHop[16];
        private TravelHop[] bySource = new TravelHop[16];
        private TravelHop[] runs = new TravelHop[16];
        private int dealtCount;

        /// <summary>Starts a graph of <paramref name="count"/> parties and at most <paramref name="links"/> links, ready for <see cref="Add"/>; what was added before is dropped.</summary>
        public void Start(int count, int links)
        {
            if (count >= 1 << (31 - TravelHop.InfoBits))
            {
                throw new NotSupportedException("An account graph holds at most " + ((1 << (31 - TravelHop.InfoBits)) - 1) + " parties.");
            }

            this.count = count;
            dealtCount = 0;
            start = CountedRuns.Fit(start, count + 2);
            dealt = CountedRuns.Fit(dealt, 2 * links);
            Array.Clear(start, 0, count + 2);
        }

        /// <summary>A link between <paramref name="a"/> and <paramref name="b"/> (distinct), with its facts as seen from <paramref name="a"/>.</summary>
        public void Add(int a, int b, double strength, int info)
        {
            // The edge dealt for each end is the one the second deal turns round into the other end's run, so it carries
            // the facts as the other end sees them; each end counts the edge that the second deal brings into its run. The
            // two are dealt side by side: an edge's source is the far end of the other edge of its pair.
            var start = this.start;
            var dealt = this.dealt;
            var k = dealtCount;
            dealt[k] = new TravelHop(b, strength, LinkInfo.Reversed(info));
            dealt[k + 1] = new TravelHop(a, strength, info);
            start[a]++;
            start[b]++;
            dealtCount = k + 2;
        }

        /// <summary>The graph of the links added, with a root whose edges lead to <paramref name="sellers"/> (ascending).</summary>
        public TravelGraph Build(int[] sellers)
        {
            // The edges dealt into their sources' runs, then each run read in vertex order and each edge turned round into its
            // far end's run: runs fill in target order.
            // They are written into this thread's working array, sized for every edge dealt, and only then copied into the
            // graph's own array at its exact size: the graph is kept as long as its analysis (a review holds it), and room
            // left there by merged duplicates (a Knows and a ReportsTo between the same two people, say) would be kept too.
            // The fields read into locals: the loops below then keep them in registers rather than reading them per edge.
            var start = this.start;
            var dealt = this.dealt;
            // A duplicate is told by the far end of the edge last written into the run, kept per vertex: one test that does
            // not wait for the run's end to be read first, where testing for an empty run and then the edge before cost a
            // branch that the first edge of every run took the other way.
            var written = CountedRuns.Fit(this.written, count);
            var lastFrom = CountedRuns.Fit(this.lastFrom, count);
            this.written = written;
            this.lastFrom = lastFrom;
            var dealtEdges = CountedRuns.Start(start, written, count);
            start[count] = dealtEdges;
            var runs = CountedRuns.Fit(this.runs, dealtEdges);
            this.runs = runs;
            var bySource = CountedRuns.Fit(this.bySource, dealtEdges);
            this.bySource = bySource;
            for (var k = 0; k < dealtEdges; k++)
            {
                // written is each source run's next free place here, and each far end's in the second deal.
                var source = dealt[k ^ 1].Target;
                bySource[written[source]++] = dealt[k];
            }

            for (var v = 0; v < count; v++)
            {
                written[v] = start[v];
                lastFrom[v] = -1;
            }

            for (var b = 0; b < count; b++)
            {
                for (int i = start[b], end = start[b + 1]; i < end; i++)
                {
                    var hop = bySource[i];
                    var a = hop.Target;
                    var at = written[a];
                    if (lastFrom[a] == b)
                    {
                        var kept = runs[at - 1];
                        runs[at - 1] = new TravelHop(b, Math.Max(kept.Strength, hop.Strength), LinkInfo.Merge(kept.Strength, kept.Info, hop.Strength, hop.Info));
                        continue;
                    }

                    runs[at] = new TravelHop(b, hop.Strength, hop.Info);
                    written[a] = at + 1;
                    lastFrom[a] = b;
                }
            }

            // Where each run starts once the room left by merged duplicates is closed up; the runs before the first such
            // room are copied in one block, the rest run by run.
            var firstEdge = new int[count + 2];
            var to = 0;
            var together = count;
            for (var v = 0; v < count; v++)
            {
                firstEdge[v] = to;
                if (to != start[v] && together == count)
                {
                    together = v;
                }

                to += written[v] - start[v];
            }

            firstEdge[count] = to;
            var edges = new TravelHop[to + sellers.Length];
            Array.Copy(runs, 0, edges, 0, firstEdge[together]);
            for (var v = together; v < count; v++)
            {
                Array.Copy(runs, start[v], edges, firstEdge[v], written[v] - start[v]);
            }

            for (var s = 0; s < sellers.Length; s++)
            {
                edges[to++] = new TravelHop(sellers[s], 1.0, 0);
            }

            firstEdge[count + 1] = to;
            return new TravelGraph(edges, firstEdge);
        }
    }

    /// <summary>
    /// One vertex's run of edges, enumerable once by itself (one object per search step, as an array's enumerator would
    /// be) and again through a copy. Always this one type, so QuikGraph's calls through the interface stay monomorphic:
    /// handing out arrays and array segments by turns cost a tenth more instructions per small account.
    /// </summary>
    private sealed class EdgeRun : IEnumerable<AccountEdge>, IEnumerator<AccountEdge>
    {
        private readonly TravelHop[] edges;
        private readonly int source;
        private readonly int start;
        private readonly int end;
        private int at;
        private bool handedOut;

        public EdgeRun(TravelHop[] edges, int source, int start, int end)
        {
            this.edges = edges;
            this.source = source;
            this.start = start;
            this.end = end;
            at = start - 1;
        }

        public AccountEdge Current => edges[at].From(source);

        object IEnumerator.Current => Current;

        public IEnumerator<AccountEdge> GetEnumerator()
        {
            if (handedOut)
            {
                return new EdgeRun(edges, source, start, end) { handedOut = true };
            }

            handedOut = true;
            return this;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public bool MoveNext() => ++at < end;

        public void Reset() => at = start - 1;

        public void Dispose()
        {
        }
    }
}

/// <summary>
/// One edge of a <see cref="TravelGraph"/> as its array holds it: the far end and the facts in one number, and the
/// strength, without the source. 12 bytes (packed to 4), where the three fields side by side took 16: a quarter of the
/// travel graph, which an analysis keeps for its whole life (about 1.2 KB per 40-person account).
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly struct TravelHop
{
    /// <summary>The low bits that hold the facts (<see cref="LinkInfo"/> uses five); the far end is above them.</summary>
    internal const int InfoBits = 5;

    private const int InfoMask = (1 << InfoBits) - 1;

    private readonly int targetAndInfo;

    public TravelHop(int target, double strength, int info)
    {
        targetAndInfo = (target << InfoBits) | info;
        Strength = strength;
    }

    public int Target => targetAndInfo >> InfoBits;

    /// <summary>The kind of the strongest relationship and the credibility facts, as seen from the source (<see cref="LinkInfo"/>).</summary>
    public int Info => targetAndInfo & InfoMask;

    public double Strength { get; }

    /// <summary>The edge from <paramref name="source"/>, as QuikGraph reads it.</summary>
    public AccountEdge From(int source) => new(source, Target, Strength, Info);
}
