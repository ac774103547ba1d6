using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace BuyingCenter.Analysis;

/// <summary>The review of every opportunity of an account as of a date: red flags, strengths, coverage scores and funnel positions.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AccountReview
{
    private AccountReview(AccountAnalysis analysis, IReadOnlyList<OpportunityReview> opportunities)
    {
        Analysis = analysis;
        Opportunities = opportunities;
    }

    /// <summary>The plan reviewed.</summary>
    public AccountPlan Plan => Analysis.Plan;

    /// <summary>The date of the review.</summary>
    public DateTime AsOf => Analysis.AsOf;

    /// <summary>The thresholds and weights used.</summary>
    public AnalysisOptions Options => Analysis.Options;

    /// <summary>The graph facts the review was made from.</summary>
    public AccountAnalysis Analysis { get; }

    /// <summary>One review per opportunity, in plan order.</summary>
    public IReadOnlyList<OpportunityReview> Opportunities { get; }

    /// <summary>Reviews every opportunity of <paramref name="plan"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date of the review (the time of day is ignored).</param>
    /// <param name="options">Thresholds and weights, or <see langword="null"/> for the defaults.</param>
    /// <returns>The review.</returns>
    public static AccountReview Create(AccountPlan plan, DateTime asOf, AnalysisOptions? options = null) =>
        Create(AccountAnalysis.Create(Guard.Against.Null(plan), asOf, options));

    /// <summary>Reviews every opportunity from an analysis already made (its plan, date and options).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The review.</returns>
    public static AccountReview Create(AccountAnalysis analysis)
    {
        Guard.Against.Null(analysis);
        var plan = analysis.Plan;
        var reviews = new OpportunityReview[plan.Opportunities.Count];
        for (var i = 0; i < reviews.Length; i++)
        {
            reviews[i] = OpportunityReviewer.Review(analysis, plan.Opportunities[i]);
        }

        return new AccountReview(analysis, reviews);
    }

    /// <summary>Finds the review of one opportunity.</summary>
    /// <param name="id">An opportunity id.</param>
    /// <returns>The review, or <see langword="null"/> when the plan has no such opportunity.</returns>
    public OpportunityReview? FindOpportunity(string id)
    {
        foreach (var review in Opportunities)
        {
            if (string.Equals(review.Opportunity.Id, id, StringComparison.Ordinal))
            {
                return review;
            }
        }

        return null;
    }
}
