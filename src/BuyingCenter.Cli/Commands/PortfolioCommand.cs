using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Cli.Rendering;
using BuyingCenter.Portfolio;
using Spectre.Console;

namespace BuyingCenter.Cli.Commands;

/// <summary>
/// <c>portfolio PLAN-or-FOLDER...</c>: one row per account and opportunity, riskiest first. Plans are read in
/// parallel and reviewed by <see cref="PortfolioReview"/>; an invalid plan is listed with its problems and the others are still reported.
/// </summary>
internal static class PortfolioCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = CommonOptions.Plans("Plan files, or folders whose *.json files are plans.");
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format("text", "json", "markdown");
        var output = CommonOptions.Output();
        var force = CommonOptions.Force();
        var command = new Command("portfolio", "One line per account and opportunity, riskiest first: score, worst flags, next contact.")
        {
            inputs, asOf, format, output, force,
        };
        command.SetAction(parse =>
        {
            var chosenFormat = CommonOptions.Normalize(parse.GetValue(format)!);
            var date = CommonOptions.ParseDate(parse.GetValue(asOf), "--as-of", context.Host.Today);
            var files = Expand(parse.GetValue(inputs)!);
            var target = parse.GetValue(output);
            OutputGuard.CheckOutput(target, parse.GetValue(force), files);
            var showProgress = context.Host.OutputIsTerminal && chosenFormat == "text" && target is null && files.Count > 1;
            var portfolio = showProgress ? ReviewWithProgress(context, files, date) : Review(files, date, () => { }, _ => null);
            context.Emit(target, parse.GetValue(force), (writer, color) => PortfolioRenderer.Render(chosenFormat, writer, color, portfolio));
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
            var reading = progress.AddTask($"Reading {files.Count} plans", maxValue: files.Count);
            var reviewing = progress.AddTask("Reviewing accounts", autoStart: false);
            return Review(files, asOf, () => reading.Increment(1), count =>
            {
                reviewing.MaxValue = count;
                reviewing.StartTask();
                return new ReportedProgress(done => reviewing.Value = done);
            });
        });
    }

    /// <summary>Reads the files in parallel (an invalid plan is kept aside with its problems), then makes one portfolio call.</summary>
    private static PortfolioReport Review(IReadOnlyList<string> files, DateTime asOf, Action read, Func<int, IProgress<int>?> reviewProgress)
    {
        var plans = new AccountPlan?[files.Count];
        var invalid = new ConcurrentBag<InvalidPlan>();
        var unopened = new ConcurrentBag<string>();
        Parallel.For(0, files.Count, i =>
        {
            try
            {
                var result = PlanSource.Read(files[i]);
                if (result.Plan is { } plan)
                {
                    plans[i] = plan;
                }
                else
                {
                    invalid.Add(new InvalidPlan { File = files[i], Problems = result.Problems });
                }
            }
            catch (InputFileException e)
            {
                unopened.Add(e.Message);
            }
            finally
            {
                read();
            }
        });

        // File order, not completion order, so ties between equal rows never depend on scheduling.
        var valid = plans.Where(p => p is not null).Select(p => p!).ToList();
        return new PortfolioReport
        {
            Review = PortfolioReview.Create(valid, asOf, progress: reviewProgress(valid.Count)),
            Plans = files.Count,
            Invalid = invalid.OrderBy(i => i.File, StringComparer.Ordinal).ToList(),
            Unopened = unopened.OrderBy(m => m, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>Reports straight away on the reporting thread: System.Progress would post late updates after the bar is gone.</summary>
    private sealed class ReportedProgress : IProgress<int>
    {
        private readonly Action<int> report;

        public ReportedProgress(Action<int> report) => this.report = report;

        public void Report(int value) => report(value);
    }
}

/// <summary>The portfolio as the renderer receives it: the library's rows, riskiest first, and the files that could not be reviewed.</summary>
internal sealed class PortfolioReport
{
    public required PortfolioReview Review { get; init; }

    public required int Plans { get; init; }

    public required IReadOnlyList<InvalidPlan> Invalid { get; init; }

    public required IReadOnlyList<string> Unopened { get; init; }
}

/// <summary>A plan file of the portfolio that could not be reviewed, with every problem.</summary>
internal sealed class InvalidPlan
{
    public required string File { get; init; }

    public required IReadOnlyList<PlanProblem> Problems { get; init; }
}
