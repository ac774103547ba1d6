using System.Collections.Generic;
using System.Text;

namespace BuyingCenter.Maps;

/// <summary>Writes a map as Graphviz DOT: the hierarchy ranks top-down, other relationships do not constrain the ranks.</summary>
internal static class DotWriter
{
    public static string Write(MapModel model, MapLayout layout, RelationshipMapOptions options)
    {
        var text = new StringBuilder();
        text.Append("digraph \"relationship-map\" {\n");
        text.Append("  graph [rankdir=TB, nodesep=0.4, ranksep=0.7, fontname=\"Helvetica\", labelloc=t, label=")
            .Append(Quote(model.Subtitle is null ? model.Title : model.Title + "\n" + model.Subtitle)).Append("];\n");
        text.Append("  node [fontname=\"Helvetica\", fontsize=11, style=filled, margin=\"0.15,0.06\"];\n");
        text.Append("  edge [fontname=\"Helvetica\", fontsize=9];\n\n");

        var sellers = new List<MapNode>();
        foreach (var node in model.Nodes)
        {
            if (node.IsSeller)
            {
                sellers.Add(node);
                continue;
            }

            text.Append("  ").Append(Quote(node.Id)).Append(' ').Append(Attributes(node, options)).Append(";\n");
        }

        // The rows of the library's own layout: people with no manager sit with their level, as in the SVG.
        foreach (var row in layout.Layers)
        {
            if (row.Count > 1)
            {
                text.Append("  { rank=same;");
                foreach (var box in row)
                {
                    text.Append(' ').Append(Quote(box.Node.Id)).Append(';');
                }

                text.Append(" }\n");
            }
        }

        if (sellers.Count > 0)
        {
            // The team sits in its own rank at the bottom, apart from the customer's hierarchy.
            text.Append("\n  subgraph team {\n    rank=sink;\n");
            foreach (var seller in sellers)
            {
                text.Append("    ").Append(Quote(seller.Id)).Append(' ').Append(Attributes(seller, options)).Append(";\n");
            }

            text.Append("  }\n");
        }

        text.Append('\n');
        foreach (var edge in model.Edges)
        {
            text.Append("  ").Append(Edge(edge, options)).Append(";\n");
        }

        if (options.IncludeLegend)
        {
            AppendLegend(text);
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>
    /// A DOT quoted string: backslashes are doubled so that escString sequences (\N, \G, \l) cannot be smuggled in, and
    /// an ampersand is written as an entity because Graphviz reads HTML entities in every label (a name holding
    /// "&amp;lt;" stays that text); characters no output keeps (<see cref="UnsafeCharacters"/>) are dropped.
    /// </summary>
    internal static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        text.Append('"');
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
                case '&': text.Append("&amp;"); break;
                case '"': text.Append("\\\""); break;
                case '\n': text.Append("\\n"); break;
                case '\r': break;
                case '\t': text.Append(' '); break;
                default: text.Append(c); break;
            }
        }

