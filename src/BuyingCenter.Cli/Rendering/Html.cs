using System.Text;
using BuyingCenter.Maps;

namespace BuyingCenter.Cli.Rendering;

/// <summary>Keeps user text from becoming markup in an HTML page.</summary>
internal static class Html
{
    /// <summary>
    /// Text for an HTML element or a quoted attribute value: the five characters HTML reads escaped, line breaks and tabs
    /// as spaces, and the characters no output keeps (control and bidirectional override characters) dropped.
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
                case '>': result.Append("&gt;"); break;
                case '"': result.Append("&quot;"); break;
                case '\'': result.Append("&#39;"); break;
                case '\r': break;
                case '\n':
                case '\t':
                    result.Append(' ');
                    break;
                default: result.Append(c); break;
            }
        }

        return result.ToString();
    }
}
