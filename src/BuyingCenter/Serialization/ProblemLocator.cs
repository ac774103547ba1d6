using System;
using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;

namespace BuyingCenter.Serialization;

/// <summary>
/// Adds line and column to problems known only by their JSON path, by reading the text once more.
/// It runs only when a file has problems, so valid files pay nothing for positions.
/// </summary>
internal static class ProblemLocator
{
    public static void Locate(string text, List<PlanProblem> problems, int maxDepth)
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

        Scan(text, wanted, maxDepth, deepest + 1);
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

    private static void Scan(string text, Dictionary<string, (int Line, int Column)?> wanted, int maxDepth, int deepest)
    {
        var lines = new LineMap(text);
        var reader = new JsonTextReader(new StringReader(text))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            MaxDepth = maxDepth,
        };
        int previousLine = 1, previousPosition = 0, errors = 0;
        while (true)
        {
            string path;
            try
            {
                if (!reader.Read())
                {
                    return;
                }

                if (reader.TokenType is JsonToken.PropertyName or JsonToken.Comment or JsonToken.EndObject or JsonToken.EndArray || reader.Depth > deepest)
                {
                    previousLine = reader.LineNumber;
                    previousPosition = reader.LinePosition;
                    continue;
                }

                path = PlanReader.JsonPath(reader.Path);
            }
            catch (JsonReaderException e) when (e.Message.StartsWith("Input string", StringComparison.Ordinal) || e.Message.StartsWith("Cannot read", StringComparison.Ordinal))
            {
                // A value Newtonsoft cannot convert (NaN, 1e400): reading goes on after it.
                if (++errors > 100_000)
                {
                    return;
                }

                path = PlanReader.JsonPath(e.Path);
            }
            catch (Exception)
            {
                // Malformed JSON: the reader already reported it with its own position.
                return;
            }

            if (wanted.TryGetValue(path, out var found) && found is null)
            {
                wanted[path] = lines.NextValue(previousLine, previousPosition);
            }

            previousLine = reader.LineNumber;
            previousPosition = reader.LinePosition;
        }
    }

    /// <summary>Line starts as Newtonsoft counts them (\n, \r and \r\n each end a line), to turn positions into offsets and back.</summary>
    private sealed class LineMap
    {
        private readonly string text;
        private readonly List<int> starts = new() { 0 };

        public LineMap(string text)
        {
            this.text = text;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    starts.Add(i + 1);
                }
            }
        }

        /// <summary>The 1-based line and column of the first character of the value after a reader position.</summary>
        public (int Line, int Column) NextValue(int line, int position)
        {
            line = Math.Min(Math.Max(line, 1), starts.Count);
            var offset = Math.Min(starts[line - 1] + Math.Max(position, 0), text.Length);
            while (offset < text.Length && (char.IsWhiteSpace(text[offset]) || text[offset] == ',' || text[offset] == ':'))
            {
                offset++;
            }

            var index = starts.BinarySearch(offset);
            var lineIndex = index >= 0 ? index : ~index - 1;
            return (lineIndex + 1, offset - starts[lineIndex] + 1);
        }
    }
}
