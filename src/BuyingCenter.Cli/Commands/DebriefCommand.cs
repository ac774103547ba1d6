using System;
using System.CommandLine;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Cli.Rendering;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;

namespace BuyingCenter.Cli.Commands;

/// <summary>
/// <c>debrief PLAN --person ID --outcome ...</c>: records a meeting that took place into the plan file
/// (atomically, unknown properties kept) and prints the new top recommendation.
/// </summary>
internal static class DebriefCommand
{
    public static Command Create(CliContext context)
    {
        var plan = CommonOptions.Plan();
        var person = new Option<string>("--person") { Description = "The person met.", HelpName = "ID", Required = true };
        var outcome = new Option<string>("--outcome") { Description = "What was committed: BestAction, MinimumAction or NoCommitment.", HelpName = "BestAction|MinimumAction|NoCommitment", Required = true };
        var seller = new Option<string?>("--seller") { Description = "Our seller who held the meeting (default: the person's coverage owner).", HelpName = "ID" };
        var date = new Option<string?>("--date") { Description = "The day of the meeting (YYYY-MM-DD); default: today.", HelpName = "DATE" };
        var nextStep = new Option<string?>("--next-step") { Description = "The next step agreed.", HelpName = "TEXT" };
        var mode = new Option<string?>("--mode") { Description = "What was learned of their mode: Growth, Trouble, EvenKeel, Overconfident.", HelpName = "M" };
        var rating = CommonOptions.Number("--rating", "What was learned of their rating, -5 to +5.", "2");
        var notes = new Option<string?>("--notes") { Description = "Notes from the meeting.", HelpName = "TEXT" };
        var opportunity = CommonOptions.Opportunity();
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format("text", "json");
        var command = new Command("debrief", "Record a meeting that took place into the plan file and show the new top recommendation.")
        {
            plan, person, outcome, seller, date, nextStep, mode, rating, notes, opportunity, asOf, format,
        };
        command.SetAction(parse =>
        {
            var chosenFormat = CommonOptions.Normalize(parse.GetValue(format)!);
            return context.Execute(chosenFormat, () =>
            {
                var today = CommonOptions.ParseDate(parse.GetValue(asOf), "--as-of", context.Host.Today);
                var meetingDate = CommonOptions.ParseDate(parse.GetValue(date), "--date", today);
                var result = Selection.ParseEnum(parse.GetValue(outcome)!, "--outcome", MeetingOutcome.BestAction, MeetingOutcome.MinimumAction, MeetingOutcome.NoCommitment);
                ResponseMode? learnedMode = parse.GetValue(mode) is { } m
                    ? Selection.ParseEnum(m, "--mode", ResponseMode.Growth, ResponseMode.Trouble, ResponseMode.EvenKeel, ResponseMode.Overconfident, ResponseMode.Unknown)
                    : null;
                var learnedRating = parse.GetValue(rating);
                if (learnedRating is < BuyingInfluence.MinRating or > BuyingInfluence.MaxRating)
                {
                    throw new UsageException($"--rating takes a number from -5 to +5, not {learnedRating}. Type --rating 2, for example.");
                }

                var path = parse.GetValue(plan)!;
                Person? who = null;
                Opportunity? chosen = null;

                // Read, change and save under the plan's lock: a second debrief at the same moment waits, then adds its meeting to this one's.
                var updated = OutputGuard.Rewrite(context.Host, path, accountPlan =>
                {
                    chosen = Selection.ChooseOpportunity(accountPlan, parse.GetValue(opportunity));
                    who = Selection.RequirePerson(accountPlan, parse.GetValue(person)!, "--person");
                    var by = parse.GetValue(seller) is { } s ? Selection.RequireSeller(accountPlan, s, "--seller") : null;
                    return Record(accountPlan, by is null, new MeetingDebrief
                    {
                        OpportunityId = chosen.Id,
                        PersonId = who.Id,
                        SellerId = by?.Id,
                        Date = meetingDate,
                        Outcome = result,
                        NextStep = parse.GetValue(nextStep),
                        Mode = learnedMode,
                        Rating = learnedRating,
                        Notes = parse.GetValue(notes),
                    });
                });

                var review = OpportunityReview.Create(updated, today, chosen!.Id);
                var top = Planner.Recommend(review).Take(1).ToList();
                if (chosenFormat != "json")
                {
                    context.Out.WriteLine($"Recorded the meeting with {Describe.Person(updated, who!.Id)} on {Terminal.Date(meetingDate)} ({result}) in {path}.");
                }

                context.Emit(null, false, (writer, color) => RecommendationsRenderer.Render(chosenFormat, writer, color, review, top));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    /// <summary>The planner refuses a debrief it cannot record with a sentence for the user: that is a usage error.</summary>
    private static AccountPlan Record(AccountPlan plan, bool sellerOmitted, MeetingDebrief debrief)
    {
        try
        {
            return Planner.Debrief(plan, debrief);
        }
        catch (PlanArgumentException e)
        {
            var hint = sellerOmitted
                ? " Sellers in this plan: " + string.Join(", ", plan.Sellers.Select(s => "--seller " + s.Id)) + "."
                : string.Empty;
            throw new UsageException(e.Message + hint);
        }
    }
}
