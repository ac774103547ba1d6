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

    /// <summary>
    /// The opponents near an Economic Buyer of <paramref name="opportunity"/> and its hidden influencers (never one of our
    /// sellers), found in one pass over the plan's relationships.
    /// </summary>
    public static (IReadOnlyList<NearEconomicBuyer> Opponents, IReadOnlyList<NearEconomicBuyer> HiddenInfluencers) Find(AccountAnalysis analysis, Opportunity opportunity)
    {
        // By the plan's party numbers, not sets of ids, and one pass for both situations: reading every relationship of the
        // account twice, once per situation, was most of their cost. A relationship is decayed (a power) only once both
        // of its ends are known to matter. Ids that name no party of the plan (plans read unvalidated) are kept by id, so
        // that a relationship to the same unknown id still counts.
        var ordinals = analysis.Plan.Ordinals;
        var marks = new Marks[ordinals.Ids.Length];
        HashSet<string?>? economicUnknown = null;
        HashSet<string?>? opponentUnknown = null;
        List<string?>? influencedUnknown = null;
        var anyEconomic = false;
        var anyOpponent = false;
        var anyInfluenced = false;
        var influenceList = opportunity.Influences;
        for (var influenceAt = 0; influenceAt < influenceList.Count; influenceAt++)
        {
            var influence = influenceList[influenceAt];
            var vertex = -1;
            var known = influence.PersonId is not null && ordinals.Index.TryGetValue(influence.PersonId, out vertex);
            if (influence.Has(BuyingRoles.Economic))
            {
                anyEconomic = true;
                Mark(marks, known, vertex, Marks.Economic, ref economicUnknown, influence.PersonId);
            }
            else if (influence.Rating is { } r && r <= OpponentRating)
            {
                anyOpponent = true;
                Mark(marks, known, vertex, Marks.Opponent, ref opponentUnknown, influence.PersonId);
            }

            if (influence.Has(BuyingRoles.Economic) || influence.Degree == InfluenceDegree.High)
            {
                anyInfluenced = true;
                if (known)
                {
                    marks[vertex] |= Marks.Influenced;
                }
                else
                {
                    (influencedUnknown ??= new List<string?>()).Add(influence.PersonId);
                }
            }

            if (known && influence.Roles != BuyingRoles.None)
            {
                marks[vertex] |= Marks.WithRole;
            }
        }

        var opponents = anyEconomic && anyOpponent;
        if (!opponents && !anyInfluenced)
        {
            return (Array.Empty<NearEconomicBuyer>(), Array.Empty<NearEconomicBuyer>());
        }

        // A relationship object is read only for an end that names no party: its kind, strength and date are in the plan's
        // numbering (PartyOrdinals), and so are its ends' ids and whether the one at the start is a person. An account's
        // relationship objects lie far apart in memory: reading one per possible hidden influencer, to look its id up
        // again, was a quarter of the pass.
        var relationships = analysis.Plan.Relationships;
        bool IsEconomic(int vertex, int r, bool atFrom) =>
            vertex >= 0 ? (marks[vertex] & Marks.Economic) != 0 : economicUnknown?.Contains(atFrom ? relationships[r].From : relationships[r].To) == true;
        bool IsOpponent(int vertex, int r, bool atFrom) =>
            vertex >= 0 ? (marks[vertex] & Marks.Opponent) != 0 : opponentUnknown?.Contains(atFrom ? relationships[r].From : relationships[r].To) == true;

        // A find names its parties by the plan's ids (equal to the relationship's), so that the relationship object is read
        // only for an end that names no party.
        var ids = ordinals.Ids;
        var isSeller = ordinals.IsSeller;
        string IdAt(int vertex, int r, bool atFrom) => vertex >= 0 ? ids[vertex] : atFrom ? relationships[r].From : relationships[r].To;

        List<NearEconomicBuyer>? opponentsFound = null;
        List<NearEconomicBuyer>? hiddenFound = null;
        var kinds = ordinals.Kinds;
        for (var r = 0; r < kinds.Length; r++)
        {
            // Every situation has an Economic Buyer or a High-degree influence at one end (the Economic Buyer at the
            // start only for a Knows, either way round): most of an account's relationships are passed over by the numbers
            // of their ends.
            var from = ordinals.From[r];
            var to = ordinals.To[r];
            if (from >= 0 && to >= 0 && (marks[to] & Marks.Influenced) == 0 && (marks[from] & Marks.Economic) == 0)
            {
                continue;
            }

            var kind = kinds[r];
            if (kind == (byte)RelationshipKind.Knows)
            {
                if (!opponents)
                {
                    continue;
                }

                // An opponent close to the Economic Buyer: a Knows of at least 0.5 after decay, either way round.
                var forward = IsOpponent(from, r, atFrom: true) && IsEconomic(to, r, atFrom: false);
                var backward = IsOpponent(to, r, atFrom: false) && IsEconomic(from, r, atFrom: true);
                if ((forward || backward) && analysis.DecayedStrengthAt(r) is var decayed && decayed >= CloseStrength)
                {
                    var fromId = IdAt(from, r, atFrom: true);
                    var toId = IdAt(to, r, atFrom: false);
                    if (forward)
                    {
                        Keep(ref opponentsFound, new NearEconomicBuyer(fromId, toId, RelationshipKind.Knows, decayed));
                    }

                    if (backward)
                    {
                        Keep(ref opponentsFound, new NearEconomicBuyer(toId, fromId, RelationshipKind.Knows, decayed));
                    }
                }

                continue;
            }

            if (kind != (byte)RelationshipKind.Influences)
            {
                continue;
            }

            // An opponent who influences the Economic Buyer, at any strength above 0 after decay.
            var strength = double.NaN;
            if (opponents && IsOpponent(from, r, atFrom: true) && IsEconomic(to, r, atFrom: false))
            {
                strength = analysis.DecayedStrengthAt(r);
                if (strength > 0)
                {
                    Keep(ref opponentsFound, new NearEconomicBuyer(IdAt(from, r, atFrom: true), IdAt(to, r, atFrom: false), RelationshipKind.Influences, strength));
                }
            }

            // A hidden influencer: someone with no role here who influences the Economic Buyer or a High-degree influence
            // at 0.5 or more after decay.
            if (!anyInfluenced)
            {
                continue;
            }

            // Only a person of the plan is a hidden influencer: an id that names no party, or a seller's, is passed over by
            // its number (a seller's id names the seller whatever else shares it, as the plan finds it).
            var toInfluenced = to >= 0 ? (marks[to] & Marks.Influenced) != 0 : influencedUnknown?.Contains(relationships[r].To, StringComparer.Ordinal) == true;
            if (!toInfluenced || from < 0 || isSeller[from] || (marks[from] & Marks.WithRole) != 0)
            {
                continue;
            }

            strength = double.IsNaN(strength) ? analysis.DecayedStrengthAt(r) : strength;
            if (strength >= CloseStrength)
            {
                Keep(ref hiddenFound, new NearEconomicBuyer(ids[from], IdAt(to, r, atFrom: false), RelationshipKind.Influences, strength));
            }
        }

        return (
            ById(opponentsFound),
            ById(hiddenFound));
    }

    /// <summary>
    /// The find of one person in a list <see cref="Find"/> made, or <see langword="null"/>: searched by halves, the list
    /// being in person id order, with no dictionary made per opportunity.
    /// </summary>
    public static NearEconomicBuyer? Of(IReadOnlyList<NearEconomicBuyer> found, string personId)
    {
        var low = 0;
        var high = found.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(found[middle].PersonId, personId);
            if (order == 0)
            {
                return found[middle];
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }

    /// <summary>Marks a party by number, or keeps its id when it names no party of the plan.</summary>
    private static void Mark(Marks[] marks, bool known, int vertex, Marks mark, ref HashSet<string?>? unknown, string? id)
    {
        if (known)
        {
            marks[vertex] |= mark;
        }
        else
        {
            (unknown ??= new HashSet<string?>(StringComparer.Ordinal)).Add(id);
        }
    }

    /// <summary>
    /// Keeps the closest find of each person. An opportunity has a few such people at most: a list searched in full costs
    /// less than a sorted dictionary, and is put in id order once, at the end (<see cref="ById"/>).
    /// </summary>
    private static void Keep(ref List<NearEconomicBuyer>? found, NearEconomicBuyer candidate)
    {
        found ??= new List<NearEconomicBuyer>(2);
        for (var i = 0; i < found.Count; i++)
        {
            if (string.Equals(found[i].PersonId, candidate.PersonId, StringComparison.Ordinal))
            {
                if (Better(candidate, found[i]))
                {
                    found[i] = candidate;
                }

                return;
            }
        }

        found.Add(candidate);
    }

    /// <summary>The people found, in person id order (each person is there once).</summary>
    private static IReadOnlyList<NearEconomicBuyer> ById(List<NearEconomicBuyer>? found)
    {
        if (found is null)
        {
            return Array.Empty<NearEconomicBuyer>();
        }

        found.Sort(static (a, b) => string.CompareOrdinal(a.PersonId, b.PersonId));
        return found;
    }

    [Flags]
    private enum Marks : byte
    {
        None = 0,

        /// <summary>Holds the Economic role in the opportunity.</summary>
        Economic = 1,

        /// <summary>An influence without the Economic role rated at or below <see cref="OpponentRating"/>.</summary>
        Opponent = 2,

        /// <summary>The Economic Buyer or a High-degree influence: whom a hidden influencer influences (every Economic Buyer is marked so too).</summary>
        Influenced = 4,

        /// <summary>Holds a role in the opportunity: never a hidden influencer.</summary>
        WithRole = 8,
    }

    private static bool Better(NearEconomicBuyer a, NearEconomicBuyer b) =>
        a.Strength > b.Strength
        || (a.Strength == b.Strength && (a.Kind == RelationshipKind.Influences && b.Kind != RelationshipKind.Influences
            || (a.Kind == b.Kind && string.CompareOrdinal(a.NearId, b.NearId) < 0)));
}
