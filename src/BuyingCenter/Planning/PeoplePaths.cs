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

        // Dijkstra on the product of strengths in [0, 1]: a longer chain is never stronger than its prefix. The frontier is
        // ordered strongest first, ties by id, in a sorted set: scanning every known person for the next one made this
        // quadratic, minutes on a 20,000-person account without a coach.
        var best = new Dictionary<string, double>(StringComparer.Ordinal) { [fromId] = 1.0 };
        var frontier = new SortedSet<(double Strength, string Id)>(FrontierOrder.Instance) { (1.0, fromId) };
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (frontier.Count > 0)
        {
            var found = frontier.Min;
            frontier.Remove(found);
            if (found.Strength <= 0)
            {
                return 0;
            }

            if (targetIds.Contains(found.Id) && found.Id != fromId)
            {
                return found.Strength;
            }

            done.Add(found.Id);
            if (!neighbours.TryGetValue(found.Id, out var next))
            {
                continue;
            }

            foreach (var (id, strength) in next)
            {
                var candidate = found.Strength * strength;
                if (done.Contains(id))
                {
                    continue;
                }

                if (best.TryGetValue(id, out var known))
                {
                    if (!(candidate > known))
                    {
                        continue;
                    }

                    frontier.Remove((known, id));
                }

                best[id] = candidate;
                frontier.Add((candidate, id));
            }
        }

        return 0;
    }

    /// <summary>Strongest first, then by id (ordinal), so the search visits people in the same order as before.</summary>
    private sealed class FrontierOrder : IComparer<(double Strength, string Id)>
    {
        public static readonly FrontierOrder Instance = new();

        public int Compare((double Strength, string Id) x, (double Strength, string Id) y)
        {
            var byStrength = y.Strength.CompareTo(x.Strength);
            return byStrength != 0 ? byStrength : string.CompareOrdinal(x.Id, y.Id);
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
