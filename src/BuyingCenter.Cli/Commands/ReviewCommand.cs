using System.CommandLine;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Cli.Rendering;
using BuyingCenter.Planning;

namespace BuyingCenter.Cli.Commands;

/// <summary><c>review PLAN</c>: per opportunity, the coverage score, red flags, strengths and ranked recommendations.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context) =>
        new PlanCommand("review", "The whole account review: coverage score, red flags, strengths and whom to meet next, per opportunity.", new[] { "text", "json", "markdown", "html" })
            .Runs(context, request =>
            {
                var accountPlan = request.LoadPlan();
                var only = request.OpportunityId is { } id ? Selection.ChooseOpportunity(accountPlan, id).Id : null;
                Run(context, accountPlan, request.AsOf, only, request.Format, request.OutputPath, request.Force);
                return ExitCodes.Success;
            });

    /// <summary>
    /// Shared with <c>demo</c>, which reviews the built-in sample the same way and prints one meeting sheet. Meeting
    /// sheets are planned only where the output prints them: the HTML report's first few, or the demo's one.
    /// </summary>
    internal static AccountReport Run(CliContext context, AccountPlan plan, System.DateTime asOf, string? opportunityId, string format, string? output, bool force = false, int? meetingPlans = null)
    {
        var sheets = meetingPlans ?? (format == "html" ? AccountReport.DefaultMeetingPlans : 0);
        var report = AccountReport.Create(plan, asOf, opportunityId, meetingPlans: sheets);
        context.Emit(output, force, (writer, color) => ReviewRenderer.Render(format, writer, color, report));
        return report;
    }
}
