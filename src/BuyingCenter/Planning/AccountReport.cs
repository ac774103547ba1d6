using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// Everything an account review shows, made in one call: per opportunity its review (score, red flags, strengths,
/// funnel position), whom to meet next, and the meeting plans of the first recommendations. A report, a web page or
/// the command line's <c>review</c> only arranges it.
/// <code>
/// var report = AccountReport.Create(plan, new DateTime(2026, 11, 22));
/// foreach (var o in report.Opportunities)
/// {
///     Console.WriteLine($"{o.Review.Opportunity.Id}: {o.Review.CoverageScore}/100, meet {o.Recommendations[0].Approach.Person.Name} first");
/// }
/// </code>
/// </summary>
/// <remarks>Made only by <see cref="Create"/>. Immutable and thread-safe.</remarks>
public sealed class AccountReport
{
    /// <summary>How many of the first recommendations of each opportunity get a meeting plan unless told otherwise.</summary>
    public const int DefaultMeetingPlans = 3;

    private AccountReport(AccountAnalysis analysis, IReadOnlyList<OpportunityReport> opportunities)
    {
        Analysis = analysis;
        Opportunities = opportunities;
    }

    /// <summary>The graph facts (plan, date, analysis options) every opportunity was reviewed from.</summary>
    public AccountAnalysis Analysis { get; }

    /// <summary>The plan reported on.</summary>
    public AccountPlan Plan => Analysis.Plan;

    /// <summary>The date of the review.</summary>
    public DateTime AsOf => Analysis.AsOf;

    /// <summary>One report per opportunity in plan order, or only the opportunity asked for.</summary>
    public IReadOnlyList<OpportunityReport> Opportunities { get; }

    /// <summary>Reviews the opportunities of a plan and plans whom to meet next in each.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date of the review (the time of day is ignored).</param>
    /// <param name="opportunityId">Only this opportunity (no other is reviewed), or <see langword="null"/> for every opportunity.</param>
    /// <param name="analysis">Analysis thresholds and weights, or <see langword="null"/> for the defaults.</param>
    /// <param name="planning">Planning weights and templates, or <see langword="null"/> for the defaults.</param>
    /// <param name="meetingPlans">How many of each opportunity's first recommendations get a meeting plan, 0 or more.</param>
    /// <returns>The report.</returns>
    /// <exception cref="PlanArgumentException">The plan has no opportunity with <paramref name="opportunityId"/>.</exception>
    public static AccountReport Create(
        AccountPlan plan,
        DateTime asOf,
        string? opportunityId = null,
        AnalysisOptions? analysis = null,
        PlanningOptions? planning = null,
        int meetingPlans = DefaultMeetingPlans)
    {
        Guard.Against.Null(plan);
        Guard.Against.Negative(meetingPlans);
        var checkedPlanning = Planner.Validate(planning);
        var facts = AccountAnalysis.Create(plan, asOf, analysis);
        var reviews = opportunityId is null
            ? AccountReview.Create(facts).Opportunities
            : new[] { OpportunityReview.Create(facts, opportunityId) };
        var reports = new OpportunityReport[reviews.Count];
        for (var i = 0; i < reports.Length; i++)
        {
            reports[i] = OpportunityReport.Create(reviews[i], checkedPlanning, meetingPlans);
        }

        return new AccountReport(facts, reports);
    }
}

/// <summary>One opportunity of an <see cref="AccountReport"/>: its review, whom to meet next, and the first meetings planned.</summary>
/// <remarks>Made only by <see cref="AccountReport.Create"/>. Immutable and thread-safe.</remarks>
public sealed class OpportunityReport
{
    private OpportunityReport(OpportunityReview review, IReadOnlyList<Recommendation> recommendations, IReadOnlyList<MeetingPlan> meetingPlans)
    {
        Review = review;
        Recommendations = recommendations;
        MeetingPlans = meetingPlans;
    }

    /// <summary>The review of the opportunity.</summary>
    public OpportunityReview Review { get; }

    /// <summary>Whom to meet next, best first, as <see cref="Planner.Recommend"/> ranks them.</summary>
    public IReadOnlyList<Recommendation> Recommendations { get; }

    /// <summary>The meeting plan of each of the first recommendations, in rank order (as <see cref="Planner.PlanMeeting"/> plans it).</summary>
    public IReadOnlyList<MeetingPlan> MeetingPlans { get; }

    internal static OpportunityReport Create(OpportunityReview review, PlanningOptions options, int meetingPlans)
    {
        var recommendations = RecommendationRanking.Rank(review, options);
        var plans = new MeetingPlan[Math.Min(meetingPlans, recommendations.Count)];
        for (var i = 0; i < plans.Length; i++)
        {
            plans[i] = MeetingPlanning.Plan(review, recommendations[i].Approach.Person, options);
        }

        return new OpportunityReport(review, recommendations, plans);
    }
}
