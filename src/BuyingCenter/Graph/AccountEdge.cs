using QuikGraph;

namespace BuyingCenter.Graph;

/// <summary>
/// One direction of a travellable link between two parties: the strongest decayed Knows, Influences or ReportsTo
/// relationship between them. Travel goes either way, so each link is two edges; a struct, because a large account has
/// hundreds of thousands of them.
/// </summary>
internal readonly struct AccountEdge : IEdge<int>
{
    public AccountEdge(int source, int target, double strength)
    {
        Source = source;
        Target = target;
        Strength = strength;

        // Dijkstra minimises a sum; -log turns "strongest product" into "shortest sum" (strength 1 costs 0).
        Weight = strength >= 1 ? 0 : -System.Math.Log(strength);
    }

    private AccountEdge(int source, int target, double strength, double weight)
    {
        Source = source;
        Target = target;
        Strength = strength;
        Weight = weight;
    }

    public int Source { get; }

    public int Target { get; }

    public double Strength { get; }

    public double Weight { get; }

    /// <summary>The same link travelled the other way, its weight not worked out again.</summary>
    public AccountEdge Reversed() => new(Target, Source, Strength, Weight);
}
