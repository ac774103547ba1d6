using System;
using System.Collections.Generic;
using System.Linq;
using BuyingCenter.Analysis;

namespace BuyingCenter.Tests.Graph;

/// <summary>
/// The route rules of domain.md, section 2, written the obvious way for tests: every simple path of at most
/// MaxIntroducers + 1 links from a seller to the person is listed, the inadmissible ones dropped, the strongest kept
/// (ties: fewer links, then the lower seller id, then the lower id of the party before the person, and so on), and a seller's own
/// Knows relationship that reached the coverage threshold before decay taken first. Slow, plain, independent of the graph.
/// </summary>
internal static class RouteReference
{
    public static (string[] Ids, double Strength, bool Reengaged)? Route(AccountPlan plan, AccountAnalysis analysis, string? opportunityId, string personId)
    {
        if (plan.FindSeller(personId) is not null)
        {
            return null;
        }

        var options = analysis.Options;
        var ownKnows = plan.Relationships
            .Where(r => r.Kind == RelationshipKind.Knows && r.Involves(personId) && r.From != r.To)
            .Select(r => (Seller: r.From == personId ? r.To : r.From, Raw: r.Strength, Decayed: analysis.DecayedStrength(r)))
            .Where(k => plan.FindSeller(k.Seller) is not null && k.Decayed > 0)
            .ToList();
        var reengage = ownKnows.Where(k => k.Raw >= options.Thresholds.CoverageThreshold)
            .OrderByDescending(k => k.Decayed).ThenBy(k => k.Seller, StringComparer.Ordinal).FirstOrDefault();
        if (reengage.Seller is not null)
        {
            var current = ownKnows.OrderByDescending(k => k.Decayed).ThenBy(k => k.Seller, StringComparer.Ordinal).First();
            var chosen = current.Decayed > reengage.Decayed ? current : reengage;
            return (new[] { chosen.Seller, personId }, chosen.Decayed, chosen.Decayed < options.Thresholds.CoverageThreshold);
        }

        (string[] Ids, double Strength)? best = null;
        foreach (var path in AdmissiblePaths(plan, analysis, opportunityId, personId, without: null))
        {
            var strength = 1.0;
            for (var i = 1; i < path.Length; i++)
            {
                strength *= Link(plan, analysis, path[i - 1], path[i]);
            }

            if (best is null || Better(path, strength, best.Value.Ids, best.Value.Strength))
            {
                best = (path, strength);
            }
        }

        return best is { } b ? (b.Ids, b.Strength, false) : null;
    }

    /// <summary>Every admissible simple path to the person, seller first, never through <paramref name="without"/>.</summary>
    public static IEnumerable<string[]> AdmissiblePaths(AccountPlan plan, AccountAnalysis analysis, string? opportunityId, string personId, string? without)
    {
        var maxEdges = analysis.Options.Graph.MaxIntroducers + 1;
        var opportunity = opportunityId is null ? null : plan.FindOpportunity(opportunityId);
        var parties = plan.Sellers.Select(s => s.Id).Concat(plan.People.Select(p => p.Id)).Distinct().ToArray();
        var result = new List<string[]>();
        void Walk(List<string> reversed)
        {
            var last = reversed[^1];
            foreach (var next in parties)
            {
                if (next == without || reversed.Contains(next) || !(Link(plan, analysis, next, last) > 0))
                {
                    continue;
                }

                if (plan.FindSeller(next) is not null)
                {
                    result.Add(Enumerable.Reverse(reversed.Append(next)).ToArray());
                    continue;
                }

                // next would introduce us to last.
                if (reversed.Count >= maxEdges || Barred(opportunity, next) || !Credible(plan, analysis, next, last))
                {
                    continue;
                }

                reversed.Add(next);
                Walk(reversed);
                reversed.RemoveAt(reversed.Count - 1);
            }
        }

        Walk(new List<string> { personId });
        return result;
    }

    public static bool Barred(Opportunity? opportunity, string personId) =>
        opportunity?.Influences.FirstOrDefault(i => i.PersonId == personId) is { } influence
        && (influence.Has(BuyingRoles.Economic) || influence.Rating is <= 0);

    public static bool Credible(AccountPlan plan, AccountAnalysis analysis, string introducer, string next)
    {
        var from = plan.FindParty(introducer)?.Level;
        var to = plan.FindParty(next)?.Level;
        if (from is null || to is null || to.Value - from.Value <= analysis.Options.Graph.MaxIntroductionLevelsUp)
        {
            return true;
        }

        return plan.Relationships.Any(r => analysis.DecayedStrength(r) > 0
            && ((r.Kind == RelationshipKind.ReportsTo && r.Involves(introducer) && r.Involves(next))
                || (r.Kind == RelationshipKind.Influences && r.From == introducer && r.To == next)));
    }

    /// <summary>The strongest travellable relationship between two parties after decay, 0 with none.</summary>
    public static double Link(AccountPlan plan, AccountAnalysis analysis, string a, string b) =>
        plan.Relationships
            .Where(r => r.Kind != RelationshipKind.Opposes && r.From != r.To && r.Involves(a) && r.Involves(b))
            .Select(analysis.DecayedStrength)
            .DefaultIfEmpty(0)
            .Max();

    private static bool Better(string[] path, double strength, string[] known, double knownStrength)
    {
        if (strength != knownStrength)
        {
            return strength > knownStrength;
        }

        if (path.Length != known.Length)
        {
            return path.Length < known.Length;
        }

        // Then the lower seller id, then the lower party before the person, and so on back toward the seller.
        var order = string.CompareOrdinal(path[0], known[0]);
        for (var i = path.Length - 2; order == 0 && i > 0; i--)
        {
            order = string.CompareOrdinal(path[i], known[i]);
        }

        return order < 0;
    }
}
