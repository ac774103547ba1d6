using System;
using System.IO;

namespace BuyingCenter.Cli.Infrastructure;

/// <summary>
/// What the tool learns from the process it runs in, read once at start-up so that every command sees
/// the same answers and tests can supply their own.
/// </summary>
internal sealed class CliHost
{
    /// <summary>Whether standard output is a terminal a person watches (not a file, a pipe or a test writer).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Whether the user asked for no colour (the <c>NO_COLOR</c> convention: set and not empty).</summary>
    public bool NoColor { get; init; }

    /// <summary>Today's date, the default of <c>--as-of</c>. The library never reads the clock; the tool reads it here, once.</summary>
    public DateTime Today { get; init; }

    /// <summary>How long a command that rewrites a plan waits for another one to release the plan's lock.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The width text output wraps at: the terminal's, or 120 columns when output is redirected.</summary>
    public int Width { get; init; } = RedirectedWidth;

    /// <summary>Wide enough for tables, narrow enough to read in a file or a pull request.</summary>
    public const int RedirectedWidth = 120;

    /// <summary>The folder where internal errors leave their details for a bug report.</summary>
    public string ErrorLogFolder { get; init; } = Path.GetTempPath();

    /// <summary>Colour and layout only for a person at a terminal who did not opt out.</summary>
    public bool UseColor => OutputIsTerminal && !NoColor;

    /// <summary>Reads the real process environment.</summary>
    /// <param name="stdout">The writer the tool prints to; only the process's own console can be a terminal.</param>
    public static CliHost Detect(TextWriter stdout)
    {
        var terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        return new()
        {
            OutputIsTerminal = terminal,
            NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
            Today = DateTime.Today,
            Width = terminal ? TerminalWidth() : RedirectedWidth,
        };
    }

    /// <summary>COLUMNS when the user set it, else the window's width; never narrower than 40 columns.</summary>
    private static int TerminalWidth()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var columns) && columns > 0)
        {
            return Math.Max(40, columns);
        }

        try
        {
            return Console.WindowWidth > 0 ? Math.Max(40, Console.WindowWidth) : RedirectedWidth;
        }
        catch (IOException)
        {
            return RedirectedWidth;
        }
    }
}
