using System.CommandLine;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Cli.Rendering;
using BuyingCenter.Planning;

namespace BuyingCenter.Cli.Commands;

/// <summary><c>next PLAN [--top N]</c>: whom to meet next, with owner, introduction path and meeting goal.</summary>
internal static class NextCommand
{
    public static Command Create(CliContext context)
    {
        var plan = CommonOptions.Plan();
        var opportunity = CommonOptions.Opportunity();
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format("text", "json", "markdown");
        var output = CommonOptions.Output();
        var top = CommonOptions.Number("--top", "Show only the first N recommendations.", "3");
        var command = new Command("next", "The ranked list of whom to meet next, with owner, introduction path and meeting goal.")
        {
            plan, opportunity, asOf, top, format, output,
        };
        command.SetAction(parse =>
        {
            var chosenFormat = CommonOptions.Normalize(parse.GetValue(format)!);
            return context.Execute(chosenFormat, () =>
            {
                var date = CommonOptions.ParseDate(parse.GetValue(asOf), "--as-of", context.Host.Today);
                var count = parse.GetValue(top);
                if (count is < 1)
                {
                    throw new UsageException($"--top takes a positive number of recommendations, not {count}. Type --top 3, for example.");
                }

                var accountPlan = PlanSource.Load(parse.GetValue(plan)!);
                var chosen = Selection.ChooseOpportunity(accountPlan, parse.GetValue(opportunity));
                var review = AccountReview.Create(accountPlan, date).FindOpportunity(chosen.Id)!;
                var recommendations = Planner.Recommend(review);
                var shown = count is { } n ? recommendations.Take(n).ToList() : recommendations;
                context.Emit(parse.GetValue(output), (writer, color) => RecommendationsRenderer.Render(chosenFormat, writer, color, review, accountPlan, date, shown));
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
