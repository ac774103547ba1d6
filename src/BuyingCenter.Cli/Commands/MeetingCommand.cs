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
        var plan = CommonOptions.Plan();
        var person = new Option<string>("--person") { Description = "The id of the person to meet.", HelpName = "ID", Required = true };
        var opportunity = CommonOptions.Opportunity();
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format("text", "json", "markdown");
        var output = CommonOptions.Output();
        var command = new Command("meeting", "The meeting plan for one person: valid business reason, best and minimum action, questions, what to give, preparation.")
        {
            plan, person, opportunity, asOf, format, output,
        };
        command.SetAction(parse =>
        {
            var chosenFormat = CommonOptions.Normalize(parse.GetValue(format)!);
            return context.Execute(chosenFormat, () =>
            {
                var date = CommonOptions.ParseDate(parse.GetValue(asOf), "--as-of", context.Host.Today);
                var accountPlan = PlanSource.Load(parse.GetValue(plan)!);
                var chosen = Selection.ChooseOpportunity(accountPlan, parse.GetValue(opportunity));
                var who = Selection.RequirePerson(accountPlan, parse.GetValue(person)!, "--person");
                var review = AccountReview.Create(accountPlan, date).FindOpportunity(chosen.Id)!;
                var meeting = Plan(review, who.Id);
                context.Emit(parse.GetValue(output), (writer, color) => MeetingRenderer.Render(chosenFormat, writer, color, accountPlan, meeting));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    /// <summary>The planner refuses, with a sentence, a person it cannot plan for; that sentence is a usage error.</summary>
    internal static MeetingPlan Plan(OpportunityReview review, string personId)
    {
        try
        {
            return Planner.PlanMeeting(review, personId);
        }
        catch (ArgumentException e)
        {
            var message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty);
            throw new UsageException($"--person {personId}: {message}");
        }
    }
}
