using System.Collections.Generic;
using System.Globalization;
using System.IO;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;
using Spectre.Console;

namespace BuyingCenter.Cli.Rendering;

/// <summary><c>next</c>: the ranked list of whom to meet, with owner, introduction path and meeting goal.</summary>
internal static class RecommendationsRenderer
{
    public static void Render(string format, TextWriter writer, bool color, OpportunityReview review, IReadOnlyList<Recommendation> recommendations)
    {
        var account = review.Plan.Account;
        switch (format)
        {
            case "json":
                Json.Write(writer, json => ResultJson.WriteRecommendations(json, review, recommendations));
                break;
            case "markdown":
                writer.WriteLine($"# Whom to meet next: {Markdown.Text(account.Name)}, {Markdown.Code(review.Opportunity.Id)}");
                writer.WriteLine();
                writer.WriteLine($"As of {Terminal.Date(review.AsOf)}. {Markdown.Text(review.Opportunity.SingleSalesObjective)}");
                writer.WriteLine();
                WriteMarkdownTable(writer, recommendations);
                if (recommendations.Count > 0)
                {
                    writer.WriteLine();
                    writer.WriteLine("Why in this order:");
                    writer.WriteLine();
                    foreach (var r in recommendations)
                    {
                        writer.WriteLine($"{r.Rank}. {Markdown.Text(Describe.Name(r.Approach.Person))}: {Markdown.Text(r.Breakdown.Explanation)}");
                    }
                }

                break;
            default:
                var console = Terminal.Create(writer, color);
                console.Line($"[bold]Whom to meet next[/] for {Terminal.Escape(review.Opportunity.Id)} ({Terminal.Escape(account.Name)}), as of {Terminal.Date(review.AsOf)}");
                console.Write(Table(recommendations));
                foreach (var r in recommendations)
                {
                    console.Line($"[grey]{r.Rank}. {Terminal.Escape(Describe.Name(r.Approach.Person))}: {Terminal.Escape(r.Breakdown.Explanation)}[/]");
                }

                break;
        }
    }

    public static Table Table(IReadOnlyList<Recommendation> recommendations)
    {
        var table = new Table().Title("Whom to meet next").AddColumns("#", "Person", "Score", "Why", "Owner", "Introduction path", "Best action", "Minimum action");
        foreach (var r in recommendations)
        {
            table.Row(
                r.Rank.ToString(CultureInfo.InvariantCulture),
                "[bold]" + Terminal.Escape(Describe.Person(r.Approach.Person)) + "[/]",
                Describe.Number(r.Score),
                Terminal.Escape(Describe.List(r.Reasons)),
                Terminal.Escape(Describe.Owner(r.Approach)),
                Terminal.Escape(Describe.Path(r.Approach.Route)),
                Terminal.Escape(r.Goal.BestAction),
                Terminal.Escape(r.Goal.MinimumAction));
        }

        if (recommendations.Count == 0)
        {
            table.Row("-", "Nobody: every influence is covered, recently met and fully known.", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        }

        return table;
    }

    public static void WriteMarkdownTable(TextWriter w, IReadOnlyList<Recommendation> recommendations)
    {
        if (recommendations.Count == 0)
        {
            w.WriteLine("Nobody: every influence is covered, recently met and fully known.");
            return;
        }

        w.WriteLine("| # | Person | Score | Why | Owner | Introduction path | Best action | Minimum action |");
        w.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in recommendations)
        {
            w.WriteLine($"| {r.Rank} | {Markdown.Cell(Describe.Person(r.Approach.Person))} | {Describe.Number(r.Score)} | {Markdown.Cell(Describe.List(r.Reasons))} | {Markdown.Cell(Describe.Owner(r.Approach))} | {Markdown.Cell(Describe.Path(r.Approach.Route))} | {Markdown.Cell(r.Goal.BestAction)} | {Markdown.Cell(r.Goal.MinimumAction)} |");
        }
    }
}
