using System.CommandLine;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Maps;

namespace BuyingCenter.Cli.Commands;

/// <summary><c>map PLAN --format dot|mermaid|svg</c>: the relationship map as a picture.</summary>
internal static class MapCommand
{
    public static Command Create(CliContext context)
    {
        var plan = CommonOptions.Plan();
        var opportunity = CommonOptions.Opportunity();
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format("dot", "mermaid", "svg");
        var output = CommonOptions.Output();
        var command = new Command("map", "The relationship map: roles as shapes and colours, modes and ratings as labels, coverage as line weight, red-flagged people marked.")
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
                var chosen = parse.GetValue(opportunity) is { } id ? Selection.ChooseOpportunity(accountPlan, id).Id : null;
                var map = RelationshipMap.Create(accountPlan, date, chosen);
                var picture = chosenFormat switch
                {
                    "svg" => map.ToSvg(),
                    "mermaid" => map.ToMermaid(),
                    _ => map.ToDot(),
                };
                context.Emit(parse.GetValue(output), (writer, _) => writer.Write(picture));
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