        return text.Append('"').ToString();
    }

    private static string Shape(MapRole role) => role switch
    {
        MapRole.Economic => "hexagon",
        MapRole.Coach => "polygon, sides=4, skew=0.25",
        MapRole.Technical => "box",
        MapRole.User => "box",
        MapRole.Seller => "box",
        _ => "box",
    };

    private static string Style(MapRole role) => role switch
    {
        MapRole.User => "\"filled,rounded\"",
        MapRole.NoRole => "\"filled,dashed\"",
        MapRole.RoleUnknown => "\"filled,dashed\"",
        _ => "filled",
    };

    private static string Attributes(MapNode node, RelationshipMapOptions options)
    {
        var role = node.Role;
        var label = string.Join("\n", MapStyle.LabelLines(node, options));
        if (node.HighFlagCount > 0)
        {
            // In the label rather than an xlabel, which Graphviz may place far from the node.
            label += "\n!" + MapStyle.Number(node.HighFlagCount) + (node.HighFlagCount == 1 ? " High red flag" : " High red flags");
        }

        var text = new StringBuilder("[");
        text.Append("label=").Append(Quote(label));
        text.Append(", shape=").Append(Shape(role));
        text.Append(", style=").Append(Style(role));
        text.Append(", fillcolor=\"").Append(MapStyle.Fill(role)).Append('"');
        text.Append(", fontcolor=\"").Append(MapStyle.TextColour(role)).Append('"');
        if (node.HighFlagCount > 0)
        {
            text.Append(", color=\"").Append(MapStyle.FlagColour).Append("\", penwidth=3");
        }
        else
        {
            text.Append(", color=\"").Append(MapStyle.Stroke(role)).Append('"');
        }

        text.Append(", tooltip=").Append(Quote(node.FlagMessages.Count == 0 ? node.Name : node.Name + ": " + string.Join("; ", node.FlagMessages)));
        return text.Append(']').ToString();
    }

    private static string Edge(MapEdge edge, RelationshipMapOptions options)
    {
        switch (edge.Kind)
        {
            case RelationshipKind.ReportsTo:
                // Written manager -> report so that Graphviz ranks the manager above.
                return Quote(edge.To) + " -> " + Quote(edge.From) + " [color=\"" + MapStyle.ReportsToColour + "\", arrowhead=none, penwidth=1.5, tooltip=\"reports to\"]";
            case RelationshipKind.Influences:
                return Quote(edge.From) + " -> " + Quote(edge.To) + " [style=dashed, color=\"" + MapStyle.InfluencesColour + "\", penwidth=1.5, constraint=false, tooltip=\"influences\"]";
            case RelationshipKind.Opposes:
                return Quote(edge.From) + " -> " + Quote(edge.To) + " [dir=none, color=\"" + MapStyle.OpposesColour + "\", penwidth=2.5, constraint=false, label=\"opposes\", fontcolor=\"" + MapStyle.OpposesColour + "\"]";
            default:
                if (edge.IsCoverage)
                {
                    return Quote(edge.From) + " -> " + Quote(edge.To) + " [dir=none, color=\"" + MapStyle.CoverageColour + "\", penwidth=" + MapStyle.Number(MapStyle.CoverageWidth(edge.Strength, options))
                        + ", constraint=false, tooltip=" + Quote("coverage " + MapStyle.Number(edge.Strength)) + "]";
                }

                return Quote(edge.From) + " -> " + Quote(edge.To) + " [dir=none, color=\"" + MapStyle.KnowsColour + "\", penwidth=1, constraint=false, tooltip=\"knows\"]";
        }
    }

    private static void AppendLegend(StringBuilder text)
    {
        // One HTML-table node: a cluster of sample nodes would add ranks to the whole drawing.
        text.Append("\n  \"legend\" [shape=plaintext, style=\"\", fontsize=9, label=<<TABLE BORDER=\"1\" COLOR=\"#BBBBBB\" CELLBORDER=\"0\" CELLSPACING=\"2\">");
        text.Append("<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>");
        foreach (var role in new[] { MapRole.Economic, MapRole.Coach, MapRole.Technical, MapRole.User, MapRole.RoleUnknown, MapRole.NoRole, MapRole.Seller })
        {
            text.Append("<TR><TD BGCOLOR=\"").Append(MapStyle.Fill(role)).Append("\" BORDER=\"1\" COLOR=\"").Append(MapStyle.Stroke(role)).Append("\">")
                .Append("<FONT COLOR=\"").Append(MapStyle.TextColour(role)).Append("\">").Append(ShapeName(role)).Append("</FONT></TD><TD ALIGN=\"LEFT\">").Append(MapStyle.Describe(role)).Append("</TD></TR>");
        }

        text.Append("<TR><TD BORDER=\"1\" COLOR=\"").Append(MapStyle.FlagColour).Append("\">!n</TD><TD ALIGN=\"LEFT\">red border: n High red flags</TD></TR>");
        text.Append("<TR><TD><FONT COLOR=\"").Append(MapStyle.ReportsToColour).Append("\">&#8212;&#8212;</FONT></TD><TD ALIGN=\"LEFT\">reports to (manager above)</TD></TR>");
        text.Append("<TR><TD><FONT COLOR=\"").Append(MapStyle.KnowsColour).Append("\">&#8212;&#8212;</FONT></TD><TD ALIGN=\"LEFT\">knows</TD></TR>");
        text.Append("<TR><TD><FONT COLOR=\"").Append(MapStyle.CoverageColour).Append("\"><B>&#8212;&#8212;</B></FONT></TD><TD ALIGN=\"LEFT\">our coverage (thicker = stronger)</TD></TR>");
        text.Append("<TR><TD><FONT COLOR=\"").Append(MapStyle.InfluencesColour).Append("\">- - &gt;</FONT></TD><TD ALIGN=\"LEFT\">influences</TD></TR>");
        text.Append("<TR><TD><FONT COLOR=\"").Append(MapStyle.OpposesColour).Append("\"><B>&#8212;&#8212;</B></FONT></TD><TD ALIGN=\"LEFT\">opposes</TD></TR>");
        text.Append("</TABLE>>];\n");
    }

    private static string ShapeName(MapRole role) => role switch
    {
        MapRole.Economic => "hexagon",
        MapRole.Coach => "slanted",
        MapRole.Technical => "box",
        MapRole.User => "rounded",
        MapRole.Seller => "box",
        _ => "dashed",
    };
}
