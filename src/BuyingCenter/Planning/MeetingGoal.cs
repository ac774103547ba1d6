using System;

namespace BuyingCenter.Planning;

/// <summary>
/// What a meeting must achieve: the best action commitment (the most this person could realistically
/// commit to) and the minimum acceptable action (the least that keeps the sale moving).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MeetingGoal
{
    /// <summary>The best action commitment: an action by the customer, specific and checkable.</summary>
    public required string BestAction { get; init; }

    /// <summary>The minimum acceptable action: below it, the meeting failed.</summary>
    public required string MinimumAction { get; init; }

    /// <summary>The ask: the best action as the Commitment question, in the words a seller says to the customer.</summary>
    /// <value>Empty only for a goal built by hand without one.</value>
    public string Ask { get; init; } = string.Empty;
}
