using System;
using System.Collections.Generic;

namespace BuyingCenter;

/// <summary>One customer organisation.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Account
{
    /// <summary>The account id (a short, stable key such as <c>northwind</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The organisation's name.</summary>
    public required string Name { get; init; }

    /// <summary>The industry, or <see langword="null"/>.</summary>
    public string? Industry { get; init; }

    /// <summary>Whether the account is reorganising (a high red flag: roles and budgets are moving).</summary>
    /// <value><see langword="false"/> by default.</value>
    public bool Reorganizing { get; init; }

    /// <summary>Free-text notes, or <see langword="null"/>.</summary>
    public string? Notes { get; init; }

    /// <summary>Properties from the plan file that this format version does not define, kept unchanged.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<ExtensionProperty> Extensions { get; init; } = Array.Empty<ExtensionProperty>();

    /// <summary>Whether <paramref name="other"/> has the same values, extensions compared element by element.</summary>
    /// <param name="other">Another account, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(Account? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Name == other.Name
            && Industry == other.Industry
            && Reorganizing == other.Reorganizing
            && Notes == other.Notes
            && ValueEquality.ListsEqual(Extensions, other.Extensions));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = ValueEquality.Combine(ValueEquality.Hash(Id), ValueEquality.Hash(Name));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(Industry));
        hash = ValueEquality.Combine(hash, Reorganizing ? 1 : 0);
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(Notes));
        return ValueEquality.Combine(hash, ValueEquality.ListHash(Extensions));
    }
}
