using System.Collections.Generic;

namespace BuyingCenter.Planning;

/// <summary>
/// The plan of one meeting with one person in one opportunity (Conceptual Selling): why it is worth their time,
/// the commitments to aim for, the questions to ask, what to give, what to prepare and the next meeting to set up.
/// </summary>
/// <remarks>Made only by the planner. Immutable and thread-safe.</remarks>
public sealed class MeetingPlan
{
    internal MeetingPlan(
        Account account,
        Opportunity opportunity,
        Approach approach,
        string validBusinessReason,
        MeetingGoal goal,
        IReadOnlyList<MeetingQuestion> questions,
        IReadOnlyList<string> give,
        IReadOnlyList<string> preparation,
        string steppingStone)
    {
        Account = account;
        Opportunity = opportunity;
        Approach = approach;
        ValidBusinessReason = validBusinessReason;
        Goal = goal;
        Questions = questions;
        Give = give;
        Preparation = preparation;
        SteppingStone = steppingStone;
    }

    /// <summary>The account of the plan the meeting was planned from.</summary>
    public Account Account { get; }

    /// <summary>The opportunity.</summary>
    public Opportunity Opportunity { get; }

    /// <summary>The person to meet, the seller who holds the meeting, the companion and the route in.</summary>
    public Approach Approach { get; }

    /// <summary>Why the meeting is worth the person's time, from their role's focus and their win-results.</summary>
    public string ValidBusinessReason { get; }

    /// <summary>What the meeting must achieve: the best action, the minimum acceptable action and the ask.</summary>
    public MeetingGoal Goal { get; }

    /// <summary>The questions, open ones (new information, attitude, basic issue) first, commitment last; each aimed at a gap the plan has.</summary>
    public IReadOnlyList<MeetingQuestion> Questions { get; }

    /// <summary>What to give: reference cases fitting their concern, our strengths, our difference from each competitor.</summary>
    public IReadOnlyList<string> Give { get; }

    /// <summary>What to know before walking in: past meetings and next steps, notes, opposition, new role, reorganisation, stale facts.</summary>
    public IReadOnlyList<string> Preparation { get; }

    /// <summary>The next meeting this one should set up.</summary>
    public string SteppingStone { get; }
}
