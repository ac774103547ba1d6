using System;

namespace BuyingCenter.Graph;

/// <summary>
/// One route as the graph found it: the parties from the owning seller to the person, each hop's relationship kind and
/// decayed strength, and their product. <see cref="Analysis.IntroductionPath"/> is its public form, with ids.
/// </summary>
internal sealed class Route
{
    public Route(int[] vertices, double[] hopStrengths, RelationshipKind[] hopKinds, double strength, bool reengaged, DateTime? lastContact)
    {
        Vertices = vertices;
        HopStrengths = hopStrengths;
        HopKinds = hopKinds;
        Strength = strength;
        Reengaged = reengaged;
        LastContact = lastContact;
    }

    /// <summary>The seller first, the person last, intermediaries between.</summary>
    public int[] Vertices { get; }

    /// <summary>Each hop's decayed strength, seller side first.</summary>
    public double[] HopStrengths { get; }

    /// <summary>Each hop's relationship kind (the strongest relationship between the two).</summary>
    public RelationshipKind[] HopKinds { get; }

    /// <summary>The product of <see cref="HopStrengths"/>, multiplied seller side first.</summary>
    public double Strength { get; }

    /// <summary>Whether this is the seller's own relationship, re-engaged rather than compared with introductions.</summary>
    public bool Reengaged { get; }

    /// <summary>The last interaction of a re-engaged relationship, when the plan dates it.</summary>
    public DateTime? LastContact { get; }
}
