using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// Plans a campaign by simulation: plan a meeting, assume its best action is won, write that into a copy of the
/// plan, review the copy, plan the next meeting.
/// </summary>
internal static class CampaignSimulation
{
    public static Campaign Plan(AccountPlan plan, string opportunityId, DateTime asOf, int meetings, AnalysisOptions? analysisOptions, PlanningOptions options)
    {
        var steps = new List<CampaignStep>();
        var assumptions = new List<string>();
        var met = new HashSet<string>(StringComparer.Ordinal);
        var current = plan;
        string? introducedTo = null;
        var economicBuyerIdentified = false;
        var done = new HashSet<string>(StringComparer.Ordinal);

        for (var step = 1; step <= meetings; step++)
        {
            var date = asOf.AddDays(step * options.Campaign.IntervalDays);
            // Planned as the plan stands when the previous meeting is over (today, for the first): the first step is the
            // meeting `next` and `meeting` plan today, with the same owner, companion and route.
            var known = asOf.AddDays((step - 1) * options.Campaign.IntervalDays);
            var review = OpportunityReview.Create(current, known, opportunityId, analysisOptions);
            var economicBuyer = review.EconomicBuyers.OrderBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault();
            var person = Choose(review, economicBuyer, introducedTo, met, economicBuyerIdentified, step == meetings, options);
            if (person is null)
            {
                assumptions.Add("After step " + (step - 1).ToString(CultureInfo.InvariantCulture) + " no one in the plan is left to meet; the campaign ends early.");
                break;
            }

            var context = new MeetingContext(review, person, options);
            var row = MeetingPlanning.ChooseRow(review, context, options);
            if (economicBuyerIdentified && row == GoalRow.IdentifyEconomicBuyer)
            {
                // Once someone has been asked who signs, the campaign cannot go further until the answer is recorded.
                assumptions.Add("After step " + (step - 1).ToString(CultureInfo.InvariantCulture) + " the campaign waits for the Economic Buyer to be named and recorded; it ends here.");
                break;
            }

            // A campaign never repeats a step: the same person with the same goal gains nothing the first did not.
            if (!done.Add(person.Id + "\u0000" + row.ToString()))
            {
                assumptions.Add("After step " + (step - 1).ToString(CultureInfo.InvariantCulture) + " the next meeting would repeat " + person.Name + "'s step with the same goal; the campaign ends here.");
                break;
            }

            var goal = MeetingGoalTable.Goal(row, context);
            steps.Add(new CampaignStep(step, OfGivenPlan(plan, context.Approach), goal, MeetingGoalTable.SteppingStone(row, context), date));
            if (row != GoalRow.DevelopCoach)
            {
                // A person developed into a Coach is met again, as the Coach, for the introduction.
                met.Add(person.Id);
            }
            introducedTo = row == GoalRow.CoachIntroduction ? economicBuyer?.Id : row == GoalRow.CoachRoute ? context.NextOnRoute?.Id : null;

            if (row == GoalRow.IdentifyEconomicBuyer)
            {
                economicBuyerIdentified = true;
                assumptions.Add("The Economic Buyer is unknown: step " + step.ToString(CultureInfo.InvariantCulture) + " assumes " + person.Name
                    + " names them, but the plan cannot say who they are; the steps after it go on with the people the plan knows, and the meeting with the Economic Buyer follows once they are named and recorded.");
            }

            if (row == GoalRow.DevelopCoach)
            {
                assumptions.Add("Step " + step.ToString(CultureInfo.InvariantCulture) + " assumes " + person.Name + " agrees to guide us and becomes our Coach.");
            }

            if (context.Has(BuyingRoles.Economic) && row is GoalRow.EconomicEvenKeel or GoalRow.Overconfident)
            {
                // No one is made receptive by assumption: while the Economic Buyer sees no gap, the campaign ends at that rung.
                assumptions.Add("Step " + step.ToString(CultureInfo.InvariantCulture) + " is as far as the campaign goes: " + person.Name + " sees no gap today ("
                    + context.Influence!.Mode.ToString() + "), and whether they come to see one is for that meeting to show, not for a plan to assume.");
                break;
            }

            if (row == GoalRow.EconomicReceptive)
            {
                break; // The Economic Buyer's approval is the campaign's end.
            }

            current = AssumeWon(current, opportunityId, context, row, goal, date, economicBuyer, options);
        }

        return new Campaign(plan.Account, plan.FindOpportunity(opportunityId)!, asOf, steps, assumptions);
    }

