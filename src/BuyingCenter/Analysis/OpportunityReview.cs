using System;
using System.Collections.Generic;

namespace BuyingCenter.Analysis;

/// <summary>
/// The review of one opportunity: red flags, strengths, the coverage score with its deductions, and the funnel
/// position derived from the plan rather than asserted.
/// </summary>
/// <remarks>
/// <para>
/// The coverage score starts at 100; every red flag deducts the points of its severity
/// (<see cref="AnalysisOptions.HighSeverityPoints"/> 35, <see cref="AnalysisOptions.MediumSeverityPoints"/> 5,
/// <see cref="AnalysisOptions.LowSeverityPoints"/> 1 by default), and the result is floored at 0. Every deduction is listed in
/// <see cref="ScoreDeductions"/>, so 100 minus their sum (floored at 0) is the score. For example, an uncovered Economic Buyer (High, 35),
/// two stale influences (Medium, 5 each) and one unknown rating (Low, 1) score 100 - 46 = 54, Amber. The status is Red below 40, Amber from
/// 40 to 69, Green from 70.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class OpportunityReview
{
    /// <summary>The graph facts (plan, date, options) the review was made from: the planner reads the plan and the paths through it.</summary>
    public AccountAnalysis Analysis { get; internal set; } = null!;

    /// <summary>The opportunity reviewed.</summary>
    public required Opportunity Opportunity { get; init; }

    /// <summary>The coverage score from 0 to 100: 100 minus the points of every red flag, floored at 0.</summary>
    public required int CoverageScore { get; init; }

    /// <summary>The band of <see cref="CoverageScore"/>: Red below 40, Amber 40 to 69, Green 70 and above (by default).</summary>
    public required CoverageStatus Status { get; init; }

    /// <summary>Each red flag with the points it deducted, in the order of <see cref="RedFlags"/>.</summary>
    public required IReadOnlyList<ScoreDeduction> ScoreDeductions { get; init; }

    /// <summary>Where the opportunity stands, derived from the plan: AboveTheFunnel, InTheFunnel or BestFew.</summary>
    public required SalesStage FunnelPosition { get; init; }

    /// <summary>The stage the plan claims (<see cref="BuyingCenter.Opportunity.Stage"/>), or <see langword="null"/>.</summary>
    public SalesStage? ClaimedStage { get; init; }

    /// <summary>Whether the claimed stage is ahead of the derived position (AboveTheFunnel &lt; InTheFunnel &lt; BestFew; Won and Lost are never compared).</summary>
    public required bool StageOverstated { get; init; }

    /// <summary>A sentence explaining the derived position and, when overstated, the claim.</summary>
    public required string FunnelExplanation { get; init; }

    /// <summary>Every red flag, most severe first, then by person id (opportunity-wide flags first), then by code.</summary>
    public required IReadOnlyList<RedFlag> RedFlags { get; init; }

    /// <summary>Every strength, by code, then by person id.</summary>
    public required IReadOnlyList<PlanStrength> Strengths { get; init; }

    /// <summary>One assessment per buying influence, in plan order.</summary>
    public required IReadOnlyList<InfluenceAssessment> Influences { get; init; }

    /// <summary>The people who hold the Economic role, in plan order; empty when the Economic Buyer is unknown.</summary>
    public required IReadOnlyList<Person> EconomicBuyers { get; init; }

    /// <summary>Whether some Economic Buyer is reached only through one person or one seller (a <see cref="RedFlagCode.SingleThreaded"/> flag).</summary>
    public required bool IsSingleThreaded { get; init; }

    /// <summary>Finds the assessment of one person's influence.</summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The assessment, or <see langword="null"/> when the person plays no part in the opportunity.</returns>
    public InfluenceAssessment? FindInfluence(string personId)
    {
        foreach (var assessment in Influences)
        {
            if (string.Equals(assessment.Person.Id, personId, StringComparison.Ordinal))
            {
                return assessment;
            }
        }

        return null;
    }
}
