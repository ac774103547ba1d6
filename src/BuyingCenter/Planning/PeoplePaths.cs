using System;
using System.Collections.Generic;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// People's own reach into other people: the strongest chain of relationships between customer-side people
/// (Knows, Influences, ReportsTo in either direction, never Opposes), strength the product of decayed strengths.
/// The analysis measures reach from our sellers; a Coach candidate's value lies in their reach from inside.
/// </summary>
internal static class PeoplePaths
{
    /// <summary>
    /// The strength of the strongest chain between each person and the nearest of <paramref name="targetIds"/>,
    /// from one search run from the targets (the chains are travelled in either direction, so this is the same).
    /// </summary>
    public static IReadOnlyDictionary<string, double> StrengthsTo(AccountAnalysis analysis, IEnumerable<string> targetIds)
    {
        var plan = analysis.Plan;
        var neighbours = new Dictionary<string, List<(string Id, double Strength)>>(StringComparer.Ordinal);
        foreach (var relationship in plan.Relationships)
        {
            if (relationship.Kind == RelationshipKind.Opposes || plan.FindPerson(relationship.From) is null || plan.FindPerson(relationship.To) is null)
            {
                continue;
            }

            var strength = analysis.DecayedStrength(relationship);
            Add(neighbours, relationship.From, relationship.To, strength);
            Add(neighbours, relationship.To, relationship.From, strength);
        }

        // Dijkstra on the product of strengths in [0, 1]: a longer chain is never stronger than its prefix.
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        var queue = new SortedSet<(double Negative, string Id)>(Comparer<(double Negative, string Id)>.Create((a, b) =>
        {
            var byStrength = a.Negative.CompareTo(b.Negative);
            return byStrength != 0 ? byStrength : string.CompareOrdinal(a.Id, b.Id);
        }));
        foreach (var target in targetIds)
        {
            best[target] = 1.0;
            queue.Add((-1.0, target));
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0)
        {
            var (negative, id) = queue.Min;
            queue.Remove(queue.Min);
            if (!done.Add(id) || !neighbours.TryGetValue(id, out var next))
            {
                continue;
            }

            foreach (var (other, strength) in next)
            {
                var candidate = -negative * strength;
                if (!done.Contains(other) && candidate > 0 && (!best.TryGetValue(other, out var known) || candidate > known))
                {
                    if (best.ContainsKey(other))
                    {
                        queue.Remove((-known, other));
                    }

                    best[other] = candidate;
                    queue.Add((-candidate, other));
                }
            }
        }

        return best;
    }

    private static void Add(Dictionary<string, List<(string Id, double Strength)>> neighbours, string from, string to, double strength)
    {
        if (!neighbours.TryGetValue(from, out var list))
        {
            list = new List<(string Id, double Strength)>();
            neighbours.Add(from, list);
        }

        list.Add((to, strength));
    }
}
