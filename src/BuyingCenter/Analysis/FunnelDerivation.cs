using System;
using System.Collections.Generic;
using System.Globalization;

namespace BuyingCenter.Analysis;

/// <summary>
/// The funnel position derived rather than asserted (domain.md, section 3): AboveTheFunnel while the objective is vague,
/// NoGap holds or no influence in Growth or Trouble mode has been met; InTheFunnel once one has; BestFew when, besides,
/// the Economic Buyer is identified, covered and favourable, a proven Coach is in place and no High red flag remains.
/// </summary>
internal static class FunnelDerivation
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The position the plan supports.</summary>
    public static SalesStage Derive(OpportunityReviewer review, int provenCoaches, int highFlags) =>
        Derive(review, provenCoaches, highFlags, explain: false, out _);

    /// <summary>A sentence saying why the plan supports the position <see cref="Derive(OpportunityReviewer, int, int)"/> gives.</summary>
    /// <remarks>Written only when read: a portfolio derives thousands of positions and prints none of these sentences.</remarks>
    public static string Explain(OpportunityReviewer review, int provenCoaches, int highFlags)
    {
        Derive(review, provenCoaches, highFlags, explain: true, out var explanation);
        return explanation!;
    }

    /// <summary>One derivation for the position and its sentence, so that the two never disagree; the words are only made when <paramref name="explain"/> is set.</summary>
    private static SalesStage Derive(OpportunityReviewer review, int provenCoaches, int highFlags, bool explain, out string? explanation)
    {
        explanation = null;
        var opportunity = review.Opportunity;
        var options = review.Options;
        var facts = review.Influences;
        var noGap = review.NoGapDeciders;
        var economicBuyers = review.EconomicBuyers.Count;
        if (opportunity.Quantity is null || opportunity.CloseDate is null)
        {
            explanation = "Above the funnel: the Single Sales Objective is vague (no quantity or no date).";
            return SalesStage.AboveTheFunnel;
        }

        if (noGap is not null)
        {
            explanation = "Above the funnel: nobody who decides sees a reason to change (NoGap).";
            return SalesStage.AboveTheFunnel;
        }

        var met = PeopleMetInOpportunity(review);

        // Named in person-id order so that the sentence does not depend on the order of the plan's arrays.
        var receptiveMet = explain ? new List<PersonFacts>() : null;
        var receptiveNotMet = explain ? new List<PersonFacts>() : null;
        var metCount = 0;
        var notMetCount = 0;
        foreach (var fact in explain ? OpportunityReviewer.ByPersonId(facts) : facts)
        {
            if (fact.Influence.Mode is ResponseMode.Growth or ResponseMode.Trouble)
            {
                if (met[fact.Index])
                {
                    metCount++;
                    receptiveMet?.Add(fact);
                }
                else
                {
                    notMetCount++;
                    receptiveNotMet?.Add(fact);
                }
            }
        }

        if (metCount == 0)
        {
            if (explain)
            {
                explanation = notMetCount == 0
                    ? "Above the funnel: no influence is in Growth or Trouble mode, so no one sees a gap we could close."
                    : "Above the funnel: " + Receptive(receptiveNotMet!) + (notMetCount == 1 ? " has" : " have") + " not been met about that gap.";
            }

            return SalesStage.AboveTheFunnel;
        }

        var gaps = explain ? new List<string>() : null;
        var gapCount = 0;
        if (economicBuyers == 0)
        {
            gapCount++;
            gaps?.Add("the Economic Buyer is unknown");
        }

        foreach (var fact in explain ? OpportunityReviewer.ByPersonId(facts) : facts)
        {
            if (!fact.IsEconomic)
            {
                continue;
            }

            if (!fact.IsCovered)
            {
                gapCount++;
                gaps?.Add(string.Format(Invariant, "{0} is not covered", fact.Label));
            }

            if (fact.Influence.Rating is not { } rating || rating < options.Thresholds.BestFewEconomicBuyerRating)
            {
                gapCount++;
                gaps?.Add(string.Format(
                    Invariant,
                    "{0} is {1}, not {2} or better",
                    fact.Label,
                    fact.Influence.Rating is { } r ? "rated " + RedFlagRules.Signed(r) : "unrated",
                    RedFlagRules.Signed(options.Thresholds.BestFewEconomicBuyerRating)));
            }
        }

        if (provenCoaches == 0)
        {
            gapCount++;
            gaps?.Add("no proven Coach is in place");
        }

        if (highFlags > 0)
        {
            gapCount++;
            gaps?.Add(string.Format(Invariant, "{0} High red flag(s) remain", highFlags));
        }

        if (explain)
        {
            var inFunnel = "In the funnel: " + Receptive(receptiveMet!) + (metCount == 1 ? " has" : " have") + " been met";
            explanation = gapCount == 0
                ? "Best few: " + inFunnel.Substring("In the funnel: ".Length) + ", and the Economic Buyer is identified, covered and favourable, a proven Coach is in place and no High red flag remains."
                : inFunnel + "; not among the best few because " + RedFlagRules.JoinWords(gaps!) + ".";
        }

        return gapCount == 0 ? SalesStage.BestFew : SalesStage.InTheFunnel;
    }

    private static string Receptive(IEnumerable<PersonFacts> people)
    {
        var names = new List<string>();
        foreach (var fact in people)
        {
            names.Add(string.Format(Invariant, "{0} in {1} mode", fact.Label, fact.Influence.Mode));
        }

        return RedFlagRules.JoinWords(names);
    }

    /// <summary>Which influences were met in a meeting on record about this opportunity or at account level, by their index in the facts.</summary>
    private static bool[] PeopleMetInOpportunity(OpportunityReviewer review)
    {
        var analysis = review.Analysis;
        var opportunity = review.Opportunity;
        var met = new bool[review.Influences.Count];
        var meetingList = review.Plan.Meetings;
        for (var mIndex = 0; mIndex < meetingList.Count; mIndex++)
        {
            var meeting = meetingList[mIndex];
            if ((meeting.OpportunityId is null || string.Equals(meeting.OpportunityId, opportunity.Id, StringComparison.Ordinal))
                && AccountAnalysis.IsOnRecord(meeting, analysis.AsOf))
            {
                var personIdList = meeting.PersonIds;
                for (var pIndex = 0; pIndex < personIdList.Count; pIndex++)
                {
                    if (review.FactsOf(personIdList[pIndex]) is { } fact)
                    {
                        met[fact.Index] = true;
                    }
                }
            }
        }

        return met;
    }
}
