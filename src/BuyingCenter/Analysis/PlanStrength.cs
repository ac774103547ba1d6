namespace BuyingCenter.Analysis;

/// <summary>A named strength of one opportunity's plan, the opposite of a <see cref="RedFlag"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PlanStrength
{
    /// <summary>What kind of strength this is.</summary>
    public required StrengthCode Code { get; init; }

    /// <summary>The opportunity the strength belongs to.</summary>
    public required string OpportunityId { get; init; }

    /// <summary>The person the strength concerns, or <see langword="null"/> for the whole opportunity.</summary>
    public string? PersonId { get; init; }

    /// <summary>A sentence in domain words naming the facts.</summary>
    public required string Message { get; init; }
}
