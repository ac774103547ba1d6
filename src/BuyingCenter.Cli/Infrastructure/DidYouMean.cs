using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace BuyingCenter.Cli.Infrastructure;

/// <summary>
/// The nearest of the words a command knows (commands, options, ids of the plan) to one the user mistyped: case
/// ignored, and one edit, swap of neighbours, insertion or deletion per three letters allowed.
/// </summary>
internal static class DidYouMean
{
    /// <summary>The closest candidate, or null when none is close enough to be what was meant.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        var bare = typed.TrimStart('-');
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(bare.ToLowerInvariant(), candidate.TrimStart('-').ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is not null && bestDistance <= Math.Max(1, bare.Length / 3) ? best : null;
    }

    /// <summary>" Did you mean 'X'?" for an unknown option or command, or an empty string.</summary>
    public static string Hint(string typed, IEnumerable<string> candidates) =>
        Closest(typed, candidates) is { } near ? $" Did you mean '{near}'?" : string.Empty;

    /// <summary>The names and aliases of a command's options, the way they are typed.</summary>
    public static IEnumerable<string> OptionsOf(Command command) =>
        command.Options.SelectMany(o => new[] { o.Name }.Concat(o.Aliases)).Where(n => n.StartsWith("--", StringComparison.Ordinal));

    /// <summary>Optimal string alignment distance: edits, with a swap of two neighbours counted as one.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
