using System;
using System.Collections.Generic;
using System.Linq;

namespace BuyingCenter.Maps;

/// <summary>Where one party's box sits in the SVG map.</summary>
internal sealed class MapBox
{
    public required MapNode Node { get; init; }

    public required IReadOnlyList<string> Lines { get; init; }

    public required double Width { get; init; }

    public required double Height { get; init; }

    /// <summary>The manager whose column this report is stacked in (compact org chart), or null.</summary>
    public string? StackedUnder { get; init; }

    /// <summary>The hierarchy layer from the top (0), or -1 for the sellers' row.</summary>
    public int Layer { get; init; }

    public double CenterX { get; set; }

    public double Top { get; set; }

    public double Left => CenterX - (Width / 2);

    public double Right => CenterX + (Width / 2);

    public double Bottom => Top + Height;

    public double CenterY => Top + (Height / 2);
}

/// <summary>
/// A deterministic layered layout written for this library (no Graphviz): layers by reporting depth, order in a
/// layer by barycentre sweeps to reduce crossings, x positions by order-preserving least squares toward the
/// neighbours, sellers in a row of their own below the customer.
/// </summary>
internal sealed class MapLayout
{
    public const double NameFontSize = 13;
    public const double FontSize = 12;
    public const double LineHeight = 16;
    public const double PaddingX = 12;
    public const double PaddingY = 8;
    public const double NodeGap = 26;
    public const double LayerGap = 70;
    public const double BandGap = 64;
    public const double StackGap = 12;
    public const double HexagonInset = 14;
    public const double ParallelogramSkew = 12;

    private const int Sweeps = 6;
    private const double Gravity = 0.3;

    private MapLayout(IReadOnlyList<MapBox> boxes, IReadOnlyList<IReadOnlyList<MapBox>> layers, IReadOnlyList<MapBox> sellers)
    {
        Boxes = boxes;
        Layers = layers;
        Sellers = sellers;
    }

    /// <summary>Every box: people layer by layer, then sellers.</summary>
    public IReadOnlyList<MapBox> Boxes { get; }

    /// <summary>The people, layer by layer from the top, each layer in drawing order.</summary>
    public IReadOnlyList<IReadOnlyList<MapBox>> Layers { get; }

    /// <summary>The sellers' row in drawing order (empty when sellers are not drawn).</summary>
    public IReadOnlyList<MapBox> Sellers { get; }

    /// <summary>Roughly how wide a line of text is: Helvetica averages a little over half the font size per character.</summary>
    public static double TextWidth(string text, double fontSize, bool bold) => text.Length * fontSize * (bold ? 0.62 : 0.56);

    public static MapLayout Create(MapModel model, RelationshipMapOptions options)
    {
        var boxes = new Dictionary<string, MapBox>(StringComparer.Ordinal);
        var people = new List<MapNode>();
        var sellerNodes = new List<MapNode>();
        foreach (var node in model.Nodes)
        {
            (node.IsSeller ? sellerNodes : people).Add(node);
        }

        var drawn = new HashSet<string>(people.Select(p => p.Id), StringComparer.Ordinal);
        var lines = ReportingLines.FromPairs(model.Edges
            .Where(e => e.Kind == RelationshipKind.ReportsTo && drawn.Contains(e.From) && drawn.Contains(e.To) && !string.Equals(e.From, e.To, StringComparison.Ordinal))
            .Select(e => (e.From, e.To)));
        var layerOf = AssignLayers(people, lines);
        var measured = model.Nodes.ToDictionary(n => n.Id, n => Measure(n, -1, null, options), StringComparer.Ordinal);
        var stackedUnder = StackWideRows(people, lines, layerOf, measured, options.MaxRowWidth);
        var stackWidth = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var pair in stackedUnder)
        {
            stackWidth[pair.Value] = Math.Max(stackWidth.TryGetValue(pair.Value, out var w) ? w : 0, measured[pair.Key].Width);
        }

        var layerCount = people.Count == 0 ? 0 : layerOf.Values.Max() + 1;
        foreach (var node in model.Nodes)
        {
            var manager = stackedUnder.TryGetValue(node.Id, out var m) ? m : null;
            var box = Measure(node, node.IsSeller ? -1 : layerOf[node.Id], manager, options);
            boxes[node.Id] = manager is null ? box : new MapBox
            {
                // One width per column, so its left edge (where the spine runs) is straight.
                Node = box.Node, Lines = box.Lines, Layer = box.Layer, Height = box.Height, StackedUnder = manager, Width = stackWidth[manager],
            };
        }

