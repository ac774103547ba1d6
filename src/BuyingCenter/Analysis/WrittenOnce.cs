using System;
using System.Threading;

namespace BuyingCenter.Analysis;

/// <summary>
/// The one way results write what they show only when it is first read (a red flag's or a strength's sentence, the
/// funnel explanation, an influence's route): a portfolio makes thousands of them and shows few.
/// </summary>
internal static class WrittenOnce
{
    /// <summary>
    /// The value in <paramref name="field"/>, written there by <paramref name="write"/> on first read. Reading it again,
    /// or from several threads at once, gives the same object: should two threads write it, the first kept wins.
    /// </summary>
    public static T Get<T, TState>(ref T? field, TState state, Func<TState, T> write)
        where T : class
    {
        var value = Volatile.Read(ref field);
        if (value is not null)
        {
            return value;
        }

        var written = write(state);
        return Interlocked.CompareExchange(ref field, written, null) ?? written;
    }
}
