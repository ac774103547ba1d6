using System;
using System.Collections.Generic;
using BuyingCenter.Analysis;

namespace BuyingCenter.Portfolio;

/// <summary>One line of a portfolio review: one opportunity of one account, its score, its worst red flags and whom to contact next.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PortfolioRow
{
    /// <summary>The account id.</summary>
    public required string AccountId { get; init; }

    /// <summary>The account's name.</summary>
    public required string AccountName { get; init; }

    /// <summary>The opportunity id.</summary>
    public required string OpportunityId { get; init; }

    /// <summary>The opportunity's coverage score, from 0 to 100.</summary>
    public required int CoverageScore { get; init; }

    /// <summary>The status band of the score: Red, Amber or Green.</summary>
    public required CoverageStatus Status { get; init; }

    /// <summary>The most severe red flags of the opportunity, at most three, in the review's order (most severe first).</summary>
    /// <value>Empty when the opportunity has no red flag.</value>
    public IReadOnlyList<RedFlag> WorstFlags { get; init; } = Array.Empty<RedFlag>();

    /// <summary>Where the opportunity stands, derived from the plan (<see cref="OpportunityReview.FunnelPosition"/>).</summary>
    public SalesStage FunnelPosition { get; init; }

    /// <summary>The stage the plan claims, or <see langword="null"/>: shown beside the derived position.</summary>
    public SalesStage? ClaimedStage { get; init; }

    /// <summary>What each red flag cost (<see cref="OpportunityReview.ScoreDeductions"/>), the largest risk first; they sum to 100 - <see cref="CoverageScore"/>.</summary>
    public IReadOnlyList<ScoreDeduction> Deductions { get; init; } = Array.Empty<ScoreDeduction>();

    /// <summary>The top recommendation: whom to meet next and which seller owns the contact; <see langword="null"/> when nobody is recommended.</summary>
    public NextContact? NextContact { get; init; }
}

/// <summary>Whom to meet next in an opportunity, and which of our sellers should make the contact.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record NextContact
{
    /// <summary>The id of the person to meet.</summary>
    public required string PersonId { get; init; }

    /// <summary>The id of the seller who owns the contact, or <see langword="null"/> when the account has no seller who can reach them.</summary>
    public string? OwnerId { get; init; }
}
