using System;
using System.Collections.Generic;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// The plan of one meeting with one person in one opportunity (Conceptual Selling): why it is worth their time,
/// the commitments to aim for, the questions to ask, what to give, what to prepare and the next meeting to set up.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MeetingPlan
{
    /// <summary>The opportunity.</summary>
    public required string OpportunityId { get; init; }

    /// <summary>The person to meet.</summary>
    public required string PersonId { get; init; }

    /// <summary>The seller who should hold the meeting, or <see langword="null"/> when the plan has no seller.</summary>
    public string? OwnerId { get; init; }

    /// <summary>The seller of matching level who joins the owner with a senior person (domain.md, section 2), or <see langword="null"/>.</summary>
    public string? CompanionId { get; init; }

    /// <summary>The introduction path from the owner, or <see langword="null"/> when there is none.</summary>
    public IntroductionPath? Path { get; init; }

    /// <summary>Why the meeting is worth the person's time, from their role's focus and their win-results.</summary>
    public required string ValidBusinessReason { get; init; }

    /// <summary>The best action commitment.</summary>
    public required string BestAction { get; init; }

    /// <summary>The minimum acceptable action.</summary>
    public required string MinimumAction { get; init; }

    /// <summary>The ask: the best action as the Commitment question, in the words a seller says to the customer.</summary>
    public string Ask { get; init; } = string.Empty;

    /// <summary>The questions, open ones (new information, attitude, basic issue) first, commitment last; each aimed at a gap the plan has.</summary>
    public required IReadOnlyList<MeetingQuestion> Questions { get; init; }

    /// <summary>What to give: reference cases fitting their concern, our strengths, our difference from each competitor.</summary>
    public required IReadOnlyList<string> Give { get; init; }

    /// <summary>What to know before walking in: past meetings and next steps, notes, opposition, new role, reorganisation, stale facts.</summary>
    public required IReadOnlyList<string> Preparation { get; init; }

    /// <summary>The next meeting this one should set up.</summary>
    public required string SteppingStone { get; init; }
}
