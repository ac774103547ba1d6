using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace BuyingCenter.Maps;

/// <summary>Writes a map as a Mermaid <c>flowchart TB</c>: ids sanitised, labels entity-escaped, styles as classDef and linkStyle.</summary>
internal static class MermaidWriter
{
    public static string Write(MapModel model, RelationshipMapOptions options)
    {
        var text = new StringBuilder();
        text.Append("---\ntitle: \"").Append(YamlText(model.Subtitle is null ? model.Title : model.Title + " | " + model.Subtitle)).Append("\"\n---\n");
        text.Append("flowchart TB\n");

        var sellers = new List<MapNode>();
        foreach (var node in model.Nodes)
        {
            if (node.IsSeller)
            {
                sellers.Add(node);
                continue;
            }

            text.Append("  ").Append(NodeDeclaration(node, options)).Append('\n');
        }

        if (sellers.Count > 0)
        {
            text.Append("  subgraph team[\"Our team\"]\n    direction LR\n");
            foreach (var seller in sellers)
            {
                text.Append("    ").Append(NodeDeclaration(seller, options)).Append('\n');
            }

            text.Append("  end\n");
        }

        // linkStyle addresses links by their position, so count them as they are written.
        var linkStyles = new List<string>();
        var linkIndex = 0;
        foreach (var edge in model.Edges)
        {
            switch (edge.Kind)
            {
                case RelationshipKind.ReportsTo:
                    text.Append("  ").Append(Id(edge.To)).Append(" --- ").Append(Id(edge.From)).Append('\n');
                    linkStyles.Add(Style(linkIndex, "stroke:" + MapStyle.ReportsToColour + ",stroke-width:1.5px"));
                    break;
                case RelationshipKind.Influences:
                    text.Append("  ").Append(Id(edge.From)).Append(" -.-> ").Append(Id(edge.To)).Append('\n');
                    linkStyles.Add(Style(linkIndex, "stroke:" + MapStyle.InfluencesColour + ",stroke-width:1.5px"));
                    break;
                case RelationshipKind.Opposes:
                    text.Append("  ").Append(Id(edge.From)).Append(" ---|opposes| ").Append(Id(edge.To)).Append('\n');
                    linkStyles.Add(Style(linkIndex, "stroke:" + MapStyle.OpposesColour + ",stroke-width:2.5px,color:" + MapStyle.OpposesColour));
                    break;
                default:
                    text.Append("  ").Append(Id(edge.From)).Append(" --- ").Append(Id(edge.To)).Append('\n');
                    linkStyles.Add(edge.IsCoverage
                        ? Style(linkIndex, "stroke:" + MapStyle.CoverageColour + ",stroke-width:" + MapStyle.Number(MapStyle.CoverageWidth(edge.Strength, options)) + "px")
                        : Style(linkIndex, "stroke:" + MapStyle.KnowsColour + ",stroke-width:1px"));
                    break;
            }

            linkIndex++;
        }

        if (options.IncludeLegend)
        {
            text.Append("  subgraph legend[\"Legend\"]\n    direction LR\n");
            foreach (var role in Roles)
            {
                text.Append("    ").Append(Shape(role, "legend_" + role.ToString(), MapStyle.Describe(role))).Append(":::").Append(ClassName(role)).Append('\n');
            }

            text.Append("    legend_flag[\"!n = High red flags\"]:::flagged\n");
            text.Append("    legend_a[\"A\"] -.->|influences| legend_b[\"B\"]\n");
            linkStyles.Add(Style(linkIndex++, "stroke:" + MapStyle.InfluencesColour));
            text.Append("    legend_c[\"C\"] ---|opposes| legend_d[\"D\"]\n");
            linkStyles.Add(Style(linkIndex++, "stroke:" + MapStyle.OpposesColour + ",stroke-width:2.5px,color:" + MapStyle.OpposesColour));
            text.Append("    legend_e[\"Seller\"] ---|coverage: thicker = stronger| legend_f[\"Person\"]\n");
            linkStyles.Add(Style(linkIndex++, "stroke:" + MapStyle.CoverageColour + ",stroke-width:4px"));
            text.Append("  end\n");
        }

        foreach (var role in Roles)
        {
            text.Append("  classDef ").Append(ClassName(role)).Append(" fill:").Append(MapStyle.Fill(role))
                .Append(",stroke:").Append(MapStyle.Stroke(role)).Append(",color:").Append(MapStyle.TextColour(role));
            if (role is MapRole.NoRole or MapRole.RoleUnknown)
            {
                text.Append(",stroke-dasharray:4 3");
            }

            text.Append('\n');
        }

        // Declared last so that its red border wins over the role's stroke.
        text.Append("  classDef flagged stroke:").Append(MapStyle.FlagColour).Append(",stroke-width:3px\n");
        foreach (var node in model.Nodes)
        {
            text.Append("  class ").Append(Id(node.Id)).Append(' ').Append(ClassName(node.Role)).Append('\n');
            if (node.HighFlagCount > 0)
            {
                text.Append("  class ").Append(Id(node.Id)).Append(" flagged\n");
            }
        }

        foreach (var style in linkStyles)
        {
            text.Append(style);
        }

        return text.ToString();
    }

