using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace BuyingCenter.Planning;

/// <summary>Records a meeting that took place into a new plan (<see cref="Planner.Debrief"/>).</summary>
internal static class DebriefRecording
{
    public static AccountPlan Apply(AccountPlan plan, MeetingDebrief debrief)
    {
        var person = Planner.FindPerson(plan, debrief.PersonId, nameof(debrief), "a debrief records a meeting with a person");
        if (debrief.Outcome == MeetingOutcome.Planned || !Enum.IsDefined(typeof(MeetingOutcome), debrief.Outcome))
        {
            throw new PlanArgumentException("A debrief records a meeting that took place: its outcome is BestAction, MinimumAction or NoCommitment.", nameof(debrief));
        }

        if (debrief.Rating is { } rating && (rating < BuyingInfluence.MinRating || rating > BuyingInfluence.MaxRating))
        {
            throw new PlanArgumentException($"The rating {rating} is out of range: use -5 to +5.", nameof(debrief));
        }

        var opportunity = ResolveOpportunity(plan, debrief);
        if (opportunity is null && (debrief.Mode is not null || debrief.Rating is not null || debrief.WinResults is not null))
        {
            throw new PlanArgumentException(
                $"Mode, rating and win-results belong to an opportunity; name the opportunity the meeting with '{person.Id}' was about.",
                nameof(debrief));
        }

        if (debrief.Mode == ResponseMode.Unknown && opportunity?.FindInfluence(person.Id) is { Mode: not ResponseMode.Unknown } known)
        {
            throw new PlanArgumentException(
                $"'{person.Id}' is known to be in {known.Mode} mode; a debrief records what was learned and cannot set a known mode back to Unknown.",
                nameof(debrief));
        }

        var seller = ResolveSeller(plan, debrief);
        var date = debrief.Date.Date;

        // The goal the meeting was held for: the one given, else the goal the planner set for this person as the plan stood that morning.
        var goal = debrief.BestAction is null && debrief.MinimumAction is null && opportunity is not null
            ? GoalBefore(plan, opportunity.Id, person, date)
            : null;
        var builder = plan.ToBuilder();

        builder.AddMeeting(new Meeting
        {
            Id = UniqueMeetingId(plan, date, person.Id),
            Date = date,
            OpportunityId = opportunity?.Id,
            SellerIds = new[] { seller.Id },
            PersonIds = new[] { person.Id },
            BestAction = debrief.BestAction ?? goal?.BestAction,
            MinimumAction = debrief.MinimumAction ?? goal?.MinimumAction,
            Outcome = debrief.Outcome,
            NextStep = debrief.NextStep,
            Notes = debrief.Notes,
        });

        if (opportunity is not null && (debrief.Mode is not null || debrief.Rating is not null || debrief.WinResults is not null))
        {
            builder.ReplaceOpportunity(UpdateInfluence(opportunity, person.Id, debrief));
        }

        builder.SetRelationship(RefreshCoverage(plan, seller.Id, person.Id, debrief.Outcome, date));
        return builder.Build();
    }

    private static Opportunity? ResolveOpportunity(AccountPlan plan, MeetingDebrief debrief)
    {
        if (debrief.OpportunityId is { } id)
        {
            return plan.FindOpportunity(id)
                ?? throw new PlanArgumentException($"The plan has no opportunity with the id '{id}'.", nameof(debrief));
        }

        var involving = plan.Opportunities.Where(o => o.FindInfluence(debrief.PersonId) is not null).ToList();
        if (involving.Count == 1)
        {
            return involving[0];
        }

        if (involving.Count > 1)
        {
            throw new PlanArgumentException(
                $"'{debrief.PersonId}' is an influence in several opportunities ({string.Join(", ", involving.Select(o => o.Id))}); name the one the meeting was about.",
                nameof(debrief));
        }

        return plan.Opportunities.Count == 1 ? plan.Opportunities[0] : null;
    }

