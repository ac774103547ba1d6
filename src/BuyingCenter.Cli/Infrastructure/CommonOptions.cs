using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace BuyingCenter.Cli.Infrastructure;

/// <summary>The options shared by several commands, made fresh for each command (a symbol has one parent).</summary>
internal static class CommonOptions
{
    public static Argument<string> Plan() => RejectOptions(new Argument<string>("PLAN") { Description = "The account plan file (JSON)." });

    public static Argument<string[]> Plans(string description) =>
        RejectOptions(new Argument<string[]>("PLAN") { Description = description, Arity = ArgumentArity.OneOrMore });

    /// <summary>
    /// System.CommandLine hands an unknown option to a file argument as a value; a file name that starts with a
    /// dash is far more often a mistyped option, so it is refused (exit 64) rather than reported as a missing file.
    /// </summary>
    public static Argument<T> RejectOptions<T>(Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    var hint = result.Parent is CommandResult command ? DidYouMean.Hint(token.Value, DidYouMean.OptionsOf(command.Command)) : string.Empty;
                    result.AddError($"Unknown option '{token.Value}'.{hint} (A file whose name starts with a dash can be given as ./{token.Value}.)");
                }
            }
        });
        return argument;
    }

    public static Option<string?> Opportunity() => new("--opportunity")
    {
        Description = "The opportunity id; needed only when the plan has more than one.",
        HelpName = "ID",
    };

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "The day the analysis takes as today (YYYY-MM-DD); default: today. Makes output reproducible.",
        HelpName = "DATE",
    };

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write to this file (atomically) instead of standard output; an existing file only with --force.",
        HelpName = "FILE",
    };

    public static Option<bool> Force() => new("--force")
    {
        Description = "Replace the --output file if it exists (never an input of the command, never a read-only file).",
    };

    public static Option<string> Format(params string[] allowed)
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format.",
            HelpName = string.Join("|", allowed),
            DefaultValueFactory = _ => allowed[0],
        };
        option.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, allowed);
        return option;
    }

    /// <summary>
    /// A whole-number option whose parse error reads as a sentence ("--top takes a whole number such as 3"), not as
    /// System.CommandLine's message that names a .NET type.
    /// </summary>
    public static Option<int?> Number(string name, string description, string example, int? defaultValue = null)
    {
        var option = new Option<int?>(name)
        {
            Description = description,
            HelpName = "N",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                result.AddError($"{name} takes a whole number such as {example}, not '{text}'. Type {name} {example}, for example.");
                return null;
            },
        };
        if (defaultValue is { } fallback)
        {
            option.DefaultValueFactory = _ => fallback;
        }

        return option;
    }

    /// <summary>Dates on the command line are ISO calendar dates only, so a script never depends on the machine's culture.</summary>
    public static DateTime ParseDate(string? text, string optionName, DateTime fallback)
    {
        if (text is null)
        {
            return fallback;
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new UsageException($"{optionName} takes a calendar date such as 2026-11-22, not '{text}'. Type {optionName} {fallback.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, for example.");
    }

    public static string Normalize(string format) => format.ToLowerInvariant();
}
