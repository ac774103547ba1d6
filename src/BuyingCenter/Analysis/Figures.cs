using System;
using System.Globalization;

namespace BuyingCenter.Analysis;

/// <summary>
/// How a figure compared with a threshold is written (domain.md, section 2): to two decimals, never rounded across the
/// threshold. 0.4985 against 0.50 is written 0.49, never "0.50, below 0.50"; 0.5 is written 0.50.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class Figures
{
    /// <summary>Writes <paramref name="value"/> to two decimals on the same side of <paramref name="threshold"/> as the value itself.</summary>
    /// <param name="value">The figure (a strength, a coverage).</param>
    /// <param name="threshold">The threshold it is compared with.</param>
    /// <returns>"0.49" for 0.4985 against 0.5; "0.73" for 0.7349 against 0.5.</returns>
    public static string AgainstThreshold(double value, double threshold)
    {
        var shown = Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero);
        if (value < threshold && shown >= Math.Round((decimal)threshold, 2, MidpointRounding.AwayFromZero))
        {
            // Below the threshold: cut, do not round up onto it.
            shown = Math.Floor((decimal)value * 100) / 100;
        }

        return shown.ToString("0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>Writes a threshold to two decimals ("0.50").</summary>
    /// <param name="threshold">The threshold.</param>
    /// <returns>The threshold, rounded to two decimals.</returns>
    public static string Threshold(double threshold) =>
        Math.Round((decimal)threshold, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
}
