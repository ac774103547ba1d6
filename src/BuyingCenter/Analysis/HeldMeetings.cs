using System;
using System.Linq;

namespace BuyingCenter.Analysis;

/// <summary>The meetings held with one person: the outcomes of the latest two, and whether any ended in a commitment.</summary>
/// <remarks>
/// Meetings are ordered by date; on the same date a meeting that ended in a commitment counts as the later one, so
/// the order of the plan's array never decides whether someone is Stalled.
/// </remarks>
internal readonly struct HeldMeetings
{
    private readonly DateTime latestDate;
    private readonly MeetingOutcome latest;
    private readonly DateTime previousDate;
    private readonly MeetingOutcome previous;
    private readonly int count;

    private HeldMeetings(DateTime latestDate, MeetingOutcome latest, DateTime previousDate, MeetingOutcome previous, int count, bool committedOnce)
    {
        this.latestDate = latestDate;
        this.latest = latest;
        this.previousDate = previousDate;
        this.previous = previous;
        this.count = count;
        CommittedOnce = committedOnce;
    }

    /// <summary>Whether a held meeting with them ended BestAction or MinimumAction.</summary>
    public bool CommittedOnce { get; }

    /// <summary>Whether no meeting with them has been held (planned ones do not count): the person is new to us.</summary>
    public bool None => count == 0;

    /// <summary>Whether the last two held meetings both ended with NoCommitment.</summary>
    public bool Stalled => count >= 2 && latest == MeetingOutcome.NoCommitment && previous == MeetingOutcome.NoCommitment;

    /// <summary>The meetings held with one person by <paramref name="asOf"/>: a meeting still Planned never counts, whatever its date.</summary>
    public static HeldMeetings Of(AccountPlan plan, string personId, DateTime asOf)
    {
        var held = default(HeldMeetings);
        var meetingList = plan.Meetings;
        for (var mIndex = 0; mIndex < meetingList.Count; mIndex++)
        {
            var meeting = meetingList[mIndex];
            if (IsHeld(meeting, asOf) && meeting.PersonIds.Contains(personId))
            {
                held = held.With(meeting);
            }
        }

        return held;
    }

    /// <summary>Whether a meeting counts as held for the person's standing and Stalled: it took place (an outcome) on or before <paramref name="asOf"/>.</summary>
    public static bool IsHeld(Meeting meeting, DateTime asOf) => meeting.Outcome != MeetingOutcome.Planned && meeting.Date.Date <= asOf.Date;

    public HeldMeetings With(Meeting meeting)
    {
        var committed = CommittedOnce || meeting.Outcome is MeetingOutcome.BestAction or MeetingOutcome.MinimumAction;
        if (count == 0 || Later(meeting.Date, meeting.Outcome, latestDate, latest))
        {
            return new HeldMeetings(meeting.Date, meeting.Outcome, latestDate, latest, count + 1, committed);
        }

        return count == 1 || Later(meeting.Date, meeting.Outcome, previousDate, previous)
            ? new HeldMeetings(latestDate, latest, meeting.Date, meeting.Outcome, count + 1, committed)
            : new HeldMeetings(latestDate, latest, previousDate, previous, count + 1, committed);
    }

    private static bool Later(DateTime date, MeetingOutcome outcome, DateTime otherDate, MeetingOutcome otherOutcome) =>
        date > otherDate || (date == otherDate && outcome < otherOutcome);
}
