using System.Collections.Generic;
using System.Text.Json;
using BuyingCenter.Planning;

namespace BuyingCenter.Cli.Rendering;

/// <summary>The recommendation object of cli.md, shared by <c>next</c> and <c>review</c>.</summary>
internal static class RecommendationJson
{
    public static void WriteArray(Utf8JsonWriter json, string name, IReadOnlyList<Recommendation> recommendations)
    {
        json.WriteStartArray(name);
        foreach (var recommendation in recommendations)
        {
            Write(json, recommendation);
        }

        json.WriteEndArray();
    }

    /// <summary>Seller first, person last; null when no chain from our team reaches the person.</summary>
    public static void WritePath(Utf8JsonWriter json, BuyingCenter.Analysis.IntroductionPath? path)
    {
        if (path is null)
        {
            json.WriteNull("path");
        }
        else
        {
            json.WriteStrings("path", path.Ids);
        }
    }

    private static void Write(Utf8JsonWriter json, Recommendation r)
    {
        json.WriteStartObject();
        json.WriteNumber("rank", r.Rank);
        json.WriteString("person", r.PersonId);
        json.WriteScore("score", r.Score);
        json.WriteStrings("reasons", r.Reasons);
        json.WriteStringOrNull("owner", r.OwnerId);
        WritePath(json, r.Path);
        json.WriteScore("pathStrength", r.PathStrength);

        json.WriteStartObject("goal");
        json.WriteString("bestAction", r.Goal.BestAction);
        json.WriteString("minimumAction", r.Goal.MinimumAction);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
