using System;
using System.Collections.Generic;
using System.Threading;
using BuyingCenter.Graph;

namespace BuyingCenter;

/// <summary>
/// A plan's parties numbered once, when the plan is made: every seller and person id in ordinal order (the order the
/// account graph numbers its vertices in, so that every result is the same whatever the order of the plan's arrays),
/// and each relationship's two ends as positions in it. An analysis then reads numbers instead of looking up two strings
/// per relationship, which on a large account was an eighth of a review and grew faster than the account.
/// </summary>
/// <remarks>
/// <para>
/// Made for every plan, valid or not: an id that is missing gives no position, and an end that names no one is -1.
/// Between equal ids (a plan with duplicates, which the validator reports) the later position is the one looked up.
/// </para>
/// <para>
/// Who is a seller, each party's level and each relationship's kind, strength as written and last interaction are kept
/// here too, side by side in arrays: the account graph reads them for every plan of a portfolio, and a few KB of arrays
/// read in order cost less than looking every party's id up again and reading some 200 relationship objects spread over
/// the heap, each through the plan's list. The relationships' kinds, strengths and dates are laid out when first read
/// (by the first analysis), not when the plan is made: reading and validating a plan never reads them, and for a
/// 100,000-relationship plan they are 1.7 MB that a read made and dropped.
/// </para>
/// </remarks>
internal sealed class PartyOrdinals
{
    /// <summary>What <see cref="Kinds"/> holds for a relationship whose kind is none of <see cref="RelationshipKind"/>'s.</summary>
    public const byte NoKind = byte.MaxValue;

    private readonly IReadOnlyList<Relationship> relationships;

    // Laid out on first read (see Facts); null until then.
    private RelationshipFacts? facts;

    public PartyOrdinals(IReadOnlyList<Seller> sellers, IReadOnlyList<Person> people, IReadOnlyList<Relationship> relationships, IReadOnlyList<Meeting> meetings)
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

        // Who is a seller and each party's level, as the graph reads them: a seller's id names a seller whatever else
        // shares it, and between equal ids the first with a level gives it (sellers before people).
        IsSeller = new bool[count];
        Levels = new int[count];
        for (var i = 0; i < count; i++)
        {
            Levels[i] = int.MinValue;
        }

        var sellerVertices = new List<int>(sellers.Count);
        foreach (var seller in sellers)
        {
            if (seller.Id is not null && Index.TryGetValue(seller.Id, out var vertex) && !IsSeller[vertex])
            {
                IsSeller[vertex] = true;
                sellerVertices.Add(vertex);
                Levels[vertex] = seller.Level ?? int.MinValue;
            }
        }

        foreach (var person in people)
        {
            if (person.Id is not null && Index.TryGetValue(person.Id, out var vertex) && !IsSeller[vertex] && Levels[vertex] == int.MinValue)
            {
                Levels[vertex] = person.Level ?? int.MinValue;
            }
        }

        sellerVertices.Sort();
        Sellers = sellerVertices.ToArray();

        this.relationships = relationships;
        var relationshipCount = relationships.Count;
        From = new int[relationshipCount];
        To = new int[relationshipCount];
        for (var i = 0; i < relationshipCount; i++)
        {
            var relationship = relationships[i];
            From[i] = PositionOf(relationship.From);
            To[i] = PositionOf(relationship.To);
        }

        // Each meeting's people as positions, with its date and from when it is on record: an analysis marks everyone's
        // last meeting from these, where it looked each attendee's id up again in every analysis (a few per account, each
        // a read of a cold meeting, its list and the id's characters to hash).
        var meetingCount = meetings.Count;
        var attendeeCount = 0;
        for (var m = 0; m < meetingCount; m++)
        {
            attendeeCount += meetings[m].PersonIds?.Count ?? 0;
        }

