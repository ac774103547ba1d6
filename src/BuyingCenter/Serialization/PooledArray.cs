using System;

namespace BuyingCenter.Serialization;

/// <summary>
/// The reader's working buffers (a plan's bytes and characters), rented from the shared pool where the runtime has one
/// (net10.0 pools arrays of any size a plan can have, so reading an 8 MB plan allocates no 8 MB or 16 MB array), plain
/// arrays on netstandard2.0, which has no pool without a package of its own.
/// </summary>
internal static class PooledArray
{
    /// <summary>An array of at least <paramref name="length"/> items; give it back with <see cref="Return{T}"/>.</summary>
    public static T[] Rent<T>(int length)
    {
#if NET
        return System.Buffers.ArrayPool<T>.Shared.Rent(length);
#else
        return new T[length];
#endif
    }

    /// <summary>Clears the first <paramref name="used"/> items (plan text does not linger in a shared pool) and gives the array back.</summary>
    public static void Return<T>(T[] array, int used)
    {
#if NET
        Array.Clear(array, 0, used);
        System.Buffers.ArrayPool<T>.Shared.Return(array);
#endif
    }
}
