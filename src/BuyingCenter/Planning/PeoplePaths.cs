using System;
using System.Collections.Generic;
using System.Linq;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// A person's own reach into other people: the strongest chain of relationships between customer-side people
/// (Knows, Influences, ReportsTo in either direction, never Opposes), strength the product of decayed strengths.
/// The analysis measures reach from our sellers; a Coach candidate's value lies in their reach from inside.
/// </summary>
internal static class PeoplePaths
{
    public static double StrongestTo(AccountAnalysis analysis, string fromId, IReadOnlyCollection<string> targetIds)
    {
        if (targetIds.Count == 0)
        {
            return 0;
        }

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
        var best = new Dictionary<string, double>(StringComparer.Ordinal) { [fromId] = 1.0 };
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var current = best.Where(kv => !done.Contains(kv.Key))
                .OrderByDescending(kv => kv.Value)
                .ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => (KeyValuePair<string, double>?)kv)
                .FirstOrDefault();
            if (current is not { } found || found.Value <= 0)
            {
                return 0;
            }

            if (targetIds.Contains(found.Key) && found.Key != fromId)
            {
                return found.Value;
            }

            done.Add(found.Key);
            if (!neighbours.TryGetValue(found.Key, out var next))
            {
                continue;
            }

            foreach (var (id, strength) in next)
            {
                var candidate = found.Value * strength;
                if (!done.Contains(id) && (!best.TryGetValue(id, out var known) || candidate > known))
                {
                    best[id] = candidate;
                }
            }
        }
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
