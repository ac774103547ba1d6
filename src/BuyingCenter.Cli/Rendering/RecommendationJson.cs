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

    /// <summary>
    /// The owner, the companion (a seller id or null), the route seller first and person last (null when no admissible
    /// route reaches the person), and its strength: one writer for recommendations, meeting plans and campaign steps,
    /// so that <c>path</c> and <c>pathStrength</c> always come from the same route.
    /// </summary>
    public static void WriteOwnership(Utf8JsonWriter json, string? ownerId, string? companionId, BuyingCenter.Analysis.IntroductionPath? path)
    {
        json.WriteStringOrNull("owner", ownerId);
        json.WriteStringOrNull("companion", companionId);
        if (path is null)
        {
            json.WriteNull("path");
        }
        else
        {
            json.WriteStrings("path", path.Ids);
        }

        json.WriteScore("pathStrength", path?.Strength ?? 0);
    }

    private static void Write(Utf8JsonWriter json, Recommendation r)
    {
        json.WriteStartObject();
        json.WriteNumber("rank", r.Rank);
        json.WriteString("person", r.PersonId);
        json.WriteScore("score", r.Score);
        json.WriteStrings("reasons", r.Reasons);
        WriteOwnership(json, r.OwnerId, r.CompanionId, r.Path);

        json.WriteStartObject("goal");
        json.WriteString("bestAction", r.Goal.BestAction);
        json.WriteString("minimumAction", r.Goal.MinimumAction);
        json.WriteString("ask", r.Goal.Ask);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
