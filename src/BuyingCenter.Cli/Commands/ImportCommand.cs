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
        var command = new Command("import", "Build a plan from a CRM export of contacts and contact roles.") { csv, account, mapping, preset, output };
        command.SetAction(parse =>
        {
            var presetName = parse.GetValue(preset);
            if (presetName is not null && parse.GetValue(mapping) is not null)
            {
                throw new UsageException("Give either --mapping or --preset, not both: a preset is a complete mapping of its CRM's export.");
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

            context.Emit(parse.GetValue(output), (writer, _) => writer.Write(PlanFile.ToJson(plan)));
            context.Error.WriteLine($"Imported {result.RowsImported} rows: {plan.People.Count} people, {plan.Opportunities.Count} opportunities"
                + (result.UnknownRoles.Count > 0 ? $"; role names the mapping does not know: {string.Join(", ", result.UnknownRoles)}" : string.Empty) + ".");
            return ExitCodes.Success;
        });
        return command;
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
