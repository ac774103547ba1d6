using System.Text;
using BuyingCenter.Maps;

namespace BuyingCenter.Cli.Rendering;

/// <summary>
/// Keeps user text from breaking the Markdown around it: text from a CRM or someone else's file stays text in any
/// renderer, including wikis that pass HTML through.
/// </summary>
internal static class Markdown
{
    /// <summary>Text for a table cell: the same as <see cref="Text"/>, which already escapes the pipe.</summary>
    public static string Cell(string? text) => Text(text);

    /// <summary>
    /// Inline text: angle brackets and ampersands as entities (no HTML, no autolink, no entity of the user's own), every
    /// character with an inline meaning backslash-escaped (emphasis, code, links, images, tables, strikethrough,
    /// headings, attribute and math extensions), a leading list or quote marker escaped, line breaks and tabs as spaces, and the characters no output
    /// keeps (control and bidirectional override characters) dropped.
    /// </summary>
    public static string Text(string? text)
    {
        var value = text ?? string.Empty;
        var result = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (UnsafeCharacters.IsDropped(value, i))
            {
                continue;
            }

            switch (c)
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>':
                    // Only "<" opens a tag; ">" means something only at the start, where it opens a quote.
                    result.Append(result.Length == 0 ? "\\>" : ">");
                    break;
                case '\r':
                    break;
                case '\n':
                case '\t':
                    result.Append(' ');
                    break;
                case '\\':
                case '`':
                case '*':
                case '_':
                case '[':
                case ']':
                case '|':
                case '~':
                case '#':
                case '!':
                case '{':
                case '}':
                case '$':
                    result.Append('\\').Append(c);
                    break;
                case '-':
                case '+':
                case '=':
                    // A list marker or a heading underline only at the start of the text.
                    result.Append(result.Length == 0 ? "\\" : string.Empty).Append(c);
                    break;
                case '.':
                case ')':
                    // "1. " or "1)" at the start would begin an ordered list ("0.16" would not).
                    result.Append(IsAllDigits(result) && (i + 1 == value.Length || value[i + 1] is ' ' or '\t') ? "\\" : string.Empty).Append(c);
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// An id as a code span: nothing inside one is markup, so only its fence needs care: one backtick more than the
    /// longest run of backticks in the id, with a space inside when the id starts or ends with one. Line breaks and tabs
    /// become spaces, characters no output keeps are dropped, and in a table cell a pipe is escaped (GFM reads it first).
    /// </summary>
    public static string Code(string? text, bool inTable = false)
    {
        var value = text ?? string.Empty;
        var content = new StringBuilder(value.Length);
        int run = 0, longest = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (UnsafeCharacters.IsDropped(value, i) || c == '\r')
            {
                continue;
            }

            run = c == '`' ? run + 1 : 0;
            longest = System.Math.Max(longest, run);
            content.Append(c switch
            {
                '\n' or '\t' => " ",
                '|' when inTable => "\\|",
                _ => c.ToString(),
            });
        }

        var fence = new string('`', longest + 1);
        var pad = content.Length > 0 && (content[0] == '`' || content[content.Length - 1] == '`') ? " " : string.Empty;
        return fence + pad + content + pad + fence;
    }

    private static bool IsAllDigits(StringBuilder text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
