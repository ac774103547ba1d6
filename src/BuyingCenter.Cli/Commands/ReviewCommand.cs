using System.CommandLine;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Cli.Rendering;
using BuyingCenter.Planning;

namespace BuyingCenter.Cli.Commands;

/// <summary><c>review PLAN</c>: per opportunity, the coverage score, red flags, strengths and ranked recommendations.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var plan = CommonOptions.Plan();
        var opportunity = CommonOptions.Opportunity();
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format("text", "json", "markdown");
        var output = CommonOptions.Output();
        var command = new Command("review", "The whole account review: coverage score, red flags, strengths and whom to meet next, per opportunity.")
        {
            plan, opportunity, asOf, format, output,
        };
        command.SetAction(parse =>
        {
            var chosenFormat = CommonOptions.Normalize(parse.GetValue(format)!);
            return context.Execute(chosenFormat, () =>
            {
                var date = CommonOptions.ParseDate(parse.GetValue(asOf), "--as-of", context.Host.Today);
                var accountPlan = PlanSource.Load(parse.GetValue(plan)!);
                var only = parse.GetValue(opportunity) is { } id ? Selection.ChooseOpportunity(accountPlan, id) : null;
                Run(context, accountPlan, date, only, chosenFormat, parse.GetValue(output));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    /// <summary>Shared with <c>demo</c>, which reviews the built-in sample the same way.</summary>
    internal static AccountReview Run(CliContext context, AccountPlan plan, System.DateTime asOf, Opportunity? only, string format, string? output)
    {
        var review = AccountReview.Create(plan, asOf);
        var opportunities = review.Opportunities
            .Where(o => only is null || o.Opportunity.Id == only.Id)
            .Select(o => new ReviewedOpportunity { Review = o, Recommendations = Planner.Recommend(o) })
            .ToList();
        context.Emit(output, (writer, color) => ReviewRenderer.Render(format, writer, color, review, opportunities));
        return review;
    }
}
