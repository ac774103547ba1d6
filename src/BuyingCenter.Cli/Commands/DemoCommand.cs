using System;
using System.CommandLine;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Cli.Rendering;
using BuyingCenter.Planning;
using Spectre.Console;

namespace BuyingCenter.Cli.Commands;

/// <summary>
/// <c>demo</c>: the first thing a new user types. Reviews the sample built into the tool, shows the meeting plan
/// of the top recommendation and says what to try next.
/// </summary>
internal static class DemoCommand
{
    /// <summary>A fixed day, so the demo shows the same review on every machine and every day.</summary>
    public static readonly DateTime AsOf = new(2026, 11, 22);

    public static Command Create(CliContext context)
    {
        var command = new Command("demo", "Review a sample account built into the tool, then plan the first meeting it recommends.");
        command.SetAction(_ => context.Execute("text", () =>
        {
            var plan = PlanSource.LoadSample();
            var report = ReviewCommand.Run(context, plan, AsOf, opportunityId: null, format: "text", output: null, meetingPlans: 1);
            var first = report.Opportunities.Count > 0 ? report.Opportunities[0] : null;
            var top = first is { Recommendations.Count: > 0 } ? first.Recommendations[0] : null;
            var console = Terminal.Create(context.Out, context.Host.UseColor);
            if (first is { MeetingPlans.Count: > 0 })
            {
                console.WriteLine();
                MeetingRenderer.Write(console, first.MeetingPlans[0]);
            }

            console.WriteLine();
            console.Line("[bold]Try it yourself[/] (the sample is samples/northwind.json in the repository):");
            console.Line("  buyingcenter review samples/northwind.json --as-of 2026-11-22 --format markdown");
            console.Line("  buyingcenter next samples/northwind.json --as-of 2026-11-22 --top 3");
            if (top is not null)
            {
                console.Line($"  buyingcenter meeting samples/northwind.json --person {Terminal.Escape(top.Approach.Person.Id)} --as-of 2026-11-22");
            }

            console.Line("  buyingcenter campaign samples/northwind.json --as-of 2026-11-22");
            return ExitCodes.Success;
        }));
        return command;
    }
}
