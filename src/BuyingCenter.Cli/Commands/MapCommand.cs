using System.CommandLine;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Maps;

namespace BuyingCenter.Cli.Commands;

/// <summary><c>map PLAN --format dot|mermaid|svg</c>: the relationship map as a picture.</summary>
internal static class MapCommand
{
    public static Command Create(CliContext context) =>
        new PlanCommand("map", "The relationship map: roles as shapes and colours, modes and ratings as labels, coverage as line weight, red-flagged people marked.", new[] { "dot", "mermaid", "svg" })
            .Runs(context, request =>
            {
                var accountPlan = request.LoadPlan();
                // The opportunity rule of every command: several opportunities and none chosen is a usage error, not the first one drawn.
                var chosen = accountPlan.Opportunities.Count == 0 && request.OpportunityId is null ? null : Selection.ChooseOpportunity(accountPlan, request.OpportunityId).Id;
                var map = RelationshipMap.Create(accountPlan, request.AsOf, chosen);
                var picture = request.Format switch
                {
                    "svg" => map.ToSvg(),
                    "mermaid" => map.ToMermaid(),
                    _ => map.ToDot(),
                };
                request.Emit((writer, _) => writer.Write(picture));
                return ExitCodes.Success;
            });
}
