using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace BuyingCenter.Serialization;

/// <summary>What the tokenizer just read.</summary>
internal enum JsonTokenKind : byte
{
    None,
    StartObject,
    EndObject,
    StartArray,
    EndArray,
    PropertyName,
    String,
    Number,
    True,
    False,
    Null,

    /// <summary>NaN, Infinity, -Infinity or undefined: JavaScript, not JSON (only read when not strict).</summary>
    NotJson,
}

/// <summary>
/// The one JSON tokenizer of the plan reader: RFC 8259 JSON, token by token, with each token's line and column and the
/// JSON path of where it stands. Strict (<see cref="FirstError"/>), the first character that is not JSON ends it;
/// tolerant (the reader), what some JSON libraries accept (comments, single quotes, trailing commas, unquoted names,
/// hexadecimal numbers, raw control characters in strings, other white space, NaN and Infinity) is read on and each
/// is reported as a problem at its place, so a file gets every problem at once. Malformed JSON beyond that stops it
/// with a <see cref="JsonSyntaxException"/>. Lines end at \n, \r or \r\n; columns count UTF-16 characters from 1.
/// </summary>
internal sealed class StrictJson
{
    /// <summary>The reader's default nesting limit: whatever the reader kept as an unknown property passes.</summary>
    public const int MaxDepth = PlanReadOptions.DefaultMaxDepth;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // The characters that make a property name be written ['name'] in a path, as JSON path tools (and Newtonsoft) do.
    private static readonly char[] PathSpecial = { '.', ' ', '\'', '/', '"', '[', ']', '(', ')', '\t', '\n', '\r', '\f', '\b', '\\', '\u0085', '\u2028', '\u2029' };

#if NET8_0_OR_GREATER
    // What ends a run of plain characters in a string: its quote, a backslash, a control character.
    private static readonly System.Buffers.SearchValues<char> DoubleQuotedStops = System.Buffers.SearchValues.Create(Stops('"'));
    private static readonly System.Buffers.SearchValues<char> SingleQuotedStops = System.Buffers.SearchValues.Create(Stops('\''));
#endif

    private readonly char[] text;
    private readonly int length;
    private readonly int maxDepth;

    // Null when strict: the first deviation is then an error.
    private readonly List<PlanProblem>? problems;

    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;
    private Expect expect = Expect.Value;
    private bool rootDone;

    // One frame per open container: array or object, the index of its current item, the span of its current name.
    private bool[] arrays = new bool[16];
    private int[] indexes = new int[16];
    private int[] nameStarts = new int[16];
    private int[] nameEnds = new int[16];
    private bool[] nameEscaped = new bool[16];

    /// <summary>A tokenizer of the first <paramref name="length"/> characters of <paramref name="text"/> (a pooled buffer may be longer).</summary>
    public StrictJson(char[] text, int length, int maxDepth, List<PlanProblem>? problems)
    {
        this.text = text;
        this.length = length;
        this.maxDepth = maxDepth;
        this.problems = problems;
    }

    private enum Expect : byte
    {
        Value,
        FirstValue,
        FirstName,
        Separator,
    }

    public JsonTokenKind Kind { get; private set; }

    /// <summary>Where the token's content starts in the text: inside the quotes of a string or name.</summary>
    public int Start { get; private set; }

    /// <summary>Where the token's content ends (exclusive): before the closing quote of a string or name.</summary>
    public int End { get; private set; }

    /// <summary>The string or name holds escapes: its value must be decoded.</summary>
    public bool Escaped { get; private set; }

    /// <summary>The string or name is not JSON as written (single quotes, raw control characters, no quotes): it must be re-encoded to be kept.</summary>
    public bool Irregular { get; private set; }

    /// <summary>The number has no fraction and no exponent.</summary>
    public bool IsInteger { get; private set; }

    /// <summary>The number is hexadecimal (0x1F): reported, read as its value.</summary>
    public bool IsHex { get; private set; }

    /// <summary>The 1-based line of the token's first character.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>The 1-based column of the token's first character.</summary>
    public int Column { get; private set; } = 1;

    /// <summary>The number of open objects and arrays.</summary>
    public int Depth => depth;

    /// <summary>Whether <paramref name="text"/> is exactly one JSON value, nested at most <see cref="MaxDepth"/> levels.</summary>
    public static bool IsOneValue(string? text) => text is not null && FirstError(text, MaxDepth) < 0;

