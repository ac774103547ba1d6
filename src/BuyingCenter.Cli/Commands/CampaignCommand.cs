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
        var meetings = CommonOptions.Number("--meetings", "How many meetings to plan ahead.", "4", defaultValue: 4);
        return new PlanCommand("campaign", "The sequence of the next meetings toward the Economic Buyer's approval, each setting up the next.", new[] { "text", "json", "markdown" }, meetings)
            .Runs(context, request =>
            {
                var count = request.Parse.GetValue(meetings) ?? 4;
                if (count < 1)
                {
                    throw new UsageException($"--meetings takes a positive number, not {count}. Type --meetings 4, for example.");
                }

                var accountPlan = request.LoadPlan();
                var chosen = Selection.ChooseOpportunity(accountPlan, request.OpportunityId);
                Campaign campaign;
                try
                {
                    campaign = Planner.PlanCampaign(accountPlan, chosen.Id, request.AsOf, count);
                }
                catch (ArgumentOutOfRangeException e) when (e.ParamName == "asOf")
                {
                    throw new UsageException($"--as-of {Iso(request.AsOf)} leaves no room in the calendar for {count} meetings. Type an earlier date, such as --as-of {Iso(context.Host.Today)}.");
                }

                request.Emit((writer, color) => CampaignRenderer.Render(request.Format, writer, color, campaign));
                return ExitCodes.Success;
            });
    }

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