    // The person, sellers and introducers of a step as the plan given to the planner has them, not the simulated copy's
    // (the simulation adds relationships, never parties).
    private static Approach OfGivenPlan(AccountPlan plan, Approach simulated)
    {
        Party Given(Party party) => plan.FindParty(party.Id) ?? party;
        return new Approach(
            (Person)Given(simulated.Person),
            simulated.Owner is null ? null : (Seller)Given(simulated.Owner),
            simulated.Companion is null ? null : (Seller)Given(simulated.Companion),
            simulated.Route?.WithParties(Given));
    }

    private static Person? Choose(OpportunityReview review, Person? economicBuyer, string? introducedTo, HashSet<string> met, bool identified, bool lastStep, PlanningOptions options)
    {
        var plan = review.Analysis.Plan;
        if (introducedTo is not null)
        {
            return plan.FindPerson(introducedTo);
        }

        Person? chosen;
        if (economicBuyer is not null && lastStep)
        {
            chosen = economicBuyer;
        }
        else
        {
            var recommendations = Planner.Recommend(review, options);
            var next = recommendations.FirstOrDefault(r =>
                !met.Contains(r.Approach.Person.Id) && !(identified && r.Breakdown.Principle == PlanningPrinciple.IdentifyEconomicBuyer));

            // The Economic Buyer can be met again: the second meeting asks for what the first made possible.
            next ??= economicBuyer is null ? null : recommendations.FirstOrDefault(r => r.Approach.Person.Id == economicBuyer.Id);
            chosen = next?.Approach.Person;
        }

        // Before an Economic Buyer we do not cover, the Coach's introduction comes first.
        if (chosen is not null && economicBuyer is not null && chosen.Id == economicBuyer.Id && !review.Analysis.IsCovered(economicBuyer.Id))
        {
            var coach = review.Influences
                .Where(a => a.Influence.Has(BuyingRoles.Coach) && !a.Influence.Has(BuyingRoles.Economic) && !met.Contains(a.Person.Id)
                    && (a.Influence.Rating ?? 0) > options.Thresholds.OpposedRating)
                .OrderByDescending(a => a.Influence.Rating ?? 0)
                .ThenByDescending(a => a.Coverage.Strength)
                .ThenBy(a => a.Person.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (coach is not null)
            {
                return coach.Person;
            }
        }

        return chosen;
    }

    // The owner and, with a senior person, the companion: both are at the meeting and both come out knowing the person.
    private static string[] Attending(MeetingContext context) =>
        context.OwnerId is null ? Array.Empty<string>()
        : context.CompanionId is null ? new[] { context.OwnerId }
        : new[] { context.OwnerId, context.CompanionId };

    private static AccountPlan AssumeWon(AccountPlan plan, string opportunityId, MeetingContext context, GoalRow row, MeetingGoal goal, DateTime date, Person? economicBuyer, PlanningOptions options)
    {
        var person = context.Person;
        var builder = plan.ToBuilder();
        builder.AddMeeting(new Meeting
        {
            Id = "campaign-" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + person.Id,
            Date = date,
            OpportunityId = opportunityId,
            SellerIds = Attending(context),
            PersonIds = new[] { person.Id },
            BestAction = goal.BestAction,
            MinimumAction = goal.MinimumAction,
            Outcome = MeetingOutcome.BestAction,
        });

        foreach (var seller in Attending(context))
        {
            builder.SetRelationship(Strengthened(plan, seller, person.Id, options.Campaign.MetStrength, date));
        }

        if (row == GoalRow.CoachIntroduction && economicBuyer is not null && context.EconomicBuyerOwnerId is { } introduced)
        {
            builder.SetRelationship(Strengthened(plan, introduced, economicBuyer.Id, options.Campaign.IntroductionStrength, date));
        }

        if (context.Influence is { } influence)
        {
            var learned = influence with
            {
                Uncertain = InfluenceFacts.None,
                Rating = Math.Min(BuyingInfluence.MaxRating, (influence.Rating ?? 0) + options.Campaign.RatingGain),
                Mode = influence.Mode,
                Roles = row == GoalRow.DevelopCoach ? influence.Roles | BuyingRoles.Coach : influence.Roles,
            };
            var opportunity = plan.FindOpportunity(opportunityId)!;
            builder.ReplaceOpportunity(opportunity with
            {
                Influences = opportunity.Influences.Select(i => i.PersonId == person.Id ? learned : i).ToArray(),
            });
        }

        return builder.Build();
    }

    private static Relationship Strengthened(AccountPlan plan, string sellerId, string personId, double strength, DateTime date)
    {
        var existing = plan.Relationships.FirstOrDefault(r => r.Kind == RelationshipKind.Knows && r.Involves(sellerId) && r.Involves(personId));
        return existing is null
            ? new Relationship { From = sellerId, To = personId, Kind = RelationshipKind.Knows, Strength = strength, LastInteraction = date }
            : existing with { Strength = Math.Max(existing.Strength, strength), LastInteraction = date };
    }
}