    /// <summary>Where <paramref name="text"/> stops being exactly one JSON value: the offset of the first character at fault, or -1 when it is one.</summary>
    public static int FirstError(string text, int maxDepth)
    {
        var chars = PooledArray.Rent<char>(text.Length);
        text.CopyTo(0, chars, 0, text.Length);
        var json = new StrictJson(chars, text.Length, maxDepth, problems: null);
        try
        {
            while (json.Read())
            {
            }

            return -1;
        }
        catch (JsonSyntaxException e)
        {
            return Math.Min(e.Offset, text.Length);
        }
        finally
        {
            PooledArray.Return(chars, text.Length);
        }
    }

    /// <summary>Reads the next token; false after the root value, when only white space (and comments) follow it.</summary>
    /// <exception cref="JsonSyntaxException">The text is not JSON there, and cannot be read on.</exception>
    public bool Read()
    {
        SkipTrivia();
        if (rootDone)
        {
            if (pos >= length)
            {
                Kind = JsonTokenKind.None;
                return false;
            }

            throw Fatal(pos, "More JSON follows the plan object; a plan file holds exactly one object.");
        }

        if (pos >= length)
        {
            throw Truncated();
        }

        var c = text[pos];
        Mark();
        switch (expect)
        {
            case Expect.Separator:
                var inArray = arrays[depth - 1];
                var close = inArray ? ']' : '}';
                if (c == close)
                {
                    return Close();
                }

                if (c != ',')
                {
                    throw Unexpected(c, inArray ? "a comma or ']' after an item" : "a comma or '}' after a property");
                }

                pos++;
                SkipTrivia();
                if (pos >= length)
                {
                    throw Truncated();
                }

                c = text[pos];
                Mark();
                if (c == close)
                {
                    Deviation(pos, "A comma before '" + c + "' is not JSON (a trailing comma); remove it, or other tools will refuse the file.", atPath: false);
                    return Close();
                }

                return inArray ? Value(c) : Name(c);
            case Expect.FirstName:
                return c == '}' ? Close() : Name(c);
            case Expect.FirstValue:
                return c == ']' ? Close() : Value(c);
            default:
                return Value(c);
        }
    }

