using System;
using System.Collections.Generic;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// The next meetings toward the Economic Buyer's approval, each simulated forward on the assumption that
/// the previous best actions were won, so each meeting's goal sets up the next.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Campaign
{
    /// <summary>The opportunity.</summary>
    public required string OpportunityId { get; init; }

    /// <summary>The day the campaign starts from.</summary>
    public required DateTime AsOf { get; init; }

    /// <summary>The meetings in order; fewer than asked for when the Economic Buyer's approval is reached earlier or no one is left to meet.</summary>
    public required IReadOnlyList<CampaignStep> Steps { get; init; }

    /// <summary>What the simulation assumed, in sentences (for example, who the Economic Buyer is when the plan does not say).</summary>
    public required IReadOnlyList<string> Assumptions { get; init; }
}

/// <summary>One meeting of a <see cref="Campaign"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CampaignStep
{
    /// <summary>The step number, from 1.</summary>
    public required int Step { get; init; }

    /// <summary>The person to meet.</summary>
    public required string PersonId { get; init; }

    /// <summary>The seller who holds the meeting, or <see langword="null"/> when the plan has no seller.</summary>
    public string? OwnerId { get; init; }

    /// <summary>The seller of matching level who joins the owner with a senior person (domain.md, section 2), or <see langword="null"/>.</summary>
    public string? CompanionId { get; init; }

    /// <summary>The introduction path from the owner as the simulated plan stands before this meeting, or <see langword="null"/>.</summary>
    public IntroductionPath? Path { get; init; }

    /// <summary>The best action commitment (assumed won for the next steps).</summary>
    public required string BestAction { get; init; }

    /// <summary>The minimum acceptable action.</summary>
    public required string MinimumAction { get; init; }

    /// <summary>The ask: the best action as the Commitment question, in the words a seller says to the customer.</summary>
    public string Ask { get; init; } = string.Empty;

    /// <summary>The next meeting this one sets up.</summary>
    public required string SteppingStone { get; init; }

    /// <summary>The planned day: the campaign's start plus the step number times the interval.</summary>
    public required DateTime Date { get; init; }
}
