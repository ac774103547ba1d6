using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Import;
using BuyingCenter.Serialization;

namespace BuyingCenter.Cli.Commands;

/// <summary>
/// <c>import CSV --account NAME [--mapping FILE | --preset NAME] [--output FILE]</c>: builds a plan from a CRM export of
/// contacts and contact roles. The plan goes to standard output (or the file); what the import reports goes
/// to standard error, so the output is always a plan and nothing else.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var csv = CommonOptions.RejectOptions(new Argument<string>("CSV") { Description = "The CRM export (contacts and their roles per opportunity)." });
        var account = new Option<string>("--account") { Description = "The account to import, as the export names it.", HelpName = "NAME", Required = true };
        var mapping = new Option<string?>("--mapping") { Description = "A JSON mapping file for a CRM whose columns or role names differ from the default.", HelpName = "FILE" };
        var presetNames = CrmImportPreset.All.Select(p => p.Name).ToArray();
        var preset = new Option<string?>("--preset")
        {
            Description = "Read the export as the named CRM writes it: " + string.Join("; ", CrmImportPreset.All.Select(p => p.Name + " (" + p.Description + ")")) + ".",
            HelpName = string.Join("|", presetNames),
        };
        preset.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, presetNames);
        var output = CommonOptions.Output();
        var force = CommonOptions.Force();
        var merge = new Option<string?>("--merge") { Description = "Add the export's people, roles and relationships to this existing plan, keeping everything it has.", HelpName = "PLAN" };
        var command = new Command("import", "Build a plan from a CRM export of contacts and contact roles, or merge the export into an existing plan.") { csv, account, mapping, preset, merge, output, force };
        command.SetAction(parse =>
        {
            var into = parse.GetValue(merge);
            if (into is not null && parse.GetValue(output) is not null)
            {
                throw new UsageException($"--merge {into} writes the merged plan into {into} itself; leave out --output.");
            }

            var presetName = parse.GetValue(preset);
            if (presetName is not null && parse.GetValue(mapping) is not null)
            {
                throw new UsageException("Give either --mapping or --preset, not both: a preset is a complete mapping of its CRM's export.");
            }

            OutputGuard.CheckOutput(parse.GetValue(output), parse.GetValue(force), new[] { parse.GetValue(csv)!, parse.GetValue(mapping) ?? string.Empty }.Where(f => f.Length > 0));
            if (into is not null)
            {
                OutputGuard.CheckWritable(into);
            }

            var options = parse.GetValue(mapping) is { } mappingFile ? ReadMapping(mappingFile) : null;
            var file = parse.GetValue(csv)!;
            CrmImportResult result;
            try
            {
                using var reader = new StreamReader(file);
                result = presetName is not null
                    ? CrmImport.Read(reader, parse.GetValue(account)!, CrmImportPreset.Get(presetName))
                    : CrmImport.Read(reader, parse.GetValue(account)!, options);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputFileException(file, e.Message);
            }

            foreach (var problem in result.Problems)
            {
                context.Error.WriteLine($"{file}: {problem}");
            }

            if (result.Plan is not { } plan)
            {
                context.Error.WriteLine($"{file}: no plan was written; fix the errors above and import again.");
                return ExitCodes.InvalidPlan;
            }

            if (into is not null)
            {
                return context.Execute("text", () => Merge(context, into, plan));
            }

            context.Emit(parse.GetValue(output), parse.GetValue(force), (writer, _) => writer.Write(PlanFile.ToJson(plan)));
            context.Error.WriteLine($"Imported {result.RowsImported} rows: {plan.People.Count} people, {plan.Opportunities.Count} opportunities"
                + (result.UnknownRoles.Count > 0 ? $"; role names the mapping does not know: {string.Join(", ", result.UnknownRoles)}" : string.Empty) + ".");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Adds the export to an existing plan under its lock and says what was added and what disagreed.</summary>
    private static int Merge(CliContext context, string into, AccountPlan imported)
    {
        PlanMergeResult? merged = null;
        OutputGuard.Rewrite(context.Host, into, plan =>
        {
            merged = MergeOrExplain(plan, imported, into);
            return merged.Added.Count > 0 ? merged.Plan : null;
        });
        foreach (var line in merged!.Added)
        {
            context.Error.WriteLine("Added: " + line);
        }

        foreach (var line in merged.Conflicts)
        {
            context.Error.WriteLine("Kept the plan's: " + line);
        }

        context.Error.WriteLine(merged.Added.Count == 0
            ? $"{into}: the export adds nothing the plan does not have; the file was left as it is ({merged.Conflicts.Count} disagreement(s))."
            : $"{into}: merged {merged.Added.Count} addition(s); {merged.Conflicts.Count} disagreement(s), where the plan was kept.");
        return ExitCodes.Success;
    }

    private static PlanMergeResult MergeOrExplain(AccountPlan plan, AccountPlan imported, string into)
    {
        try
        {
            return PlanMerge.Merge(plan, imported);
        }
        catch (InvalidPlanException e)
        {
            // Adding the export would break a rule of the plan (a reporting cycle, say): nothing is written.
            throw new InvalidPlanFileException(into + " merged with the export", e.Problems);
        }
    }

    private static CrmImportOptions ReadMapping(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(file, e.Message);
        }

        try
        {
            return CrmImportOptions.FromJson(text);
        }
        catch (FormatException e)
        {
            throw new InvalidInputException(file, e.Message);
        }
    }
}
