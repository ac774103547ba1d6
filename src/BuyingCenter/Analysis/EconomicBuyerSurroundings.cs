using System;
using System.Collections.Generic;
using System.Linq;

namespace BuyingCenter.Analysis;

/// <summary>A person whose relationship to the Economic Buyer (or a High-degree influence) changes whom we meet first.</summary>
/// <param name="PersonId">The person: an opponent near the Economic Buyer, or a hidden influencer.</param>
/// <param name="NearId">The Economic Buyer (or High-degree influence) they are close to or influence.</param>
/// <param name="Kind">The relationship that makes them matter (Knows or Influences).</param>
/// <param name="Strength">Its strength after decay.</param>
internal sealed record NearEconomicBuyer(string PersonId, string NearId, RelationshipKind Kind, double Strength);

/// <summary>
/// The two situations of domain.md around the Economic Buyer, found in one place for the planner (principles 3 and 5 of
/// section 4) and for the review's red flags (OpponentNearEconomicBuyer, HiddenInfluencer of section 3):
/// <list type="bullet">
/// <item><b>Opponent near the Economic Buyer</b>: an influence rated -2 or lower with a Knows relationship of at least
/// 0.5 (after decay) or an Influences relationship (of any strength) to an Economic Buyer: neutralise, do not bypass.</item>
/// <item><b>Hidden influencer</b>: a person who holds no role in the opportunity (no influence, or one whose roles are
/// still to be found out) with an Influences relationship of at least 0.5 (after decay) into an Economic Buyer or a
/// High-degree influence: find out their part.</item>
/// </list>
/// Each person is listed once, with the strongest such relationship (ties: Influences before Knows, then the lower id
/// of the person near), in person id order.
/// </summary>
internal static class EconomicBuyerSurroundings
{
    /// <summary>The rating at or below which an influence near the Economic Buyer is an opponent to neutralise first.</summary>
    public const int OpponentRating = -2;

    /// <summary>The strength from which a Knows (opponent) or Influences (hidden influencer) relationship counts as close.</summary>
    public const double CloseStrength = 0.5;

    /// <summary>The opponents near an Economic Buyer of <paramref name="opportunity"/>.</summary>
    public static IReadOnlyList<NearEconomicBuyer> Opponents(AccountAnalysis analysis, Opportunity opportunity)
    {
        // By the plan's party numbers, as HiddenInfluencers does: a relationship is decayed (a power) only once both of
        // its ends are known to matter, not for every relationship of the account. Ids that name no party of the plan
        // (plans read unvalidated) are kept by id, so that a relationship to the same unknown id still counts.
        var ordinals = analysis.Plan.Ordinals;
        var economic = new bool[ordinals.Ids.Length];
        var opponent = new bool[ordinals.Ids.Length];
        HashSet<string?>? economicUnknown = null;
        HashSet<string?>? opponentUnknown = null;
        var anyEconomic = false;
        var anyOpponent = false;
        var influenceList = opportunity.Influences;
        for (var influenceAt = 0; influenceAt < influenceList.Count; influenceAt++)
        {
            var influence = influenceList[influenceAt];
            var vertex = -1;
            var known = influence.PersonId is not null && ordinals.Index.TryGetValue(influence.PersonId, out vertex);
            if (influence.Has(BuyingRoles.Economic))
            {
                anyEconomic = true;
                _ = known ? economic[vertex] = true : (economicUnknown ??= new HashSet<string?>(StringComparer.Ordinal)).Add(influence.PersonId);
            }
            else if (influence.Rating is { } r && r <= OpponentRating)
            {
                anyOpponent = true;
                _ = known ? opponent[vertex] = true : (opponentUnknown ??= new HashSet<string?>(StringComparer.Ordinal)).Add(influence.PersonId);
            }
        }

        if (!anyEconomic || !anyOpponent)
        {
            return Array.Empty<NearEconomicBuyer>();
        }

        bool IsEconomic(int vertex, string id) => vertex >= 0 ? economic[vertex] : economicUnknown?.Contains(id) == true;
        bool IsOpponent(int vertex, string id) => vertex >= 0 ? opponent[vertex] : opponentUnknown?.Contains(id) == true;

        SortedDictionary<string, NearEconomicBuyer>? found = null;
        var relationships = analysis.Plan.Relationships;
        for (var r = 0; r < relationships.Count; r++)
        {
            var relationship = relationships[r];
            var from = ordinals.From[r];
            var to = ordinals.To[r];
            if (relationship.Kind == RelationshipKind.Knows)
            {
                var forward = IsOpponent(from, relationship.From) && IsEconomic(to, relationship.To);
                var backward = IsOpponent(to, relationship.To) && IsEconomic(from, relationship.From);
                if ((forward || backward) && analysis.DecayedStrength(relationship) is var strength && strength >= CloseStrength)
                {
                    if (forward)
                    {
                        Keep(ref found, new NearEconomicBuyer(relationship.From, relationship.To, relationship.Kind, strength));
                    }

                    if (backward)
                    {
                        Keep(ref found, new NearEconomicBuyer(relationship.To, relationship.From, relationship.Kind, strength));
                    }
                }
            }
            else if (relationship.Kind == RelationshipKind.Influences
                && IsOpponent(from, relationship.From) && IsEconomic(to, relationship.To)
                && analysis.DecayedStrength(relationship) is var strength && strength > 0)
            {
                Keep(ref found, new NearEconomicBuyer(relationship.From, relationship.To, relationship.Kind, strength));
            }
        }

        return found is null ? Array.Empty<NearEconomicBuyer>() : new List<NearEconomicBuyer>(found.Values);
    }

