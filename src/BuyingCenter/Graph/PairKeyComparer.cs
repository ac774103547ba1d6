using System.Collections.Generic;

namespace BuyingCenter.Graph;

/// <summary>
/// Hashes a pair of vertex indices packed into a <see cref="long"/>. <see cref="long.GetHashCode"/> xors the two halves,
/// so every pair (a, b) with the same a ^ b collides: on a 30,000-person account that made building the graph take
/// 45 seconds instead of milliseconds. A multiplicative mix spreads the pairs over the whole hash range.
/// </summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static readonly PairKeyComparer Instance = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long obj)
    {
        unchecked
        {
            var mixed = (ulong)obj * 0x9E3779B97F4A7C15UL;
            return (int)(mixed >> 32) ^ (int)mixed;
        }
    }
}
