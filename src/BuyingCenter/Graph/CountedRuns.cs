namespace BuyingCenter.Graph;

/// <summary>
/// The two steps the graph's builders share when they deal items into runs by counting (<see cref="TravelGraph"/>'s
/// edges, <see cref="ListeningLinks"/>): per-thread arrays grown to fit, and counts turned into where each run starts.
/// </summary>
internal static class CountedRuns
{
    /// <summary><paramref name="kept"/> when it holds <paramref name="length"/> items, else a new array at least twice its size (contents undefined).</summary>
    public static T[] Fit<T>(T[] kept, int length) => kept.Length >= length ? kept : new T[System.Math.Max(length, kept.Length * 2)];

    /// <summary>
    /// Turns the first <paramref name="count"/> run lengths of <paramref name="runs"/> into where each run starts, copied
    /// into <paramref name="filled"/> (the next free place of each run).
    /// </summary>
    /// <returns>The total of the run lengths: where a run after the last would start.</returns>
    public static int Start(int[] runs, int[] filled, int count)
    {
        var at = 0;
        for (var v = 0; v < count; v++)
        {
            var runLength = runs[v];
            runs[v] = at;
            filled[v] = at;
            at += runLength;
        }

        return at;
    }
}
