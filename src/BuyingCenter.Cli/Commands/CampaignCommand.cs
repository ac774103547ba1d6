using System;
using System.CommandLine;
using System.Globalization;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Cli.Rendering;
using BuyingCenter.Planning;

namespace BuyingCenter.Cli.Commands;

/// <summary><c>campaign PLAN [--meetings N]</c>: the next N meetings toward the Economic Buyer's approval.</summary>
internal static class CampaignCommand
{
    public static Command Create(CliContext context)
    {
        var plan = CommonOptions.Plan();
        var meetings = CommonOptions.Number("--meetings", "How many meetings to plan ahead.", "4", defaultValue: 4);
        var opportunity = CommonOptions.Opportunity();
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format("text", "json", "markdown");
        var output = CommonOptions.Output();
        var command = new Command("campaign", "The sequence of the next meetings toward the Economic Buyer's approval, each setting up the next.")
        {
            plan, meetings, opportunity, asOf, format, output,
        };
        command.SetAction(parse =>
        {
            var chosenFormat = CommonOptions.Normalize(parse.GetValue(format)!);
            return context.Execute(chosenFormat, () =>
            {
                var date = CommonOptions.ParseDate(parse.GetValue(asOf), "--as-of", context.Host.Today);
                var count = parse.GetValue(meetings) ?? 4;
                if (count < 1)
                {
                    throw new UsageException($"--meetings takes a positive number, not {count}. Type --meetings 4, for example.");
                }

                var accountPlan = PlanSource.Load(parse.GetValue(plan)!);
                var chosen = Selection.ChooseOpportunity(accountPlan, parse.GetValue(opportunity));
                Campaign campaign;
                try
                {
                    campaign = Planner.PlanCampaign(accountPlan, chosen.Id, date, count);
                }
                catch (ArgumentOutOfRangeException e) when (e.ParamName == "asOf")
                {
                    throw new UsageException($"--as-of {Iso(date)} leaves no room in the calendar for {count} meetings. Type an earlier date, such as --as-of {Iso(context.Host.Today)}.");
                }

                context.Emit(parse.GetValue(output), (writer, color) => CampaignRenderer.Render(chosenFormat, writer, color, accountPlan, campaign));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
