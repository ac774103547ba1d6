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
}
