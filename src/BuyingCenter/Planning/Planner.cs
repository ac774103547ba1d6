using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// Turns a review into action: whom to meet next (<see cref="Recommend"/>), the plan of one meeting
/// (<see cref="PlanMeeting"/>), the sequence of meetings toward the Economic Buyer's approval
/// (<see cref="PlanCampaign"/>), and the recording of what a meeting taught us (<see cref="Debrief"/>).
/// </summary>
/// <remarks>
/// <para>
/// Every method is a pure function of its arguments: no clock, no shared state; thread-safe; the same input gives
/// the same output, and reordering the plan's arrays does not change it (ties are broken by id, ordinal).
/// </para>
/// <para>
/// The score of a recommendation is <c>importance x urgency x feasibility</c>, in [0, 1):
/// importance = role weight x degree weight, raised toward 1 by centrality
/// (<c>+ (1 - base) x CentralityBoost x centrality</c>); urgency = <c>1 - e^-(BaseUrgency + sum of the weights of the
/// red flags on the person)</c>, near 0 with no flag; feasibility = <c>FeasibilityFloor + (1 - floor) x reach</c>, from
/// 0.5 with no known path to 1 for a direct, trusted relationship. A score of 0.5 means an important, badly covered
/// person we can reach; below 0.05, the plan does not need the meeting. The principles of the methodology come
/// first: a meeting to identify an unknown Economic Buyer ranks first, developing a Coach (when there is none)
/// next, whatever their scores.
/// </para>
/// </remarks>
public static class Planner
{
    /// <summary>Ranks the people of an opportunity by whom to meet next.</summary>
    /// <param name="review">The review of the opportunity (from <see cref="AccountReview.Create(AccountPlan, DateTime, AnalysisOptions?)"/>).</param>
    /// <param name="options">Weights and templates, or <see langword="null"/> for the defaults.</param>
    /// <returns>
    /// One recommendation per influence holding a role, best first. Sellers and people with no role are never
    /// recommended; they appear only on introduction paths.
    /// </returns>
    public static IReadOnlyList<Recommendation> Recommend(OpportunityReview review, PlanningOptions? options = null)
    {
        Guard.Against.Null(review);
        return RecommendationRanking.Rank(review, Validate(options));
    }

    /// <summary>Plans one meeting with one person in the reviewed opportunity.</summary>
    /// <param name="review">The review of the opportunity.</param>
    /// <param name="personId">The person to meet; they need not be an influence in the opportunity yet.</param>
    /// <param name="options">Weights and templates, or <see langword="null"/> for the defaults.</param>
    /// <returns>The meeting plan.</returns>
    /// <exception cref="PlanArgumentException">The id names no person in the plan, or names a seller.</exception>
    public static MeetingPlan PlanMeeting(OpportunityReview review, string personId, PlanningOptions? options = null)
    {
        Guard.Against.Null(review);
        Guard.Against.NullOrWhiteSpace(personId);
        var person = FindPerson(review.Analysis.Plan, personId, nameof(personId));
        return MeetingPlanning.Plan(review, person, Validate(options));
    }

    /// <summary>
    /// Plans the next meetings toward the Economic Buyer's approval. Each step is planned on a copy of the plan in which
    /// the previous steps' best actions were won: the meeting is on record with outcome BestAction, the owner's Knows
    /// relationship with the person is strong and current, a Coach's introduction links the owner to the Economic Buyer,
    /// the person's uncertain facts are confirmed and their rating rises; an Economic Buyer who agreed that a gap exists
    /// is taken to be in Growth mode. The campaign stops when the Economic Buyer's approval is won.
    /// </summary>
    /// <param name="plan">The plan (not changed).</param>
    /// <param name="opportunityId">The opportunity.</param>
    /// <param name="asOf">The day the campaign starts from; step k is dated <c>asOf + k x CampaignIntervalDays</c>.</param>
    /// <param name="meetings">How many meetings to plan, at least 1.</param>
    /// <param name="analysis">Analysis thresholds, or <see langword="null"/> for the defaults.</param>
    /// <param name="options">Weights and templates, or <see langword="null"/> for the defaults.</param>
    /// <returns>The campaign, with the assumptions it made (in particular when the Economic Buyer is unknown).</returns>
    /// <exception cref="PlanArgumentException">The plan has no such opportunity.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The campaign's dates would run past the end of the calendar.</exception>
    public static Campaign PlanCampaign(AccountPlan plan, string opportunityId, DateTime asOf, int meetings = 4, AnalysisOptions? analysis = null, PlanningOptions? options = null)
    {
        Guard.Against.Null(plan);
        Guard.Against.NullOrWhiteSpace(opportunityId);
        Guard.Against.NegativeOrZero(meetings);
        if (plan.FindOpportunity(opportunityId) is null)
        {
            throw new PlanArgumentException($"The plan has no opportunity with the id '{opportunityId}'.", nameof(opportunityId));
        }

        var checkedOptions = Validate(options);

        // Step k is dated asOf + k x interval; a campaign that would run past the end of the calendar cannot be dated.
        if ((DateTime.MaxValue.Date - asOf.Date).TotalDays < (double)meetings * checkedOptions.Campaign.IntervalDays)
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, $"A campaign of {meetings} meetings {checkedOptions.Campaign.IntervalDays} days apart from {asOf:yyyy-MM-dd} would run past the end of the calendar; start from an earlier date.");
        }

        return CampaignSimulation.Plan(plan, opportunityId, asOf.Date, meetings, analysis, checkedOptions);
    }

    /// <summary>
    /// Records a meeting that took place: appends it (with a new id such as <c>m-2026-11-22-dana</c>), updates the
    /// person's mode, rating and win-results in the opportunity (and no longer marks those facts uncertain), and
    /// refreshes the last interaction of the seller's Knows relationship with the person (creating one of strength 0.5
    /// when there is none). Everything else, unknown properties included, is kept.
    /// </summary>
    /// <param name="plan">The plan (not changed).</param>
    /// <param name="debrief">What the meeting taught us.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="PlanArgumentException">The person, seller or opportunity is not in the plan, or the outcome is Planned.</exception>
    public static AccountPlan Debrief(AccountPlan plan, MeetingDebrief debrief)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(debrief);
        Guard.Against.NullOrWhiteSpace(debrief.PersonId, nameof(debrief) + "." + nameof(MeetingDebrief.PersonId));
        return DebriefRecording.Apply(plan, debrief);
    }

    /// <summary>
    /// The library's one person check: the person with that id, or a refusal that says whether the id names one of our
    /// sellers (<paramref name="purpose"/> then says what needs a person on the customer's side) or nobody.
    /// </summary>
    internal static Person FindPerson(AccountPlan plan, string personId, string parameterName, string purpose = "meetings are planned with people") =>
        plan.FindPerson(personId) ?? throw new PlanArgumentException(
            plan.FindSeller(personId) is not null
                ? $"'{personId}' is one of our sellers; {purpose} on the customer's side."
                : $"The plan has no person with the id '{personId}'.",
            parameterName);

    internal static PlanningOptions Validate(PlanningOptions? options)
    {
        options ??= PlanningOptions.Default;
        options.Validate();
        return options;
    }
}
