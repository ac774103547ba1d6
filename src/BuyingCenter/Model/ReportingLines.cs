using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using QuikGraph;
using QuikGraph.Algorithms;

namespace BuyingCenter;

/// <summary>
/// Who reports to whom: the <see cref="RelationshipKind.ReportsTo"/> lines of an account as one structure, the one the
/// plan validator (cycles), the CRM import (lines that would close a cycle), the relationship map (rows from the top
/// down) and the tool's hierarchy read.
/// <code>
/// var lines = ReportingLines.Of(plan);
/// foreach (var manager in lines.ChainAbove("pat")) Console.WriteLine(manager);   // pat's manager, theirs, and up
/// </code>
/// </summary>
/// <remarks>
/// People are named by id: the lines may come from a plan, or from an export before any plan exists. A person may
/// report to several managers (a matrix organisation); lists keep the order the lines were given in. A line that
/// names the same person at both ends is a cycle of one. Immutable and thread-safe.
/// </remarks>
public sealed class ReportingLines
{
    private static readonly IReadOnlyList<string> None = Array.Empty<string>();

    private readonly Dictionary<string, int> index;
    private readonly string[] ids;
    private readonly List<string>[] managers;
    private readonly List<string>[] reports;
    private readonly int?[] depth;

    private ReportingLines(Dictionary<string, int> index, string[] ids, List<(int Person, int Manager, int Position)> lines)
    {
        this.index = index;
        this.ids = ids;
        managers = new List<string>[ids.Length];
        reports = new List<string>[ids.Length];
        for (var v = 0; v < ids.Length; v++)
        {
            managers[v] = new List<string>();
            reports[v] = new List<string>();
        }

        foreach (var (person, manager, _) in lines)
        {
            managers[person].Add(ids[manager]);
            reports[manager].Add(ids[person]);
        }

        (depth, TopDown) = Layer(ids, index, managers, reports);
        Cycles = FindCycles(ids.Length, lines)
            .Select(c => new ReportingCycle(c.Members.Select(m => ids[m]).OrderBy(id => id, StringComparer.Ordinal).ToArray(), c.Lines))
            .ToArray();
    }

    /// <summary>Everyone named by a line, managers before their reports; people on a cycle, and below one, are left out.</summary>
    public IReadOnlyList<string> TopDown { get; }

    /// <summary>The cycles of reporting lines (which a valid plan does not have), each once.</summary>
    public IReadOnlyList<ReportingCycle> Cycles { get; }

    /// <summary>The reporting lines of a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>Its lines; each cycle's <see cref="ReportingCycle.Lines"/> are indexes into <see cref="AccountPlan.Relationships"/>.</returns>
    public static ReportingLines Of(AccountPlan plan) => Of(Guard.Against.Null(plan).Relationships);

    /// <summary>The reporting lines among some relationships (of a plan, or made from a CRM export).</summary>
    /// <param name="relationships">The relationships; those of other kinds are passed over.</param>
    /// <returns>The lines; each cycle's <see cref="ReportingCycle.Lines"/> are positions in <paramref name="relationships"/>.</returns>
    public static ReportingLines Of(IEnumerable<Relationship> relationships)
    {
        Guard.Against.Null(relationships);
        return Create(relationships.Select((r, i) => (r, i)).Where(x => x.r.Kind == RelationshipKind.ReportsTo).Select(x => (x.r.From, x.r.To, x.i)));
    }

    /// <summary>Lines given as (person, manager) pairs; a pair's position is its place in the sequence.</summary>
    internal static ReportingLines FromPairs(IEnumerable<(string Person, string Manager)> pairs) =>
        Create(pairs.Select((p, i) => (p.Person, p.Manager, i)));

    /// <summary>The managers a person reports to, in the order the lines were given; empty for the top or an unknown id.</summary>
    /// <param name="personId">The person's id.</param>
    /// <returns>The managers' ids.</returns>
    public IReadOnlyList<string> ManagersOf(string personId) => index.TryGetValue(personId, out var v) ? managers[v] : None;

