using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace BuyingCenter.Maps;

/// <summary>Writes a map as a standalone SVG document from <see cref="MapLayout"/>; no external tool is involved.</summary>
internal static class SvgWriter
{
    private const double Margin = 24;
    private const double HeaderHeight = 56;
    private const double LegendWidth = 320;
    private const double LegendRow = 24;
    private const double LegendGap = 40;
    private const string Font = "Helvetica, Arial, sans-serif";

    public static string Write(MapModel model, MapLayout layout, RelationshipMapOptions options)
    {
        var boxes = layout.Boxes;
        var byId = boxes.ToDictionary(b => b.Node.Id, b => b, StringComparer.Ordinal);

        var minLeft = boxes.Count == 0 ? 0 : boxes.Min(b => b.Left);
        var maxRight = boxes.Count == 0 ? 0 : boxes.Max(b => b.Right);
        var maxBottom = boxes.Count == 0 ? 0 : boxes.Max(b => b.Bottom);
        var bandPadding = 14.0;
        var bandLabelWidth = layout.Sellers.Count > 0 ? 90.0 : 0;
        if (layout.Sellers.Count > 0)
        {
            minLeft = Math.Min(minLeft, layout.Sellers.Min(b => b.Left) - bandLabelWidth);
        }

        var dx = Margin + bandPadding - minLeft;

        // Influence between two people of the top row arcs above it: leave room so it does not cross the header.
        var arcAboveTop = model.Edges.Any(e => byId.TryGetValue(e.From, out var f) && byId.TryGetValue(e.To, out var t) && f.Layer == 0 && t.Layer == 0 && ArcAbove(e, f, t, layout.Layers[0]));
        var dy = Margin + HeaderHeight + (arcAboveTop ? 34 : 0);
        var contentWidth = maxRight - minLeft + (2 * bandPadding);
        var legendRows = LegendEntries.Length;
        var legendHeight = options.IncludeLegend ? 36 + (legendRows * LegendRow) : 0;
        var headerWidth = Math.Max(MapLayout.TextWidth(model.Title, 16, bold: true), model.Subtitle is null ? 0 : MapLayout.TextWidth(model.Subtitle, 12, bold: false));
        var legendLeft = Margin + contentWidth + LegendGap;
        var width = Math.Max(Margin + headerWidth + Margin, options.IncludeLegend ? legendLeft + LegendWidth + Margin : Margin + contentWidth + Margin);
        var height = dy + Math.Max(maxBottom + (layout.Sellers.Count > 0 ? bandPadding : 0), legendHeight) + Margin;

        var svg = new StringBuilder();
        svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" font-family=\"").Append(Font).Append("\" font-size=\"").Append(N(MapLayout.FontSize)).Append("\">\n");
        svg.Append("<title>").Append(Xml(model.Title)).Append("</title>\n");
        AppendDefs(svg);
        svg.Append("<rect x=\"0\" y=\"0\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height)).Append("\" fill=\"#FFFFFF\"/>\n");
        svg.Append("<text x=\"").Append(N(Margin)).Append("\" y=\"").Append(N(Margin + 18)).Append("\" font-size=\"16\" font-weight=\"bold\" fill=\"#1A1A1A\">").Append(Xml(model.Title)).Append("</text>\n");
        if (model.Subtitle is not null)
        {
            svg.Append("<text x=\"").Append(N(Margin)).Append("\" y=\"").Append(N(Margin + 38)).Append("\" fill=\"#444444\">").Append(Xml(model.Subtitle)).Append("</text>\n");
        }

        if (layout.Sellers.Count > 0)
        {
            var bandTop = layout.Sellers.Min(b => b.Top) - bandPadding + dy;
            var bandHeight = layout.Sellers.Max(b => b.Bottom) - layout.Sellers.Min(b => b.Top) + (2 * bandPadding);
            svg.Append("<g class=\"band\"><rect x=\"").Append(N(Margin)).Append("\" y=\"").Append(N(bandTop)).Append("\" width=\"").Append(N(contentWidth))
                .Append("\" height=\"").Append(N(bandHeight)).Append("\" rx=\"8\" fill=\"").Append(MapStyle.SellerBandColour).Append("\" stroke=\"#C5CFDB\"/>");
            svg.Append("<text x=\"").Append(N(Margin + 12)).Append("\" y=\"").Append(N(bandTop + (bandHeight / 2) + 5)).Append("\" font-weight=\"bold\" fill=\"#2C3E50\">Our team</text></g>\n");
        }

