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
    public static void Render(string format, TextWriter writer, bool color, OpportunityReview review, AccountPlan plan, System.DateTime asOf, IReadOnlyList<Recommendation> recommendations)
    {
        switch (format)
        {
            case "json":
                Json.Write(writer, json => ResultJson.WriteRecommendations(json, review, recommendations));
                break;
            case "markdown":
                writer.WriteLine($"# Whom to meet next: {Markdown.Text(plan.Account.Name)}, {Markdown.Code(review.Opportunity.Id)}");
                writer.WriteLine();
                writer.WriteLine($"As of {Terminal.Date(asOf)}. {Markdown.Text(review.Opportunity.SingleSalesObjective)}");
                writer.WriteLine();
                WriteMarkdownTable(writer, plan, recommendations);
                if (recommendations.Count > 0)
                {
                    writer.WriteLine();
                    writer.WriteLine("Why in this order:");
                    writer.WriteLine();
                    foreach (var r in recommendations)
                    {
                        writer.WriteLine($"{r.Rank}. {Markdown.Text(Describe.Name(plan, r.PersonId))}: {Markdown.Text(r.Breakdown.Explanation)}");
                    }
                }

                break;
            default:
                var console = Terminal.Create(writer, color);
                console.MarkupLine($"[bold]Whom to meet next[/] for {Terminal.Escape(review.Opportunity.Id)} ({Terminal.Escape(plan.Account.Name)}), as of {Terminal.Date(asOf)}");
                console.Write(Table(plan, recommendations));
                foreach (var r in recommendations)
                {
                    console.MarkupLine($"[grey]{r.Rank}. {Terminal.Escape(Describe.Name(plan, r.PersonId))}: {Terminal.Escape(r.Breakdown.Explanation)}[/]");
                }

                break;
        }
    }

    public static Table Table(AccountPlan plan, IReadOnlyList<Recommendation> recommendations)
    {
        var table = new Table().Title("Whom to meet next").AddColumns("#", "Person", "Score", "Why", "Owner", "Introduction path", "Best action", "Minimum action");
        foreach (var r in recommendations)
        {
            table.AddRow(
                r.Rank.ToString(CultureInfo.InvariantCulture),
                "[bold]" + Terminal.Escape(Describe.Person(plan, r.PersonId)) + "[/]",
                Describe.Number(r.Score),
                Terminal.Escape(Describe.List(r.Reasons)),
                Terminal.Escape(Describe.Owner(plan, r.OwnerId, r.CompanionId)),
                Terminal.Escape(PathText(r.Path)),
                Terminal.Escape(r.Goal.BestAction),
                Terminal.Escape(r.Goal.MinimumAction));
        }

        if (recommendations.Count == 0)
        {
            table.AddRow("-", "Nobody: every influence is covered, recently met and fully known.", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        }

        return table;
    }

    public static void WriteMarkdownTable(TextWriter w, AccountPlan plan, IReadOnlyList<Recommendation> recommendations)
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
            w.WriteLine($"| {r.Rank} | {Markdown.Cell(Describe.Person(plan, r.PersonId))} | {Describe.Number(r.Score)} | {Markdown.Cell(Describe.List(r.Reasons))} | {Markdown.Cell(Describe.Owner(plan, r.OwnerId, r.CompanionId))} | {Markdown.Cell(PathText(r.Path))} | {Markdown.Cell(r.Goal.BestAction)} | {Markdown.Cell(r.Goal.MinimumAction)} |");
        }
    }

    private static string PathText(IntroductionPath? path) => Describe.Path(path);
}
