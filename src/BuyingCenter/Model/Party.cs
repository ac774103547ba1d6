using System;
using System.Collections.Generic;

namespace BuyingCenter;

/// <summary>
/// Someone in an account plan: a <see cref="Seller"/> of our own team or a <see cref="Person"/> on the customer's side.
/// Ids are unique across sellers and people.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract record Party
{
    /// <summary>The id, unique across the sellers and people of a plan.</summary>
    public required string Id { get; init; }

    /// <summary>The full name.</summary>
    public required string Name { get; init; }

    /// <summary>The job title, or <see langword="null"/> when not recorded.</summary>
    public string? Title { get; init; }

    /// <summary>The organisational level, from 1 (individual contributor) to 6 (chief executive), or <see langword="null"/> when unknown.</summary>
    public int? Level { get; init; }

    /// <summary>Properties from the plan file that this format version does not define, kept unchanged.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<ExtensionProperty> Extensions { get; init; } = Array.Empty<ExtensionProperty>();

    /// <summary>Whether <paramref name="other"/> is the same kind of party with the same values, extensions compared element by element.</summary>
    /// <param name="other">Another party, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public virtual bool Equals(Party? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && EqualityContract == other.EqualityContract
            && Id == other.Id
            && Name == other.Name
            && Title == other.Title
            && Level == other.Level
            && ValueEquality.ListsEqual(Extensions, other.Extensions));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = ValueEquality.Combine(EqualityContract.GetHashCode(), ValueEquality.Hash(Id));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(Name));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(Title));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(Level));
        return ValueEquality.Combine(hash, ValueEquality.ListHash(Extensions));
    }
}

/// <summary>A member of our own team: account executive, solution engineer, executive sponsor, partner.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Seller : Party;

/// <summary>
/// A human on the customer's side, or an outsider who matters (a consultant the customer trusts).
/// Roles, mode and rating are not the person's: they belong to a <see cref="BuyingInfluence"/> in one opportunity.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Person : Party
{
    /// <summary>Whether the person is new in their position.</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool NewInRole { get; init; }

    /// <summary>Whether the person is an outsider (a consultant, a partner) rather than an employee of the account.</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool External { get; init; }
}