        Meetings = meetingCount == 0 ? Array.Empty<MeetingAttendance>() : new MeetingAttendance[meetingCount];
        Attendees = attendeeCount == 0 ? Array.Empty<int>() : new int[attendeeCount];
        var attendee = 0;
        for (var m = 0; m < meetingCount; m++)
        {
            var meeting = meetings[m];
            Meetings[m] = new MeetingAttendance(meeting, attendee);
            if (meeting.PersonIds is { } personIds)
            {
                for (var p = 0; p < personIds.Count; p++)
                {
                    Attendees[attendee++] = PositionOf(personIds[p]);
                }
            }
        }
    }

    /// <summary>Every seller and person id, in ordinal order; read-only.</summary>
    public string[] Ids { get; }

    /// <summary>Each id's position in <see cref="Ids"/>; read-only.</summary>
    public Dictionary<string, int> Index { get; }

    /// <summary>Per position, whether it is one of our sellers; read-only.</summary>
    public bool[] IsSeller { get; }

    /// <summary>Per position, the party's level, <see cref="int.MinValue"/> when unknown; read-only.</summary>
    public int[] Levels { get; }

    /// <summary>The sellers' positions, ascending; read-only.</summary>
    public int[] Sellers { get; }

    /// <summary>The position of each relationship's From party (in plan order), or -1 when it names no one; read-only.</summary>
    public int[] From { get; }

    /// <summary>The position of each relationship's To party (in plan order), or -1 when it names no one; read-only.</summary>
    public int[] To { get; }

    /// <summary>Each meeting (in plan order): its date, from when it is on record, and where its people start in <see cref="Attendees"/>; read-only.</summary>
    public MeetingAttendance[] Meetings { get; }

    /// <summary>
    /// The position of each meeting's people, meeting after meeting (a meeting's run from its <see cref="MeetingAttendance.FirstAttendee"/>
    /// to the next meeting's), or -1 for an id that names no one; read-only.
    /// </summary>
    public int[] Attendees { get; }

    /// <summary>
    /// The kind of each relationship (in plan order) as a byte, or <see cref="NoKind"/> for a value no kind has (a plan
    /// made unvalidated): cast to <see cref="RelationshipKind"/>, that is no kind either; read-only.
    /// </summary>
    public byte[] Kinds => Facts.Kinds;

    /// <summary>The strength of each relationship (in plan order) as written, before decay; read-only.</summary>
    public double[] Strengths => Facts.Strengths;

    /// <summary>The last interaction of each relationship (in plan order), as <see cref="OptionalDates.Encode"/> keeps it; read-only.</summary>
    public long[] LastInteractions => Facts.LastInteractions;

    /// <summary>
    /// The relationships' kinds, strengths and dates, laid out on first read and kept. Two threads reading first at once
    /// may both lay them out, the same arrays from the same immutable relationships; the first kept is read from then on.
    /// </summary>
    private RelationshipFacts Facts
    {
        get
        {
            if (Volatile.Read(ref facts) is { } known)
            {
                return known;
            }

            var made = new RelationshipFacts(relationships);
            return Interlocked.CompareExchange(ref facts, made, null) ?? made;
        }
    }

    private int PositionOf(string? id) => id is not null && Index.TryGetValue(id, out var position) ? position : -1;

    private sealed class RelationshipFacts
    {
        public RelationshipFacts(IReadOnlyList<Relationship> relationships)
        {
            var count = relationships.Count;
            Kinds = new byte[count];
            Strengths = new double[count];
            LastInteractions = new long[count];
            for (var i = 0; i < count; i++)
            {
                var relationship = relationships[i];
                Kinds[i] = relationship.Kind is >= RelationshipKind.ReportsTo and <= RelationshipKind.Opposes ? (byte)relationship.Kind : NoKind;
                Strengths[i] = relationship.Strength;
                LastInteractions[i] = OptionalDates.Encode(relationship.LastInteraction);
            }
        }

        public byte[] Kinds { get; }

        public double[] Strengths { get; }

        public long[] LastInteractions { get; }
    }
}

/// <summary>A meeting as an analysis reads it to find everyone's last meeting (see <see cref="PartyOrdinals.Meetings"/>).</summary>
internal readonly struct MeetingAttendance
{
    public MeetingAttendance(Meeting meeting, int firstAttendee)
    {
        Date = meeting.Date;
        // Held (an outcome recorded): on record whatever the day; planned: from its day on (see AccountAnalysis.IsOnRecord).
        OnRecordFromTicks = meeting.Outcome != MeetingOutcome.Planned ? long.MinValue : meeting.Date.Date.Ticks;
        FirstAttendee = firstAttendee;
    }

    /// <summary>The meeting's date, as the plan gives it.</summary>
    public DateTime Date { get; }

    /// <summary>The first day (in ticks) on which the meeting is on record: <see cref="long.MinValue"/> for one held.</summary>
    public long OnRecordFromTicks { get; }

    /// <summary>Where the meeting's people start in <see cref="PartyOrdinals.Attendees"/>.</summary>
    public int FirstAttendee { get; }
}
