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
        var top = CommonOptions.Number("--top", "Show only the first N recommendations.", "3");
        return new PlanCommand("next", "The ranked list of whom to meet next, with owner, introduction path and meeting goal.", new[] { "text", "json", "markdown" }, top)
            .Runs(context, request =>
            {
                var count = request.Parse.GetValue(top);
                if (count is < 1)
                {
                    throw new UsageException($"--top takes a positive number of recommendations, not {count}. Type --top 3, for example.");
                }

                var accountPlan = request.LoadPlan();
                var chosen = Selection.ChooseOpportunity(accountPlan, request.OpportunityId);
                var review = OpportunityReview.Create(accountPlan, request.AsOf, chosen.Id);
                var recommendations = Planner.Recommend(review);
                var shown = count is { } n ? recommendations.Take(n).ToList() : recommendations;
                request.Emit((writer, color) => RecommendationsRenderer.Render(request.Format, writer, color, review, shown));
                return ExitCodes.Success;
            });
    }
}
