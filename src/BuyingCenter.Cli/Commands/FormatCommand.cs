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
        bool unopened = false, invalid = false, notCanonical = false, unwritten = false, locked = false;
        foreach (var file in files)
        {
            try
            {
                if (checkOnly)
                {
                    var result = PlanSource.Read(file);
                    if (!result.Succeeded || result.Plan is null)
                    {
                        ProblemsRenderer.WriteText(context.Error, file, result.Problems);
                        invalid = true;
                    }
                    else if (!string.Equals(ReadText(file), PlanFile.ToJson(result.Plan), StringComparison.Ordinal))
                    {
                        context.Out.WriteLine($"{file}: not in canonical form");
                        notCanonical = true;
                    }

                    continue;
                }

                var changed = false;
                OutputGuard.Rewrite(context.Host, file, plan =>
                {
                    changed = !string.Equals(ReadText(file), PlanFile.ToJson(plan), StringComparison.Ordinal);
                    return changed ? plan : null;
                });
                if (changed)
                {
                    context.Out.WriteLine($"{file}: formatted");
                }
            }
            catch (InvalidPlanFileException e)
            {
                ProblemsRenderer.WriteText(context.Error, file, e.Problems);
                invalid = true;
            }
            catch (CliException e)
            {
                // One file that cannot be read or written must not stop the others; each says why.
                context.Error.WriteLine(e.Message);
                unopened |= e.ExitCode == ExitCodes.InputMissing;
                unwritten |= e.ExitCode == ExitCodes.OutputFailed;
                locked |= e.ExitCode == ExitCodes.Locked;
            }
        }

        if (checkOnly && notCanonical)
        {
            context.Error.WriteLine("Run 'buyingcenter format' on the files above to make them canonical.");
        }

        return unwritten ? ExitCodes.OutputFailed
            : locked ? ExitCodes.Locked
            : unopened ? ExitCodes.InputMissing
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
}
