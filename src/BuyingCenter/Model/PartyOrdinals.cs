using System;
using System.Collections.Generic;

namespace BuyingCenter;

/// <summary>
/// A plan's parties numbered once, when the plan is made: every seller and person id in ordinal order (the order the
/// account graph numbers its vertices in, so that every result is the same whatever the order of the plan's arrays),
/// and each relationship's two ends as positions in it. An analysis then reads numbers instead of looking up two strings
/// per relationship, which on a large account was an eighth of a review and grew faster than the account.
/// </summary>
/// <remarks>
/// Made for every plan, valid or not: an id that is missing gives no position, and an end that names no one is -1.
/// Between equal ids (a plan with duplicates, which the validator reports) the later position is the one looked up.
/// </remarks>
internal sealed class PartyOrdinals
{
    public PartyOrdinals(IReadOnlyList<Seller> sellers, IReadOnlyList<Person> people, IReadOnlyList<Relationship> relationships)
    {
        var count = 0;
        foreach (var seller in sellers)
        {
            count += seller.Id is null ? 0 : 1;
        }

        foreach (var person in people)
        {
            count += person.Id is null ? 0 : 1;
        }

        Ids = new string[count];
        var at = 0;
        foreach (var seller in sellers)
        {
            if (seller.Id is not null)
            {
                Ids[at++] = seller.Id;
            }
        }

        foreach (var person in people)
        {
            if (person.Id is not null)
            {
                Ids[at++] = person.Id;
            }
        }

        Array.Sort(Ids, StringComparer.Ordinal);
        Index = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            Index[Ids[i]] = i;
        }

        From = new int[relationships.Count];
        To = new int[relationships.Count];
        for (var i = 0; i < relationships.Count; i++)
        {
            From[i] = PositionOf(relationships[i].From);
            To[i] = PositionOf(relationships[i].To);
        }
    }

    /// <summary>Every seller and person id, in ordinal order; read-only.</summary>
    public string[] Ids { get; }

    /// <summary>Each id's position in <see cref="Ids"/>; read-only.</summary>
    public Dictionary<string, int> Index { get; }

    /// <summary>The position of each relationship's From party (in plan order), or -1 when it names no one; read-only.</summary>
    public int[] From { get; }

    /// <summary>The position of each relationship's To party (in plan order), or -1 when it names no one; read-only.</summary>
    public int[] To { get; }

    private int PositionOf(string? id) => id is not null && Index.TryGetValue(id, out var position) ? position : -1;
}
