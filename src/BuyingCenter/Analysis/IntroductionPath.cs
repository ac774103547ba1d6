using System.Collections.Generic;

namespace BuyingCenter.Analysis;

/// <summary>
/// A chain of relationships from one of our sellers to a person, through Knows, Influences and ReportsTo
/// relationships travelled in either direction (never Opposes): who can introduce us, and how likely that is to work.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IntroductionPath
{
    /// <summary>The ids along the chain: the seller first, the person last, introducers in between.</summary>
    public required IReadOnlyList<string> Ids { get; init; }

    /// <summary>The product of the decayed strengths of the chain's relationships, in [0, 1].</summary>
    public required double Strength { get; init; }

    /// <summary>The seller the chain starts from (the first of <see cref="Ids"/>).</summary>
    public required string SellerId { get; init; }

    /// <summary>Whether the seller is related to the person directly, with no introducer.</summary>
    public bool IsDirect => Ids.Count == 2;

    /// <summary>The id of the person the chain leads to (the last of <see cref="Ids"/>).</summary>
    public string PersonId => Ids[Ids.Count - 1];
}
