using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace BuyingCenter.Tests.Reliability;

/// <summary>
/// Breaks plan files the ways files get broken: by editors, truncated downloads, bad merges, other programs and
/// attackers. Structural mutations (duplicated keys, swapped value types, huge numbers, repeated members, deep
/// nesting) work on well-formed JSON and keep it well-formed; byte mutations (bit flips, truncation, inserted bytes
/// and tokens) break anything. Each mutation says what it did, so a failure can be explained and replayed.
/// </summary>
internal sealed class JsonMutator
{
    private static readonly string[] Tokens =
    {
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "0", "-", "1e400", "NaN", "-Infinity", "undefined",
        "/*", "*/", "//", "new Date(1)", "\\", "\\u", "\\uD800", "'", "\u00A0", "\uFEFF", "\u0000", "\r", "\u2028", "0x1F", ".5", "01",
    };

    private static readonly string[] OtherValues =
    {
        "\"text\"", "\"\"", "\" \"", "42", "-1.5e3", "0", "-0", "[]", "[1,\"a\",null]", "{}", "{\"a\":1}", "null", "true", "false",
        "\"\\u0000\"", "\"\\ud800\"", "\"2026-02-30\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"Economic\"", "[\"Economic\",\"economic\"]",
        "{\"$type\":\"System.IO.FileInfo, System.IO.FileSystem\",\"fileName\":\"/etc/passwd\"}",
    };

    private static readonly string[] HugeNumbers =
    {
        "1e400", "-1e400", "1e-400", "123456789012345678901234567890123", "-9223372036854775809", "9223372036854775808",
        "79228162514264337593543950336", "0.00000000000000000000000000000000001", "1E+2147483648", "4294967296", "2147483648",
        "-2147483649", "1.0000000000000000000000000001", "1" + new string('0', 400), "0." + new string('9', 400),
    };

    private readonly Random random;

    public JsonMutator(int seed)
    {
        random = new Random(seed);
    }