    /// <summary>The people who report to a manager, in the order the lines were given; empty for an unknown id.</summary>
    /// <param name="managerId">The manager's id.</param>
    /// <returns>The reports' ids.</returns>
    public IReadOnlyList<string> ReportsOf(string managerId) => index.TryGetValue(managerId, out var v) ? reports[v] : None;

    /// <summary>
    /// The chain of approval above a person: their (first) manager, that manager's, and so on to the top. On a cycle
    /// the chain stops before it would name someone twice.
    /// </summary>
    /// <param name="personId">The person's id.</param>
    /// <returns>The managers' ids, nearest first; empty for the top or an unknown id.</returns>
    public IReadOnlyList<string> ChainAbove(string personId)
    {
        var chain = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { personId };
        for (var current = personId; index.TryGetValue(current, out var v) && managers[v].Count > 0 && seen.Add(managers[v][0]); current = managers[v][0])
        {
            chain.Add(managers[v][0]);
        }

        return chain;
    }

    /// <summary>How many levels of management are above a person on their longest chain: 0 for the top.</summary>
    /// <param name="personId">The person's id.</param>
    /// <returns>The depth; 0 for an id no line names; <see langword="null"/> for someone on a cycle or below one.</returns>
    public int? DepthOf(string personId) => index.TryGetValue(personId, out var v) ? depth[v] : 0;

