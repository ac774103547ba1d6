using System.Collections.Generic;

namespace BuyingCenter;

/// <summary>
/// The value equality of the model's records: lists compared element by element (the compiler's record equality
/// compares them by reference, so the same plan read twice would not be equal), and hash codes combined to agree with it.
/// </summary>
internal static class ValueEquality
{
    /// <summary>Whether two lists hold equal elements in the same order; two <see langword="null"/> lists are equal.</summary>
    public static bool ListsEqual<T>(IReadOnlyList<T>? x, IReadOnlyList<T>? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Count != y.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < x.Count; i++)
        {
            if (!comparer.Equals(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash code of the elements, in order, that agrees with <see cref="ListsEqual{T}"/>; 0 for <see langword="null"/>.</summary>
    public static int ListHash<T>(IReadOnlyList<T>? list)
    {
        if (list is null)
        {
            return 0;
        }

        var comparer = EqualityComparer<T>.Default;
        var hash = list.Count;
        for (var i = 0; i < list.Count; i++)
        {
            hash = Combine(hash, list[i] is { } item ? comparer.GetHashCode(item) : 0);
        }

        return hash;
    }

    /// <summary>The hash code of a field, 0 for <see langword="null"/>, as <see cref="EqualityComparer{T}.Default"/> compares it.</summary>
    public static int Hash<T>(T value) => value is null ? 0 : EqualityComparer<T>.Default.GetHashCode(value);

    /// <summary>Folds one more hash code into <paramref name="hash"/> (netstandard2.0 has no <c>System.HashCode</c>).</summary>
    public static int Combine(int hash, int next) => unchecked((hash * -1521134295) + next);
}