    /// <summary>The hidden influencers of <paramref name="opportunity"/> (never one of our sellers).</summary>
    public static IReadOnlyList<NearEconomicBuyer> HiddenInfluencers(AccountAnalysis analysis, Opportunity opportunity)
    {
        // By the plan's party numbers, not sets of ids: two hash sets per review were about 0.7 KB per 40-person account.
        // An influence naming no party of the plan is kept by id (plans read unvalidated may have one), so that a
        // relationship to the same unknown id still counts, as it did when the sets held ids.
        var ordinals = analysis.Plan.Ordinals;
        var influenced = new bool[ordinals.Ids.Length];
        var withRole = new bool[ordinals.Ids.Length];
        List<string?>? influencedUnknown = null;
        var anyInfluenced = false;
        var influenceList = opportunity.Influences;
        for (var influenceAt = 0; influenceAt < influenceList.Count; influenceAt++)
        {
            var influence = influenceList[influenceAt];
            var vertex = -1;
            var known = influence.PersonId is not null && ordinals.Index.TryGetValue(influence.PersonId, out vertex);
            if (influence.Has(BuyingRoles.Economic) || influence.Degree == InfluenceDegree.High)
            {
                anyInfluenced = true;
                if (known)
                {
                    influenced[vertex] = true;
                }
                else
                {
                    (influencedUnknown ??= new List<string?>()).Add(influence.PersonId);
                }
            }

            if (known && influence.Roles != BuyingRoles.None)
            {
                withRole[vertex] = true;
            }
        }

        if (!anyInfluenced)
        {
            return Array.Empty<NearEconomicBuyer>();
        }

        SortedDictionary<string, NearEconomicBuyer>? found = null;
        var relationships = analysis.Plan.Relationships;
        for (var r = 0; r < relationships.Count; r++)
        {
            var relationship = relationships[r];
            if (relationship.Kind != RelationshipKind.Influences)
            {
                continue;
            }

            var to = ordinals.To[r];
            var from = ordinals.From[r];
            var toInfluenced = to >= 0 ? influenced[to] : influencedUnknown?.Contains(relationship.To, StringComparer.Ordinal) == true;
            if (!toInfluenced || (from >= 0 && withRole[from]) || analysis.Plan.FindPerson(relationship.From) is null)
            {
                continue;
            }

            var strength = analysis.DecayedStrength(relationship);
            if (strength >= CloseStrength)
            {
                Keep(ref found, new NearEconomicBuyer(relationship.From, relationship.To, relationship.Kind, strength));
            }
        }

        return found is null ? Array.Empty<NearEconomicBuyer>() : new List<NearEconomicBuyer>(found.Values);
    }

    private static void Keep(ref SortedDictionary<string, NearEconomicBuyer>? found, NearEconomicBuyer candidate)
    {
        found ??= new SortedDictionary<string, NearEconomicBuyer>(StringComparer.Ordinal);
        if (!found.TryGetValue(candidate.PersonId, out var known) || Better(candidate, known))
        {
            found[candidate.PersonId] = candidate;
        }
    }

    private static bool Better(NearEconomicBuyer a, NearEconomicBuyer b) =>
        a.Strength > b.Strength
        || (a.Strength == b.Strength && (a.Kind == RelationshipKind.Influences && b.Kind != RelationshipKind.Influences
            || (a.Kind == b.Kind && string.CompareOrdinal(a.NearId, b.NearId) < 0)));
}
