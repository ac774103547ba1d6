using System;
using System.CommandLine;
using System.IO;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Cli.Rendering;
using BuyingCenter.Serialization;

namespace BuyingCenter.Cli.Commands;

/// <summary>
/// <c>format PLAN... [--check]</c>: rewrites plans in the canonical form through <see cref="PlanFile.Save"/>
/// (atomic, unknown properties kept); with <c>--check</c> only names the files that are not canonical.
/// </summary>
internal static class FormatCommand
{
    public static Command Create(CliContext context)
    {
        var plans = CommonOptions.Plans("The plan files to format.");
        var check = new Option<bool>("--check") { Description = "Change nothing; list the files that are not in canonical form (exit 1 if any)." };
        var command = new Command("format", "Rewrite plan files in the canonical form (stable order and layout, unknown properties kept).") { plans, check };
        command.SetAction(parse => Run(context, parse.GetValue(plans)!, parse.GetValue(check)));
        return command;
    }

    private static int Run(CliContext context, string[] files, bool checkOnly)
    {
        bool unopened = false, invalid = false, notCanonical = false;
        foreach (var file in files)
        {
            try
            {
                var result = PlanSource.Read(file);
                if (!result.Succeeded || result.Plan is null)
                {
                    ProblemsRenderer.WriteText(context.Error, file, result.Problems);
                    invalid = true;
                    continue;
                }

                var canonical = PlanFile.ToJson(result.Plan);
                if (string.Equals(ReadText(file), canonical, StringComparison.Ordinal))
                {
                    continue;
                }

                if (checkOnly)
                {
                    context.Out.WriteLine($"{file}: not in canonical form");
                    notCanonical = true;
                }
                else
                {
                    Save(result.Plan, file);
                    context.Out.WriteLine($"{file}: formatted");
                }
            }
            catch (InputFileException e)
            {
                context.Error.WriteLine(e.Message);
                unopened = true;
            }
        }

        if (checkOnly && notCanonical)
        {
            context.Error.WriteLine("Run 'buyingcenter format' on the files above to make them canonical.");
        }

        return unopened ? ExitCodes.InputMissing
            : invalid ? ExitCodes.InvalidPlan
            : notCanonical ? ExitCodes.NotCanonical
            : ExitCodes.Success;
    }

    private static string ReadText(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(file, e.Message);
        }
    }

    private static void Save(AccountPlan plan, string file)
    {
        try
        {
            PlanFile.Save(plan, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException(file, e.Message);
        }
    }
}
