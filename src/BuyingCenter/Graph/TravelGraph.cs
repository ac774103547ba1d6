using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using QuikGraph;

namespace BuyingCenter.Graph;

/// <summary>
/// The links people can be reached through, as QuikGraph's searches read a graph (<see cref="IVertexListGraph{TVertex,TEdge}"/>):
/// vertices 0 to n - 1 and every vertex's out-edges in one array, in target order. Every link is two edges, one each
/// way, and a virtual root (the last vertex) has an edge of strength 1 to each seller and none back: one search from the
/// root reaches everyone from the nearest seller, and a search from a seller never crosses to another seller through it.
/// </summary>
/// <remarks>
/// Made at its final size from the ordered links, and only read afterwards, so it is safe to search from many threads.
/// QuikGraph's <see cref="AdjacencyGraph{TVertex,TEdge}"/> keeps a dictionary of edge lists, filled edge by edge: on a
/// 40-person account building it cost about as much as the Dijkstra search that followed, and on large accounts every
/// search paid a dictionary look-up per vertex. All edges are in one array, each vertex's in one run of it: an array per
/// vertex was a hundred thousand objects on a large account, which the garbage collector copied from generation to
/// generation while the analysis lived. The array holds each edge's far end, strength and facts only (16 bytes, where an
/// <see cref="AccountEdge"/> with its source takes 24): the source is the vertex whose run it is in, so the edges QuikGraph
/// reads are made from it when asked. That is about 2.6 KB less per 40-person account (some 330 edges) for the whole
/// life of its analysis.
/// </remarks>
internal sealed class TravelGraph : IVertexListGraph<int, AccountEdge>
{
    /// <summary>The most vertices a thread keeps the build's working array for between calls (any portfolio account).</summary>
    private const int KeptCapacity = 4096;

    [ThreadStatic]
    private static int[]? spareNext;

    private readonly TravelHop[] edges;
    private readonly int[] firstEdge;
    private readonly int vertexCount;

    /// <summary>Makes the graph of <paramref name="count"/> parties and a root.</summary>
    /// <param name="count">The number of parties; the root is vertex <paramref name="count"/>.</param>
    /// <param name="links">The travellable links, each once with its source below its target, in (source, target) order without duplicates.</param>
    /// <param name="sellers">The sellers' vertices, in ascending order.</param>
    public TravelGraph(int count, LinkList links, int[] sellers)
    {
        // Where each vertex's run of edges starts: a count per vertex, then running sums.
        firstEdge = new int[count + 2];
        for (var i = 0; i < links.Count; i++)
        {
            firstEdge[links.Source(i) + 1]++;
            firstEdge[links.Target(i) + 1]++;
        }

        firstEdge[count + 1] = sellers.Length;
        for (var v = 0; v <= count; v++)
        {
            firstEdge[v + 1] += firstEdge[v];
        }

        edges = new TravelHop[firstEdge[count + 1]];
        vertexCount = count + 1;

        // Links come in (source, target) order with source < target. A vertex v first receives its edges back to lower
        // vertices (from the links of the sources before it, in their order), then its own links in target order: every
        // vertex's edges end up in target order, as QuikGraph visits them, whatever the order of the plan's arrays.
        // Where each vertex's next edge goes: working space only, reused per thread.
        var next = spareNext is { } kept && kept.Length >= count + 1 ? kept : new int[count + 1];
        spareNext = null;
        Array.Copy(firstEdge, next, count + 1);
        for (var i = 0; i < links.Count; i++)
        {
            var a = links.Source(i);
            var b = links.Target(i);
            var strength = links.Strength(i);
            var info = links.Info(i);
            edges[next[a]++] = new TravelHop(b, strength, info);
            edges[next[b]++] = new TravelHop(a, strength, LinkInfo.Reversed(info));
        }

        for (var s = 0; s < sellers.Length; s++)
        {
            edges[next[count]++] = new TravelHop(sellers[s], 1.0, 0);
        }

        if (next.Length <= KeptCapacity)
        {
            spareNext = next;
        }
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

    /// <summary>The position of <paramref name="vertex"/>'s first edge in <see cref="EdgeAt"/>; its edges run to the next vertex's first.</summary>
    public int FirstEdgeOf(int vertex) => firstEdge[vertex];

    /// <summary>An edge by its position, for the graph's own loops, which need no enumerator: its source is the vertex whose run holds it.</summary>
    public TravelHop EdgeAt(int position) => edges[position];

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

/// <summary>One edge of a <see cref="TravelGraph"/> as its array holds it: the far end, the strength and the facts, without the source.</summary>
internal readonly struct TravelHop
{
    public TravelHop(int target, double strength, int info)
    {
        Target = target;
        Info = info;
        Strength = strength;
    }

    public int Target { get; }

    /// <summary>The kind of the strongest relationship and the credibility facts, as seen from the source (<see cref="LinkInfo"/>).</summary>
    public int Info { get; }

    public double Strength { get; }

    /// <summary>The edge from <paramref name="source"/>, as QuikGraph reads it.</summary>
    public AccountEdge From(int source) => new(source, Target, Strength, Info);
}