    /// <summary>The JSON path of the current token: <c>$.people[3].name</c>; names with special characters as <c>$['a b']</c>.</summary>
    public string Path()
    {
        if (depth == 0)
        {
            return "$";
        }

        var path = new StringBuilder("$", 16 + (depth * 12));
        for (var d = 0; d < depth; d++)
        {
            if (arrays[d])
            {
                if (indexes[d] >= 0)
                {
                    path.Append('[').Append(indexes[d].ToString(Invariant)).Append(']');
                }
            }
            else if (nameStarts[d] >= 0)
            {
                var name = nameEscaped[d] ? Unescape(nameStarts[d], nameEnds[d]) : new string(text, nameStarts[d], nameEnds[d] - nameStarts[d]);
                if (name.IndexOfAny(PathSpecial) < 0)
                {
                    path.Append('.').Append(name);
                }
                else
                {
                    path.Append("['").Append(name.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
                }
            }
        }

        return path.ToString();
    }

    /// <summary>The value of the current string or name.</summary>
    public string StringValue() => Escaped ? Unescape(Start, End) : new string(text, Start, End - Start);

    /// <summary>The text of the current token as written (for a string or name, without its quotes).</summary>
    public string Raw() => new string(text, Start, End - Start);

    /// <summary>Whether the current string or name is exactly <paramref name="value"/>, compared ordinally or ignoring case.</summary>
    public bool Equals(string value, bool ignoreCase)
    {
        if (Escaped)
        {
            return string.Equals(StringValue(), value, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        var count = End - Start;
        if (value.Length != count)
        {
            return false;
        }

#if NET
        var written = text.AsSpan(Start, count);
        return ignoreCase ? written.Equals(value.AsSpan(), StringComparison.OrdinalIgnoreCase) : written.SequenceEqual(value.AsSpan());
#else
        for (var i = 0; i < count; i++)
        {
            char a = text[Start + i], b = value[i];
            if (a == b)
            {
                continue;
            }

            if (!ignoreCase)
            {
                return false;
            }

            if (a >= '\u0080' || b >= '\u0080')
            {
                // Beyond ASCII, the runtime's own case rules decide (an allocation, on a path only a file with such names takes).
                return string.Equals(new string(text, Start, count), value, StringComparison.OrdinalIgnoreCase);
            }

            if ((a | 0x20) != (b | 0x20) || (a | 0x20) < 'a' || (a | 0x20) > 'z')
            {
                return false;
            }
        }

        return true;
#endif
    }

    /// <summary>The index in <paramref name="names"/> of the current string or name, or -1.</summary>
    public int IndexIn(string[] names, bool ignoreCase)
    {
        var count = End - Start;
        var first = Start < length ? text[Start] | 0x20 : 0;
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];

            // Length and first letter (in either case) rule out almost every name without a call.
            if ((Escaped || (name.Length == count && (name[0] | 0x20) == first)) && Equals(name, ignoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private void Mark()
    {
        Start = pos;
        End = pos;
        Line = line;
        Column = pos - lineStart + 1;
    }

    private bool Close()
    {
        pos++;
        depth--;
        Kind = arrays[depth] ? JsonTokenKind.EndArray : JsonTokenKind.EndObject;
        expect = Expect.Separator;
        rootDone = depth == 0;
        return true;
    }

    private bool Name(char c)
    {
        Escaped = false;
        Irregular = false;
        if (c == '"' || c == '\'')
        {
            ScanString(c);
        }
        else if (IsIdentifier(c))
        {
            Deviation(pos, "Property names are written in double quotes in JSON; this one has none.", atPath: false);
            Start = pos;
            while (pos < length && IsIdentifier(text[pos]))
            {
                pos++;
            }

            End = pos;
            Irregular = true;
        }
        else
        {
            throw Unexpected(c, "a property name in double quotes");
        }

        var top = depth - 1;
        nameStarts[top] = Start;
        nameEnds[top] = End;
        nameEscaped[top] = Escaped;
        if (c == '\'')
        {
            Deviation(Start - 1, "JSON strings and names use double quotes; this one uses single quotes.", atPath: true);
        }

        SkipTrivia();
        if (pos >= length)
        {
            throw Truncated();
        }

        if (text[pos] != ':')
        {
            throw Unexpected(text[pos], "a colon after the property name");
        }

        pos++;
        expect = Expect.Value;
        Kind = JsonTokenKind.PropertyName;
        return true;
    }

    private bool Value(char c)
    {
        if (depth > 0 && arrays[depth - 1])
        {
            indexes[depth - 1]++;
        }

        switch (c)
        {
            case '{':
                Push(array: false);
                Kind = JsonTokenKind.StartObject;
                expect = Expect.FirstName;
                return true;
            case '[':
                Push(array: true);
                Kind = JsonTokenKind.StartArray;
                expect = Expect.FirstValue;
                return true;
            case '"':
                Escaped = false;
                Irregular = false;
                ScanString(c);
                Kind = JsonTokenKind.String;
                break;
            case '\'':
                Escaped = false;
                Irregular = false;
                Deviation(pos, "JSON strings and names use double quotes; this one uses single quotes.", atPath: true);
                ScanString(c);
                Kind = JsonTokenKind.String;
                break;
            case 't':
                Literal("true", JsonTokenKind.True);
                break;
            case 'f':
                Literal("false", JsonTokenKind.False);
                break;
            case 'n':
                if (At("new") && pos + 3 < length && !IsIdentifier(text[pos + 3]))
                {
                    throw Fatal(pos, "A JavaScript constructor (new ...) is not JSON.");
                }

                Literal("null", JsonTokenKind.Null);
                break;
            case 'N':
                NotJson("NaN");
                break;
            case 'I':
                NotJson("Infinity");
                break;
            case 'u':
                NotJson("undefined");
                break;
            case '-' when pos + 1 < length && text[pos + 1] == 'I':
                NotJson("-Infinity");
                break;
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    Number();
                    break;
                }

                throw Unexpected(c, "a value");
        }

        expect = Expect.Separator;
        rootDone = depth == 0;
        return true;
    }

    private void Push(bool array)
    {
        if (depth >= maxDepth)
        {
            throw Fatal(pos, string.Format(Invariant, "The JSON is nested more than {0} levels deep (PlanReadOptions.MaxDepth); a plan needs far fewer.", maxDepth));
        }

        if (depth == arrays.Length)
        {
            var size = depth * 2;
            Array.Resize(ref arrays, size);
            Array.Resize(ref indexes, size);
            Array.Resize(ref nameStarts, size);
            Array.Resize(ref nameEnds, size);
            Array.Resize(ref nameEscaped, size);
        }

        arrays[depth] = array;
        indexes[depth] = -1;
        nameStarts[depth] = -1;
        depth++;
        pos++;
    }

    private bool At(string literal)
    {
        if (pos + literal.Length > length)
        {
            return false;
        }

        for (var i = 0; i < literal.Length; i++)
        {
            if (text[pos + i] != literal[i])
            {
                return false;
            }
        }

        return true;
    }

    private void Literal(string literal, JsonTokenKind kind)
    {
        if (!At(literal))
        {
            throw Unexpected(text[pos], "a value");
        }

        pos += literal.Length;
        End = pos;
        Kind = kind;
    }

    private void NotJson(string literal)
    {
        if (!At(literal))
        {
            throw Unexpected(text[pos], "a value");
        }

        if (problems is null)
        {
            throw Fatal(pos, literal + " is not JSON.");
        }

        pos += literal.Length;
        End = pos;
        Kind = JsonTokenKind.NotJson;
    }

    private void Number()
    {
        IsInteger = true;
        IsHex = false;
        if (text[pos] == '-')
        {
            pos++;
        }

        if (pos >= length)
        {
            throw Truncated();
        }

        var c = text[pos];
        if (c == '0')
        {
            pos++;
            if (pos < length && (text[pos] == 'x' || text[pos] == 'X'))
            {
                Deviation(pos, "Hexadecimal numbers are not JSON; write this number in decimal.", atPath: false);
                pos++;
                var digits = pos;
                while (pos < length && IsHexDigit(text[pos]))
                {
                    pos++;
                }

                if (pos == digits)
                {
                    throw Unexpected(pos < length ? text[pos] : '\0', "a hexadecimal digit");
                }

                IsHex = true;
                End = pos;
                Kind = JsonTokenKind.Number;
                return;
            }

            if (pos < length && IsDigit(text[pos]))
            {
                throw Fatal(pos, string.Format(Invariant, "This is not JSON: '{0}' cannot stand here (a number does not start with 0), and other tools would refuse the file.", text[pos]));
            }
        }
        else if (IsDigit(c))
        {
            Digits();
        }
        else
        {
            throw Unexpected(c, "a digit");
        }

        if (pos < length && text[pos] == '.')
        {
            pos++;
            IsInteger = false;
            RequireDigits();
        }

        if (pos < length && (text[pos] == 'e' || text[pos] == 'E'))
        {
            pos++;
            IsInteger = false;
            if (pos < length && (text[pos] == '+' || text[pos] == '-'))
            {
                pos++;
            }

            RequireDigits();
        }

        End = pos;
        Kind = JsonTokenKind.Number;
    }

    private void RequireDigits()
    {
        if (pos >= length)
        {
            throw Truncated();
        }

        if (!IsDigit(text[pos]))
        {
            throw Unexpected(text[pos], "a digit");
        }

        Digits();
    }

    private void Digits()
    {
        while (pos < length && IsDigit(text[pos]))
        {
            pos++;
        }
    }

    private void ScanString(char quote)
    {
        pos++;
        Start = pos;
        Irregular |= quote == '\'';
        var reported = false;
        var t = text;
        var p = pos;
        while (true)
        {
#if NET8_0_OR_GREATER
            // The common case, a run of plain characters, at vector speed: stop at the quote, a backslash or a control character.
            var found = t.AsSpan(p, length - p).IndexOfAny(quote == '"' ? DoubleQuotedStops : SingleQuotedStops);
            p = found < 0 ? length : p + found;
#endif
            if (p >= length)
            {
                pos = p;
                throw Fatal(p, "The file is not valid JSON: Unterminated string (it has no closing quote); the file looks truncated.");
            }

            var c = t[p];
            if (c == quote)
            {
                End = p;
                pos = p + 1;
                return;
            }

            if (c == '\\')
            {
                Escaped = true;
                p++;
                if (p >= length)
                {
                    continue;
                }

                var e = t[p];
                if (e == 'u')
                {
                    for (var k = 1; k <= 4; k++)
                    {
                        if (p + k >= length || !IsHexDigit(t[p + k]))
                        {
                            pos = p;
                            throw Fatal(p - 1, "The file is not valid JSON: \\u is followed by four hexadecimal digits in a JSON string (\\u00e9).");
                        }
                    }

                    p += 5;
                }
                else if (e is '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't')
                {
                    p++;
                }
                else
                {
                    pos = p;
                    throw Fatal(p - 1, string.Format(Invariant, "The file is not valid JSON: \\{0} is not an escape in a JSON string; write \\\\ for a backslash.", e));
                }

                continue;
            }

            if (c < ' ')
            {
                if (!reported)
                {
                    reported = true;
                    Deviation(p, string.Format(Invariant, "A control character (U+{0:X4}) is not JSON here; inside a string write it as an escape such as \\t or \\n.", (int)c), atPath: false);
                }

                Irregular = true;
                p++;
                if (c == '\n' || (c == '\r' && (p >= length || t[p] != '\n')))
                {
                    line++;
                    lineStart = p;
                }

                continue;
            }

            p++;
        }
    }

    private void SkipTrivia()
    {
        var t = text;
        var p = pos;
        while (p < length)
        {
            var c = t[p];
            switch (c)
            {
                case ' ':
                case '\t':
                    p++;
                    continue;
                case '\n':
                    p++;
                    line++;
                    lineStart = p;
                    continue;
                case '\r':
                    p++;
                    if (p < length && t[p] == '\n')
                    {
                        p++;
                    }

                    line++;
                    lineStart = p;
                    continue;
                case '/':
                    pos = p;
                    Comment();
                    p = pos;
                    continue;
            }

            if ((c < '\u0080' && c != '\f' && c != '\v') || !char.IsWhiteSpace(c))
            {
                break;
            }

            Deviation(p, string.Format(Invariant, "This is not JSON: U+{0:X4} (white space other than space, tab and line ends) cannot stand here, and other tools would refuse the file.", (int)c), atPath: false);
            p++;
        }

        pos = p;
    }

    private void Comment()
    {
        var start = pos;
        var next = pos + 1 < length ? text[pos + 1] : '\0';
        if (next != '/' && next != '*')
        {
            Mark();
            throw Unexpected('/', "a value");
        }

        Deviation(start, "Comments are not part of JSON; remove this one (it would not survive a save).", atPath: true);
        pos += 2;
        if (next == '/')
        {
            while (pos < length && text[pos] != '\n' && text[pos] != '\r')
            {
                pos++;
            }

            return;
        }

        int startLine = line, startColumn = start - lineStart + 1;
        while (pos < length)
        {
            var c = text[pos++];
            if (c == '*' && pos < length && text[pos] == '/')
            {
                pos++;
                return;
            }

            if (c == '\n' || (c == '\r' && (pos >= length || text[pos] != '\n')))
            {
                line++;
                lineStart = pos;
            }
        }

        throw new JsonSyntaxException(start, startLine, startColumn, Path(), "The file is not valid JSON: this comment (/* ...) never ends.");
    }

    /// <summary>Something some JSON libraries accept and others refuse: an error when strict, else a problem at its place.</summary>
    private void Deviation(int offset, string message, bool atPath)
    {
        if (problems is null)
        {
            throw new JsonSyntaxException(offset, line, offset - lineStart + 1, "$", message);
        }

        problems.Add(new PlanProblem { Path = atPath ? Path() : "$", Message = message, Line = line, Column = Math.Max(1, offset - lineStart + 1) });
    }

    private JsonSyntaxException Truncated() =>
        Fatal(length, "The file ends before the JSON is complete: it looks truncated.");

    private JsonSyntaxException Unexpected(char c, string expected)
    {
        var shown = c < ' ' || char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c)
            ? string.Format(Invariant, "U+{0:X4}", (int)c)
            : "'" + c + "'";
        return Fatal(pos, string.Format(Invariant, "The file is not valid JSON: {0} cannot stand here; {1} is expected.", shown, expected));
    }

    private JsonSyntaxException Fatal(int offset, string message) =>
        new(offset, line, Math.Max(1, offset - lineStart + 1), depth == 0 && Kind == JsonTokenKind.None ? "$" : Path(), message);

    private string Unescape(int start, int end)
    {
        var value = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            var e = text[++i];
            switch (e)
            {
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u':
                    var code = 0;
                    for (var k = 1; k <= 4; k++)
                    {
                        var h = text[i + k];
                        code = (code << 4) | (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
                    }

                    value.Append((char)code);
                    i += 4;
                    break;
                default: value.Append(e); break;
            }
        }

        return value.ToString();
    }

#if NET8_0_OR_GREATER
    private static string Stops(char quote)
    {
        var stops = new char[34];
        for (var c = 0; c < 32; c++)
        {
            stops[c] = (char)c;
        }

        stops[32] = '\\';
        stops[33] = quote;
        return new string(stops);
    }
#endif

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsHexDigit(char c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static bool IsIdentifier(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';
}

/// <summary>Text that is not JSON where it cannot be read on: where (offset, line, column, path) and what.</summary>
internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(int offset, int line, int column, string path, string message)
        : base(message)
    {
        Offset = offset;
        Line = line;
        Column = column;
        Path = path;
    }

    public int Offset { get; }

    public int Line { get; }

    public int Column { get; }

    public string Path { get; }
}
