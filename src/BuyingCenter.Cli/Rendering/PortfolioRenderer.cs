using System.Globalization;
using System.IO;
using System.Linq;
using BuyingCenter.Cli.Commands;
using BuyingCenter.Portfolio;
using BuyingCenter.Serialization;
using Spectre.Console;

namespace BuyingCenter.Cli.Rendering;

/// <summary>The portfolio: one row per account and opportunity, riskiest first.</summary>
internal static class PortfolioRenderer
{
    public static void Render(string format, TextWriter writer, bool color, PortfolioReport report)
    {
        switch (format)
        {
            case "json":
                WriteJson(writer, report);
                break;
            case "markdown":
                WriteMarkdown(writer, report);
                break;
            default:
                WriteText(Terminal.Create(writer, color), report);
                break;
        }
    }

    private static void WriteText(IAnsiConsole console, PortfolioReport report)
    {
        var table = new Table().Title($"Portfolio of {report.Review.AccountCount} accounts, as of {Terminal.Date(report.Review.AsOf)}, riskiest first")
            .AddColumns("Account", "Opportunity", "Score", "Funnel (claimed)", "First deduction", "Worst flags", "Next contact");

        // An account's name is what a reader scans for: it is never broken over two lines.
        table.Columns[0].NoWrap();
        foreach (var row in report.Review.Rows)
        {
            table.Row(
                Terminal.Escape(row.Account.Name),
                Terminal.Escape(row.Opportunity.Id),
                row.CoverageScore.ToString(CultureInfo.InvariantCulture) + " " + Terminal.StatusMarkup(row.Status.ToString()),
                Terminal.Escape(Funnel(row)),
                Terminal.Escape(FirstDeduction(row)),
                string.Join("\n", row.WorstFlags.Select(f => Terminal.SeverityMarkup(f.Severity.ToString()) + " " + f.Code + (f.PersonId is null ? string.Empty : " (" + Terminal.Escape(f.PersonId) + ")"))),
                Terminal.Escape(NextContact(row)));
        }

        console.Write(table);
        if (report.Invalid.Count > 0)
        {
            console.Line($"[red]{report.Invalid.Count} plan(s) are invalid[/] and are not in the table: " + Terminal.Escape(string.Join(", ", report.Invalid.Select(i => i.File))) + ". Their problems are listed on standard error.");
        }

        foreach (var message in report.Unopened)
        {
            console.Line("[red]" + Terminal.Escape(message) + "[/]");
        }
    }

    private static void WriteJson(TextWriter writer, PortfolioReport report) =>
        Json.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteDate("asOf", report.Review.AsOf);
            json.WriteNumber("plans", report.Plans);
            json.WriteNumber("accounts", report.Review.AccountCount);
            json.WriteStartArray("rows");
            foreach (var row in report.Review.Rows)
            {
                json.WriteStartObject();
                json.WriteString("account", row.Account.Id);
                json.WriteString("opportunity", row.Opportunity.Id);
                json.WriteNumber("coverageScore", row.CoverageScore);
                json.WriteString("status", row.Status.ToString());
                json.WriteString("funnelPosition", row.FunnelPosition.ToString());
                json.WriteStringOrNull("claimedStage", row.ClaimedStage?.ToString());
                json.WriteStartArray("deductions");
                foreach (var deduction in row.Deductions)
                {
                    ResultJson.WriteDeduction(json, deduction);
                }

                json.WriteEndArray();
                json.WriteStartArray("worstFlags");
                foreach (var flag in row.WorstFlags)
                {
                    json.WriteStartObject();
                    json.WriteString("code", flag.Code.ToString());
                    json.WriteString("severity", flag.Severity.ToString());
                    json.WriteStringOrNull("person", flag.PersonId);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                if (row.NextContact is { } next)
                {
                    json.WriteStartObject("nextContact");
                    json.WriteString("person", next.Person.Id);
                    json.WriteStringOrNull("owner", next.Owner?.Id);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("nextContact");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("invalid");
            foreach (var invalid in report.Invalid)
            {
                json.WriteStartObject();
                json.WriteString("file", invalid.File);
                json.WriteStartArray("problems");
                foreach (var problem in invalid.Problems)
                {
                    ResultJson.WriteProblem(json, problem);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    /// <summary>"InTheFunnel (claims BestFew)": the derived position beside the claimed stage.</summary>
    private static string Funnel(PortfolioRow row) =>
        row.FunnelPosition + (row.ClaimedStage is { } claimed && claimed != row.FunnelPosition ? " (claims " + claimed + ")" : string.Empty);

    /// <summary>"-25.0 EconomicBuyerUnknown": the largest single reason the score is not 100.</summary>
    private static string FirstDeduction(PortfolioRow row)
    {
        if (row.Deductions.Count == 0)
        {
            return "-";
        }

        var first = row.Deductions[0];
        foreach (var deduction in row.Deductions)
        {
            first = deduction.Points > first.Points ? deduction : first;
        }

        return "-" + Describe.Points(first.Points) + " " + first.Flag.Code + (first.Flag.PersonId is null ? string.Empty : " (" + first.Flag.PersonId + ")");
    }

    private static string NextContact(PortfolioRow row) =>
        row.NextContact is { } next ? next.Person.Id + (next.Owner?.Id is null ? string.Empty : ", owner " + next.Owner?.Id) : "-";

    private static void WriteMarkdown(TextWriter w, PortfolioReport report)
    {
        w.WriteLine($"# Portfolio, as of {Terminal.Date(report.Review.AsOf)}");
        w.WriteLine();
        w.WriteLine($"{report.Review.AccountCount} accounts, one row per opportunity, riskiest first.");
        w.WriteLine();
        w.WriteLine("| Account | Opportunity | Score | Status | Funnel (claimed) | First deduction | Worst flags | Next contact |");
        w.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var row in report.Review.Rows)
        {
            var flags = string.Join("; ", row.WorstFlags.Select(f => f.Severity + " " + f.Code + (f.PersonId is null ? string.Empty : " (" + f.PersonId + ")")));
            w.WriteLine($"| {Markdown.Cell(row.Account.Name)} | {Markdown.Code(row.Opportunity.Id, inTable: true)} | {row.CoverageScore} | {row.Status} | {Markdown.Cell(Funnel(row))} | {Markdown.Cell(FirstDeduction(row))} | {Markdown.Cell(flags)} | {Markdown.Cell(NextContact(row))} |");
        }

        if (report.Invalid.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("## Invalid plans");
            w.WriteLine();
            foreach (var invalid in report.Invalid)
            {
                w.WriteLine($"- {Markdown.Code(invalid.File)}: {invalid.Problems.Count} problem(s)");
                foreach (var problem in invalid.Problems)
                {
                    w.WriteLine("  - " + Markdown.Text(problem.ToString()));
                }
            }
        }
    }
}
