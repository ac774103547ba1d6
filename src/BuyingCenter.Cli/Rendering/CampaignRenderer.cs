using System.Globalization;
using System.IO;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;
using Spectre.Console;

namespace BuyingCenter.Cli.Rendering;

/// <summary>The sequence of meetings toward the Economic Buyer's approval.</summary>
internal static class CampaignRenderer
{
    public static void Render(string format, TextWriter writer, bool color, Campaign campaign)
    {
        switch (format)
        {
            case "json":
                Json.Write(writer, json => ResultJson.WriteCampaign(json, campaign));
                break;
            case "markdown":
                writer.WriteLine($"# Campaign: {Markdown.Text(campaign.Account.Name)}, {Markdown.Code(campaign.Opportunity.Id)}");
                writer.WriteLine();
                writer.WriteLine($"As of {Terminal.Date(campaign.AsOf)}. Each meeting's goal sets up the next.");
                writer.WriteLine();
                writer.WriteLine("| Step | Person | Owner | Introduction path | Best action | Minimum action | Sets up |");
                writer.WriteLine("|---|---|---|---|---|---|---|");
                foreach (var s in campaign.Steps)
                {
                    writer.WriteLine($"| {s.Step} | {Markdown.Cell(Describe.Person(s.Approach.Person))} | {Markdown.Cell(Describe.Owner(s.Approach))} | {Markdown.Cell(Describe.Path(s.Approach.Route))} | {Markdown.Cell(s.Goal.BestAction)} | {Markdown.Cell(s.Goal.MinimumAction)} | {Markdown.Cell(s.SteppingStone)} |");
                }

                WriteAssumptionsMarkdown(writer, campaign);
                break;
            default:
                var console = Terminal.Create(writer, color);
                var table = new Table().Title($"Campaign for {Terminal.Escape(campaign.Opportunity.Id)}, as of {Terminal.Date(campaign.AsOf)}")
                    .AddColumns("Step", "Person", "Owner", "Introduction path", "Best action", "Minimum action", "Sets up");
                foreach (var s in campaign.Steps)
                {
                    table.Row(
                        s.Step.ToString(CultureInfo.InvariantCulture),
                        "[bold]" + Terminal.Escape(Describe.Person(s.Approach.Person)) + "[/]",
                        Terminal.Escape(Describe.Owner(s.Approach)),
                        Terminal.Escape(Describe.Path(s.Approach.Route)),
                        Terminal.Escape(s.Goal.BestAction),
                        Terminal.Escape(s.Goal.MinimumAction),
                        Terminal.Escape(s.SteppingStone));
                }

                console.Write(table);
                foreach (var assumption in campaign.Assumptions)
                {
                    console.Line("[grey]Assumes: " + Terminal.Escape(assumption) + "[/]");
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
