using System;

namespace BuyingCenter.Graph;

/// <summary>Time decay of a relationship's strength.</summary>
internal sealed class Decay
{
    /// <summary>The most whole days of age whose factor a thread keeps: any relationship last met within the past five years and more.</summary>
    private const int KeptDays = 2048;

    // Per thread, 0.5^(days / half-life) by whole days for the last half-life asked: an account's relationships share few
    // ages, and a portfolio's accounts the same ones, so a power is worked out once per age rather than per relationship.
    // The kept factor is the very double Math.Pow gave for the same arguments; 0 marks an age not worked out yet.
    [ThreadStatic]
    private static Decay? kept;

    private readonly double[] factorByDays = new double[KeptDays];
    private readonly double halfLifeDays;

    private Decay(double halfLifeDays) => this.halfLifeDays = halfLifeDays;

    /// <summary>This thread's decay at <paramref name="halfLifeDays"/>, its factors kept from the last use at the same half-life: read it once per graph, not per relationship.</summary>
    public static Decay Of(double halfLifeDays)
    {
        var decay = kept;
        if (decay is null || decay.halfLifeDays != halfLifeDays)
        {
            decay = kept = new Decay(halfLifeDays);
        }

        return decay;
    }

    /// <summary>strength x 0.5^(days since <paramref name="lastInteraction"/> / <paramref name="halfLifeDays"/>); no date, or a date on or after <paramref name="asOf"/>, means no decay.</summary>
    public static double Apply(double strength, DateTime? lastInteraction, DateTime asOf, double halfLifeDays) =>
        Of(halfLifeDays).Apply(strength, lastInteraction, asOf);

    /// <summary>The day <paramref name="date"/> falls on, counted in whole days from 1 January 0001: ages are differences of these.</summary>
    public static long DayOf(DateTime date) => date.Ticks / TimeSpan.TicksPerDay;

    /// <summary>strength x 0.5^(days since <paramref name="lastInteraction"/> / half-life); no date, or a date on or after <paramref name="asOf"/>, means no decay.</summary>
    public double Apply(double strength, DateTime? lastInteraction, DateTime asOf) => Apply(strength, lastInteraction, DayOf(asOf));

    /// <summary>As the other overload, the as-of date given by its <see cref="DayOf"/>: a graph works it out once, not per relationship.</summary>
    public double Apply(double strength, DateTime? lastInteraction, long asOfDay) => Apply(strength, OptionalDates.Encode(lastInteraction), asOfDay);

    /// <summary>As the other overloads, the last interaction as <see cref="OptionalDates.Encode"/> keeps it (as the plan's <see cref="PartyOrdinals"/> do).</summary>
    public double Apply(double strength, long lastInteraction, long asOfDay)
    {
        if (OptionalDates.IsNone(lastInteraction))
        {
            return strength;
        }

        // The age in whole days, counted in integers: the same number the days between the two midnights make as a
        // double, without working out two midnights and a division per relationship (a tenth of building a graph).
        var days = asOfDay - (OptionalDates.Ticks(lastInteraction) / TimeSpan.TicksPerDay);
        return days <= 0 ? strength : strength * Factor(days);
    }

    /// <summary>0.5^(<paramref name="days"/> / half-life), as <see cref="Math.Pow"/> gives it.</summary>
    private double Factor(long days)
    {
        if (days >= KeptDays)
        {
            return Math.Pow(0.5, days / halfLifeDays);
        }

        var factor = factorByDays[days];
        if (factor == 0)
        {
            factor = factorByDays[days] = Math.Pow(0.5, days / halfLifeDays);
        }

        return factor;
    }
}
