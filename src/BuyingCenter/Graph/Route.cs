using System;

namespace BuyingCenter.Graph;

/// <summary>
/// One route as the graph found it: the parties from the owning seller to the person and the product of the hops'
/// decayed strengths (each hop's kind and strength are read from the graph, <see cref="AccountGraph.HopOf"/>). <see cref="Analysis.IntroductionPath"/> is its public form, with ids.
/// </summary>
internal sealed class Route
{
    public Route(int[] vertices, double strength, bool ownKnows, bool reengaged, DateTime? lastContact)
    {
        Vertices = vertices;
        Strength = strength;
        OwnKnows = ownKnows;
        Reengaged = reengaged;
        LastContact = lastContact;
    }

    /// <summary>The seller first, the person last, intermediaries between.</summary>
    public int[] Vertices { get; }

    /// <summary>The product of the hops' decayed strengths (<see cref="AccountGraph.HopOf"/>), multiplied seller side first.</summary>
    public double Strength { get; }

    /// <summary>Whether this is a seller's own Knows relationship with the person (one hop, at <see cref="Strength"/>).</summary>
    public bool OwnKnows { get; }

    /// <summary>Whether this is the seller's own relationship, re-engaged rather than compared with introductions.</summary>
    public bool Reengaged { get; }

    /// <summary>The last interaction of a re-engaged relationship, when the plan dates it.</summary>
    public DateTime? LastContact { get; }
}
