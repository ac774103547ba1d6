using QuikGraph;

namespace BuyingCenter.Graph;

/// <summary>
/// One direction of a travellable link between two parties: the strongest decayed Knows, Influences or ReportsTo
/// relationship between them. Travel goes either way, so each link is two edges; a struct, because a large account has
/// hundreds of thousands of them.
/// </summary>
internal readonly struct AccountEdge : IEdge<int>
{
    public AccountEdge(int source, int target, double strength, int info = 0)
    {
        Source = source;
        Target = target;
        Strength = strength;
        Info = info;
    }

    public int Source { get; }

    public int Target { get; }

    public double Strength { get; }

    /// <summary>
    /// For shortest-path searches (the property tests' oracle): -log turns "strongest product" into "shortest sum".
    /// Worked out when asked, not stored: the review never asks, and a stored weight made every edge of the travel graph
    /// a third larger (32 bytes instead of 24) and cost a logarithm per edge on every analysis.
    /// </summary>
    public double Weight => Strength >= 1 ? 0 : -System.Math.Log(Strength);

    /// <summary>The kind of the strongest relationship and the credibility facts, as seen from <see cref="Source"/> (<see cref="LinkInfo"/>).</summary>
    public int Info { get; }
}
