using System;
using System.CommandLine;
using System.Linq;
using BuyingCenter.Changes;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Cli.Rendering;

namespace BuyingCenter.Cli.Commands;

/// <summary>
/// <c>changes OLD NEW</c> or <c>changes PLAN --since REV</c>: what moved between two versions of a plan, per opportunity
/// (<see cref="PlanChanges"/>).
/// </summary>
internal static class ChangesCommand
{
    public static Command Create(CliContext context)
    {
        var plans = CommonOptions.RejectOptions(new Argument<string[]>("PLAN")
        {
            Description = "The earlier and the newer plan file (OLD NEW), or one plan file with --since.",
            Arity = new ArgumentArity(1, 2),
        });
        var since = new Option<string?>("--since")
        {
            Description = "Compare the plan with its version at this git revision (HEAD~1, a commit id, a tag); needs git.",
            HelpName = "REV",
        };
        var then = new Option<string?>("--then")
        {
            Description = "The day the earlier version is reviewed as of (YYYY-MM-DD); default: the commit's day with --since, else --as-of.",
            HelpName = "DATE",
        };
        var opportunity = CommonOptions.Opportunity();
        var asOf = CommonOptions.AsOf();
        var format = CommonOptions.Format("text", "json", "markdown");
        var output = CommonOptions.Output();
        var force = CommonOptions.Force();
        var command = new Command("changes", "What moved between two versions of a plan: score and deductions, flags opened and closed, buying group, facts, coverage, meetings held, top recommendations then and now.")
        {
            plans, since, then, opportunity, asOf, format, output, force,
        };
        command.SetAction(parse =>
        {
            var chosenFormat = CommonOptions.Normalize(parse.GetValue(format)!);
            var files = parse.GetValue(plans)!;
            var revision = parse.GetValue(since);
            OutputGuard.CheckOutput(parse.GetValue(output), parse.GetValue(force), files);
            return context.Execute(chosenFormat, () =>
            {
                if (revision is null && files.Length != 2)
                {
                    throw new UsageException("changes needs two plan files, the earlier first (changes OLD NEW), or one plan and a git revision (changes PLAN --since HEAD~1).");
                }

                if (revision is not null && files.Length != 1)
                {
                    throw new UsageException("--since reads the earlier version from git: name one plan file (changes PLAN --since HEAD~1), or drop --since to compare two files.");
                }

                var date = CommonOptions.ParseDate(parse.GetValue(asOf), "--as-of", context.Host.Today);
                var thenText = parse.GetValue(then);
                AccountPlan before;
                DateTime thenDate;
                if (revision is not null)
                {
                    var (result, committed) = GitHistory.Read(files[0], revision);
                    if (!result.Succeeded || result.Plan is null)
                    {
                        throw new InvalidPlanFileException(files[0] + " at " + revision, result.Problems);
                    }

                    before = result.Plan;
                    thenDate = CommonOptions.ParseDate(thenText, "--then", committed < date ? committed : date);
                }
                else
                {
                    before = PlanSource.Load(files[0]);
                    thenDate = CommonOptions.ParseDate(thenText, "--then", date);
                }

                var after = PlanSource.Load(files[^1]);
                var id = parse.GetValue(opportunity);
                if (id is not null && before.FindOpportunity(id) is null && after.FindOpportunity(id) is null)
                {
                    Selection.ChooseOpportunity(after, id);
                }

                var changes = PlanChanges.Compare(before, after, date, new PlanChangesOptions { Then = thenDate });
                var shown = changes.Opportunities.Where(o => id is null || o.Opportunity.Id == id).ToList();
                context.Emit(parse.GetValue(output), parse.GetValue(force), (writer, color) => ChangesRenderer.Render(chosenFormat, writer, color, changes, before, after, shown));
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
