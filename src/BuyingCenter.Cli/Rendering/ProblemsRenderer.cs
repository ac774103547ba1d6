using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace BuyingCenter.Cli.Rendering;

/// <summary>Shows what is wrong with plan files: one line per problem for people, the validate shape for programs.</summary>
internal static class ProblemsRenderer
{
    /// <summary>One file's problems, each with path, line and column, as lines a person can act on.</summary>
    public static void WriteText(TextWriter writer, string source, IReadOnlyList<PlanProblem> problems)
    {
        writer.WriteLine(problems.Count == 1
            ? $"{source}: 1 problem"
            : $"{source}: {problems.Count} problems");
        foreach (var problem in problems)
        {
            writer.WriteLine("  " + problem);
        }
    }

    /// <summary><c>{ "valid": ..., "problems": [ { "path", "line", "column", "message" } ] }</c>; "file" is added when several files were checked.</summary>
    public static void WriteJson(TextWriter writer, IReadOnlyList<(string File, IReadOnlyList<PlanProblem> Problems)> files, bool nameFiles)
    {
        var valid = true;
        foreach (var (_, problems) in files)
        {
            valid &= problems.Count == 0;
        }

        Json.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteBoolean("valid", valid);
            if (!valid)
            {
                json.WriteStartArray("problems");
                foreach (var (file, problems) in files)
                {
                    foreach (var problem in problems)
                    {
                        WriteProblem(json, problem, nameFiles ? file : null);
                    }
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        });
    }

    private static void WriteProblem(Utf8JsonWriter json, PlanProblem problem, string? file)
    {
        json.WriteStartObject();
        if (file is not null)
        {
            json.WriteString("file", file);
        }

        json.WriteString("path", problem.Path);
        WriteNumberOrNull(json, "line", problem.Line);
        WriteNumberOrNull(json, "column", problem.Column);
        json.WriteString("message", problem.Message);
        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
