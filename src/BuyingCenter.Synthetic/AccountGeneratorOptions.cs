using System;

namespace BuyingCenter.Synthetic;

/// <summary>
/// What <see cref="AccountGenerator"/> makes: how many people, relationships, sellers, opportunities and
/// meetings, from which seed and as of which day. The same options always give the same plan.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AccountGeneratorOptions
{
    /// <summary>The default <see cref="AsOf"/> day: 22 November 2026.</summary>
    public static readonly DateTime DefaultAsOf = new(2026, 11, 22);

    /// <summary>The number of people on the customer's side, the chief executive included.</summary>
    /// <value>40 by default; at least 1.</value>
    public int People { get; init; } = 40;

    /// <summary>
    /// The average number of relationships per person: the plan holds <see cref="People"/> times this many
    /// relationships in all (reporting lines, our sellers' Knows coverage, informal Influences, Knows and Opposes),
    /// and never fewer than the reporting lines. Very small plans hold as many as fit without duplicates.
    /// </summary>
    /// <value>5 by default; at least 0.</value>
    public int RelationshipsPerPerson { get; init; } = 5;

    /// <summary>The number of our sellers (levels 3 to 6).</summary>
    /// <value>3 by default; at least 0.</value>
    public int Sellers { get; init; } = 3;

    /// <summary>The number of opportunities.</summary>
    /// <value>1 by default; at least 0.</value>
    public int Opportunities { get; init; } = 1;

    /// <summary>The number of buying influences in each opportunity (capped at <see cref="People"/>).</summary>
    /// <value>8 by default; at least 0.</value>
    public int BuyingGroupSize { get; init; } = 8;

    /// <summary>The number of meetings recorded for each opportunity, most held before <see cref="AsOf"/>, a few planned after it.</summary>
    /// <value>3 by default; at least 0.</value>
    public int MeetingsPerOpportunity { get; init; } = 3;

    /// <summary>The seed of the pseudo-random sequence: the same seed and options give the same plan on every platform.</summary>
    /// <value>1 by default.</value>
    public long Seed { get; init; } = 1;

    /// <summary>The day the plan is made as of: every last interaction and held meeting falls before it.</summary>
    /// <value><see cref="DefaultAsOf"/> (22 November 2026) by default; never the clock, so plans are reproducible.</value>
    public DateTime AsOf { get; init; } = DefaultAsOf;

    /// <summary>The account id, or <see langword="null"/> to use <c>account-</c> followed by the seed.</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? AccountId { get; init; }
}
