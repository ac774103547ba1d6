namespace BuyingCenter.Analysis;

/// <summary>A named, explainable risk in one opportunity: its code, severity, the person it concerns and a sentence naming the facts.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RedFlag
{
    /// <summary>What kind of risk this is.</summary>
    public required RedFlagCode Code { get; init; }

    /// <summary>How serious the risk is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The opportunity the risk concerns.</summary>
    public required string OpportunityId { get; init; }

    /// <summary>The person the risk concerns, or <see langword="null"/> for a flag on the whole opportunity.</summary>
    public string? PersonId { get; init; }

    /// <summary>A sentence in domain words naming the facts ("Dana Lee (Economic) has coverage 0.18 from Ana Ruiz, below the 0.50 threshold").</summary>
    public required string Message { get; init; }
}
