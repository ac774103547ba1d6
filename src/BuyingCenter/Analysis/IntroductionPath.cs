using System;
using System.Collections.Generic;

namespace BuyingCenter.Analysis;

/// <summary>
/// A route from one of our sellers (its owner) to a person, through Knows, Influences and ReportsTo relationships
/// travelled in either direction (never Opposes), kept to the rules of domain.md, section 2: who introduces us, over
/// which relationships, and how likely that is to work. The route shown is the route used: <see cref="Strength"/> is the
/// product of the <see cref="Hops"/>' strengths, multiplied seller side first.
/// </summary>
/// <remarks>
/// Made only by the analysis. Two routes are equal only when they are the same object: a route is a fact of one
/// analysis, not a value to compare across plans. Immutable and thread-safe.
/// </remarks>
public sealed class IntroductionPath
{
    private readonly string[] ids;

    internal IntroductionPath(Party[] parties, RouteHop[] hops, double strength, bool isReengagement, DateTime? lastInteraction, int? daysSinceLastInteraction)
    {
        Parties = parties;
        Hops = hops;
        Strength = strength;
        IsReengagement = isReengagement;
        LastInteraction = lastInteraction;
        DaysSinceLastInteraction = daysSinceLastInteraction;
        Seller = (Seller)parties[0];
        To = parties[parties.Length - 1];
        ids = new string[parties.Length];
        for (var i = 0; i < parties.Length; i++)
        {
            ids[i] = parties[i].Id;
        }
    }

    /// <summary>The parties along the chain, from the plan: the seller first, the person last, introducers in between.</summary>
    public IReadOnlyList<Party> Parties { get; }

    /// <summary>The product of the decayed strengths of the chain's relationships, in [0, 1].</summary>
    public double Strength { get; }

    /// <summary>The seller the chain starts from (the first of <see cref="Parties"/>): the owner of the contact.</summary>
    public Seller Seller { get; }

    /// <summary>The party the chain leads to (the last of <see cref="Parties"/>).</summary>
    public Party To { get; }

    /// <summary>Each relationship of the route, seller side first, with its kind and decayed strength.</summary>
    public IReadOnlyList<RouteHop> Hops { get; }

    /// <summary>
    /// Whether the route is the seller's own Knows relationship, re-engaged before any introduction: its strength before
    /// decay reached the coverage threshold, and it has decayed below it since (whatever a decayed comparison with
    /// introductions says).
    /// </summary>
    public bool IsReengagement { get; }

    /// <summary>The last interaction of a re-engaged relationship ("last contact N days ago"), when the plan dates it.</summary>
    public DateTime? LastInteraction { get; }

    /// <summary>How many days before the analysis's as-of date <see cref="LastInteraction"/> was, or <see langword="null"/>.</summary>
    public int? DaysSinceLastInteraction { get; }

    /// <summary>Whether the seller is related to the person directly, with no introducer.</summary>
    public bool IsDirect => Parties.Count == 2;

    /// <summary>The ids of <see cref="Parties"/>, for the graph lookups of the library.</summary>
    internal IReadOnlyList<string> Ids => ids;

    /// <summary>The same route over the same ids, each party replaced (by the given plan's own, after a simulation).</summary>
    internal IntroductionPath WithParties(Func<Party, Party> replace)
    {
        var parties = new Party[Parties.Count];
        for (var i = 0; i < parties.Length; i++)
        {
            parties[i] = replace(Parties[i]);
        }

        var hops = new RouteHop[Hops.Count];
        for (var i = 0; i < hops.Length; i++)
        {
            hops[i] = new RouteHop(parties[i], parties[i + 1], Hops[i].Kind, Hops[i].Strength);
        }

        return new IntroductionPath(parties, hops, Strength, IsReengagement, LastInteraction, DaysSinceLastInteraction);
    }
}

/// <summary>One relationship of a route, travelled from <see cref="From"/> to <see cref="To"/>.</summary>
/// <remarks>Made only by the analysis. Immutable and thread-safe.</remarks>
public sealed class RouteHop
{
    internal RouteHop(Party from, Party to, RelationshipKind kind, double strength)
    {
        From = from;
        To = to;
        Kind = kind;
        Strength = strength;
    }

    /// <summary>The party the hop starts from (the seller, or an intermediary).</summary>
    public Party From { get; }

    /// <summary>The party the hop leads to.</summary>
    public Party To { get; }

    /// <summary>The kind of the strongest relationship between the two (Knows, Influences or ReportsTo; never Opposes).</summary>
    public RelationshipKind Kind { get; }

    /// <summary>Its strength after decay, in [0, 1].</summary>
    public double Strength { get; }
}
