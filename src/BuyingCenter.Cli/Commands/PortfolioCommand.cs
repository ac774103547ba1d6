using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BuyingCenter.Analysis;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Cli.Rendering;
using BuyingCenter.Planning;
using Spectre.Console;

namespace BuyingCenter.Cli.Commands;

/// <summary>
/// <c>portfolio PLAN-or-FOLDER...</c>: one row per account and opportunity, riskiest first. Plans are read and
/// reviewed in parallel; an invalid plan is listed with its problems and the others are still reported.
/// </summary>
internal static class PortfolioCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = CommonOptions.Plans("Plan files, or folders whose *.json files are plans.");
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format("text", "json", "markdown");
        var output = CommonOptions.Output();
        var command = new Command("portfolio", "One line per account and opportunity, riskiest first: score, worst flags, next contact.")
        {
            inputs, asOf, format, output,
        };
        command.SetAction(parse =>
        {
            var chosenFormat = CommonOptions.Normalize(parse.GetValue(format)!);
            var date = CommonOptions.ParseDate(parse.GetValue(asOf), "--as-of", context.Host.Today);
            var files = Expand(parse.GetValue(inputs)!);
            var target = parse.GetValue(output);
            var showProgress = context.Host.OutputIsTerminal && chosenFormat == "text" && target is null && files.Count > 1;
            var portfolio = showProgress ? ReviewWithProgress(context, files, date) : Review(files, date, () => { });
            context.Emit(target, (writer, color) => PortfolioRenderer.Render(chosenFormat, writer, color, portfolio));
            if (chosenFormat != "json")
            {
                foreach (var invalid in portfolio.Invalid)
                {
                    ProblemsRenderer.WriteText(context.Error, invalid.File, invalid.Problems);
                }
            }

            return portfolio.Unopened.Count > 0 ? ExitCodes.InputMissing
                : portfolio.Invalid.Count > 0 ? ExitCodes.InvalidPlan
                : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Folders contribute their *.json files in name order, so the same folder always gives the same report.</summary>
    private static List<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.GetFiles(input, "*.json").OrderBy(f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                throw new InputFileException(input, "no such file or folder.");
            }
        }

        return files;
    }

    private static PortfolioReport ReviewWithProgress(CliContext context, IReadOnlyList<string> files, DateTime asOf)
    {
        var console = Terminal.Create(context.Out, context.Host.UseColor, interactive: true);
        return console.Progress().AutoClear(true).Start(progress =>
        {
            var task = progress.AddTask($"Reviewing {files.Count} plans", maxValue: files.Count);
            return Review(files, asOf, () => task.Increment(1));
        });
    }

    private static PortfolioReport Review(IReadOnlyList<string> files, DateTime asOf, Action done)
    {
        var rows = new ConcurrentBag<PortfolioRow>();
        var invalid = new ConcurrentBag<InvalidPlan>();
        var unopened = new ConcurrentBag<string>();
        Parallel.ForEach(files, file =>
        {
            try
            {
                var read = PlanSource.Read(file);
                if (read.Plan is not { } plan)
                {
                    invalid.Add(new InvalidPlan { File = file, Problems = read.Problems });
                    return;
                }

                foreach (var opportunity in AccountReview.Create(plan, asOf).Opportunities)
                {
                    rows.Add(PortfolioRow.From(file, plan, opportunity, Planner.Recommend(opportunity)));
                }
            }
            catch (InputFileException e)
            {
                unopened.Add(e.Message);
            }
            finally
            {
                done();
            }
        });

        return new PortfolioReport
        {
            AsOf = asOf,
            Plans = files.Count,
            Rows = rows.OrderBy(r => r.Review.CoverageScore)
                .ThenByDescending(r => r.Review.RedFlags.Count(f => f.Severity == Severity.High))
                .ThenBy(r => r.Plan.Account.Id, StringComparer.Ordinal)
                .ThenBy(r => r.Review.Opportunity.Id, StringComparer.Ordinal)
                .ThenBy(r => r.File, StringComparer.Ordinal)
                .ToList(),
            Invalid = invalid.OrderBy(i => i.File, StringComparer.Ordinal).ToList(),
            Unopened = unopened.OrderBy(m => m, StringComparer.Ordinal).ToList(),
        };
    }
}

/// <summary>The portfolio as the renderer receives it: already ordered riskiest first.</summary>
internal sealed class PortfolioReport
{
    public required DateTime AsOf { get; init; }

    public required int Plans { get; init; }

    public required IReadOnlyList<PortfolioRow> Rows { get; init; }

    public required IReadOnlyList<InvalidPlan> Invalid { get; init; }

    public required IReadOnlyList<string> Unopened { get; init; }
}

/// <summary>One account and opportunity of the portfolio.</summary>
internal sealed class PortfolioRow
{
    /// <summary>How many flags a row shows: the worst ones, since the review lists them most severe first.</summary>
    public const int WorstFlagCount = 3;

    public required string File { get; init; }

    public required AccountPlan Plan { get; init; }

    public required OpportunityReview Review { get; init; }

    public required IReadOnlyList<RedFlag> WorstFlags { get; init; }

    public Recommendation? NextContact { get; init; }

    public static PortfolioRow From(string file, AccountPlan plan, OpportunityReview review, IReadOnlyList<Recommendation> recommendations) => new()
    {
        File = file,
        Plan = plan,
        Review = review,
        WorstFlags = review.RedFlags.Take(WorstFlagCount).ToList(),
        NextContact = recommendations.Count > 0 ? recommendations[0] : null,
    };
}

/// <summary>A plan file of the portfolio that could not be reviewed, with every problem.</summary>
internal sealed class InvalidPlan
{
    public required string File { get; init; }

    public required IReadOnlyList<PlanProblem> Problems { get; init; }
}
