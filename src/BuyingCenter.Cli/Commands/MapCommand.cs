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
                var chosen = request.OpportunityId is { } id ? Selection.ChooseOpportunity(accountPlan, id).Id : null;
                var map = RelationshipMap.Create(accountPlan, request.AsOf, chosen);
                var picture = request.Format switch
                {
                    "svg" => map.ToSvg(),
                    "mermaid" => map.ToMermaid(),
                    _ => map.ToDot(),
                };
                context.Emit(request.OutputPath, (writer, _) => writer.Write(picture));
                return ExitCodes.Success;
            });
}
