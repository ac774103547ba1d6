using System.Collections.Generic;
using System.CommandLine;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Cli.Rendering;

namespace BuyingCenter.Cli.Commands;

/// <summary><c>validate PLAN...</c>: checks plans and lists every problem of every file.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var plans = CommonOptions.Plans("The plan files to check.");
        var format = CommonOptions.Format("text", "json");
        var command = new Command("validate", "Check plan files and list every problem (path, line, column).") { plans, format };
        command.SetAction(parse => Run(context, parse.GetValue(plans)!, CommonOptions.Normalize(parse.GetValue(format)!)));
        return command;
    }

    private static int Run(CliContext context, string[] files, string format)
    {
        var results = new List<(string File, IReadOnlyList<PlanProblem> Problems)>();
        var unopened = false;
        foreach (var file in files)
        {
            try
            {
                results.Add((file, PlanSource.Read(file).Problems));
            }
            catch (InputFileException e)
            {
                // One missing file must not hide the problems of the others.
                context.Error.WriteLine(e.Message);
                unopened = true;
            }
        }

        var invalid = results.Exists(r => r.Problems.Count > 0);
        if (format == "json")
        {
            ProblemsRenderer.WriteJson(context.Out, results, nameFiles: files.Length > 1);
        }
        else
        {
            foreach (var (file, problems) in results)
            {
                if (problems.Count == 0)
                {
                    context.Out.WriteLine($"{file}: valid");
                }
                else
                {
                    ProblemsRenderer.WriteText(context.Error, file, problems);
                }
            }
        }

        return unopened ? ExitCodes.InputMissing : invalid ? ExitCodes.InvalidPlan : ExitCodes.Success;
    }
}