    private static readonly MapRole[] Roles = { MapRole.Economic, MapRole.Coach, MapRole.Technical, MapRole.User, MapRole.RoleUnknown, MapRole.NoRole, MapRole.Seller };

    /// <summary>
    /// A Mermaid node id: a prefix keeps ids off keywords such as <c>end</c>; every character outside [A-Za-z0-9]
    /// becomes <c>_hex_</c> so that different plan ids never collide.
    /// </summary>
    internal static string Id(string id)
    {
        var text = new StringBuilder("n_", id.Length + 2);
        foreach (var c in id)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9')
            {
                text.Append(c);
            }
            else
            {
                text.Append('_').Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return text.ToString();
    }

    /// <summary>Text for inside a double-quoted Mermaid label: characters Mermaid or HTML would read become numeric entity codes (#34;).</summary>
    internal static string Label(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (UnsafeCharacters.IsDropped(value, i))
            {
                continue;
            }

            switch (c)
            {
                case '"':
                case '#':
                case '&':
                case '<':
                case '>':
                case '|':
                case '`':
                    text.Append('#').Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
                    break;
                case '\r':
                case '\n':
                case '\t':
                    text.Append(' ');
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Text for inside the double-quoted YAML title of the front matter: backslash and quote escaped, line breaks and
    /// tabs as spaces, characters no output keeps dropped. Mermaid does not decode the entity codes of labels in a
    /// title and some renderers put it into the page as HTML, so angle brackets become the look-alike quotation marks
    /// U+2039 and U+203A: the title reads the same and can never be markup.
    /// </summary>
    internal static string YamlText(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (UnsafeCharacters.IsDropped(value, i))
            {
                continue;
            }

            switch (c)
            {
                case '\\': text.Append("\\\\"); break;
                case '"': text.Append("\\\""); break;
                case '<': text.Append('\u2039'); break;
                case '>': text.Append('\u203A'); break;
                case '\r': break;
                case '\n':
                case '\t':
                    text.Append(' ');
                    break;
                default: text.Append(c); break;
            }
        }

        return text.ToString();
    }

    private static string NodeDeclaration(MapNode node, RelationshipMapOptions options)
    {
        var lines = MapStyle.LabelLines(node, options);
        var label = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                label.Append("<br/>");
            }

            var line = Label(lines[i]);
            label.Append(i == 0 ? "<b>" + line + "</b>" : line);
        }

        if (node.HighFlagCount > 0)
        {
            label.Append("<br/>!").Append(MapStyle.Number(node.HighFlagCount)).Append(" High red flag").Append(node.HighFlagCount == 1 ? string.Empty : "s");
        }

        return Shape(node.Role, Id(node.Id), label.ToString(), escaped: true);
    }

    private static string Shape(MapRole role, string id, string label, bool escaped = false)
    {
        var text = escaped ? label : Label(label);
        return role switch
        {
            MapRole.Economic => id + "{{\"" + text + "\"}}",
            MapRole.Coach => id + "[/\"" + text + "\"/]",
            MapRole.User => id + "([\"" + text + "\"])",
            _ => id + "[\"" + text + "\"]",
        };
    }

    private static string ClassName(MapRole role) => role switch
    {
        MapRole.Economic => "economic",
        MapRole.Coach => "coach",
        MapRole.Technical => "technical",
        MapRole.User => "user",
        MapRole.RoleUnknown => "roleUnknown",
        MapRole.NoRole => "noRole",
        _ => "seller",
    };

    private static string Style(int index, string style) => "  linkStyle " + index.ToString(CultureInfo.InvariantCulture) + " " + style + "\n";
}
