using System;
using System.Collections.Generic;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;

namespace BuyingCenter.Portfolio;

/// <summary>One line of a portfolio review: one opportunity of one account, its score, its worst red flags and whom to contact next.</summary>
/// <remarks>Made only by <see cref="PortfolioReview"/>. Immutable and thread-safe.</remarks>
public sealed class PortfolioRow
{
    // The flags the row shows (its worst) and those that cost points, in the review's order, kept as values rather than
    // objects; the flags are made again when first read (see KeptFlags).
    private readonly AccountPlan plan;
    private readonly KeptFlags kept;
    private readonly int worstCount;
    private RedFlag[]? remade;
    private RedFlag[]? worstFlags;
    private ScoreDeduction[]? deductions;

    // The next contact, kept as values and made again when first read (see KeptApproach).
    private readonly KeptApproach next;
    private Approach? nextContact;

    internal PortfolioRow(
        AccountPlan plan,
        Opportunity opportunity,
        int coverageScore,
        CoverageStatus status,
        KeptFlags kept,
        int worstCount,
        SalesStage funnelPosition,
        SalesStage? claimedStage,
        Approach? nextContact)
    {
        this.plan = plan;
        Opportunity = opportunity;
        CoverageScore = coverageScore;
        Status = status;
        this.kept = kept;
        this.worstCount = worstCount;
        FunnelPosition = funnelPosition;
        ClaimedStage = claimedStage;
        next = new KeptApproach(nextContact);
    }

    /// <summary>The account, as its plan has it.</summary>
    public Account Account => plan.Account;

    /// <summary>The opportunity, as its plan has it.</summary>
    public Opportunity Opportunity { get; }

    /// <summary>The opportunity's coverage score, from 0 to 100.</summary>
    public int CoverageScore { get; }

    /// <summary>The status band of the score: Red, Amber or Green.</summary>
    public CoverageStatus Status { get; }

    /// <summary>The most severe red flags of the opportunity, at most three, in the review's order (most severe first); empty when there is none.</summary>
    /// <remarks>Made when first read; the same flags as those of <see cref="Deductions"/> where both hold one.</remarks>
    public IReadOnlyList<RedFlag> WorstFlags => WrittenOnce.Get(ref worstFlags, this, static row =>
    {
        var worst = new RedFlag[row.worstCount];
        Array.Copy(row.Remade(), worst, worst.Length);
        return worst;
    });

    /// <summary>Where the opportunity stands, derived from the plan (<see cref="OpportunityReview.FunnelPosition"/>).</summary>
    public SalesStage FunnelPosition { get; }

    /// <summary>The stage the plan claims, or <see langword="null"/>: shown beside the derived position.</summary>
    public SalesStage? ClaimedStage { get; }

    /// <summary>What each red flag cost (<see cref="OpportunityReview.ScoreDeductions"/>), the largest risk first; they sum to 100 - <see cref="CoverageScore"/>.</summary>
    /// <remarks>Made when first read, with the flags the row keeps, which keep their points (see <see cref="ScoreDeduction"/>).</remarks>
    public IReadOnlyList<ScoreDeduction> Deductions => WrittenOnce.Get(ref deductions, this, static row => ScoreDeduction.Of(Array.FindAll(row.Remade(), f => f.ChargedTenths > 0)));

    /// <summary>
    /// The top recommendation's approach: whom to meet next, which seller owns the contact, the companion and the route
    /// (the same as <see cref="Recommendation.Approach"/> of the first recommendation); <see langword="null"/> when nobody is recommended.
    /// </summary>
    /// <remarks>Made when first read, from what the row kept; reading it again gives the same object.</remarks>
    public Approach? NextContact => next.IsNone ? null : WrittenOnce.Get(ref nextContact, this, static row => row.next.Remake());

    /// <summary>Every flag the row keeps, made once from what it kept.</summary>
    private RedFlag[] Remade() => WrittenOnce.Get(ref remade, this, static row => row.kept.Remake(row.plan, row.Opportunity));
}
