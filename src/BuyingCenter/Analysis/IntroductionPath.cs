using System;
using System.Collections.Generic;

namespace BuyingCenter.Analysis;

/// <summary>
/// A route from one of our sellers (its owner) to a person, through Knows, Influences and ReportsTo relationships
/// travelled in either direction (never Opposes), kept to the rules of domain.md, section 2: who introduces us, over
/// which relationships, and how likely that is to work. The route shown is the route used: <see cref="Strength"/> is the
/// product of the <see cref="Hops"/>' strengths, multiplied seller side first.
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

    /// <summary>Each relationship of the route, seller side first, with its kind and decayed strength.</summary>
    public IReadOnlyList<RouteHop> Hops { get; init; } = Array.Empty<RouteHop>();

    /// <summary>
    /// Whether the route is the seller's own Knows relationship, re-engaged before any introduction: its strength before
    /// decay reached the coverage threshold, and it has decayed below it since (whatever a decayed comparison with
    /// introductions says).
    /// </summary>
    public bool IsReengagement { get; init; }

    /// <summary>The last interaction of a re-engaged relationship ("last contact N days ago"), when the plan dates it.</summary>
    public DateTime? LastInteraction { get; init; }

    /// <summary>How many days before the analysis's as-of date <see cref="LastInteraction"/> was, or <see langword="null"/>.</summary>
    public int? DaysSinceLastInteraction { get; init; }

    /// <summary>Whether the seller is related to the person directly, with no introducer.</summary>
    public bool IsDirect => Ids.Count == 2;

    /// <summary>The id of the person the chain leads to (the last of <see cref="Ids"/>).</summary>
    public string PersonId => Ids[Ids.Count - 1];
}

/// <summary>One relationship of a route, travelled from <see cref="FromId"/> to <see cref="ToId"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RouteHop
{
    /// <summary>The party the hop starts from (the seller, or an intermediary).</summary>
    public required string FromId { get; init; }

    /// <summary>The party the hop leads to.</summary>
    public required string ToId { get; init; }

    /// <summary>The kind of the strongest relationship between the two (Knows, Influences or ReportsTo; never Opposes).</summary>
    public required RelationshipKind Kind { get; init; }

    /// <summary>Its strength after decay, in [0, 1].</summary>
    public required double Strength { get; init; }
}
