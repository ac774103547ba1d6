namespace BuyingCenter.Serialization;

/// <summary>Finds where UTF-8 goes wrong, so an encoding problem can be reported with a line and column.</summary>
internal static class Utf8Position
{
    /// <summary>The offset of the first byte that starts an invalid sequence, or -1 when all is valid UTF-8.</summary>
    public static int FirstInvalid(byte[] bytes, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            int extra;
            if (lead >= 0xC2 && lead <= 0xDF)
            {
                extra = 1;
            }
            else if (lead >= 0xE0 && lead <= 0xEF)
            {
                extra = 2;
            }
            else if (lead >= 0xF0 && lead <= 0xF4)
            {
                extra = 3;
            }
            else
            {
                return i;
            }

            if (i + extra >= end)
            {
                return i;
            }

            var second = bytes[i + 1];
            if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F))
            {
                return i;
            }

            for (var k = 1; k <= extra; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return i;
                }
            }

            i += extra + 1;
        }

        return -1;
    }

    /// <summary>The 1-based line and column (in characters) of a byte offset.</summary>
    public static (int Line, int Column) LineAndColumn(byte[] bytes, int start, int offset)
    {
        int line = 1, column = 1;
        for (var i = start; i < offset; i++)
        {
            var b = bytes[i];
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