        var rowTops = layout.Layers.Select(l => l.Count == 0 ? 0 : l.Min(b => b.Top)).ToList();
        var ports = new CoveragePorts(model.Edges, byId);
        var tracks = ElbowTracks(model.Edges, byId, rowTops);
        var rows = layout.Layers.Where(l => l.Count > 0).ToList();
        if (layout.Sellers.Count > 0)
        {
            rows.Add(layout.Sellers);
        }

        svg.Append("<g class=\"edges\" fill=\"none\">\n");
        foreach (var edge in model.Edges)
        {
            if (byId.TryGetValue(edge.From, out var from) && byId.TryGetValue(edge.To, out var to))
            {
                AppendEdge(svg, edge, from, to, rows, tracks, dx, dy, ports, options);
            }
        }

        svg.Append("</g>\n<g class=\"nodes\">\n");
        foreach (var box in boxes)
        {
            AppendNode(svg, box, dx, dy);
        }

        svg.Append("</g>\n");
        if (options.IncludeLegend)
        {
            AppendLegend(svg, legendLeft, dy, legendHeight, options);
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>XML-escapes text and attribute values alike; characters XML 1.0 cannot hold, and those no output keeps (<see cref="UnsafeCharacters"/>), are dropped.</summary>
    internal static string Xml(string value)
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
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                case '"': text.Append("&quot;"); break;
                case '\'': text.Append("&apos;"); break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    private static string N(double value) => MapStyle.Number(Math.Round(value, 1));

    private static void AppendDefs(StringBuilder svg)
    {
        svg.Append("<defs>\n");
        svg.Append("<marker id=\"arrow-influences\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
            .Append(MapStyle.InfluencesColour).Append("\"/></marker>\n");
        svg.Append("</defs>\n");
    }

    private static void AppendEdge(StringBuilder svg, MapEdge edge, MapBox from, MapBox to, IReadOnlyList<IReadOnlyList<MapBox>> rows, Dictionary<string, double> tracks, double dx, double dy, CoveragePorts ports, RelationshipMapOptions options)
    {
        string stroke;
        string width;
        var extra = string.Empty;
        var tooltip = edge.From + " " + Describe(edge) + " " + edge.To;
        switch (edge.Kind)
        {
            case RelationshipKind.ReportsTo:
                if (string.Equals(from.StackedUnder, to.Node.Id, StringComparison.Ordinal))
                {
                    // Compact org chart: a spine down the left of the column, a short tick into each report.
                    var spineX = from.Left + dx - 10;
                    var leaveY = to.Bottom + dy + 12;
                    svg.Append("<path class=\"edge reports-to\" d=\"M").Append(N(to.CenterX + dx)).Append(',').Append(N(to.Bottom + dy))
                        .Append(" V").Append(N(leaveY)).Append(" H").Append(N(spineX)).Append(" V").Append(N(from.CenterY + dy)).Append(" H").Append(N(from.Left + dx))
                        .Append("\" stroke=\"").Append(MapStyle.ReportsToColour).Append("\" stroke-width=\"1.5\"><title>").Append(Xml(tooltip)).Append("</title></path>\n");
                    return;
                }

                // Org-chart elbow from the manager down to the report.
                if (to.Layer >= 0 && from.Layer > to.Layer)
                {
                    var midY = tracks[to.Node.Id + "\n" + MapStyle.Number(from.Layer)] + dy;
                    svg.Append("<path class=\"edge reports-to\" d=\"M").Append(N(to.CenterX + dx)).Append(',').Append(N(to.Bottom + dy))
                        .Append(" V").Append(N(midY)).Append(" H").Append(N(from.CenterX + dx)).Append(" V").Append(N(from.Top + dy))
                        .Append("\" stroke=\"").Append(MapStyle.ReportsToColour).Append("\" stroke-width=\"1.5\"><title>").Append(Xml(tooltip)).Append("</title></path>\n");
                    return;
                }

                stroke = MapStyle.ReportsToColour;
                width = "1.5";
                break;
            case RelationshipKind.Influences:
                stroke = MapStyle.InfluencesColour;
                width = "1.6";
                extra = " stroke-dasharray=\"6 4\" marker-end=\"url(#arrow-influences)\"";
                break;
            case RelationshipKind.Opposes:
                stroke = MapStyle.OpposesColour;
                width = "2.5";
                break;
            default:
                if (edge.IsCoverage)
                {
                    stroke = MapStyle.CoverageColour;
                    width = MapStyle.Number(MapStyle.CoverageWidth(edge.Strength, options));
                    extra = " stroke-opacity=\"0.7\"";
                    tooltip += " (coverage " + MapStyle.Number(edge.Strength) + ")";
                }
                else
                {
                    stroke = MapStyle.KnowsColour;
                    width = "1.2";
                    extra = " stroke-opacity=\"0.5\"";
                }

                break;
        }

        string geometry;
        double mx, my;
        if (from.Layer == to.Layer)
        {
            // Neighbours in one row: an arc below the row (above it for influence) instead of a stub hidden between boxes.
            var above = from.Layer >= 0 && rows.Count > 0 ? ArcAbove(edge, from, to, rows.First(r => r.Contains(from))) : edge.Kind == RelationshipKind.Influences;
            var leftToRight = from.CenterX <= to.CenterX ? 1 : -1;
            var sx = from.CenterX + dx + (leftToRight * from.Width / 4);
            var ex = to.CenterX + dx - (leftToRight * to.Width / 4);
            var sy = (above ? from.Top : from.Bottom) + dy;
            var ey = (above ? to.Top : to.Bottom) + dy;
            var depth = Math.Min(60, 30 + (0.1 * Math.Abs(ex - sx)));
            var cx = (sx + ex) / 2;
            var cy = above ? Math.Min(sy, ey) - depth : Math.Max(sy, ey) + depth;
            geometry = "M" + N(sx) + "," + N(sy) + " Q" + N(cx) + "," + N(cy) + " " + N(ex) + "," + N(ey);

            // A quadratic curve's midpoint is halfway between the chord's midpoint and the control point.
            mx = (((sx + ex) / 2) + cx) / 2;
            my = (((sy + ey) / 2) + cy) / 2;
        }
        else
        {
            // Rows apart: leave and arrive vertically, at a port offset toward the other end so that several lines
            // at one box (and the org-chart line at its centre) stay apart; coverage ports spread along the seller.
            var down = from.CenterY < to.CenterY;
            var sx = from.CenterX + dx + (edge.IsCoverage && from.Layer < 0 ? ports.Offset(edge) : Port(edge, from, to));
            var sy = (down ? from.Bottom : from.Top) + dy;
            var ex = to.CenterX + dx + Port(edge, to, from);
            var ey = (down ? to.Top : to.Bottom) + dy;
            var points = Route(sx, sy, ex, ey, rows, from, to, dx, dy);
            geometry = Smooth(points);
            // Label in the middle of a stretch between rows (points 2m -> 2m+1), never inside a row's narrow gap.
            var middle = 2 * (((points.Count / 2) - 1) / 2);
            mx = (points[middle].X + points[middle + 1].X) / 2;
            my = (points[middle].Y + points[middle + 1].Y) / 2;
        }

        if (from.Node.Role == MapRole.NoRole && to.Node.Role == MapRole.NoRole)
        {
            // Between two bystanders: kept for introductions, faded so the buying group stands out.
            extra += " opacity=\"0.35\"";
        }

        svg.Append("<path class=\"edge ").Append(Describe(edge).Replace(' ', '-')).Append("\" d=\"").Append(geometry)
            .Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(width).Append('"').Append(extra).Append("><title>").Append(Xml(tooltip)).Append("</title></path>\n");
        if (edge.Kind == RelationshipKind.Opposes)
        {
            svg.Append("<text x=\"").Append(N(mx)).Append("\" y=\"").Append(N(my + 4)).Append("\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"bold\" fill=\"")
                .Append(MapStyle.OpposesColour).Append("\" stroke=\"#FFFFFF\" stroke-width=\"3\" paint-order=\"stroke\">opposes</text>\n");
        }
    }

    /// <summary>
    /// Whether a line between two people of one row arcs above the row rather than below: influence always does
    /// (so it parts from knows and opposes), and so does any line that would otherwise cut through a column of
    /// stacked reports hanging below the row.
    /// </summary>
    private static bool ArcAbove(MapEdge edge, MapBox from, MapBox to, IReadOnlyList<MapBox> row)
    {
        if (edge.Kind == RelationshipKind.Influences)
        {
            return true;
        }

        var top = Math.Min(from.Top, to.Top);
        var left = Math.Min(from.CenterX, to.CenterX);
        var right = Math.Max(from.CenterX, to.CenterX);
        return row.Any(b => b.Top > top + 1 && b.Right > left && b.Left < right);
    }

    /// <summary>How far from a box's centre a line attaches: toward the other end, further out for informal lines, so they do not merge with the org-chart line.</summary>
    private static double Port(MapEdge edge, MapBox box, MapBox other)
    {
        var fraction = edge.Kind switch
        {
            RelationshipKind.Influences => 0.3,
            RelationshipKind.Opposes => 0.38,
            RelationshipKind.Knows => edge.IsCoverage ? 0.08 : 0.18,
            _ => 0,
        };
        return (other.CenterX >= box.CenterX ? 1 : -1) * fraction * box.Width;
    }

    /// <summary>
    /// The waypoints of a line that crosses rows: where the straight course would run through a box, it passes
    /// through the gap beside that box instead (the nearer side), vertically through the row.
    /// </summary>
    private static List<(double X, double Y)> Route(double sx, double sy, double ex, double ey, IReadOnlyList<IReadOnlyList<MapBox>> rows, MapBox from, MapBox to, double dx, double dy)
    {
        var points = new List<(double X, double Y)> { (sx, sy) };
        var down = ey > sy;
        var crossed = rows
            .Where(r => !r.Contains(from) && !r.Contains(to))
            .Select(r => (Top: r.Min(b => b.Top) + dy - 6, Bottom: r.Max(b => b.Bottom) + dy + 6, Boxes: r))
            .Where(r => r.Top > Math.Min(sy, ey) && r.Bottom < Math.Max(sy, ey))
            .OrderBy(r => down ? r.Top : -r.Top)
            .ToList();
        double px = sx, py = sy;
        foreach (var row in crossed)
        {
            var middle = (row.Top + row.Bottom) / 2;
            var x = px + ((ex - px) * (middle - py) / (ey - py));
            foreach (var box in row.Boxes)
            {
                if (x > box.Left + dx - 8 && x < box.Right + dx + 8)
                {
                    var left = box.Left + dx - (MapLayout.NodeGap / 2);
                    var right = box.Right + dx + (MapLayout.NodeGap / 2);
                    x = x - left <= right - x ? left : right;
                    break;
                }
            }

            points.Add((x, down ? row.Top : row.Bottom));
            points.Add((x, down ? row.Bottom : row.Top));
            px = x;
            py = down ? row.Bottom : row.Top;
        }

        points.Add((ex, ey));
        return points;
    }

    /// <summary>Cubic segments with vertical tangents at every waypoint: straight through gaps, gentle S-bends between rows.</summary>
    private static string Smooth(List<(double X, double Y)> points)
    {
        var path = new StringBuilder("M").Append(N(points[0].X)).Append(',').Append(N(points[0].Y));
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (x0, y0) = points[i];
            var (x1, y1) = points[i + 1];
            var half = (y1 - y0) / 2;
            path.Append(" C").Append(N(x0)).Append(',').Append(N(y0 + half)).Append(' ').Append(N(x1)).Append(',').Append(N(y1 - half)).Append(' ').Append(N(x1)).Append(',').Append(N(y1));
        }

        return path.ToString();
    }

    /// <summary>
    /// The height of each manager's horizontal org-chart bar above a row of reports. Bars whose spans overlap get
    /// different heights in the gap (greedy interval colouring, managers taken left to right), so two teams that
    /// interleave stay distinguishable. Keyed by manager id and report row.
    /// </summary>
    private static Dictionary<string, double> ElbowTracks(IReadOnlyList<MapEdge> edges, Dictionary<string, MapBox> byId, IReadOnlyList<double> rowTops)
    {
        var spans = new Dictionary<string, (double Start, double End, string Manager, int Row)>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            if (edge.Kind != RelationshipKind.ReportsTo || !byId.TryGetValue(edge.From, out var report) || !byId.TryGetValue(edge.To, out var manager) || manager.Layer < 0 || report.Layer <= manager.Layer
                || string.Equals(report.StackedUnder, manager.Node.Id, StringComparison.Ordinal))
            {
                continue;
            }

            var key = manager.Node.Id + "\n" + MapStyle.Number(report.Layer);
            var start = Math.Min(manager.CenterX, report.CenterX);
            var end = Math.Max(manager.CenterX, report.CenterX);
            spans[key] = spans.TryGetValue(key, out var span) ? (Math.Min(span.Start, start), Math.Max(span.End, end), span.Manager, span.Row) : (start, end, manager.Node.Id, report.Layer);
        }

        var tracks = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in spans.Values.Select(s => s.Row).Distinct().OrderBy(r => r))
        {
            var bars = spans.Where(p => p.Value.Row == row).OrderBy(p => p.Value.Start).ThenBy(p => p.Value.Manager, StringComparer.Ordinal).ToList();
            var trackEnds = new List<double>();
            var assigned = new List<int>();
            foreach (var bar in bars)
            {
                var track = trackEnds.FindIndex(end => end + 6 < bar.Value.Start);
                if (track < 0)
                {
                    track = trackEnds.Count;
                    trackEnds.Add(bar.Value.End);
                }
                else
                {
                    trackEnds[track] = bar.Value.End;
                }

                assigned.Add(track);
            }

            var gap = MapLayout.LayerGap;
            for (var i = 0; i < bars.Count; i++)
            {
                tracks[bars[i].Key] = rowTops[row] - gap + (gap * (assigned[i] + 1) / (trackEnds.Count + 1));
            }
        }