        var neighbours = Neighbours(model, boxes);
        foreach (var pair in stackedUnder)
        {
            // A stacked report follows its manager only: the column must stay straight under them.
            neighbours[pair.Key] = new List<(string, double)> { (pair.Value, 1.0) };
        }

        // A stack is ordered and placed as one tall column: its first member stands for it, the rest follow.
        var stacks = stackedUnder.Keys.OrderBy(id => id, StringComparer.Ordinal).GroupBy(id => stackedUnder[id], StringComparer.Ordinal)
            .ToDictionary(g => g.First(), g => g.Select(id => boxes[id]).ToList(), StringComparer.Ordinal);
        var followers = new HashSet<string>(stacks.Values.SelectMany(members => members.Skip(1)).Select(b => b.Node.Id), StringComparer.Ordinal);

        var layers = InitialOrder(people.Where(p => !followers.Contains(p.Id)).ToList(), lines, layerOf, layerCount, boxes);
        OrderByBarycentre(layers, neighbours);
        PlaceLayers(layers, neighbours);
        foreach (var members in stacks.Values)
        {
            foreach (var member in members)
            {
                member.CenterX = members[0].CenterX;
            }
        }

        var sellers = sellerNodes.Select(s => boxes[s.Id]).ToList();
        PlaceSellers(sellers, neighbours, boxes);
        AssignRows(layers, stacks, sellers);

