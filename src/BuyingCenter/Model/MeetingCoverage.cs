using System;

namespace BuyingCenter;

/// <summary>
/// What a meeting that took place does to the relationship between a seller present and a person met
/// (methodology, "Debriefs: the plan learns"): a first meeting creates a Knows edge at the coverage threshold (0.5)
/// for NoCommitment and above it for a won action (0.6 MinimumAction, 0.7 BestAction); a later meeting moves the
/// existing edge by +0.15 (BestAction), +0.05 (MinimumAction) or -0.05 (NoCommitment), within [0.25, 1], and sets
/// its last interaction to the meeting's date, never back in time.
/// </summary>
internal static class MeetingCoverage
{
    public const double Floor = 0.25;

    public static Relationship FirstMeeting(string sellerId, string personId, MeetingOutcome outcome, DateTime date) => new()
    {
        From = sellerId,
        Kind = RelationshipKind.Knows,
        To = personId,
        Strength = outcome switch
        {
            MeetingOutcome.BestAction => 0.7,
            MeetingOutcome.MinimumAction => 0.6,
            _ => Relationship.DefaultStrength,
        },
        LastInteraction = date.Date,
    };

    public static Relationship LaterMeeting(Relationship existing, MeetingOutcome outcome, DateTime date)
    {
        var delta = outcome switch
        {
            MeetingOutcome.BestAction => 0.15,
            MeetingOutcome.MinimumAction => 0.05,
            _ => -0.05,
        };

        // Within [0.25, 1]; the floor never raises an edge that was weaker than it before a meeting without commitment.
        var strength = Math.Round(existing.Strength + delta, 6);
        strength = delta < 0 ? Math.Max(strength, Math.Min(existing.Strength, Floor)) : Math.Min(strength, 1);
        var last = existing.LastInteraction is { } previous && previous > date.Date ? previous : date.Date;
        return existing with { Strength = strength, LastInteraction = last };
    }
}
