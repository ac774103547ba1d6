using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;
using Spectre.Console;

namespace BuyingCenter.Cli.Rendering;

/// <summary>
/// The account report as text (tables for people), JSON (cli.md), Markdown (a report to paste) and HTML
/// (<see cref="HtmlReportRenderer"/>).
/// </summary>
internal static class ReviewRenderer
{
    public static void Render(string format, TextWriter writer, bool color, AccountReport report)
    {
        switch (format)
        {
            case "json":
                Json.Write(writer, json => ResultJson.WriteReport(json, report));
                break;
            case "markdown":
                WriteMarkdown(writer, report);
                break;
            case "html":
                HtmlReportRenderer.Write(writer, report);
                break;
            default:
                WriteText(Terminal.Create(writer, color), report);
                break;
        }
    }

    private static void WriteText(IAnsiConsole console, AccountReport report)
    {
        var plan = report.Plan;
        var opportunities = report.Opportunities;
        console.Write(new Rule($"[bold]{Terminal.Escape(plan.Account.Name)}[/] ({Terminal.Escape(plan.Account.Id)}), as of {Terminal.Date(report.AsOf)}").LeftJustified());
        WriteHierarchy(console, plan, opportunities.SelectMany(o => o.Review.Influences).Select(i => i.Person.Id));
        foreach (var item in opportunities)
        {
            var o = item.Review;
            console.WriteLine();
            console.Line($"[bold]Opportunity {Terminal.Escape(o.Opportunity.Id)}[/]: {Terminal.Escape(o.Opportunity.SingleSalesObjective)}");
            console.Line($"Coverage score [bold]{o.CoverageScore}[/]/100, {Terminal.StatusMarkup(o.Status.ToString())}. Funnel position: {o.FunnelPosition}"
                + (o.ClaimedStage is { } claimed ? $" (the plan claims {claimed}{(o.StageOverstated ? ", [yellow]overstated[/]" : string.Empty)})" : string.Empty) + ".");
            console.Line("[grey]" + Terminal.Escape(o.FunnelExplanation) + "[/]");

            console.Write(InfluenceTable(plan, o));
            console.Write(FlagTable(plan, o.RedFlags));
            console.Write(DeductionTable(plan, o));
            if (o.Strengths.Count > 0)
            {
                console.Line("[bold]Strengths[/]");
                foreach (var strength in o.Strengths)
                {
                    console.Line($"  [green]+[/] {strength.Code}: {Terminal.Escape(strength.Message)}");
                }
            }

            console.Write(RecommendationsRenderer.Table(item.Recommendations));
        }
    }