        var rows = layers.Select(layer => (IReadOnlyList<MapBox>)layer.SelectMany(b => stacks.TryGetValue(b.Node.Id, out var members) ? members : new List<MapBox> { b }).ToList()).ToList();
        var all = rows.SelectMany(r => r).Concat(sellers).ToList();
        return new MapLayout(all, rows, sellers);
    }

    private static MapBox Measure(MapNode node, int layer, string? stackedUnder, RelationshipMapOptions options)
    {
        var lines = MapStyle.LabelLines(node, options);
        var textWidth = 0.0;
        for (var i = 0; i < lines.Count; i++)
        {
            textWidth = Math.Max(textWidth, TextWidth(lines[i], i == 0 ? NameFontSize : FontSize, bold: i == 0));
        }

        var extra = node.Role switch
        {
            MapRole.Economic => 2 * HexagonInset,
            MapRole.Coach => 2 * ParallelogramSkew,
            MapRole.User => 8,
            _ => 0,
        };
        return new MapBox
        {
            Node = node,
            Lines = lines,
            Layer = layer,
            StackedUnder = stackedUnder,
            Width = Math.Ceiling(Math.Max(110, textWidth + (2 * PaddingX) + extra)),
            Height = (lines.Count * LineHeight) + (2 * PaddingY),
        };
    }

    /// <summary>
    /// Longest path from the top of the hierarchy, so a manager is always above every report. A person with no
    /// manager starts at the row their level suggests (a level-4 outsider sits with the directors, not the chiefs);
    /// empty rows are then removed.
    /// </summary>
    private static Dictionary<string, int> AssignLayers(List<MapNode> people, ReportingLines lines)
    {
        var topLevel = people.Where(p => p.Level is not null).Select(p => p.Level!.Value).DefaultIfEmpty(0).Max();
        var layer = people.ToDictionary(p => p.Id, p => lines.ManagersOf(p.Id).Count == 0 && p.Level is not null ? topLevel - p.Level.Value : 0, StringComparer.Ordinal);

        // Managers before their reports; the validator forbids cycles, and anyone caught in one keeps their start row.
        foreach (var id in lines.TopDown)
        {
            foreach (var report in lines.ReportsOf(id))
            {
                layer[report] = Math.Max(layer[report], layer[id] + 1);
            }
        }

        var used = layer.Values.Distinct().OrderBy(v => v).ToList();
        var compact = new Dictionary<int, int>();
        for (var i = 0; i < used.Count; i++)
        {
            compact[used[i]] = i;
        }

        return people.ToDictionary(p => p.Id, p => compact[layer[p.Id]], StringComparer.Ordinal);
    }

    /// <summary>
    /// Keeps rows within <paramref name="maxWidth"/>: in a row that is too wide, the reports who have no reports
    /// of their own are stacked in one column under their manager (two or more per manager), as in a compact org
    /// chart. Narrow rows keep their teams side by side. Returns report id -> manager id.
    /// </summary>
    private static Dictionary<string, string> StackWideRows(List<MapNode> people, ReportingLines lines, IReadOnlyDictionary<string, int> layerOf, Dictionary<string, MapBox> measured, double maxWidth)
    {
        var stacked = new Dictionary<string, string>(StringComparer.Ordinal);
        var hasReports = new HashSet<string>(people.SelectMany(p => lines.ManagersOf(p.Id)), StringComparer.Ordinal);
        for (var layer = 0; layer <= (layerOf.Count == 0 ? -1 : layerOf.Values.Max()); layer++)
        {
            var row = people.Where(p => layerOf[p.Id] == layer).ToList();
            var width = row.Sum(p => measured[p.Id].Width) + (NodeGap * Math.Max(0, row.Count - 1));
            if (width <= maxWidth)
            {
                continue;
            }

            var groups = row
                .Where(p => !stacked.ContainsKey(p.Id) && lines.ManagersOf(p.Id).Count == 1 && !hasReports.Contains(p.Id))
                .GroupBy(p => lines.ManagersOf(p.Id)[0], StringComparer.Ordinal)
                .Where(g => g.Count() >= 2)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                foreach (var member in group)
                {
                    stacked[member.Id] = group.Key;
                }
            }
        }

        return stacked;
    }

    private static Dictionary<string, List<(string Id, double Weight)>> Neighbours(MapModel model, Dictionary<string, MapBox> boxes)
    {
        var neighbours = boxes.Keys.ToDictionary(id => id, _ => new List<(string, double)>(), StringComparer.Ordinal);
        foreach (var edge in model.Edges)
        {
            if (!boxes.ContainsKey(edge.From) || !boxes.ContainsKey(edge.To) || string.Equals(edge.From, edge.To, StringComparison.Ordinal))
            {
                continue;
            }

            // The hierarchy shapes the picture most; informal lines only nudge it.
            var weight = edge.Kind == RelationshipKind.ReportsTo ? 4.0 : edge.IsCoverage ? 1.0 : 0.5;
            neighbours[edge.From].Add((edge.To, weight));
            neighbours[edge.To].Add((edge.From, weight));
        }

        return neighbours;
    }

    /// <summary>Depth-first from the top, teams kept together, ids breaking ties.</summary>
    private static List<List<MapBox>> InitialOrder(List<MapNode> people, ReportingLines lines, Dictionary<string, int> layerOf, int layerCount, Dictionary<string, MapBox> boxes)
    {
        var reports = people.ToDictionary(p => p.Id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var person in people)
        {
            foreach (var manager in lines.ManagersOf(person.Id))
            {
                if (reports.TryGetValue(manager, out var list))
                {
                    list.Add(person.Id);
                }
            }
        }

        var visited = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        void Visit(string id)
        {
            if (!visited.Add(id))
            {
                return;
            }

            order.Add(id);
            foreach (var report in reports[id].OrderBy(r => r, StringComparer.Ordinal))
            {
                Visit(report);
            }
        }

        foreach (var root in people.Where(p => !lines.ManagersOf(p.Id).Any(reports.ContainsKey)).Select(p => p.Id).OrderBy(id => id, StringComparer.Ordinal))
        {
            Visit(root);
        }

        foreach (var person in people.Select(p => p.Id).OrderBy(id => id, StringComparer.Ordinal))
        {
            Visit(person);
        }

        var layers = Enumerable.Range(0, layerCount).Select(_ => new List<MapBox>()).ToList();
        foreach (var id in order)
        {
            layers[layerOf[id]].Add(boxes[id]);
        }

        return layers;
    }

    /// <summary>
    /// Alternating down and up sweeps: each person moves to the weighted mean position of their neighbours in the
    /// rows already fixed (above on the way down, below on the way up); the order with the fewest crossings wins.
    /// </summary>
    private static void OrderByBarycentre(List<List<MapBox>> layers, Dictionary<string, List<(string Id, double Weight)>> neighbours)
    {
        var best = layers.Select(l => l.ToList()).ToList();
        var bestCrossings = Crossings(layers, neighbours);
        for (var sweep = 0; sweep < Sweeps && bestCrossings > 0; sweep++)
        {
            var down = sweep % 2 == 0;
            for (var step = 1; step < layers.Count; step++)
            {
                var index = down ? step : layers.Count - 1 - step;
                var position = Positions(layers);
                var layer = layers[index];
                var keys = new Dictionary<string, double>(StringComparer.Ordinal);
                for (var i = 0; i < layer.Count; i++)
                {
                    var id = layer[i].Node.Id;
                    double sum = 0, weight = 0;
                    foreach (var (other, w) in neighbours[id])
                    {
                        if (position.TryGetValue(other, out var p) && (down ? p.Layer < index : p.Layer > index))
                        {
                            sum += p.Fraction * w;
                            weight += w;
                        }
                    }

                    keys[id] = weight > 0 ? sum / weight : (i + 0.5) / layer.Count;
                }

                layers[index] = layer.OrderBy(b => keys[b.Node.Id]).ThenBy(b => b.Node.Id, StringComparer.Ordinal).ToList();
            }

            var crossings = Crossings(layers, neighbours);
            if (crossings < bestCrossings)
            {
                bestCrossings = crossings;
                best = layers.Select(l => l.ToList()).ToList();
            }
        }

        for (var i = 0; i < layers.Count; i++)
        {
            layers[i] = best[i];
        }
    }

    private static Dictionary<string, (int Layer, double Fraction)> Positions(List<List<MapBox>> layers)
    {
        var position = new Dictionary<string, (int, double)>(StringComparer.Ordinal);
        for (var l = 0; l < layers.Count; l++)
        {
            for (var i = 0; i < layers[l].Count; i++)
            {
                position[layers[l][i].Node.Id] = (l, (i + 0.5) / layers[l].Count);
            }
        }

        return position;
    }

    /// <summary>Weighted crossings between lines joining adjacent rows (the ones a reader follows most).</summary>
    internal static double Crossings(IReadOnlyList<IReadOnlyList<MapBox>> layers, Dictionary<string, List<(string Id, double Weight)>> neighbours)
    {
        var index = new Dictionary<string, (int Layer, int Index)>(StringComparer.Ordinal);
        for (var l = 0; l < layers.Count; l++)
        {
            for (var i = 0; i < layers[l].Count; i++)
            {
                index[layers[l][i].Node.Id] = (l, i);
            }
        }

        double total = 0;
        for (var l = 0; l + 1 < layers.Count; l++)
        {
            var segments = new List<(int Upper, int Lower, double Weight)>();
            foreach (var box in layers[l])
            {
                foreach (var (other, w) in neighbours[box.Node.Id])
                {
                    if (index.TryGetValue(other, out var p) && p.Layer == l + 1)
                    {
                        segments.Add((index[box.Node.Id].Index, p.Index, w));
                    }
                }
            }

            for (var a = 0; a < segments.Count; a++)
            {
                for (var b = a + 1; b < segments.Count; b++)
                {
                    var (u1, d1, w1) = segments[a];
                    var (u2, d2, w2) = segments[b];
                    if ((u1 < u2 && d1 > d2) || (u1 > u2 && d1 < d2))
                    {
                        total += w1 * w2;
                    }
                }
            }
        }

        return total;
    }

    private static void PlaceLayers(List<List<MapBox>> layers, Dictionary<string, List<(string Id, double Weight)>> neighbours)
    {
        foreach (var layer in layers)
        {
            Pack(layer, layer.Select(_ => 0.0).ToList());
        }

        var byId = layers.SelectMany((l, i) => l.Select(b => (b, i))).ToDictionary(t => t.b.Node.Id, t => t, StringComparer.Ordinal);

        // Alternate directions so positions propagate both ways; an odd count ends going down, settling teams under managers.
        for (var pass = 0; pass < (2 * Sweeps) + 1; pass++)
        {
            var down = pass % 2 == 0;
            for (var step = 0; step < layers.Count; step++)
            {
                var index = down ? step : layers.Count - 1 - step;
                var layer = layers[index];
                var desired = new List<double>(layer.Count);
                foreach (var box in layer)
                {
                    double sum = 0, weight = 0;
                    foreach (var (other, w) in neighbours[box.Node.Id])
                    {
                        // Neighbours above and below both pull (a spring model solved row by row), so a row with
                        // nothing below it still settles under its managers.
                        if (byId.TryGetValue(other, out var o) && o.i != index)
                        {
                            sum += o.b.CenterX * w;
                            weight += w;
                        }
                    }

                    // A weak pull toward the middle closes the gaps that would otherwise open between separate teams.
                    desired.Add(weight > 0 ? sum / (weight + Gravity) : box.CenterX * (1 - Gravity));
                }

                Pack(layer, desired);
            }
        }
    }

    /// <summary>Each seller goes below the people they know, so coverage lines stay short; ids break ties.</summary>
    private static void PlaceSellers(List<MapBox> sellers, Dictionary<string, List<(string Id, double Weight)>> neighbours, Dictionary<string, MapBox> boxes)
    {
        if (sellers.Count == 0)
        {
            return;
        }

        var people = boxes.Values.Where(b => b.Layer >= 0).ToList();
        var middle = people.Count == 0 ? 0 : (people.Min(b => b.Left) + people.Max(b => b.Right)) / 2;
        var desired = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var seller in sellers)
        {
            double sum = 0, weight = 0;
            foreach (var (other, w) in neighbours[seller.Node.Id])
            {
                if (boxes[other].Layer >= 0)
                {
                    sum += boxes[other].CenterX * w;
                    weight += w;
                }
            }

            desired[seller.Node.Id] = weight > 0 ? sum / weight : middle;
        }

        sellers.Sort((a, b) =>
        {
            var byDesired = desired[a.Node.Id].CompareTo(desired[b.Node.Id]);
            return byDesired != 0 ? byDesired : string.CompareOrdinal(a.Node.Id, b.Node.Id);
        });
        Pack(sellers, sellers.Select(s => desired[s.Node.Id]).ToList());
    }

    /// <summary>
    /// Places a row in its order, each box as near its desired centre as the boxes beside it allow: least squares
    /// under minimum gaps, solved by pooling adjacent violators (boxes pushed together move as one block).
    /// </summary>
    internal static void Pack(IReadOnlyList<MapBox> row, IReadOnlyList<double> desired)
    {
        if (row.Count == 0)
        {
            return;
        }

        var offset = new double[row.Count];
        for (var i = 1; i < row.Count; i++)
        {
            offset[i] = offset[i - 1] + ((row[i - 1].Width + row[i].Width) / 2) + NodeGap;
        }

        // Centre i = offset[i] + t[i] with t non-decreasing: isotonic regression of desired - offset.
        var blocks = new List<(double Sum, int Count, int Start)>();
        for (var i = 0; i < row.Count; i++)
        {
            blocks.Add((desired[i] - offset[i], 1, i));
            while (blocks.Count > 1 && blocks[blocks.Count - 2].Sum / blocks[blocks.Count - 2].Count > blocks[blocks.Count - 1].Sum / blocks[blocks.Count - 1].Count)
            {
                var last = blocks[blocks.Count - 1];
                var previous = blocks[blocks.Count - 2];
                blocks.RemoveAt(blocks.Count - 1);
                blocks[blocks.Count - 1] = (previous.Sum + last.Sum, previous.Count + last.Count, previous.Start);
            }
        }

        foreach (var (sum, count, start) in blocks)
        {
            for (var i = start; i < start + count; i++)
            {
                row[i].CenterX = offset[i] + (sum / count);
            }
        }
    }

    /// <summary>Rows top-aligned, each as tall as its tallest box or stacked column, which grows downward with a small gap.</summary>
    private static void AssignRows(List<List<MapBox>> layers, Dictionary<string, List<MapBox>> stacks, List<MapBox> sellers)
    {
        var top = 0.0;
        foreach (var layer in layers)
        {
            var bottom = top;
            foreach (var box in layer)
            {
                var y = top;
                foreach (var member in stacks.TryGetValue(box.Node.Id, out var members) ? members : new List<MapBox> { box })
                {
                    member.Top = y;
                    y += member.Height + StackGap;
                }

                bottom = Math.Max(bottom, y - StackGap);
            }

            top = bottom + LayerGap;
        }

        if (sellers.Count > 0)
        {
            var bandTop = layers.Count == 0 ? 0 : top - LayerGap + BandGap;
            var height = sellers.Max(b => b.Height);
            foreach (var seller in sellers)
            {
                seller.Top = bandTop + ((height - seller.Height) / 2);
            }
        }
    }
}
