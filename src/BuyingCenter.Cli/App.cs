using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using BuyingCenter.Cli.Infrastructure;

namespace BuyingCenter.Cli;

/// <summary>
/// The whole tool as one call: parse the command line, run one command, map every failure to the exit
/// codes of cli.md. Writers are parameters so tests run the tool in-process.
/// </summary>
internal static class App
{
    /// <summary>Runs the tool against the real process environment.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, CliHost.Detect(stdout));

    /// <summary>Runs the tool with the environment supplied by the caller (tests).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CliHost host)
    {
        try
        {
            Rendering.Terminal.Width = host.Width;
            var root = CommandTable.Create(new CliContext(host, stdout, stderr));
            // No response files: "@notes.json" is a file name here, never a list of more arguments.
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
            {
                var command = parse.CommandResult.Command;
                if (command is RootCommand && parse.UnmatchedTokens.Count > 0 && !parse.UnmatchedTokens[0].StartsWith("-", StringComparison.Ordinal))
                {
                    // "buyingcenter reveiw plan.json": one sentence about the command, not one per word after it.
                    var typed = parse.UnmatchedTokens[0];
                    var commands = command.Subcommands.Select(c => c.Name).ToList();
                    stderr.WriteLine($"'{typed}' is not a command of {CommandTable.ToolName}." + (DidYouMean.Closest(typed, commands) is { } near
                        ? $" Did you mean '{near}'?"
                        : $" The commands are: {string.Join(", ", commands)}."));
                    stderr.WriteLine($"Type '{CommandTable.ToolName} --help' to see what each does.");
                    return ExitCodes.Usage;
                }

                foreach (var error in parse.Errors)
                {
                    var unknown = parse.UnmatchedTokens.FirstOrDefault(t => t.StartsWith("-", StringComparison.Ordinal) && error.Message.Contains("'" + t + "'", StringComparison.Ordinal));
                    stderr.WriteLine(error.Message + (unknown is null ? string.Empty : DidYouMean.Hint(unknown, DidYouMean.OptionsOf(command))));
                }

                stderr.WriteLine($"Type '{CommandPath(parse.CommandResult.Command)} --help' to see what it takes.");
                return ExitCodes.Usage;
            }

            return parse.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException e)
        {
            stderr.WriteLine(e.Message);
            return e.ExitCode;
        }
        catch (Exception e)
        {
            ReportBug(e, args, stderr, host);
            return ExitCodes.InternalError;
        }
    }

    private static string CommandPath(Command command)
    {
        var path = command is RootCommand ? CommandTable.ToolName : command.Name;
        foreach (var parent in command.Parents)
        {
            if (parent is Command p)
            {
                path = (p is RootCommand ? CommandTable.ToolName : p.Name) + " " + path;
            }
        }

        return path;
    }

    /// <summary>A bug: the user gets a short apology and where the details are; the stack trace goes to a file for the report.</summary>
    private static void ReportBug(Exception e, string[] args, TextWriter stderr, CliHost host)
    {
        stderr.WriteLine("buyingcenter hit an internal error. This is a bug in the tool, not a mistake of yours.");
        try
        {
            var version = typeof(App).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            var file = Path.Combine(
                host.ErrorLogFolder,
                string.Format(CultureInfo.InvariantCulture, "buyingcenter-error-{0:yyyyMMdd-HHmmss}-{1}.log", DateTime.UtcNow, Guid.NewGuid().ToString("N").Substring(0, 8)));
            File.WriteAllText(file, $"buyingcenter {version}{Environment.NewLine}arguments: {string.Join(" ", args)}{Environment.NewLine}{e}{Environment.NewLine}");
            stderr.WriteLine($"Please report it to the BuyingCenter maintainers and attach {file}, which holds the details.");
        }
        catch (Exception logFailure) when (logFailure is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Please report it to the BuyingCenter maintainers with this: {e.GetType().Name}: {e.Message}");
        }
    }
}
