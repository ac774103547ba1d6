using System;
using System.Collections.Generic;

namespace BuyingCenter;

/// <summary>A past or planned conversation: who, when, the commitments aimed for and the one obtained.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Meeting
{
    /// <summary>The meeting id, or <see langword="null"/>.</summary>
    public string? Id { get; init; }

    /// <summary>The day of the meeting.</summary>
    public required DateTime Date { get; init; }

    /// <summary>The opportunity the meeting was about, or <see langword="null"/> for an account-level meeting.</summary>
    public string? OpportunityId { get; init; }

    /// <summary>The ids of our sellers who took part.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<string> SellerIds { get; init; } = Array.Empty<string>();

    /// <summary>The ids of the customer's people who took part.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<string> PersonIds { get; init; } = Array.Empty<string>();

    /// <summary>The best action commitment aimed for, or <see langword="null"/>.</summary>
    public string? BestAction { get; init; }

    /// <summary>The minimum acceptable action, or <see langword="null"/>.</summary>
    public string? MinimumAction { get; init; }

    /// <summary>What the meeting achieved.</summary>
    /// <value><see cref="MeetingOutcome.Planned"/> by default.</value>
    public MeetingOutcome Outcome { get; init; }

    /// <summary>The agreed next step, or <see langword="null"/>.</summary>
    public string? NextStep { get; init; }

    /// <summary>Free-text notes: what was learned.</summary>
    public string? Notes { get; init; }

    /// <summary>Properties from the plan file that this format version does not define, kept unchanged.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<ExtensionProperty> Extensions { get; init; } = Array.Empty<ExtensionProperty>();

    /// <summary>Whether the meeting has taken place (any outcome but <see cref="MeetingOutcome.Planned"/>).</summary>
    public bool HasTakenPlace => Outcome != MeetingOutcome.Planned;

    /// <summary>Whether <paramref name="other"/> has the same values, participants and extensions compared element by element.</summary>
    /// <param name="other">Another meeting, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(Meeting? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && Date == other.Date
            && OpportunityId == other.OpportunityId
            && ValueEquality.ListsEqual(SellerIds, other.SellerIds)
            && ValueEquality.ListsEqual(PersonIds, other.PersonIds)
            && BestAction == other.BestAction
            && MinimumAction == other.MinimumAction
            && Outcome == other.Outcome
            && NextStep == other.NextStep
            && Notes == other.Notes
            && ValueEquality.ListsEqual(Extensions, other.Extensions));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = ValueEquality.Combine(ValueEquality.Hash(Id), Date.GetHashCode());
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(OpportunityId));
        hash = ValueEquality.Combine(hash, ValueEquality.ListHash(SellerIds));
        hash = ValueEquality.Combine(hash, ValueEquality.ListHash(PersonIds));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(BestAction));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(MinimumAction));
        hash = ValueEquality.Combine(hash, (int)Outcome);
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(NextStep));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(Notes));
        return ValueEquality.Combine(hash, ValueEquality.ListHash(Extensions));
    }
}
