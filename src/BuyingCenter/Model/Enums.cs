using System;

namespace BuyingCenter;

/// <summary>
/// The buying roles a person can hold in one opportunity (Strategic Selling). A person may hold several.
/// </summary>
[Flags]
public enum BuyingRoles
{
    /// <summary>No role identified yet: an influence whose part is still to be found out.</summary>
    None = 0,

    /// <summary>Gives final approval and releases the money; focus: bottom line and return on investment.</summary>
    Economic = 1,

    /// <summary>Screens suppliers against specifications; can say no, cannot give the final yes.</summary>
    Technical = 2,

    /// <summary>Uses or supervises the use of what is bought; judges the impact on their own job.</summary>
    User = 4,

    /// <summary>Guides us to the sale: information, introductions, positioning.</summary>
    Coach = 8,
}

/// <summary>How much a person's view weighs on an objective.</summary>
public enum InfluenceDegree
{
    /// <summary>Not yet found out (missing information).</summary>
    Unknown = 0,

    /// <summary>Little weight.</summary>
    Low = 1,

    /// <summary>Some weight.</summary>
    Medium = 2,

    /// <summary>Great weight.</summary>
    High = 3,
}

/// <summary>How receptive a person is to change now.</summary>
public enum ResponseMode
{
    /// <summary>Not yet found out (missing information).</summary>
    Unknown = 0,

    /// <summary>Sees a gap between what they have and what they want; high receptivity.</summary>
    Growth = 1,

    /// <summary>Sees something going wrong that must be fixed; high receptivity.</summary>
    Trouble = 2,

    /// <summary>Sees no gap: things are fine as they are; low receptivity.</summary>
    EvenKeel = 3,

    /// <summary>Sees results better than expected and no reason to change; very low receptivity.</summary>
    Overconfident = 4,
}

/// <summary>The kind of a relationship between two people (or a seller and a person).</summary>
public enum RelationshipKind
{
    /// <summary>Formal hierarchy, directed from the person to their manager; people only, never a cycle.</summary>
    ReportsTo = 0,

    /// <summary>Informal influence, directed from the influencer to the influenced.</summary>
    Influences = 1,

    /// <summary>An undirected acquaintance or working relationship; seller-to-person edges are our coverage.</summary>
    Knows = 2,

    /// <summary>An undirected rivalry or conflict; never travelled by an introduction path.</summary>
    Opposes = 3,
}

/// <summary>What a meeting achieved, or that it is still planned.</summary>
public enum MeetingOutcome
{
    /// <summary>The meeting has not taken place yet.</summary>
    Planned = 0,

    /// <summary>The customer committed to the best action we aimed for.</summary>
    BestAction = 1,

    /// <summary>The customer committed to the minimum acceptable action.</summary>
    MinimumAction = 2,

    /// <summary>The meeting ended without a commitment.</summary>
    NoCommitment = 3,
}

/// <summary>Where an opportunity stands in the sales funnel.</summary>
public enum SalesStage
{
    /// <summary>The objective is vague, or no one who sees a gap (Growth or Trouble) has been met.</summary>
    AboveTheFunnel = 0,

    /// <summary>At least one influence in Growth or Trouble mode has been met about that gap.</summary>
    InTheFunnel = 1,

    /// <summary>In the funnel, with the Economic Buyer identified, covered and favourable, a coach in place and no high red flag.</summary>
    BestFew = 2,

    /// <summary>The customer bought.</summary>
    Won = 3,

    /// <summary>The customer did not buy from us.</summary>
    Lost = 4,
}

/// <summary>The facts of a buying influence that the seller can mark as uncertain.</summary>
[Flags]
public enum InfluenceFacts
{
    /// <summary>No fact is marked uncertain.</summary>
    None = 0,

    /// <summary>The roles (<c>roles</c> in the file).</summary>
    Roles = 1,

    /// <summary>The degree of influence (<c>degree</c>).</summary>
    Degree = 2,

    /// <summary>The response mode (<c>mode</c>).</summary>
    Mode = 4,

    /// <summary>The rating (<c>rating</c>).</summary>
    Rating = 8,

    /// <summary>The win-results (<c>winResults</c>).</summary>
    WinResults = 16,
}
