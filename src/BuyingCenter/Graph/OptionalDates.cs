using System;

namespace BuyingCenter.Graph;

/// <summary>
/// One optional date per vertex in 8 bytes (a <c>DateTime?[]</c> takes 16): the ticks with the kind in the top two bits,
/// as <see cref="DateTime"/> keeps them itself, and a value no date has (kind bits 3) for none. Reading gives back the
/// same date, kind included.
/// </summary>
internal readonly struct OptionalDates
{
    private const long None = -1;
    private const long TicksMask = (1L << 62) - 1;

    private readonly long[] values;

    public OptionalDates(int count)
    {
        values = new long[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = None;
        }
    }

    public DateTime? this[int index]
    {
        get
        {
            var value = values[index];
            return value == None ? null : new DateTime(value & TicksMask, (DateTimeKind)((ulong)value >> 62));
        }

        set => values[index] = value is { } date ? date.Ticks | ((long)date.Kind << 62) : None;
    }
}