    private static Seller ResolveSeller(AccountPlan plan, MeetingDebrief debrief)
    {
        if (debrief.SellerId is { } id)
        {
            return plan.FindSeller(id)
                ?? throw new PlanArgumentException(
                    plan.FindPerson(id) is not null
                        ? $"'{id}' is a person on the customer's side, not one of our sellers."
                        : $"The plan has no seller with the id '{id}'.",
                    nameof(debrief));
        }

        if (plan.Sellers.Count == 1)
        {
            return plan.Sellers[0];
        }

        // The seller who already knows the person best is the one most likely to have met them.
        var best = plan.Relationships
            .Where(r => r.Kind == RelationshipKind.Knows && r.Involves(debrief.PersonId))
            .Select(r => new { Relationship = r, Seller = plan.FindSeller(r.From == debrief.PersonId ? r.To : r.From) })
            .Where(x => x.Seller is not null)
            .OrderByDescending(x => x.Relationship.Strength)
            .ThenBy(x => x.Seller!.Id, StringComparer.Ordinal)
            .Select(x => x.Seller)
            .FirstOrDefault();
        return best ?? throw new PlanArgumentException(
            $"No seller knows '{debrief.PersonId}' yet; name the seller who held the meeting.",
            nameof(debrief));
    }

    private static Opportunity UpdateInfluence(Opportunity opportunity, string personId, MeetingDebrief debrief)
    {
        var influences = opportunity.Influences.ToList();
        var index = influences.FindIndex(i => string.Equals(i.PersonId, personId, StringComparison.Ordinal));

        // Learning someone's view makes them an influence, even before their role is known.
        var influence = index >= 0 ? influences[index] : new BuyingInfluence { PersonId = personId };
        var uncertain = influence.Uncertain;
        if (debrief.Mode is { } mode)
        {
            influence = influence with { Mode = mode };
            uncertain &= ~InfluenceFacts.Mode;
        }

        if (debrief.Rating is { } rating)
        {
            influence = influence with { Rating = rating };
            uncertain &= ~InfluenceFacts.Rating;
        }

        if (debrief.WinResults is { } learned)
        {
            influence = influence with { WinResults = MergeWinResults(influence.WinResults, learned) };
            uncertain &= ~InfluenceFacts.WinResults;
        }

        influence = influence with { Uncertain = uncertain };
        if (index >= 0)
        {
            influences[index] = influence;
        }
        else
        {
            influences.Add(influence);
        }

        return opportunity with { Influences = influences };
    }

    // The learned list wins, but an entry the plan already held keeps its unknown properties.
    private static WinResult[] MergeWinResults(IReadOnlyList<WinResult> recorded, IReadOnlyList<WinResult> learned) =>
        learned.Select(w => recorded.FirstOrDefault(r => r.Result == w.Result && r.Win == w.Win && w.Extensions.Count == 0) ?? w).ToArray();

    /// <summary>The seller's relationship with the person after the meeting, by the amounts of <see cref="MeetingCoverage"/> (the same as a CRM activity's).</summary>
    private static Relationship RefreshCoverage(AccountPlan plan, string sellerId, string personId, MeetingOutcome outcome, DateTime date)
    {
        var existing = plan.Relationships.FirstOrDefault(r =>
            r.Kind == RelationshipKind.Knows && r.Involves(sellerId) && r.Involves(personId));
        return existing is null ? MeetingCoverage.FirstMeeting(sellerId, personId, outcome, date) : MeetingCoverage.LaterMeeting(existing, outcome, date);
    }

    private static MeetingGoal GoalBefore(AccountPlan plan, string opportunityId, Person person, DateTime date)
    {
        // The goal the meeting was held for is the one planned the day before (the first day of the calendar has none before it).
        var review = Analysis.OpportunityReview.Create(plan, date > DateTime.MinValue.Date ? date.AddDays(-1) : date, opportunityId);
        var context = new MeetingContext(review, person, PlanningOptions.Default);
        return MeetingGoalTable.Goal(MeetingPlanning.ChooseRow(review, context, PlanningOptions.Default), context);
    }

    private static string UniqueMeetingId(AccountPlan plan, DateTime date, string personId)
    {
        var taken = new HashSet<string>(plan.Meetings.Where(m => m.Id is not null).Select(m => m.Id!), StringComparer.Ordinal);
        var stem = "m-" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + personId;
        var id = stem;
        for (var n = 2; taken.Contains(id); n++)
        {
            id = stem + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return id;
    }
}
