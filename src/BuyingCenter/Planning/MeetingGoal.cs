using System;

namespace BuyingCenter.Planning;

/// <summary>
/// What a meeting must achieve: the best action commitment (the most this person could realistically
/// commit to) and the minimum acceptable action (the least that keeps the sale moving).
/// </summary>
/// <remarks>Made only by the planner. Immutable and thread-safe.</remarks>
public sealed class MeetingGoal
{
    internal MeetingGoal(string bestAction, string minimumAction, string ask)
    {
        BestAction = bestAction;
        MinimumAction = minimumAction;
        Ask = ask;
    }

    /// <summary>The best action commitment: an action by the customer, specific and checkable.</summary>
    public string BestAction { get; }

    /// <summary>The minimum acceptable action: below it, the meeting failed.</summary>
    public string MinimumAction { get; }

    /// <summary>The ask: the best action as the Commitment question, in the words a seller says to the customer.</summary>
    public string Ask { get; }
}

/// <summary>
/// A pair of meeting-goal texts with placeholders, one row of the goal table a consultant can rewrite.
/// Placeholders: <c>{person}</c> (the person's name), <c>{owner}</c> (the owning seller's name),
/// <c>{economicBuyerOwner}</c> (the seller to introduce to the Economic Buyer),
/// <c>{economicBuyer}</c> (the Economic Buyer's name, or "the Economic Buyer" when unknown),
/// <c>{objective}</c> (the Single Sales Objective), <c>{result}</c> (the person's first known business result),
/// <c>{nextOnRoute}</c> (the next person on the admissible route to the Economic Buyer).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MeetingGoalTemplate
{
    /// <summary>The best action commitment, with placeholders.</summary>
    public required string BestAction { get; init; }

    /// <summary>The minimum acceptable action, with placeholders.</summary>
    public required string MinimumAction { get; init; }

    /// <summary>The ask: the best action as a question in the second person, as a seller says it to the customer, with placeholders.</summary>
    /// <value>Required in practice: the planner refuses a template without one.</value>
    public string Ask { get; init; } = string.Empty;
}
