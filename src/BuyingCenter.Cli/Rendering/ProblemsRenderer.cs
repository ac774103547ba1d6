using System.Collections.Generic;
using System.IO;
using BuyingCenter.Serialization;

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
                        ResultJson.WriteProblem(json, problem, nameFiles ? file : null);
                    }
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        });
    }
}
