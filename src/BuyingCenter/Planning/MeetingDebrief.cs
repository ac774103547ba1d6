using System;
using System.Collections.Generic;

namespace BuyingCenter.Planning;

/// <summary>
/// What a meeting that took place taught us, to record with <see cref="Planner.Debrief(AccountPlan, MeetingDebrief)"/>:
/// the commitment obtained, the agreed next step, and what was learned about the person.
/// Facts left <see langword="null"/> are not changed.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MeetingDebrief
{
    /// <summary>
    /// The opportunity the meeting was about, or <see langword="null"/>: then the one opportunity the person
    /// is an influence in (or the plan's only opportunity) is used; when there is none, the meeting is recorded
    /// at account level.
    /// </summary>
    public string? OpportunityId { get; init; }

    /// <summary>The person met (never a seller).</summary>
    public required string PersonId { get; init; }

    /// <summary>
    /// The seller who held the meeting, or <see langword="null"/>: then the plan's only seller, or else the seller
    /// with the strongest Knows relationship to the person.
    /// </summary>
    public string? SellerId { get; init; }

    /// <summary>The day the meeting took place.</summary>
    public required DateTime Date { get; init; }

    /// <summary>What the meeting achieved; never <see cref="MeetingOutcome.Planned"/>.</summary>
    public required MeetingOutcome Outcome { get; init; }

    /// <summary>The best action commitment aimed for, or <see langword="null"/>.</summary>
    public string? BestAction { get; init; }

    /// <summary>The minimum acceptable action aimed for, or <see langword="null"/>.</summary>
    public string? MinimumAction { get; init; }

    /// <summary>The agreed next step, or <see langword="null"/>.</summary>
    public string? NextStep { get; init; }

    /// <summary>The response mode learned, or <see langword="null"/> to leave it as it is.</summary>
    public ResponseMode? Mode { get; init; }

    /// <summary>The rating learned (-5..+5), or <see langword="null"/> to leave it as it is.</summary>
    public int? Rating { get; init; }

    /// <summary>What was learned, in free text, or <see langword="null"/>.</summary>
    public string? Notes { get; init; }

    /// <summary>The win-results learned, replacing the recorded ones, or <see langword="null"/> to leave them as they are.</summary>
    public IReadOnlyList<WinResult>? WinResults { get; init; }

    /// <summary>Whether <paramref name="other"/> has the same values, win-results compared element by element.</summary>
    /// <param name="other">Another debrief, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(MeetingDebrief? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && OpportunityId == other.OpportunityId
            && PersonId == other.PersonId
            && SellerId == other.SellerId
            && Date == other.Date
            && Outcome == other.Outcome
            && BestAction == other.BestAction
            && MinimumAction == other.MinimumAction
            && NextStep == other.NextStep
            && Mode == other.Mode
            && Rating == other.Rating
            && Notes == other.Notes
            && ValueEquality.ListsEqual(WinResults, other.WinResults));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = ValueEquality.Combine(ValueEquality.Hash(OpportunityId), ValueEquality.Hash(PersonId));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(SellerId));
        hash = ValueEquality.Combine(hash, Date.GetHashCode());
        hash = ValueEquality.Combine(hash, (int)Outcome);
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(BestAction));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(MinimumAction));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(NextStep));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(Mode));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(Rating));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(Notes));
        return ValueEquality.Combine(hash, ValueEquality.ListHash(WinResults));
    }
}
