using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace BuyingCenter.Maps;

/// <summary>The one visual vocabulary shared by the DOT, Mermaid and SVG renderers, so the three maps read alike.</summary>
internal static class MapStyle
{
    public const string FlagColour = "#D62728";
    public const string ReportsToColour = "#555555";
    public const string KnowsColour = "#7F8C9A";
    public const string CoverageColour = "#1F6FB4";
    public const string InfluencesColour = "#D9822B";
    public const string OpposesColour = "#D62728";
    public const string SellerBandColour = "#EEF2F7";

    public static string Fill(MapRole role) => role switch
    {
        MapRole.Economic => "#F6C85F",
        MapRole.Coach => "#C9A6E4",
        MapRole.Technical => "#9DC3E6",
        MapRole.User => "#A8D5A2",
        MapRole.RoleUnknown => "#FFFFFF",
        MapRole.NoRole => "#EEEEEE",
        _ => "#2C3E50",
    };

    public static string Stroke(MapRole role) => role switch
    {
        MapRole.Economic => "#8A6D00",
        MapRole.Coach => "#6B3F8A",
        MapRole.Technical => "#2F5F8A",
        MapRole.User => "#3D7A36",
        MapRole.RoleUnknown => "#555555",
        MapRole.NoRole => "#AAAAAA",
        _ => "#1B2631",
    };

    public static string TextColour(MapRole role) => role switch
    {
        MapRole.Seller => "#FFFFFF",
        MapRole.NoRole => "#888888",
        _ => "#1A1A1A",
    };

    public static string Describe(MapRole role) => role switch
    {
        MapRole.Economic => "Economic buyer",
        MapRole.Coach => "Coach",
        MapRole.Technical => "Technical buyer",
        MapRole.User => "User buyer",
        MapRole.RoleUnknown => "Influence, role unknown",
        MapRole.NoRole => "No role in this opportunity",
        _ => "Our seller",
    };

    /// <summary>The label lines of a node: name, the title wrapped at word boundaries, then the influence line.</summary>
    public static IReadOnlyList<string> LabelLines(MapNode node, RelationshipMapOptions options)
    {
        var lines = new List<string> { node.Name };
        var influence = node.InfluenceLine;
        if (options.IncludeTitles && !string.IsNullOrWhiteSpace(node.Title))
        {
            // The box is already as wide as its longest other line: a title that fits in that width needs no wrap.
            var width = Math.Max(Math.Max(8, options.WrapTitleAt), Math.Max(node.Name.Length, influence?.Length ?? 0));
            lines.AddRange(Wrap(node.Title!.Trim(), width));
        }

        if (influence is not null)
        {
            lines.Add(influence);
        }

        return lines;
    }

    public static double CoverageWidth(double strength, RelationshipMapOptions options)
    {
        var clamped = strength < 0 ? 0 : strength > 1 ? 1 : strength;
        return options.MinCoverageLineWidth + ((options.MaxCoverageLineWidth - options.MinCoverageLineWidth) * clamped);
    }

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
