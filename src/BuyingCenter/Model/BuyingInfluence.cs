using System;
using System.Collections.Generic;

namespace BuyingCenter;

/// <summary>A person's part in ONE opportunity: roles, degree of influence, response mode, rating and win-results.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BuyingInfluence
{
    /// <summary>The lowest rating: strongly opposes our proposal.</summary>
    public const int MinRating = -5;

    /// <summary>The highest rating: strongly favours our proposal.</summary>
    public const int MaxRating = 5;

    /// <summary>The id of the person (never a seller).</summary>
    public required string PersonId { get; init; }

    /// <summary>The buying roles held in this opportunity.</summary>
    /// <value><see cref="BuyingRoles.None"/> by default: the role is still to be found out.</value>
    public BuyingRoles Roles { get; init; }

    /// <summary>How much this person's view weighs on the objective.</summary>
    /// <value><see cref="InfluenceDegree.Unknown"/> by default.</value>
    public InfluenceDegree Degree { get; init; }

    /// <summary>How receptive the person is to change now.</summary>
    /// <value><see cref="ResponseMode.Unknown"/> by default.</value>
    public ResponseMode Mode { get; init; }

    /// <summary>How much the person favours our proposal, from -5 to +5, or <see langword="null"/> when unknown.</summary>
    public int? Rating { get; init; }

    /// <summary>The business results and personal wins the purchase must bring this person.</summary>
    /// <value>Empty by default: unknown win-results are missing information.</value>
    public IReadOnlyList<WinResult> WinResults { get; init; } = Array.Empty<WinResult>();

    /// <summary>The facts the seller marked as uncertain.</summary>
    /// <value><see cref="InfluenceFacts.None"/> by default.</value>
    public InfluenceFacts Uncertain { get; init; }

    /// <summary>What we know about this person's view, or <see langword="null"/>.</summary>
    public string? Notes { get; init; }

    /// <summary>Properties from the plan file that this format version does not define, kept unchanged.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<ExtensionProperty> Extensions { get; init; } = Array.Empty<ExtensionProperty>();

    /// <summary>Whether the influence holds <paramref name="role"/> (alone or among others).</summary>
    /// <param name="role">One role.</param>
    /// <returns><see langword="true"/> when every flag of <paramref name="role"/> is held.</returns>
    public bool Has(BuyingRoles role) => role != BuyingRoles.None && (Roles & role) == role;

    /// <summary>Whether <paramref name="other"/> has the same values, win-results and extensions compared element by element.</summary>
    /// <param name="other">Another influence, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(BuyingInfluence? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && PersonId == other.PersonId
            && Roles == other.Roles
            && Degree == other.Degree
            && Mode == other.Mode
            && Rating == other.Rating
            && Uncertain == other.Uncertain
            && Notes == other.Notes
            && ValueEquality.ListsEqual(WinResults, other.WinResults)
            && ValueEquality.ListsEqual(Extensions, other.Extensions));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = ValueEquality.Combine(ValueEquality.Hash(PersonId), (int)Roles);
        hash = ValueEquality.Combine(hash, (int)Degree);
        hash = ValueEquality.Combine(hash, (int)Mode);
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(Rating));
        hash = ValueEquality.Combine(hash, (int)Uncertain);
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(Notes));
        hash = ValueEquality.Combine(hash, ValueEquality.ListHash(WinResults));
        return ValueEquality.Combine(hash, ValueEquality.ListHash(Extensions));
    }
}
