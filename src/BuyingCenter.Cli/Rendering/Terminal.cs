using System;
using System.IO;
using Spectre.Console;

namespace BuyingCenter.Cli.Rendering;

/// <summary>Makes a Spectre console over any writer: ANSI colour only when asked, plain text otherwise.</summary>
internal static class Terminal
{
    /// <summary>Wide enough that redirected tables are not wrapped into unreadable columns.</summary>
    private const int RedirectedWidth = 160;

    public static IAnsiConsole Create(TextWriter writer, bool color, bool interactive = false)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });

        if (!color)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    /// <summary>Severity in colour: red for High, yellow for Medium, grey for Low.</summary>
    public static string SeverityMarkup(string severity) => severity switch
    {
        "High" => "[red]High[/]",
        "Medium" => "[yellow]Medium[/]",
        "Low" => "[grey]Low[/]",
        _ => Markup.Escape(severity),
    };

    /// <summary>Status in colour: the band of the coverage score.</summary>
    public static string StatusMarkup(string status) => status switch
    {
        "Red" => "[red]Red[/]",
        "Amber" => "[yellow]Amber[/]",
        "Green" => "[green]Green[/]",
        _ => Markup.Escape(status),
    };

    public static string Escape(string? text) => Markup.Escape(text ?? string.Empty);

    public static string Join(string separator, System.Collections.Generic.IEnumerable<string> items) => string.Join(separator, items);

    public static string OrDash(string? text) => string.IsNullOrEmpty(text) ? "-" : Markup.Escape(text!);

    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
