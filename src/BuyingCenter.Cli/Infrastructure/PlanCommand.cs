using System;
using System.CommandLine;

namespace BuyingCenter.Cli.Infrastructure;

/// <summary>
/// The shape shared by the commands that work on one plan file: the PLAN argument, <c>--opportunity</c>,
/// <c>--as-of</c>, <c>--format</c> and <c>--output</c>, read and checked the same way before the command's own work,
/// so that every such command reports the same mistakes with the same words and exit codes.
/// </summary>
internal sealed class PlanCommand
{
    private readonly Argument<string> plan = CommonOptions.Plan();
    private readonly Option<string?> opportunity = CommonOptions.Opportunity();
    private readonly Option<string?> asOf = CommonOptions.AsOf();
    private readonly Option<string?> output = CommonOptions.Output();
    private readonly Option<string> format;
    private readonly Command command;

    /// <summary>Declares the command with the shared options, then <paramref name="extra"/> after the plan.</summary>
    public PlanCommand(string name, string description, string[] formats, params Option[] extra)
    {
        format = CommonOptions.Format(formats);
        command = new Command(name, description) { plan };
        foreach (var option in extra)
        {
            command.Add(option);
        }

        command.Add(opportunity);
        command.Add(asOf);
        command.Add(format);
        command.Add(output);
    }

    /// <summary>Sets what the command does with the request read from its command line.</summary>
    public Command Runs(CliContext context, Func<PlanRequest, int> body)
    {
        command.SetAction(parse =>
        {
            var chosenFormat = CommonOptions.Normalize(parse.GetValue(format)!);
            return context.Execute(chosenFormat, () => body(new PlanRequest(
                parse,
                CommonOptions.ParseDate(parse.GetValue(asOf), "--as-of", context.Host.Today),
                chosenFormat,
                parse.GetValue(opportunity),
                parse.GetValue(output),
                parse.GetValue(plan)!)));
        });
        return command;
    }
}

/// <summary>What a plan command was asked: the date, format, opportunity and output, and the plan file to load.</summary>
internal sealed class PlanRequest
{
    private readonly string planPath;

    public PlanRequest(ParseResult parse, DateTime asOf, string format, string? opportunityId, string? outputPath, string planPath)
    {
        Parse = parse;
        AsOf = asOf;
        Format = format;
        OpportunityId = opportunityId;
        OutputPath = outputPath;
        this.planPath = planPath;
    }

    /// <summary>The parsed command line, for the command's own options.</summary>
    public ParseResult Parse { get; }

    public DateTime AsOf { get; }

    public string Format { get; }

    public string? OpportunityId { get; }

    public string? OutputPath { get; }

    /// <summary>Reads and validates the plan file; called by the command once its own options are checked.</summary>
    public AccountPlan LoadPlan() => PlanSource.Load(planPath);
}
