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

    /// <summary>The position the plan supports, and a sentence saying why.</summary>
    public static SalesStage Derive(OpportunityReviewer review, int provenCoaches, int highFlags, out string explanation)
    {
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
        var receptiveMet = new SortedDictionary<string, PersonFacts>(StringComparer.Ordinal);
        var receptiveNotMet = new SortedDictionary<string, PersonFacts>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (fact.Influence.Mode is ResponseMode.Growth or ResponseMode.Trouble)
            {
                (met.Contains(fact.Person.Id) ? receptiveMet : receptiveNotMet)[fact.Person.Id] = fact;
            }
        }

        if (receptiveMet.Count == 0)
        {
            explanation = receptiveNotMet.Count == 0
                ? "Above the funnel: no influence is in Growth or Trouble mode, so no one sees a gap we could close."
                : "Above the funnel: " + Receptive(receptiveNotMet.Values) + (receptiveNotMet.Count == 1 ? " has" : " have") + " not been met about that gap.";
            return SalesStage.AboveTheFunnel;
        }

        var gaps = new List<string>();
        if (economicBuyers == 0)
        {
            gaps.Add("the Economic Buyer is unknown");
        }

        foreach (var fact in OpportunityReviewer.ByPersonId(facts))
        {
            if (!fact.IsEconomic)
            {
                continue;
            }

            if (!fact.IsCovered)
            {
                gaps.Add(string.Format(Invariant, "{0} is not covered", fact.Label));
            }

            if (fact.Influence.Rating is not { } rating || rating < options.Thresholds.BestFewEconomicBuyerRating)
            {
                gaps.Add(string.Format(
                    Invariant,
                    "{0} is {1}, not {2} or better",
                    fact.Label,
                    fact.Influence.Rating is { } r ? "rated " + RedFlagRules.Signed(r) : "unrated",
                    RedFlagRules.Signed(options.Thresholds.BestFewEconomicBuyerRating)));
            }
        }

        if (provenCoaches == 0)
        {
            gaps.Add("no proven Coach is in place");
        }

        if (highFlags > 0)
        {
            gaps.Add(string.Format(Invariant, "{0} High red flag(s) remain", highFlags));
        }

        var inFunnel = "In the funnel: " + Receptive(receptiveMet.Values) + (receptiveMet.Count == 1 ? " has" : " have") + " been met";
        if (gaps.Count == 0)
        {
            explanation = "Best few: " + inFunnel.Substring("In the funnel: ".Length) + ", and the Economic Buyer is identified, covered and favourable, a proven Coach is in place and no High red flag remains.";
            return SalesStage.BestFew;
        }

        explanation = inFunnel + "; not among the best few because " + RedFlagRules.JoinWords(gaps) + ".";
        return SalesStage.InTheFunnel;
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

    /// <summary>The people met in a meeting on record about this opportunity or at account level.</summary>
    private static HashSet<string> PeopleMetInOpportunity(OpportunityReviewer review)
    {
        var analysis = review.Analysis;
        var opportunity = review.Opportunity;
        var met = new HashSet<string>(StringComparer.Ordinal);
        foreach (var meeting in review.Plan.Meetings)
        {
            if ((meeting.OpportunityId is null || string.Equals(meeting.OpportunityId, opportunity.Id, StringComparison.Ordinal))
                && AccountAnalysis.IsOnRecord(meeting, analysis.AsOf))
            {
                foreach (var personId in meeting.PersonIds)
                {
                    met.Add(personId);
                }
            }
        }

        return met;
    }
}
