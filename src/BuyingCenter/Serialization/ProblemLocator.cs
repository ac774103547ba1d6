using System;
using System.Collections.Generic;

namespace BuyingCenter.Serialization;

/// <summary>
/// Adds line and column to the validator's problems, known only by their JSON path (the validator checks the model, not
/// the text), by reading the text once more with the tokenizer. It runs only when the validator found a problem.
/// </summary>
internal static class ProblemLocator
{
    public static void Locate(char[] text, int length, List<PlanProblem> problems, int maxDepth)
    {
        var wanted = new Dictionary<string, (int Line, int Column)?>(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            if (problem.Line is null)
            {
                for (var path = problem.Path; path is not null; path = Parent(path))
                {
                    wanted[path] = null;
                }
            }
        }

        if (wanted.Count == 0)
        {
            return;
        }

        // Paths are only built for tokens that can match: a file of deep junk must not cost a path per token per level.
        var deepest = 0;
        foreach (var path in wanted.Keys)
        {
            deepest = Math.Max(deepest, Segments(path));
        }

        Scan(text, length, wanted, maxDepth, deepest + 1);
        for (var i = 0; i < problems.Count; i++)
        {
            var problem = problems[i];
            if (problem.Line is not null)
            {
                continue;
            }

            for (var path = problem.Path; path is not null; path = Parent(path))
            {
                if (wanted.TryGetValue(path, out var found) && found is { } at)
                {
                    problems[i] = problem with { Line = at.Line, Column = at.Column };
                    break;
                }
            }
        }
    }

    /// <summary>The path one level up: <c>$.a.b[2]</c> gives <c>$.a.b</c>; the root has none.</summary>
    internal static string? Parent(string path)
    {
        if (path.Length <= 1)
        {
            return null;
        }

        var cut = path.Length - 1;
        while (cut > 0 && path[cut] != '.' && path[cut] != '[')
        {
            cut--;
        }

        return cut <= 0 ? "$" : path.Substring(0, cut);
    }

    private static int Segments(string path)
    {
        var count = 0;
        foreach (var c in path)
        {
            if (c == '.' || c == '[')
            {
                count++;
            }
        }

        return count;
    }

    private static void Scan(char[] text, int length, Dictionary<string, (int Line, int Column)?> wanted, int maxDepth, int deepest)
    {
        // The deviations were reported by the reader already: here they are read over and dropped.
        var json = new StrictJson(text, length, maxDepth, new List<PlanProblem>());
        try
        {
            while (json.Read())
            {
                if (json.Kind is JsonTokenKind.PropertyName or JsonTokenKind.EndObject or JsonTokenKind.EndArray)
                {
                    continue;
                }

                // A container's own path is that of its parent's item: count it at the parent's depth.
                var depth = json.Kind is JsonTokenKind.StartObject or JsonTokenKind.StartArray ? json.Depth - 1 : json.Depth;
                if (depth >= deepest)
                {
                    continue;
                }

                var path = json.Path();
                if (wanted.TryGetValue(path, out var found) && found is null)
                {
                    wanted[path] = (json.Line, json.Column);
                }
            }
        }
        catch (JsonSyntaxException)
        {
            // Malformed JSON: the reader already reported it with its own position.
        }
    }
}
