using BuyingCenter;
using QuikGraph;
using QuikGraph.Algorithms.Search;

namespace BuyingCenter.Benchmarks;

/// <summary>
/// The least any analysis of an account must do: put every party and every travellable relationship into a
/// QuikGraph graph and visit it once breadth-first from a seller. Reviews are measured against this.
/// </summary>
public static class GraphBaseline
{
    /// <summary>Builds the graph and counts the parties one breadth-first search reaches from the first seller.</summary>
    public static int BuildAndSearch(AccountPlan plan)
    {
        var graph = new UndirectedGraph<string, SEdge<string>>(allowParallelEdges: true);
        foreach (var seller in plan.Sellers)
        {
            graph.AddVertex(seller.Id);
        }

        foreach (var person in plan.People)
        {
            graph.AddVertex(person.Id);
        }

        foreach (var relationship in plan.Relationships)
        {
            if (relationship.Kind != RelationshipKind.Opposes)
            {
                graph.AddEdge(new SEdge<string>(relationship.From, relationship.To));
            }
        }

        var reached = 0;
        var search = new UndirectedBreadthFirstSearchAlgorithm<string, SEdge<string>>(graph);
        search.DiscoverVertex += _ => reached++;
        search.Compute(plan.Sellers.Count > 0 ? plan.Sellers[0].Id : plan.People[0].Id);
        return reached;
    }
}
