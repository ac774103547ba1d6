namespace BuyingCenter.Analysis;

/// <summary>The points one red flag took from an opportunity's coverage score.</summary>
/// <remarks>
/// The deductions of a review sum exactly to 100 - score: each is computed exactly from its pool (see
/// <see cref="OpportunityReview"/>), their total is rounded to a whole score, and the points are then shown to one decimal,
/// apportioned by largest remainder so that they add up to that whole number. Made only by the review.
/// Immutable and thread-safe; two deductions are equal only when they are the same deduction.
/// The points are kept by the flag: a review and a portfolio row keep their charged flags and make the deductions when
/// first read (<see cref="Of"/>), so the thousands of rows of a portfolio do not keep an object per deduction.
/// </remarks>
public sealed class ScoreDeduction
{
    private ScoreDeduction(RedFlag flag)
    {
        Flag = flag;
    }

    /// <summary>The red flag that cost the points; its <see cref="RedFlag.Person"/> is the person they are charged to (<see langword="null"/> for the whole opportunity).</summary>
    public RedFlag Flag { get; }

    /// <summary>The points deducted, to one decimal.</summary>
    public decimal Points => Flag.ChargedTenths / 10m;

    /// <summary>The deductions of flags that were charged points (<see cref="RedFlag.ChargedTenths"/>), in their order.</summary>
    internal static ScoreDeduction[] Of(RedFlag[] charged)
    {
        var deductions = new ScoreDeduction[charged.Length];
        for (var i = 0; i < charged.Length; i++)
        {
            deductions[i] = new ScoreDeduction(charged[i]);
        }

        return deductions;
    }
}
