namespace BuyingCenter.Planning;

/// <summary>
/// A pair of meeting-goal texts with placeholders, one row of the goal table a consultant can rewrite.
/// Placeholders: <c>{person}</c> (the person's name), <c>{owner}</c> (the owning seller's name),
/// <c>{economicBuyerOwner}</c> (the seller to introduce to the Economic Buyer),
/// <c>{economicBuyer}</c> (the Economic Buyer's name, or "the Economic Buyer" when unknown),
/// <c>{objective}</c> (the Single Sales Objective), <c>{result}</c> (the person's first known business result),
/// <c>{nextOnRoute}</c> (the next person on the admissible route to the Economic Buyer).
/// </summary>
/// <remarks>A plain options class: settable, so that it binds from configuration; every text must be set (the options
/// are validated before the planner first uses them). Not thread-safe while being changed; once set up, many threads may
/// share it.</remarks>
public sealed class MeetingGoalTemplate
{
    /// <summary>The best action commitment, with placeholders.</summary>
    public string BestAction { get; set; } = string.Empty;

    /// <summary>The minimum acceptable action, with placeholders.</summary>
    public string MinimumAction { get; set; } = string.Empty;

    /// <summary>The ask: the best action as a question in the second person, as a seller says it to the customer, with placeholders.</summary>
    public string Ask { get; set; } = string.Empty;
}