    /// <summary>Whether a person reports to a manager, directly or through others.</summary>
    /// <param name="personId">The person's id.</param>
    /// <param name="managerId">The manager's id.</param>
    /// <returns><see langword="true"/> when <paramref name="managerId"/> is above <paramref name="personId"/> on some chain.</returns>
    public bool IsBelow(string personId, string managerId)
    {
        if (!index.TryGetValue(personId, out var start) || !index.TryGetValue(managerId, out var target))
        {
            return false;
        }

        var seen = new HashSet<int> { start };
        var stack = new Stack<int>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            foreach (var manager in managers[stack.Pop()])
            {
                var m = index[manager];
                if (m == target)
                {
                    return true;
                }

                if (seen.Add(m))
                {
                    stack.Push(m);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The reporting cycles among lines between numbered people, each once: its members and the positions of its lines
    /// (ascending). Most accounts have none, so the people who cannot be on a cycle are peeled off first (repeatedly
    /// removing whoever no one reports to, in linear time); only what remains, usually nobody, goes to QuikGraph's
    /// strongly connected components, whose components of more than one person are the cycles. The validator calls
    /// this with its own ordinals, so that a valid 100,000-line plan is checked without a string key.
    /// </summary>
    internal static List<(List<int> Members, int[] Lines)> FindCycles(int count, IReadOnlyList<(int Person, int Manager, int Position)> lines)
    {
        var cycles = new List<(List<int> Members, int[] Lines)>();
        if (lines.Count == 0)
        {
            return cycles;
        }

        // Each person's managers, listed by the person who reports: peeling someone no one reports to releases their managers.
        var reportCount = new int[count];
        var start = new int[count + 1];
        foreach (var (person, manager, _) in lines)
        {
            reportCount[manager]++;
            start[person + 1]++;
        }

        for (var v = 0; v < count; v++)
        {
            start[v + 1] += start[v];
        }

        var target = new int[lines.Count];
        var fill = (int[])start.Clone();
        foreach (var (person, manager, _) in lines)
        {
            target[fill[person]++] = manager;
        }

        var stack = new Stack<int>();
        for (var v = 0; v < count; v++)
        {
            if (reportCount[v] == 0)
            {
                stack.Push(v);
            }
        }

        var peeled = 0;
        while (stack.Count > 0)
        {
            var v = stack.Pop();
            peeled++;
            for (var e = start[v]; e < start[v + 1]; e++)
            {
                if (--reportCount[target[e]] == 0)
                {
                    stack.Push(target[e]);
                }
            }
        }

        if (peeled == count)
        {
            return cycles;
        }

        var rest = new AdjacencyGraph<int, SEquatableEdge<int>>(allowParallelEdges: false);
        var positions = new Dictionary<(int, int), List<int>>();
        foreach (var (person, manager, position) in lines)
        {
            if (reportCount[person] > 0 && reportCount[manager] > 0)
            {
                rest.AddVerticesAndEdge(new SEquatableEdge<int>(person, manager));
                if (!positions.TryGetValue((person, manager), out var list))
                {
                    positions.Add((person, manager), list = new List<int>());
                }

                list.Add(position);
            }
        }

        var components = new Dictionary<int, int>();
        rest.StronglyConnectedComponents(components);

        // The lines inside each component, gathered in one pass: a file of many small cycles must not cost their square.
        var inside = new Dictionary<int, List<int>>();
        foreach (var e in rest.Edges)
        {
            var component = components[e.Source];
            if (component == components[e.Target])
            {
                if (!inside.TryGetValue(component, out var list))
                {
                    inside.Add(component, list = new List<int>());
                }

                list.AddRange(positions[(e.Source, e.Target)]);
            }
        }

        // A component of one is a cycle only when its person is their own manager.
        foreach (var component in components.GroupBy(pair => pair.Value, pair => pair.Key).Where(g => inside.ContainsKey(g.Key)).OrderBy(g => inside[g.Key].Min()))
        {
            var members = component.OrderBy(v => v).ToList();
            cycles.Add((members, inside[component.Key].OrderBy(p => p).ToArray()));
        }

        return cycles;
    }

    private static ReportingLines Create(IEnumerable<(string Person, string Manager, int Position)> given)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        int Number(string id)
        {
            if (!index.TryGetValue(id, out var v))
            {
                index.Add(id, v = ids.Count);
                ids.Add(id);
            }

            return v;
        }

        var lines = new List<(int, int, int)>();
        foreach (var (person, manager, position) in given)
        {
            lines.Add((Number(Guard.Against.Null(person)), Number(Guard.Against.Null(manager)), position));
        }

        return new ReportingLines(index, ids.ToArray(), lines);
    }

    /// <summary>Kahn's order from the top: depth is the longest chain of managers above; a cycle and all below it get none.</summary>
    private static (int?[] Depth, IReadOnlyList<string> TopDown) Layer(string[] ids, Dictionary<string, int> index, List<string>[] managers, List<string>[] reports)
    {
        var depth = new int?[ids.Length];
        var pending = new int[ids.Length];
        var ready = new Queue<int>();
        for (var v = 0; v < ids.Length; v++)
        {
            pending[v] = managers[v].Count;
            if (pending[v] == 0)
            {
                depth[v] = 0;
                ready.Enqueue(v);
            }
        }

        var order = new List<string>(ids.Length);
        while (ready.Count > 0)
        {
            var v = ready.Dequeue();
            order.Add(ids[v]);
            foreach (var report in reports[v])
            {
                var r = index[report];
                depth[r] = Math.Max(depth[r] ?? 0, depth[v]!.Value + 1);
                if (--pending[r] == 0)
                {
                    ready.Enqueue(r);
                }
            }
        }

        // Someone with a manager on a cycle was given a depth before it was known that they hang below one.
        var placed = new HashSet<string>(order, StringComparer.Ordinal);
        for (var v = 0; v < ids.Length; v++)
        {
            if (!placed.Contains(ids[v]))
            {
                depth[v] = null;
            }
        }

        return (depth, order);
    }
}

/// <summary>A cycle of reporting lines: people who, following their managers, come back to themselves.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReportingCycle
{
    internal ReportingCycle(IReadOnlyList<string> members, IReadOnlyList<int> lines)
    {
        Members = members;
        Lines = lines;
    }

    /// <summary>The people on the cycle, in ordinal order of their ids.</summary>
    public IReadOnlyList<string> Members { get; }

    /// <summary>The positions of the cycle's lines among the relationships they were read from, ascending.</summary>
    public IReadOnlyList<int> Lines { get; }
}
