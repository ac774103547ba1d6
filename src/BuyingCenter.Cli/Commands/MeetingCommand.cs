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
                var who = Selection.RequirePerson(accountPlan, request.Parse.GetValue(person)!, "--person");
                var review = OpportunityReview.Create(accountPlan, request.AsOf, chosen.Id);
                var meeting = Plan(review, who.Id);
                request.Emit((writer, color) => MeetingRenderer.Render(request.Format, writer, color, meeting));
                return ExitCodes.Success;
            });
    }

    /// <summary>The planner refuses, with a sentence, a person it cannot plan for; that sentence is a usage error.</summary>
    internal static MeetingPlan Plan(OpportunityReview review, string personId)
    {
        try
        {
            return Planner.PlanMeeting(review, personId);
        }
        catch (PlanArgumentException e)
        {
            throw new UsageException($"--person {personId}: {e.Message}");
        }
    }
}
