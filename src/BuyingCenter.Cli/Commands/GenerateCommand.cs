using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Serialization;
using BuyingCenter.Synthetic;

namespace BuyingCenter.Cli.Commands;

/// <summary>
/// <c>generate [--accounts N] [--people N] [--opportunities N] [--seed S] [--output FILE-or-FOLDER] [--force]</c>: seeded
/// sample plans made by <see cref="AccountGenerator"/>, for trying the other commands (portfolio above all) without a CRM.
/// One account goes to standard output or a file; several go into a folder, one <c>account-N.json</c> each.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var accounts = CommonOptions.Number("--accounts", "How many accounts; more than one needs --output FOLDER.", "20", defaultValue: 1);
        var people = CommonOptions.Number("--people", "People on the customer's side of each account.", "40", defaultValue: 40);
        var opportunities = CommonOptions.Number("--opportunities", "Opportunities in each account.", "1", defaultValue: 1);
        var seed = CommonOptions.Number("--seed", "The seed: the same seed gives the same plans on every machine.", "7", defaultValue: 1);
        var output = new Option<string?>("--output", "-o") { Description = "The plan file (one account) or the folder (several); default: standard output for one account.", HelpName = "FILE-or-FOLDER" };
        var force = CommonOptions.Force();
        var command = new Command("generate", "Make seeded sample plans (one, or many into a folder) for trying the other commands, portfolio above all.")
        {
            accounts, people, opportunities, seed, output, force,
        };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(accounts) ?? 1;
            var size = parse.GetValue(people) ?? 40;
            var deals = parse.GetValue(opportunities) ?? 1;
            if (count < 1 || size < 2 || deals < 1)
            {
                throw new UsageException("--accounts and --opportunities take a positive number, --people 2 or more. Type --accounts 20 --people 40, for example.");
            }

            var options = new AccountGeneratorOptions { People = size, Opportunities = deals, Seed = parse.GetValue(seed) ?? 1 };
            var target = parse.GetValue(output);
            var overwrite = parse.GetValue(force);
            if (count == 1)
            {
                OutputGuard.CheckOutput(target, overwrite, System.Array.Empty<string>());
                var plan = AccountGenerator.Generate(options);
                context.Emit(target, overwrite, (writer, _) => writer.Write(PlanFile.ToJson(plan)));
                if (target is not null)
                {
                    context.Error.WriteLine($"{target}: {Describe(plan)}.");
                }

                return ExitCodes.Success;
            }

            if (target is null)
            {
                throw new UsageException($"--accounts {count} makes {count} plan files: name the folder for them with --output, such as --output portfolio.");
            }

            if (File.Exists(target))
            {
                throw new OutputFileException(target, $"it is a file, and --accounts {count} needs a folder for {count} plan files. Choose a folder with --output.");
            }

            var plans = AccountGenerator.GeneratePortfolio(count, options).ToList();
            var files = plans.Select(p => Path.Combine(target, p.Account.Id + ".json")).ToList();

            // Every file is checked before the first is written: a refusal leaves the folder as it was.
            if (Directory.Exists(target))
            {
                foreach (var file in files)
                {
                    OutputGuard.CheckOutput(file, overwrite, System.Array.Empty<string>());
                }
            }
            else
            {
                OutputGuard.CheckWritable(target);
                Directory.CreateDirectory(target);
            }

            for (var i = 0; i < plans.Count; i++)
            {
                OutputGuard.WriteFile(files[i], PlanFile.ToJson(plans[i]), overwrite);
            }

            context.Error.WriteLine($"{target}: {count} plans of {size} people each. Try: buyingcenter portfolio {target}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Describe(AccountPlan plan) =>
        $"{plan.People.Count} people, {plan.Relationships.Count} relationships, {plan.Opportunities.Count} opportunit{(plan.Opportunities.Count == 1 ? "y" : "ies")}";
}
