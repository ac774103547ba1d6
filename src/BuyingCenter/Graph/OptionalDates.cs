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
            return Decode(values[index]);
        }

        set => values[index] = Encode(value);
    }

    /// <summary>A date, or none, as one number: what this keeps per vertex, for structures that keep it beside other facts.</summary>
    public static long Encode(DateTime? value) => value is { } date ? date.Ticks | ((long)date.Kind << 62) : None;

    /// <summary>Whether <paramref name="value"/> was made from no date.</summary>
    public static bool IsNone(long value) => value == None;

    /// <summary>The ticks of the date <paramref name="value"/> was made from (not of none): what two dates compare by.</summary>
    public static long Ticks(long value) => value & TicksMask;

    /// <summary>The date <paramref name="value"/> was made from by <see cref="Encode"/>.</summary>
    public static DateTime? Decode(long value) => value == None ? null : new DateTime(value & TicksMask, (DateTimeKind)((ulong)value >> 62));
}
