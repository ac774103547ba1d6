using System;

namespace BuyingCenter.Graph;

/// <summary>Time decay of a relationship's strength.</summary>
internal static class Decay
{
    /// <summary>The most whole days of age whose factor a thread keeps: any relationship last met within the past five years and more.</summary>
    private const int KeptDays = 2048;

    // Per thread, 0.5^(days / half-life) by whole days for the last half-life asked: an account's relationships share few
    // ages, and a portfolio's accounts the same ones, so a power is worked out once per age rather than per relationship.
    // The cached factor is the very double Math.Pow gave for the same arguments; 0 marks an age not worked out yet.
    [ThreadStatic]
    private static double[]? factorByDays;
    [ThreadStatic]
    private static double factorHalfLife;

    /// <summary>strength x 0.5^(days since <paramref name="lastInteraction"/> / <paramref name="halfLifeDays"/>); no date, or a date on or after <paramref name="asOf"/>, means no decay.</summary>
    public static double Apply(double strength, DateTime? lastInteraction, DateTime asOf, double halfLifeDays)
    {
        if (lastInteraction is not { } last)
        {
            return strength;
        }

        // Both are midnights, so the age is a whole number of days, exactly.
        var days = (asOf.Date - last.Date).TotalDays;
        return days <= 0 ? strength : strength * Factor(days, halfLifeDays);
    }

    /// <summary>0.5^(<paramref name="days"/> / <paramref name="halfLifeDays"/>), as <see cref="Math.Pow"/> gives it.</summary>
    internal static double Factor(double days, double halfLifeDays)
    {
        if (!(days < KeptDays) || (int)days != days)
        {
            return Math.Pow(0.5, days / halfLifeDays);
        }

        var at = (int)days;

        var factors = factorByDays;
        if (factors is null || factorHalfLife != halfLifeDays)
        {
            factors = factorByDays = new double[KeptDays];
            factorHalfLife = halfLifeDays;
        }

        var factor = factors[at];
        if (factor == 0)
        {
            factor = factors[at] = Math.Pow(0.5, days / halfLifeDays);
        }

        return factor;
    }
}
