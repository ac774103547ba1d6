namespace BuyingCenter.Analysis;

/// <summary>The points one red flag took from an opportunity's coverage score.</summary>
/// <remarks>
/// The deductions of a review sum exactly to 100 - score: each is computed exactly from its pool (see
/// <see cref="OpportunityReview"/>), their total is rounded to a whole score, and the points are then shown to one decimal,
/// apportioned by largest remainder so that they add up to that whole number. Made only by the review.
/// Immutable and thread-safe; two deductions are equal only when they are the same deduction.
/// </remarks>
public sealed class ScoreDeduction
{
    internal ScoreDeduction(RedFlag flag, decimal points)
    {
        Flag = flag;
        Points = points;
    }

    /// <summary>The red flag that cost the points; its <see cref="RedFlag.Person"/> is the person they are charged to (<see langword="null"/> for the whole opportunity).</summary>
    public RedFlag Flag { get; }

    /// <summary>The points deducted, to one decimal.</summary>
    public decimal Points { get; }
}
