using System;
using System.CommandLine;
using BuyingCenter.Analysis;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Cli.Rendering;
using BuyingCenter.Planning;

namespace BuyingCenter.Cli.Commands;

/// <summary><c>meeting PLAN --person ID</c>: the full meeting plan (the goal of the meeting) for one person.</summary>
internal static class MeetingCommand
{
    public static Command Create(CliContext context)
    {
        var person = new Option<string>("--person") { Description = "The id of the person to meet.", HelpName = "ID", Required = true };
        return new PlanCommand("meeting", "The meeting plan for one person: valid business reason, best and minimum action, questions, what to give, preparation.", new[] { "text", "json", "markdown" }, person)
            .Runs(context, request =>
            {
                var accountPlan = request.LoadPlan();
                var chosen = Selection.ChooseOpportunity(accountPlan, request.OpportunityId);
                var review = OpportunityReview.Create(accountPlan, request.AsOf, chosen.Id);
                var meeting = Plan(review, request.Parse.GetValue(person)!);
                request.Emit((writer, color) => MeetingRenderer.Render(request.Format, writer, color, meeting));
                return ExitCodes.Success;
            });
    }

    /// <summary>
    /// The planner checks the person (a seller or an unknown id is refused); its refusal becomes a usage error that
    /// says what to type instead.
    /// </summary>
    private static MeetingPlan Plan(OpportunityReview review, string personId)
    {
        try
        {
            return Planner.PlanMeeting(review, personId);
        }
        catch (ArgumentException)
        {
            // The only argument the planner can refuse here is the id typed: blank, a seller's, or nobody's.
            throw Selection.PersonRefused(review.Plan, personId, "--person");
        }
    }
}
