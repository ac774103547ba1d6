using System.CommandLine;
using BuyingCenter.Cli.Commands;
using BuyingCenter.Cli.Infrastructure;

namespace BuyingCenter.Cli;

/// <summary>The commands of cli.md, each a thin shell: parse, one library call, one renderer.</summary>
internal static class CommandTable
{
    public const string ToolName = "buyingcenter";

    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("Plan complex B2B sales: review account plans, find red flags, plan whom to meet next and the goal of each meeting.")
        {
            DemoCommand.Create(context),
            ReviewCommand.Create(context),
            NextCommand.Create(context),
            MeetingCommand.Create(context),
            CampaignCommand.Create(context),
            DebriefCommand.Create(context),
            MapCommand.Create(context),
            ImportCommand.Create(context),
            PortfolioCommand.Create(context),
            ChangesCommand.Create(context),
            ValidateCommand.Create(context),
            FormatCommand.Create(context),
            GenerateCommand.Create(context),
        };

        // Help says "buyingcenter" however the tool was started (dotnet run, the tool shim, a test host).
        root.HelpName = ToolName;
        return root;
    }
}