        return tracks;
    }

    private static string Describe(MapEdge edge) => edge.Kind switch
    {
        RelationshipKind.ReportsTo => "reports to",
        RelationshipKind.Influences => "influences",
        RelationshipKind.Opposes => "opposes",
        _ => edge.IsCoverage ? "covers" : "knows",
    };

    private static void AppendNode(StringBuilder svg, MapBox box, double dx, double dy)
    {
        var node = box.Node;
        var role = node.Role;
        var x = box.Left + dx;
        var y = box.Top + dy;
        svg.Append("<g class=\"node ").Append(node.IsSeller ? "seller" : "person").Append(' ').Append(RoleClass(role)).Append(node.HighFlagCount > 0 ? " flagged" : string.Empty)
            .Append("\" data-id=\"").Append(Xml(node.Id)).Append("\">");
        svg.Append("<title>").Append(Xml(Tooltip(box))).Append("</title>");
        var stroke = node.HighFlagCount > 0 ? MapStyle.FlagColour : MapStyle.Stroke(role);
        var strokeWidth = node.HighFlagCount > 0 ? "3" : "1.5";
        var dash = role is MapRole.NoRole or MapRole.RoleUnknown ? " stroke-dasharray=\"5 3\"" : string.Empty;
        AppendShape(svg, role, x, y, box.Width, box.Height, stroke, strokeWidth, dash);

        var centre = box.CenterX + dx;
        for (var i = 0; i < box.Lines.Count; i++)
        {
            var baseline = y + MapLayout.PaddingY + (MapLayout.LineHeight * (i + 1)) - 4;
            svg.Append("<text x=\"").Append(N(centre)).Append("\" y=\"").Append(N(baseline)).Append("\" text-anchor=\"middle\" fill=\"").Append(MapStyle.TextColour(role)).Append('"');
            if (i == 0)
            {
                svg.Append(" font-size=\"").Append(N(MapLayout.NameFontSize)).Append("\" font-weight=\"bold\"");
            }

            svg.Append('>').Append(Xml(box.Lines[i])).Append("</text>");
        }

        if (node.HighFlagCount > 0)
        {
            var bx = x + box.Width - 2;
            var by = y + 1;
            svg.Append("<g class=\"flag-marker\"><circle cx=\"").Append(N(bx)).Append("\" cy=\"").Append(N(by)).Append("\" r=\"11\" fill=\"").Append(MapStyle.FlagColour)
                .Append("\" stroke=\"#FFFFFF\" stroke-width=\"1.5\"/><text x=\"").Append(N(bx)).Append("\" y=\"").Append(N(by + 4)).Append("\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"#FFFFFF\">!")
                .Append(MapStyle.Number(node.HighFlagCount)).Append("</text></g>");
        }

        svg.Append("</g>\n");
    }

    private static string Tooltip(MapBox box)
    {
        var text = string.Join(" / ", box.Lines);
        return box.Node.FlagMessages.Count == 0 ? text : text + "\n" + string.Join("\n", box.Node.FlagMessages);
    }

    private static string RoleClass(MapRole role) => role switch
    {
        MapRole.RoleUnknown => "role-unknown",
        MapRole.NoRole => "no-role",
        _ => role.ToString().ToLowerInvariant(),
    };

    private static void AppendShape(StringBuilder svg, MapRole role, double x, double y, double w, double h, string stroke, string strokeWidth, string dash)
    {
        var paint = "\" fill=\"" + MapStyle.Fill(role) + "\" stroke=\"" + stroke + "\" stroke-width=\"" + strokeWidth + "\"" + dash + "/>";
        switch (role)
        {
            case MapRole.Economic:
                var k = MapLayout.HexagonInset;
                svg.Append("<polygon points=\"").Append(Points((x + k, y), (x + w - k, y), (x + w, y + (h / 2)), (x + w - k, y + h), (x + k, y + h), (x, y + (h / 2)))).Append(paint);
                break;
            case MapRole.Coach:
                var s = MapLayout.ParallelogramSkew;
                svg.Append("<polygon points=\"").Append(Points((x + s, y), (x + w, y), (x + w - s, y + h), (x, y + h))).Append(paint);
                break;
            default:
                var radius = role switch { MapRole.User => Math.Min(14, h / 2), MapRole.Technical => 0, _ => 4 };
                svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(w)).Append("\" height=\"").Append(N(h))
                    .Append("\" rx=\"").Append(N(radius)).Append(paint);
                break;
        }
    }

    private static string Points(params (double X, double Y)[] points) => string.Join(" ", points.Select(p => N(p.X) + "," + N(p.Y)));

    private static readonly string[] LegendEntries =
    {
        "role:Economic", "role:Coach", "role:Technical", "role:User", "role:RoleUnknown", "role:NoRole", "role:Seller",
        "label", "flag", "reports", "knows", "coverage-weak", "coverage-strong", "influences", "opposes",
    };

    private static void AppendLegend(StringBuilder svg, double left, double top, double height, RelationshipMapOptions options)
    {
        svg.Append("<g class=\"legend\">\n<rect x=\"").Append(N(left)).Append("\" y=\"").Append(N(top)).Append("\" width=\"").Append(N(LegendWidth)).Append("\" height=\"").Append(N(height))
            .Append("\" rx=\"6\" fill=\"#FAFAFA\" stroke=\"#BBBBBB\"/>\n");
        svg.Append("<text x=\"").Append(N(left + 12)).Append("\" y=\"").Append(N(top + 22)).Append("\" font-weight=\"bold\">Legend</text>\n");
        var y = top + 36;
        foreach (var entry in LegendEntries)
        {
            var sx = left + 12;
            var mid = y + (LegendRow / 2);
            string label;
            if (entry.StartsWith("role:", StringComparison.Ordinal))
            {
                var role = (MapRole)Enum.Parse(typeof(MapRole), entry.Substring(5));
                var dash = role is MapRole.NoRole or MapRole.RoleUnknown ? " stroke-dasharray=\"5 3\"" : string.Empty;
                AppendShape(svg, role, sx, y + 3, 46, LegendRow - 6, MapStyle.Stroke(role), "1.5", dash);
                label = MapStyle.Describe(role);
            }
            else if (entry == "label")
            {
                svg.Append("<text x=\"").Append(N(sx + 23)).Append("\" y=\"").Append(N(mid + 4)).Append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#333333\">Aa</text>");
                label = "Name / title / roles \u00B7 mode \u00B7 rating";
            }
            else if (entry == "flag")
            {
                svg.Append("<rect x=\"").Append(N(sx)).Append("\" y=\"").Append(N(y + 3)).Append("\" width=\"46\" height=\"").Append(N(LegendRow - 6))
                    .Append("\" fill=\"#FFFFFF\" stroke=\"").Append(MapStyle.FlagColour).Append("\" stroke-width=\"3\"/>");
                svg.Append("<circle cx=\"").Append(N(sx + 44)).Append("\" cy=\"").Append(N(y + 4)).Append("\" r=\"8\" fill=\"").Append(MapStyle.FlagColour).Append("\"/>");
                svg.Append("<text x=\"").Append(N(sx + 44)).Append("\" y=\"").Append(N(y + 7.5)).Append("\" text-anchor=\"middle\" font-size=\"9\" font-weight=\"bold\" fill=\"#FFFFFF\">!n</text>");
                label = "n High red flags";
            }
            else
            {
                var (stroke, width, extra, text) = entry switch
                {
                    "reports" => (MapStyle.ReportsToColour, "1.5", string.Empty, "reports to (manager above)"),
                    "knows" => (MapStyle.KnowsColour, "1.2", string.Empty, "knows"),
                    "coverage-weak" => (MapStyle.CoverageColour, MapStyle.Number(MapStyle.CoverageWidth(0.25, options)), " stroke-opacity=\"0.7\"", "our coverage, weak (0.25)"),
                    "coverage-strong" => (MapStyle.CoverageColour, MapStyle.Number(MapStyle.CoverageWidth(1, options)), " stroke-opacity=\"0.7\"", "our coverage, trusted (1)"),
                    "influences" => (MapStyle.InfluencesColour, "1.6", " stroke-dasharray=\"6 4\" marker-end=\"url(#arrow-influences)\"", "influences (arrow to influenced)"),
                    _ => (MapStyle.OpposesColour, "2.5", string.Empty, "opposes"),
                };
                svg.Append("<path d=\"M").Append(N(sx)).Append(',').Append(N(mid)).Append(" H").Append(N(sx + 44)).Append("\" fill=\"none\" stroke=\"").Append(stroke)
                    .Append("\" stroke-width=\"").Append(width).Append('"').Append(extra).Append("/>");
                label = text;
            }

            svg.Append("<text x=\"").Append(N(sx + 58)).Append("\" y=\"").Append(N(mid + 4)).Append("\" fill=\"#333333\">").Append(Xml(label)).Append("</text>\n");
            y += LegendRow;
        }

        svg.Append("</g>\n");
    }

    /// <summary>Where each coverage line leaves its seller: spread along the top edge in the order of the people reached, so lines do not cross at the seller.</summary>
    private sealed class CoveragePorts
    {
        private readonly Dictionary<MapEdge, double> offsets = new();

        public CoveragePorts(IReadOnlyList<MapEdge> edges, Dictionary<string, MapBox> boxes)
        {
            var bySeller = new Dictionary<string, List<MapEdge>>(StringComparer.Ordinal);
            foreach (var edge in edges)
            {
                if (edge.IsCoverage && boxes.ContainsKey(edge.From) && boxes.ContainsKey(edge.To))
                {
                    if (!bySeller.TryGetValue(edge.From, out var list))
                    {
                        list = new List<MapEdge>();
                        bySeller.Add(edge.From, list);
                    }

                    list.Add(edge);
                }
            }

            foreach (var pair in bySeller)
            {
                var seller = boxes[pair.Key];
                var ordered = pair.Value.OrderBy(e => boxes[e.To].CenterX).ThenBy(e => e.To, StringComparer.Ordinal).ToList();
                var span = seller.Width * 0.6;
                for (var i = 0; i < ordered.Count; i++)
                {
                    offsets[ordered[i]] = ordered.Count == 1 ? 0 : (-span / 2) + (span * i / (ordered.Count - 1));
                }
            }
        }

        public double Offset(MapEdge edge) => offsets.TryGetValue(edge, out var offset) ? offset : 0;
    }
}
