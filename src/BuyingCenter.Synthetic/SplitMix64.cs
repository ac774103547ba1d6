namespace BuyingCenter.Synthetic;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny pseudo-random generator made only of 64-bit integer
/// additions, shifts and multiplications, so the same seed gives the same sequence on every platform,
/// runtime and target framework. <see cref="System.Random"/> is not used because its seeded sequence is
/// an implementation detail that .NET has changed before.
/// </summary>
/// <remarks>Not thread-safe: one generator per plan being generated.</remarks>
internal sealed class SplitMix64
{
    private ulong state;

    public SplitMix64(long seed)
    {
        state = unchecked((ulong)seed);
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A number in [0, <paramref name="maxExclusive"/>); 0 when the range is empty.</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 1)
        {
            return 0;
        }

        // Multiply-shift on the top 32 bits: the bias is below 2^-32 for any int range, far under what a synthetic plan can show.
        return (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Next(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>A number in [0, 1) with 53 random bits, exact in IEEE 754 doubles on every platform.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Whether an event of probability <paramref name="probability"/> happens.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>One item of <paramref name="items"/>, uniformly.</summary>
    public T Pick<T>(T[] items) => items[Next(items.Length)];

    /// <summary>A seed for an independent stream, so a portfolio's accounts do not share sequences.</summary>
    public static long Derive(long seed, long index)
    {
        var mixer = new SplitMix64(unchecked(seed ^ (index * 0x2545F4914F6CDD1DL)));
        mixer.NextUInt64();
        return unchecked((long)mixer.NextUInt64());
    }
}
