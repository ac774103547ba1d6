namespace BuyingCenter.Maps;

/// <summary>
/// The characters no picture keeps, whatever its syntax: control characters (line breaks and tabs excepted, which
/// each writer turns into its own line break or a space), the bidirectional embedding, override and isolate controls
/// that reorder the text after them ("Trojan Source"), lone surrogates and the non-characters U+FFFE and U+FFFF.
/// Plain right-to-left text and the right-to-left and left-to-right marks are kept: they reorder nothing beyond
/// their own word. Each writer's escaping function asks this once per character.
/// </summary>
internal static class UnsafeCharacters
{
    /// <summary>Whether the character at <paramref name="index"/> is dropped from any output.</summary>
    public static bool IsDropped(string text, int index)
    {
        var c = text[index];
        if (c == '\t' || c == '\n' || c == '\r')
        {
            return false;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFFFE' or '\uFFFF';
    }
}
