using System;

namespace BuyingCenter.Graph;

/// <summary>Time decay of a relationship's strength.</summary>
internal static class Decay
{
    /// <summary>strength x 0.5^(days since <paramref name="lastInteraction"/> / <paramref name="halfLifeDays"/>); no date, or a date on or after <paramref name="asOf"/>, means no decay.</summary>
    public static double Apply(double strength, DateTime? lastInteraction, DateTime asOf, double halfLifeDays)
    {
        if (lastInteraction is not { } last)
        {
            return strength;
        }

        var days = (asOf.Date - last.Date).TotalDays;
        return days <= 0 ? strength : strength * Math.Pow(0.5, days / halfLifeDays);
    }
}
