using System.Collections.Generic;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;

namespace BuyingCenter.Portfolio;

/// <summary>One line of a portfolio review: one opportunity of one account, its score, its worst red flags and whom to contact next.</summary>
/// <remarks>Made only by <see cref="PortfolioReview"/>. Immutable and thread-safe.</remarks>
public sealed class PortfolioRow
{
    private readonly RedFlag[] chargedFlags;
    private ScoreDeduction[]? deductions;

    internal PortfolioRow(
        Account account,
        Opportunity opportunity,
        int coverageScore,
        CoverageStatus status,
        IReadOnlyList<RedFlag> worstFlags,
        SalesStage funnelPosition,
        SalesStage? claimedStage,
        RedFlag[] chargedFlags,
        Approach? nextContact)
    {
        Account = account;
        Opportunity = opportunity;
        CoverageScore = coverageScore;
        Status = status;
        WorstFlags = worstFlags;
        FunnelPosition = funnelPosition;
        ClaimedStage = claimedStage;
        this.chargedFlags = chargedFlags;
        NextContact = nextContact;
    }

    /// <summary>The account, as its plan has it.</summary>
    public Account Account { get; }

    /// <summary>The opportunity, as its plan has it.</summary>
    public Opportunity Opportunity { get; }

    /// <summary>The opportunity's coverage score, from 0 to 100.</summary>
    public int CoverageScore { get; }

    /// <summary>The status band of the score: Red, Amber or Green.</summary>
    public CoverageStatus Status { get; }

    /// <summary>The most severe red flags of the opportunity, at most three, in the review's order (most severe first); empty when there is none.</summary>
    public IReadOnlyList<RedFlag> WorstFlags { get; }

    /// <summary>Where the opportunity stands, derived from the plan (<see cref="OpportunityReview.FunnelPosition"/>).</summary>
    public SalesStage FunnelPosition { get; }

    /// <summary>The stage the plan claims, or <see langword="null"/>: shown beside the derived position.</summary>
    public SalesStage? ClaimedStage { get; }

    /// <summary>What each red flag cost (<see cref="OpportunityReview.ScoreDeductions"/>), the largest risk first; they sum to 100 - <see cref="CoverageScore"/>.</summary>
    /// <remarks>Made when first read from the charged flags, which keep their points (see <see cref="ScoreDeduction"/>).</remarks>
    public IReadOnlyList<ScoreDeduction> Deductions => WrittenOnce.Get(ref deductions, chargedFlags, static charged => ScoreDeduction.Of(charged));

    /// <summary>
    /// The top recommendation's approach: whom to meet next, which seller owns the contact, the companion and the route
    /// (the same as <see cref="Recommendation.Approach"/> of the first recommendation); <see langword="null"/> when nobody is recommended.
    /// </summary>
    public Approach? NextContact { get; }
}
