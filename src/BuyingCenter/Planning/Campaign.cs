using System;
using System.Collections.Generic;

namespace BuyingCenter.Planning;

/// <summary>
/// The next meetings toward the Economic Buyer's approval, each simulated forward on the assumption that
/// the previous best actions were won, so each meeting's goal sets up the next.
/// </summary>
/// <remarks>Made only by the planner. Immutable and thread-safe.</remarks>
public sealed class Campaign
{
    internal Campaign(Account account, Opportunity opportunity, DateTime asOf, IReadOnlyList<CampaignStep> steps, IReadOnlyList<string> assumptions)
    {
        Account = account;
        Opportunity = opportunity;
        AsOf = asOf;
        Steps = steps;
        Assumptions = assumptions;
    }

    /// <summary>The account of the plan the campaign was planned from.</summary>
    public Account Account { get; }

    /// <summary>The opportunity, as the plan given to the planner has it.</summary>
    public Opportunity Opportunity { get; }

    /// <summary>The day the campaign starts from.</summary>
    public DateTime AsOf { get; }

    /// <summary>The meetings in order; fewer than asked for when the Economic Buyer's approval is reached earlier or no one is left to meet.</summary>
    public IReadOnlyList<CampaignStep> Steps { get; }

    /// <summary>What the simulation assumed, in sentences (for example, who the Economic Buyer is when the plan does not say).</summary>
    public IReadOnlyList<string> Assumptions { get; }
}

/// <summary>One meeting of a <see cref="Campaign"/>.</summary>
/// <remarks>Made only by the planner. Immutable and thread-safe.</remarks>
public sealed class CampaignStep
{
    internal CampaignStep(int step, Approach approach, MeetingGoal goal, string steppingStone, DateTime date)
    {
        Step = step;
        Approach = approach;
        Goal = goal;
        SteppingStone = steppingStone;
        Date = date;
    }

    /// <summary>The step number, from 1.</summary>
    public int Step { get; }

    /// <summary>
    /// The person to meet, the seller who holds the meeting, the companion and the route in, as the simulated plan stands
    /// before this meeting. The person and sellers are those of the plan given to the planner; the route's introducers
    /// may include relationships the earlier steps are assumed to have won.
    /// </summary>
    public Approach Approach { get; }

    /// <summary>What the meeting must achieve (its best action is assumed won for the next steps).</summary>
    public MeetingGoal Goal { get; }

    /// <summary>The next meeting this one sets up.</summary>
    public string SteppingStone { get; }

    /// <summary>The planned day: the campaign's start plus the step number times the interval.</summary>
    public DateTime Date { get; }
}
