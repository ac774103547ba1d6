namespace BuyingCenter.Analysis;

/// <summary>The points one red flag took from an opportunity's coverage score.</summary>
/// <remarks>
/// The deductions of a review sum exactly to 100 - score: each is computed exactly from its pool (see
/// <see cref="OpportunityReview"/>), their total is rounded to a whole score, and the points are then shown to one decimal,
/// apportioned by largest remainder so that they add up to that whole number. Immutable and thread-safe.
/// </remarks>
public sealed record ScoreDeduction
{
    /// <summary>The red flag that cost the points.</summary>
    public required RedFlag Flag { get; init; }

    /// <summary>The points deducted, to one decimal.</summary>
    public required decimal Points { get; init; }
}
