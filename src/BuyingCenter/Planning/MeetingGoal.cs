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
