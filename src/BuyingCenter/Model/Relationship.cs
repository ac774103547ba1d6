using System;
using System.Collections.Generic;

namespace BuyingCenter;

/// <summary>
/// A typed edge between two parties of a plan, with a strength in [0, 1]
/// (0 none, 0.25 weak, 0.5 working, 0.75 strong, 1 trusted).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Relationship
{
    /// <summary>The strength a relationship has when none is given.</summary>
    public const double DefaultStrength = 0.5;

    /// <summary>The id of the first party: the report for <see cref="RelationshipKind.ReportsTo"/>, the influencer for <see cref="RelationshipKind.Influences"/>.</summary>
    public required string From { get; init; }

    /// <summary>The id of the second party: the manager, or the influenced.</summary>
    public required string To { get; init; }

    /// <summary>The kind of relationship.</summary>
    public required RelationshipKind Kind { get; init; }

    /// <summary>The strength in [0, 1] as of <see cref="LastInteraction"/>; it decays with time after that date.</summary>
    /// <value><see cref="DefaultStrength"/> (0.5) by default.</value>
    public double Strength { get; init; } = DefaultStrength;

    /// <summary>The date of the last interaction, or <see langword="null"/> for a relationship that does not decay.</summary>
    public DateTime? LastInteraction { get; init; }

    /// <summary>Properties from the plan file that this format version does not define, kept unchanged.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<ExtensionProperty> Extensions { get; init; } = Array.Empty<ExtensionProperty>();

    /// <summary>Whether the relationship has no direction (<see cref="RelationshipKind.Knows"/> and <see cref="RelationshipKind.Opposes"/>).</summary>
    public bool IsUndirected => Kind is RelationshipKind.Knows or RelationshipKind.Opposes;

    /// <summary>Whether this relationship links <paramref name="id"/> to anyone.</summary>
    /// <param name="id">A party id.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is <see cref="From"/> or <see cref="To"/>.</returns>
    public bool Involves(string id) => string.Equals(From, id, StringComparison.Ordinal) || string.Equals(To, id, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="other"/> has the same values, extensions compared element by element.</summary>
    /// <param name="other">Another relationship, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(Relationship? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && From == other.From
            && To == other.To
            && Kind == other.Kind
            && Strength.Equals(other.Strength)
            && LastInteraction == other.LastInteraction
            && ValueEquality.ListsEqual(Extensions, other.Extensions));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = ValueEquality.Combine(ValueEquality.Hash(From), ValueEquality.Hash(To));
        hash = ValueEquality.Combine(hash, (int)Kind);
        hash = ValueEquality.Combine(hash, Strength.GetHashCode());
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(LastInteraction));
        return ValueEquality.Combine(hash, ValueEquality.ListHash(Extensions));
    }
}
