using System;
using System.Collections.Generic;

namespace BuyingCenter;

/// <summary>
/// What a purchase must bring one person: the business <see cref="Result"/> for the organisation
/// (objective, measurable) and the personal <see cref="Win"/> it brings them (subjective).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record WinResult
{
    /// <summary>The business result ("cut freight cost 8%"), or <see langword="null"/> when not known yet.</summary>
    public string? Result { get; init; }

    /// <summary>The personal win ("recognised as the one who fixed the network"), or <see langword="null"/> when not known yet.</summary>
    public string? Win { get; init; }

    /// <summary>Properties from the plan file that this format version does not define, kept unchanged.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<ExtensionProperty> Extensions { get; init; } = Array.Empty<ExtensionProperty>();

    /// <summary>Whether <paramref name="other"/> has the same result and win, extensions compared element by element.</summary>
    /// <param name="other">Another win-result, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(WinResult? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Result == other.Result
            && Win == other.Win
            && ValueEquality.ListsEqual(Extensions, other.Extensions));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = ValueEquality.Combine(ValueEquality.Hash(Result), ValueEquality.Hash(Win));
        return ValueEquality.Combine(hash, ValueEquality.ListHash(Extensions));
    }
}
