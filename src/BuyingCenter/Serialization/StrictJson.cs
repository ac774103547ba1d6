using System;

namespace BuyingCenter.Serialization;

/// <summary>
/// Checks that text is exactly one JSON value (RFC 8259, no comments, no single quotes, no NaN), so that an
/// unknown property made in code can be written into a plan file that reads back.
/// </summary>
internal static class StrictJson
{
    /// <summary>The reader's default nesting limit: whatever the reader kept as an unknown property passes.</summary>
    public const int MaxDepth = PlanReadOptions.DefaultMaxDepth;

    public static bool IsOneValue(string? text) => text is not null && FirstError(text, MaxDepth) < 0;

    /// <summary>Where <paramref name="text"/> stops being exactly one JSON value: the offset of the first character at fault, or -1 when it is one.</summary>
    /// <remarks>Recursive: one level of nesting costs two small stack frames, so callers keep <paramref name="maxDepth"/> to hundreds.</remarks>
    public static int FirstError(string text, int maxDepth)
    {
        var i = 0;
        return Value(text, ref i, 0, maxDepth) && SkipSpace(text, ref i) == text.Length ? -1 : Math.Min(i, text.Length);
    }

    private static bool Value(string text, ref int i, int depth, int maxDepth)
    {
        SkipSpace(text, ref i);
        if (i >= text.Length)
        {
            return false;
        }

        switch (text[i])
        {
            case '{':
                return depth < maxDepth && Container(text, ref i, depth, maxDepth, '}', member: true);
            case '[':
                return depth < maxDepth && Container(text, ref i, depth, maxDepth, ']', member: false);
            case '"':
                return String(text, ref i);
            case 't':
                return Literal(text, ref i, "true");
            case 'f':
                return Literal(text, ref i, "false");
            case 'n':
                return Literal(text, ref i, "null");
            default:
                return Number(text, ref i);
        }
    }

    private static bool Container(string text, ref int i, int depth, int maxDepth, char close, bool member)
    {
        i++;
        SkipSpace(text, ref i);
        if (i < text.Length && text[i] == close)
        {
            i++;
            return true;
        }

        while (true)
        {
            if (member)
            {
                SkipSpace(text, ref i);
                if (i >= text.Length || text[i] != '"' || !String(text, ref i))
                {
                    return false;
                }

                SkipSpace(text, ref i);
                if (i >= text.Length || text[i] != ':')
                {
                    return false;
                }

                i++;
            }

            if (!Value(text, ref i, depth + 1, maxDepth))
            {
                return false;
            }

            SkipSpace(text, ref i);
            if (i >= text.Length)
            {
                return false;
            }

            if (text[i] == ',')
            {
                i++;
                continue;
            }

            if (text[i] != close)
            {
                return false;
            }

            i++;
            return true;
        }
    }

    private static bool String(string text, ref int i)
    {
        i++;
        while (i < text.Length)
        {
            var c = text[i++];
            if (c == '"')
            {
                return true;
            }

            if (c < ' ')
            {
                // The offset of a fault is the character at fault.
                i--;
                return false;
            }

            if (c != '\\')
            {
                continue;
            }

            if (i >= text.Length)
            {
                return false;
            }

            var e = text[i++];
            if (e == 'u')
            {
                for (var k = 0; k < 4; k++, i++)
                {
                    if (i >= text.Length || !IsHex(text[i]))
                    {
                        return false;
                    }
                }
            }
            else if ("\"\\/bfnrt".IndexOf(e) < 0)
            {
                return false;
            }
        }

        return false;
    }

    private static bool Number(string text, ref int i)
    {
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i >= text.Length || !IsDigit(text[i]))
        {
            return false;
        }

        if (text[i] == '0')
        {
            i++;
        }
        else
        {
            Digits(text, ref i);
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (i >= text.Length || !IsDigit(text[i]))
            {
                return false;
            }

            Digits(text, ref i);
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            if (i >= text.Length || !IsDigit(text[i]))
            {
                return false;
            }

            Digits(text, ref i);
        }

        return true;
    }

    private static bool Literal(string text, ref int i, string literal)
    {
        if (string.CompareOrdinal(text, i, literal, 0, literal.Length) != 0)
        {
            return false;
        }

        i += literal.Length;
        return true;
    }

    private static void Digits(string text, ref int i)
    {
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }
    }

    private static int SkipSpace(string text, ref int i)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
        {
            i++;
        }

        return i;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsHex(char c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
