namespace BuyingCenter.Analysis;

/// <summary>The points one red flag took from an opportunity's coverage score.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ScoreDeduction
{
    /// <summary>The red flag that cost the points.</summary>
    public required RedFlag Flag { get; init; }

    /// <summary>The points deducted: the points of the flag's severity in <see cref="AnalysisOptions"/>.</summary>
    public required int Points { get; init; }
}