    internal static Table InfluenceTable(AccountPlan plan, OpportunityReview o)
    {
        var table = new Table().Title("Buying influences").AddColumns("Person", "Title", "Roles", "Degree", "Mode", "Rating", "Coverage", "Coach tests", "Last contact", "Flags");
        foreach (var i in o.Influences)
        {
            table.Row(
                Terminal.Escape(Describe.Person(plan, i.Person.Id)),
                Terminal.OrDash(i.Person.Title),
                Terminal.Escape(Describe.Roles(i.Influence.Roles)),
                i.Influence.Degree.ToString(),
                i.Influence.Mode.ToString(),
                Describe.Rating(i.Influence.Rating),
                (i.IsCovered ? "[green]" : "[red]") + Terminal.Escape(Describe.Coverage(i.Coverage, o.Analysis.Options.Thresholds.CoverageThreshold)) + "[/]",
                Terminal.Escape(Describe.CoachTests(i)),
                Describe.Date(i.LastContact),
                i.RedFlags.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return table;
    }

    private static Table DeductionTable(AccountPlan plan, OpportunityReview o)
    {
        var table = new Table().Title($"Score: 100 - {100 - o.CoverageScore} = {o.CoverageScore}").AddColumns("Points", "Code", "Person");
        foreach (var deduction in o.ScoreDeductions)
        {
            table.Row("-" + Describe.Points(deduction.Points), deduction.Flag.Code.ToString(), Terminal.Escape(Describe.Name(deduction.Flag.Person)));
        }

        if (o.ScoreDeductions.Count == 0)
        {
            table.Row("-", "-", "Nothing deducted.");
        }

        return table;
    }

    private static Table FlagTable(AccountPlan plan, IReadOnlyList<RedFlag> flags)
    {
        var table = new Table().Title("Red flags").AddColumns("Severity", "Code", "Person", "What it means");
        foreach (var flag in flags)
        {
            table.Row(Terminal.SeverityMarkup(flag.Severity.ToString()), flag.Code.ToString(), Terminal.Escape(Describe.Name(plan, flag.PersonId)), Terminal.Escape(flag.Message));
        }

        if (flags.Count == 0)
        {
            table.Row("-", "-", "-", "No red flags.");
        }

        return table;
    }

    /// <summary>
    /// Who reports to whom among the buying influences and the managers above them, drawn only when the plan records
    /// a hierarchy: titles alone hide the chain of approval. The rest of the organisation is left out, so that a
    /// 20,000-person account shows the few dozen people the review is about, not the whole org chart.
    /// </summary>
    private static void WriteHierarchy(IAnsiConsole console, AccountPlan plan, IEnumerable<string> influences)
    {
        var lines = ReportingLines.Of(plan);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in influences)
        {
            // The chain of approval above each influence.
            shown.Add(person);
            shown.UnionWith(lines.ChainAbove(person));
        }

        var reportsOf = shown
            .Select(id => (Manager: id, Reports: lines.ReportsOf(id).Where(shown.Contains).OrderBy(r => r, StringComparer.Ordinal).ToList()))
            .Where(m => m.Reports.Count > 0)
            .ToDictionary(m => m.Manager, m => m.Reports, StringComparer.Ordinal);
        if (reportsOf.Count == 0)
        {
            return;
        }

        var tree = new Tree(Terminal.Text("[bold]Who reports to whom[/]"));
        foreach (var top in reportsOf.Keys.Where(id => lines.ManagersOf(id) is var managers && (managers.Count == 0 || !shown.Contains(managers[0]))).OrderBy(id => id, StringComparer.Ordinal))
        {
            AddReports(tree.AddNode(Terminal.Text(Terminal.Escape(Describe.Person(plan, top)))), top, plan, reportsOf, 0);
        }

        console.Write(tree);
    }

    private static void AddReports(TreeNode node, string manager, AccountPlan plan, Dictionary<string, List<string>> reportsOf, int depth)
    {
        // The validator refuses ReportsTo cycles; the depth bound only keeps a renderer from looping on a bug elsewhere.
        if (depth > 32 || !reportsOf.TryGetValue(manager, out var reports))
        {
            return;
        }

        foreach (var report in reports)
        {
            var title = plan.FindParty(report)?.Title;
            AddReports(node.AddNode(Terminal.Text(Terminal.Escape(Describe.Person(plan, report)) + (title is null ? string.Empty : " [grey]" + Terminal.Escape(title) + "[/]"))), report, plan, reportsOf, depth + 1);
        }
    }

    private static void WriteMarkdown(TextWriter w, AccountReport report)
    {
        var plan = report.Plan;
        w.WriteLine($"# Account review: {Markdown.Text(plan.Account.Name)}");
        w.WriteLine();
        w.WriteLine($"Account {Markdown.Code(plan.Account.Id)}, as of {Terminal.Date(report.AsOf)}.");
        foreach (var item in report.Opportunities)
        {
            var o = item.Review;
            w.WriteLine();
            w.WriteLine($"## Opportunity {Markdown.Code(o.Opportunity.Id)}");
            w.WriteLine();
            w.WriteLine($"**Objective:** {Markdown.Text(o.Opportunity.SingleSalesObjective)}");
            w.WriteLine();
            w.WriteLine($"- **Coverage score:** {o.CoverageScore}/100 ({o.Status})");
            w.WriteLine($"- **Funnel position:** {o.FunnelPosition}" + (o.ClaimedStage is { } claimed ? $" (claimed: {claimed}{(o.StageOverstated ? ", overstated" : string.Empty)})" : string.Empty));
            w.WriteLine($"- {Markdown.Text(o.FunnelExplanation)}");
            w.WriteLine();
            w.WriteLine("### Buying influences");
            w.WriteLine();
            w.WriteLine("| Person | Title | Roles | Degree | Mode | Rating | Coverage | Coach tests | Last contact |");
            w.WriteLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var i in o.Influences)
            {
                w.WriteLine($"| {Markdown.Cell(Describe.Person(plan, i.Person.Id))} | {Markdown.Cell(i.Person.Title ?? "-")} | {Markdown.Cell(Describe.Roles(i.Influence.Roles))} | {i.Influence.Degree} | {i.Influence.Mode} | {Describe.Rating(i.Influence.Rating)} | {Markdown.Cell(Describe.Coverage(i.Coverage, o.Analysis.Options.Thresholds.CoverageThreshold))}{(i.IsCovered ? string.Empty : " (uncovered)")} | {Markdown.Cell(Describe.CoachTests(i))} | {Describe.Date(i.LastContact)} |");
            }

            w.WriteLine();
            w.WriteLine("### Red flags");
            w.WriteLine();
            if (o.RedFlags.Count == 0)
            {
                w.WriteLine("None.");
            }

            foreach (var flag in o.RedFlags)
            {
                w.WriteLine($"- **{flag.Severity}** {flag.Code}" + (flag.PersonId is null ? string.Empty : $" ({Markdown.Text(Describe.Name(plan, flag.PersonId))})") + $": {Markdown.Text(flag.Message)}");
            }

            w.WriteLine();
            w.WriteLine($"### Score deductions (100 - {100 - o.CoverageScore} = {o.CoverageScore})");
            w.WriteLine();
            if (o.ScoreDeductions.Count == 0)
            {
                w.WriteLine("None.");
            }

            foreach (var deduction in o.ScoreDeductions)
            {
                w.WriteLine($"- **-{Describe.Points(deduction.Points)}** {deduction.Flag.Code}" + (deduction.Flag.Person is null ? string.Empty : $" ({Markdown.Text(deduction.Flag.Person.Name)})"));
            }

            w.WriteLine();
            w.WriteLine("### Strengths");
            w.WriteLine();
            if (o.Strengths.Count == 0)
            {
                w.WriteLine("None yet.");
            }

            foreach (var strength in o.Strengths)
            {
                w.WriteLine($"- {strength.Code}" + (strength.Person is null ? string.Empty : $" ({Markdown.Text(strength.Person.Name)})") + $": {Markdown.Text(strength.Message)}");
            }

            w.WriteLine();
            w.WriteLine("### Whom to meet next");
            w.WriteLine();
            RecommendationsRenderer.WriteMarkdownTable(w, item.Recommendations);
        }
    }
}
