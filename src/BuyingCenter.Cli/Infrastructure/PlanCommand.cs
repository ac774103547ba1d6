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
    private readonly Option<bool> force = CommonOptions.Force();
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
        command.Add(force);
    }

    /// <summary>Sets what the command does with the request read from its command line.</summary>
    public Command Runs(CliContext context, Func<PlanRequest, int> body)
    {
        command.SetAction(parse =>
        {
            var chosenFormat = CommonOptions.Normalize(parse.GetValue(format)!);
            var planPath = parse.GetValue(plan)!;
            OutputGuard.CheckOutput(parse.GetValue(output), parse.GetValue(force), new[] { planPath });
            return context.Execute(chosenFormat, () => body(new PlanRequest(
                context,
                parse,
                CommonOptions.ParseDate(parse.GetValue(asOf), "--as-of", context.Host.Today),
                chosenFormat,
                parse.GetValue(opportunity),
                parse.GetValue(output),
                parse.GetValue(force),
                planPath)));
        });
        return command;
    }
}

/// <summary>What a plan command was asked: the date, format, opportunity and output, and the plan file to load.</summary>
internal sealed class PlanRequest
{
    private readonly string planPath;
    private readonly CliContext context;

    public PlanRequest(CliContext context, ParseResult parse, DateTime asOf, string format, string? opportunityId, string? outputPath, bool force, string planPath)
    {
        this.context = context;
        Parse = parse;
        Force = force;
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

    /// <summary>Whether <c>--force</c> allows the output to replace an existing file.</summary>
    public bool Force { get; }

    /// <summary>
    /// Reads and validates the plan file; called by the command once its own options are checked. Records dated after
    /// the as-of date are named in a warning on standard error: the analysis leaves them out as not yet known.
    /// </summary>
    public AccountPlan LoadPlan()
    {
        var plan = PlanSource.Load(planPath);
        PlanSource.WarnAboutLaterRecords(context.Error, plan, AsOf);
        return plan;
    }

    /// <summary>Writes the result to standard output or to the checked <c>--output</c> file.</summary>
    public void Emit(Action<System.IO.TextWriter, bool> render) => context.Emit(OutputPath, Force, render);
}