    /// <summary>Applies one to three mutations to <paramref name="json"/>; <paramref name="log"/> says which.</summary>
    public byte[] Mutate(string json, List<string> log)
    {
        var text = json;
        var structural = random.Next(3);
        for (var i = 0; i < structural; i++)
        {
            text = MutateStructure(text, log);
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var raw = structural == 0 ? 1 + random.Next(2) : random.Next(2);
        for (var i = 0; i < raw; i++)
        {
            bytes = MutateBytes(bytes, log);
        }

        return bytes;
    }

    private string MutateStructure(string text, List<string> log)
    {
        List<Span> spans;
        try
        {
            spans = JsonSpans.Scan(text);
        }
        catch (FormatException)
        {
            return text;
        }

        if (spans.Count == 0)
        {
            return text;
        }

        var members = spans.Where(s => s.MemberStart >= 0).ToList();
        switch (random.Next(8))
        {
            case 0 when members.Count > 0:
            {
                var m = Pick(members);
                var member = text.Substring(m.MemberStart, m.End - m.MemberStart);
                log.Add("duplicate member at " + m.MemberStart.ToString(CultureInfo.InvariantCulture) + ": " + Short(member));
                return text.Insert(m.End, "," + member);
            }

            case 1:
            {
                var s = Pick(spans);
                var value = Pick(OtherValues);
                log.Add("replace value at " + s.Start.ToString(CultureInfo.InvariantCulture) + " (" + Short(text.Substring(s.Start, s.End - s.Start)) + ") with " + value);
                return Replace(text, s, value);
            }

            case 2:
            {
                var numbers = spans.Where(s => s.IsNumber).ToList();
                var s = Pick(numbers.Count > 0 && random.Next(3) > 0 ? numbers : spans);
                var value = Pick(HugeNumbers);
                log.Add("huge number at " + s.Start.ToString(CultureInfo.InvariantCulture) + ": " + Short(value));
                return Replace(text, s, value);
            }

            case 3 when members.Count > 0:
            {
                // Many distinct unknown properties in one object: must cost time and memory in proportion, not squared.
                var m = Pick(members);
                var count = random.Next(8) == 0 ? 20_000 + random.Next(40_000) : 1 + random.Next(2000);
                var value = text.Substring(m.Start, Math.Min(m.End - m.Start, 200));
                if (value.Length != m.End - m.Start)
                {
                    value = "1";
                }

                var sb = new StringBuilder();
                var key = random.Next(3) == 0 ? text.Substring(m.MemberStart, m.Start - m.MemberStart).Trim().TrimEnd(':').Trim().Trim('"') : null;
                for (var i = 0; i < count; i++)
                {
                    sb.Append(",\"").Append(key ?? "x-" + i.ToString(CultureInfo.InvariantCulture)).Append("\":").Append(value);
                }

                log.Add("repeat member at " + m.MemberStart.ToString(CultureInfo.InvariantCulture) + " x" + count.ToString(CultureInfo.InvariantCulture) + (key is null ? " with fresh names" : " with its own name"));
                return text.Insert(m.End, sb.ToString());
            }

            case 4:
            {
                // Many items in one array (people, meetings, ratings...).
                var arrays = spans.Where(s => s.IsArray && s.End - s.Start > 2).ToList();
                if (arrays.Count == 0)
                {
                    return text;
                }

                var a = Pick(arrays);
                var items = spans.Where(s => s.Parent == a.Start).ToList();
                if (items.Count == 0)
                {
                    return text;
                }

                var item = Pick(items);
                var itemText = text.Substring(item.Start, item.End - item.Start);
                var count = 1 + (int)Math.Min(5000, 400_000 / Math.Max(1, itemText.Length));
                log.Add("repeat array item at " + item.Start.ToString(CultureInfo.InvariantCulture) + " x" + count.ToString(CultureInfo.InvariantCulture) + ": " + Short(itemText));
                return text.Insert(item.End, string.Concat(Enumerable.Repeat("," + itemText, count)));
            }

            case 5:
            {
                var s = Pick(spans);
                var depth = random.Next(2) == 0 ? 30 + random.Next(40) : 100 + random.Next(20_000);
                var open = random.Next(2) == 0 ? "[" : "{\"a\":";
                var close = open == "[" ? "]" : "}";
                log.Add("nest value at " + s.Start.ToString(CultureInfo.InvariantCulture) + " " + depth.ToString(CultureInfo.InvariantCulture) + " levels deep in " + open);
                return Replace(text, s, string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)));
            }

            case 6:
            {
                var strings = spans.Where(s => s.IsString).ToList();
                if (strings.Count == 0)
                {
                    return text;
                }

                var s = Pick(strings);
                var length = random.Next(2) == 0 ? 1000 : 300_000;
                var fill = random.Next(3) switch { 0 => "a", 1 => "\\u00e9", _ => "\\\"" };
                log.Add("long string at " + s.Start.ToString(CultureInfo.InvariantCulture) + ": " + length.ToString(CultureInfo.InvariantCulture) + " x " + fill);
                return Replace(text, s, "\"" + string.Concat(Enumerable.Repeat(fill, length / fill.Length)) + "\"");
            }

            default:
            {
                // Delete a member or value, leaving valid or nearly valid JSON.
                var s = Pick(spans);
                var start = s.MemberStart >= 0 ? s.MemberStart : s.Start;
                log.Add("delete at " + start.ToString(CultureInfo.InvariantCulture) + ": " + Short(text.Substring(start, s.End - start)));
                return text.Remove(start, s.End - start);
            }
        }
    }

    private byte[] MutateBytes(byte[] bytes, List<string> log)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var at = random.Next(bytes.Length);
        switch (random.Next(5))
        {
            case 0:
            {
                var bit = random.Next(8);
                log.Add("flip bit " + bit.ToString(CultureInfo.InvariantCulture) + " of byte " + at.ToString(CultureInfo.InvariantCulture));
                var copy = (byte[])bytes.Clone();
                copy[at] ^= (byte)(1 << bit);
                return copy;
            }

            case 1:
                log.Add("truncate to " + at.ToString(CultureInfo.InvariantCulture) + " bytes");
                return bytes.Take(at).ToArray();
            case 2:
            {
                var insert = new byte[1 + random.Next(8)];
                random.NextBytes(insert);
                log.Add("insert bytes " + Convert.ToHexString(insert) + " at " + at.ToString(CultureInfo.InvariantCulture));
                return bytes.Take(at).Concat(insert).Concat(bytes.Skip(at)).ToArray();
            }

            case 3:
            {
                var token = Pick(Tokens);
                log.Add("insert token " + Short(token) + " at " + at.ToString(CultureInfo.InvariantCulture));
                return bytes.Take(at).Concat(Encoding.UTF8.GetBytes(token)).Concat(bytes.Skip(at)).ToArray();
            }

            default:
            {
                var length = 1 + random.Next(Math.Min(64, bytes.Length - at));
                log.Add("delete " + length.ToString(CultureInfo.InvariantCulture) + " bytes at " + at.ToString(CultureInfo.InvariantCulture));
                return bytes.Take(at).Concat(bytes.Skip(at + length)).ToArray();
            }
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Replace(string text, Span s, string value) => text.Substring(0, s.Start) + value + text.Substring(s.End);

    private static string Short(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "...";
}

/// <summary>A value in JSON text: where it starts and ends, where its member (key) starts, and its container.</summary>
internal sealed record Span
{
    public int Start { get; init; }

    public int End { get; init; }

    /// <summary>Where the key of the member holding this value starts, or -1 for an array item or the root.</summary>
    public int MemberStart { get; init; } = -1;

    /// <summary>The start of the containing array or object, or -1 for the root.</summary>
    public int Parent { get; init; } = -1;

    public bool IsString { get; init; }

    public bool IsNumber { get; init; }

    public bool IsArray { get; init; }
}

/// <summary>A minimal scanner of well-formed JSON that lists every value's span; anything else is a <see cref="FormatException"/>.</summary>
internal static class JsonSpans
{
    public static List<Span> Scan(string text)
    {
        var spans = new List<Span>();
        var i = 0;
        Value(text, ref i, -1, -1, spans, 0);
        Skip(text, ref i);
        if (i != text.Length)
        {
            throw new FormatException("trailing content");
        }

        return spans;
    }

    private static void Value(string text, ref int i, int memberStart, int parent, List<Span> spans, int depth)
    {
        if (depth > 200)
        {
            throw new FormatException("too deep");
        }

        Skip(text, ref i);
        if (i >= text.Length)
        {
            throw new FormatException("end");
        }

        var start = i;
        var c = text[i];
        if (c == '{')
        {
            i++;
            Skip(text, ref i);
            if (Peek(text, i) == '}')
            {
                i++;
            }
            else
            {
                while (true)
                {
                    Skip(text, ref i);
                    var keyStart = i;
                    String(text, ref i);
                    Skip(text, ref i);
                    Expect(text, ref i, ':');
                    Value(text, ref i, keyStart, start, spans, depth + 1);
                    Skip(text, ref i);
                    if (Peek(text, i) == ',')
                    {
                        i++;
                        continue;
                    }

                    Expect(text, ref i, '}');
                    break;
                }
            }
        }
        else if (c == '[')
        {
            i++;
            Skip(text, ref i);
            if (Peek(text, i) == ']')
            {
                i++;
            }
            else
            {
                while (true)
                {
                    Value(text, ref i, -1, start, spans, depth + 1);
                    Skip(text, ref i);
                    if (Peek(text, i) == ',')
                    {
                        i++;
                        continue;
                    }

                    Expect(text, ref i, ']');
                    break;
                }
            }
        }
        else if (c == '"')
        {
            String(text, ref i);
        }
        else
        {
            while (i < text.Length && "{}[],: \t\r\n".IndexOf(text[i], StringComparison.Ordinal) < 0)
            {
                i++;
            }

            if (i == start)
            {
                throw new FormatException("empty value");
            }
        }

        spans.Add(new Span
        {
            Start = start,
            End = i,
            MemberStart = memberStart,
            Parent = parent,
            IsString = c == '"',
            IsNumber = c == '-' || char.IsDigit(c),
            IsArray = c == '[',
        });
    }

    private static void String(string text, ref int i)
    {
        Expect(text, ref i, '"');
        while (i < text.Length && text[i] != '"')
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        Expect(text, ref i, '"');
    }

    private static char Peek(string text, int i) => i < text.Length ? text[i] : '\0';

    private static void Expect(string text, ref int i, char c)
    {
        if (Peek(text, i) != c)
        {
            throw new FormatException("expected " + c);
        }

        i++;
    }

    private static void Skip(string text, ref int i)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
        {
            i++;
        }
    }
}
