using System;
using System.Collections.Generic;
using BuyingCenter;

namespace BuyingCenter.Benchmarks;

/// <summary>
/// The floor of any route search over an account: number the parties, lay the travellable relationships out in one
/// array per direction (counts, running sums, fill), and visit the account once breadth-first from every seller over
/// that array. A review finds admissible routes over the same relationships, so its ratio to this is what the routing
/// costs beyond walking the graph once.
/// </summary>
public static class ArrayBaseline
{
    /// <summary>Builds the arrays from the plan and counts the parties one breadth-first search from the sellers reaches.</summary>
    public static int BuildAndSearch(AccountPlan plan)
    {
        var index = new Dictionary<string, int>(plan.Sellers.Count + plan.People.Count, StringComparer.Ordinal);
        foreach (var seller in plan.Sellers)
        {
            index[seller.Id] = index.Count;
        }

        foreach (var person in plan.People)
        {
            index[person.Id] = index.Count;
        }

        var count = index.Count;
        var relationships = plan.Relationships;
        var from = new int[relationships.Count];
        var to = new int[relationships.Count];
        var first = new int[count + 1];
        for (var r = 0; r < relationships.Count; r++)
        {
            var relationship = relationships[r];
            if (relationship.Kind == RelationshipKind.Opposes || !index.TryGetValue(relationship.From, out var a) || !index.TryGetValue(relationship.To, out var b))
            {
                from[r] = -1;
                continue;
            }

            from[r] = a;
            to[r] = b;
            first[a + 1]++;
            first[b + 1]++;
        }

        for (var v = 0; v < count; v++)
        {
            first[v + 1] += first[v];
        }

        var next = (int[])first.Clone();
        var targets = new int[first[count]];
        for (var r = 0; r < relationships.Count; r++)
        {
            if (from[r] >= 0)
            {
                targets[next[from[r]]++] = to[r];
                targets[next[to[r]]++] = from[r];
            }
        }

        var seen = new bool[count];
        var queue = new int[count];
        int head = 0, tail = 0;
        for (var s = 0; s < plan.Sellers.Count; s++)
        {
            if (!seen[s])
            {
                seen[s] = true;
                queue[tail++] = s;
            }
        }

        while (head < tail)
        {
            var v = queue[head++];
            for (var e = first[v]; e < first[v + 1]; e++)
            {
                var w = targets[e];
                if (!seen[w])
                {
                    seen[w] = true;
                    queue[tail++] = w;
                }
            }
        }

        return tail;
    }
}
