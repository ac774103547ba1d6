using System;
using System.Collections.Generic;
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
/// search paid a dictionary look-up per vertex.
/// </remarks>
internal sealed class TravelGraph : IVertexListGraph<int, AccountEdge>
{
    private readonly AccountEdge[][] outEdges;
    private readonly int[] vertices;

    /// <summary>Makes the graph of <paramref name="count"/> parties and a root.</summary>
    /// <param name="count">The number of parties; the root is vertex <paramref name="count"/>.</param>
    /// <param name="links">The travellable links, each once with its source below its target, in (source, target) order without duplicates.</param>
    /// <param name="sellers">The sellers' vertices, in ascending order.</param>
    public TravelGraph(int count, LinkList links, int[] sellers)
    {
        var degree = new int[count + 1];
        for (var i = 0; i < links.Count; i++)
        {
            degree[links.Source(i)]++;
            degree[links.Target(i)]++;
        }

        degree[count] = sellers.Length;
        outEdges = new AccountEdge[count + 1][];
        vertices = new int[count + 1];
        for (var v = 0; v <= count; v++)
        {
            outEdges[v] = degree[v] == 0 ? Array.Empty<AccountEdge>() : new AccountEdge[degree[v]];
            vertices[v] = v;
        }

        // Links come in (source, target) order with source < target. A vertex v first receives its edges back to lower
        // vertices (from the links of the sources before it, in their order), then its own links in target order: every
        // vertex's edges end up in target order, as QuikGraph visits them, whatever the order of the plan's arrays.
        var filled = new int[count + 1];
        for (var i = 0; i < links.Count; i++)
        {
            var a = links.Source(i);
            var b = links.Target(i);
            var forward = new AccountEdge(a, b, links.Strength(i));
            outEdges[a][filled[a]++] = forward;
            outEdges[b][filled[b]++] = forward.Reversed();
        }

        for (var s = 0; s < sellers.Length; s++)
        {
            outEdges[count][s] = new AccountEdge(count, sellers[s], 1.0);
        }
    }

    public bool IsDirected => true;

    public bool AllowParallelEdges => false;

    public bool IsVerticesEmpty => vertices.Length == 0;

    public int VertexCount => vertices.Length;

    public IEnumerable<int> Vertices => vertices;

    public bool ContainsVertex(int vertex) => (uint)vertex < (uint)outEdges.Length;

    public bool IsOutEdgesEmpty(int vertex) => outEdges[vertex].Length == 0;

    public int OutDegree(int vertex) => outEdges[vertex].Length;

    /// <summary>The edges leaving <paramref name="vertex"/>, in target order: read-only, for searches to enumerate.</summary>
    public IEnumerable<AccountEdge> OutEdges(int vertex) => outEdges[vertex];

    public AccountEdge OutEdge(int vertex, int index) => outEdges[vertex][index];

    public bool TryGetOutEdges(int vertex, out IEnumerable<AccountEdge> edges)
    {
        if (!ContainsVertex(vertex))
        {
            edges = Array.Empty<AccountEdge>();
            return false;
        }

        edges = outEdges[vertex];
        return true;
    }

    public bool ContainsEdge(int source, int target) => TryGetEdge(source, target, out _);

    public bool TryGetEdge(int source, int target, out AccountEdge edge)
    {
        if (ContainsVertex(source))
        {
            // In target order, so a binary search finds it.
            var edges = outEdges[source];
            int low = 0, high = edges.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var at = edges[middle].Target;
                if (at == target)
                {
                    edge = edges[middle];
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
}
