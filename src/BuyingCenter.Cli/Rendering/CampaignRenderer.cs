using System.Globalization;
using System.IO;
using BuyingCenter.Planning;
using Spectre.Console;

namespace BuyingCenter.Cli.Rendering;

/// <summary>The sequence of meetings toward the Economic Buyer's approval.</summary>
internal static class CampaignRenderer
{
    public static void Render(string format, TextWriter writer, bool color, AccountPlan plan, Campaign campaign)
    {
        switch (format)
        {
            case "json":
                Json.Write(writer, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("account", plan.Account.Id);
                    json.WriteString("opportunity", campaign.OpportunityId);
                    json.WriteDate("asOf", campaign.AsOf);
                    json.WriteStartArray("meetings");
                    foreach (var s in campaign.Steps)
                    {
                        json.WriteStartObject();
                        json.WriteNumber("step", s.Step);
                        json.WriteDate("date", s.Date);
                        json.WriteString("person", s.PersonId);
                        RecommendationJson.WriteOwnership(json, s.OwnerId, s.CompanionId, s.Path);
                        json.WriteString("bestAction", s.BestAction);
                        json.WriteString("minimumAction", s.MinimumAction);
                        json.WriteString("ask", s.Ask);
                        json.WriteString("steppingStone", s.SteppingStone);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                break;
            case "markdown":
                writer.WriteLine($"# Campaign: {Markdown.Text(plan.Account.Name)}, {Markdown.Code(campaign.OpportunityId)}");
                writer.WriteLine();
                writer.WriteLine($"As of {Terminal.Date(campaign.AsOf)}. Each meeting's goal sets up the next.");
                writer.WriteLine();
                writer.WriteLine("| Step | Person | Owner | Introduction path | Best action | Minimum action | Sets up |");
                writer.WriteLine("|---|---|---|---|---|---|---|");
                foreach (var s in campaign.Steps)
                {
                    writer.WriteLine($"| {s.Step} | {Markdown.Cell(Describe.Person(plan, s.PersonId))} | {Markdown.Cell(Describe.Owner(plan, s.OwnerId, s.CompanionId))} | {Markdown.Cell(Describe.Path(s.Path))} | {Markdown.Cell(s.BestAction)} | {Markdown.Cell(s.MinimumAction)} | {Markdown.Cell(s.SteppingStone)} |");
                }

                WriteAssumptionsMarkdown(writer, campaign);
                break;
            default:
                var console = Terminal.Create(writer, color);
                var table = new Table().Title($"Campaign for {Terminal.Escape(campaign.OpportunityId)}, as of {Terminal.Date(campaign.AsOf)}")
                    .AddColumns("Step", "Person", "Owner", "Introduction path", "Best action", "Minimum action", "Sets up");
                foreach (var s in campaign.Steps)
                {
                    table.AddRow(
                        s.Step.ToString(CultureInfo.InvariantCulture),
                        "[bold]" + Terminal.Escape(Describe.Person(plan, s.PersonId)) + "[/]",
                        Terminal.Escape(Describe.Owner(plan, s.OwnerId, s.CompanionId)),
                        Terminal.Escape(Describe.Path(s.Path)),
                        Terminal.Escape(s.BestAction),
                        Terminal.Escape(s.MinimumAction),
                        Terminal.Escape(s.SteppingStone));
                }

                console.Write(table);
                foreach (var assumption in campaign.Assumptions)
                {
                    console.MarkupLine("[grey]Assumes: " + Terminal.Escape(assumption) + "[/]");
                }

                break;
        }
    }

    private static void WriteAssumptionsMarkdown(TextWriter writer, Campaign campaign)
    {
        if (campaign.Assumptions.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("Assumptions:");
        writer.WriteLine();
        foreach (var assumption in campaign.Assumptions)
        {
            writer.WriteLine("- " + Markdown.Text(assumption));
        }
    }
}
