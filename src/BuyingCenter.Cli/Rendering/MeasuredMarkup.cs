using System;
using System.Collections.Generic;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace BuyingCenter.Cli.Rendering;

/// <summary>
/// Spectre markup that measures each word once. Spectre's <see cref="Markup"/> wraps by re-measuring the whole line
/// for every word it places, and measures a string by looking every character up in the Unicode width tables, into a
/// new array each time; a table then re-measures each cell line per segment again. For the few hundred table cells of
/// <c>demo</c> that was most of the command's time (issue 19: about 6 ms of 35 in the width lookups alone, more in
/// the garbage of their arrays). This renders the same segments, wrapped at the same places: the words come from
/// Spectre's own markup parser and are split as <see cref="Paragraph"/> splits them, the wrapping repeats
/// Paragraph's rule, and a word of printable ASCII is as wide as it is long, which is what the width tables say for
/// those characters (a test pins it); any other word is measured by Spectre. Adjacent printable-ASCII words of one
/// style are handed on as one segment, which Spectre merges before it writes anyway. What this does not repeat, it
/// leaves to Spectre: a word wider than the room (Paragraph folds it) and any justification but left.
/// </summary>
/// <remarks>
/// Not for a <see cref="Rule"/>'s title, which Spectre renders as a single line through an option it keeps internal.
/// </remarks>
internal sealed class MeasuredMarkup : IRenderable
{
    private readonly string text;
    private readonly List<Word[]> lines = new();
    private readonly int widestWord;
    private readonly int widestLine;

    /// <summary>
    /// Whether every word is printable ASCII, the only text measured here. Anything else (accents, emoji, joiners,
    /// variation selectors) goes to Spectre whole: a line's width is not always the sum of its words' widths there,
    /// since Spectre measures the line at once (a property test found a line one cell apart).
    /// </summary>
    private readonly bool ascii = true;
    private Markup? spectre;

    /// <param name="markup">Spectre markup, escaped where it holds user text (<see cref="Terminal.Escape"/>).</param>
    public MeasuredMarkup(string markup)
    {
        text = markup;
        var built = new List<List<Word>>();
        foreach (var part in AnsiMarkup.Parse(markup))
        {
            // As Markup fills its Paragraph: emoji codes replaced, each line of the part split into runs of white space
            // and runs of the rest, the first line of a part continuing the last line so far.
            var first = true;
            foreach (var lineSpan in Emoji.Replace(part.Text).AsSpan().EnumerateLines())
            {
                if (!first || built.Count == 0)
                {
                    built.Add(new List<Word>());
                }

                first = false;
                var line = built[^1];
                if (lineSpan.IsEmpty)
                {
                    line.Add(new Word(Segment.Empty, 0));
                    continue;
                }

                var rest = lineSpan;
                while (!rest.IsEmpty)
                {
                    var white = char.IsWhiteSpace(rest[0]);
                    var length = 1;
                    while (length < rest.Length && char.IsWhiteSpace(rest[length]) == white)
                    {
                        length++;
                    }

                    var word = new Segment(rest[..length].ToString(), part.Style, part.Link);
                    ascii &= IsPrintableAscii(word.Text);
                    line.Add(new Word(word, Width(word.Text)));
                    rest = rest[length..];
                }
            }
        }

        foreach (var words in built)
        {
            var width = 0;
            foreach (var word in words)
            {
                width += word.Width;
                widestWord = Math.Max(widestWord, word.Width);
            }

            widestLine = Math.Max(widestLine, width);
            lines.Add(words.ToArray());
        }
    }

    public Measurement Measure(RenderOptions options, int maxWidth) =>
        !ascii ? ((IRenderable)Spectre()).Measure(options, maxWidth)
        : lines.Count == 0 ? new Measurement(0, 0)
        : new Measurement(widestWord, Math.Min(widestLine, maxWidth));

    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        if (!ascii)
        {
            return ((IRenderable)Spectre()).Render(options, maxWidth);
        }

        if (lines.Count == 0 || maxWidth <= 0)
        {
            return Array.Empty<Segment>();
        }

        if ((options.Justification ?? Justify.Left) != Justify.Left || widestWord > maxWidth)
        {
            return ((IRenderable)Spectre()).Render(options, maxWidth);
        }

        var wrapped = new List<SegmentLine>();
        if (widestLine <= maxWidth)
        {
            foreach (var words in lines)
            {
                wrapped.Add(Joined(words, words.Length));
            }

            return new SegmentLineEnumerator(wrapped);
        }

        // Paragraph's rule: a word that would pass the right edge starts a new line (the full line ends in an empty
        // segment), and white space that would start a wrapped line is dropped.
        var line = new List<Word>();
        var lineWidth = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                wrapped.Add(Joined(line, line.Count));
                line.Clear();
                lineWidth = 0;
            }

            foreach (var word in lines[i])
            {
                if (lineWidth + word.Width > maxWidth)
                {
                    line.Add(new Word(Segment.Empty, 0));
                    wrapped.Add(Joined(line, line.Count));
                    line.Clear();
                    lineWidth = 0;
                    if (word.Segment.IsWhiteSpace)
                    {
                        continue;
                    }
                }

                line.Add(word);
                lineWidth += word.Width;
            }
        }

        if (line.Count > 0)
        {
            wrapped.Add(Joined(line, line.Count));
        }

        return new SegmentLineEnumerator(wrapped);
    }

    /// <summary>The one place the tool hands markup to Spectre's own renderable (banned elsewhere: BannedSymbols.txt).</summary>
    private Markup Spectre()
    {
#pragma warning disable RS0030
        return spectre ??= new Markup(text);
#pragma warning restore RS0030
    }

    /// <summary>The cells a string takes: its length when every character is printable ASCII, else Spectre's measure.</summary>
    internal static int Width(string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                return value.GetCellWidth();
            }
        }

        return value.Length;
    }

    private static bool IsPrintableAscii(string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// One line's segments, runs of printable-ASCII words of one style joined: their widths add up, so Spectre measures
    /// one segment where it would have measured each word (a word holding a zero-width joiner, say, is kept apart).
    /// </summary>
    private static SegmentLine Joined(IReadOnlyList<Word> words, int count)
    {
        var line = new SegmentLine();
        var i = 0;
        while (i < count)
        {
            var first = words[i].Segment;
            var end = i + 1;
            if (first.Link is null && IsPrintableAscii(first.Text))
            {
                while (end < count && words[end].Segment is { Link: null } next && next.Style.Equals(first.Style) && IsPrintableAscii(next.Text))
                {
                    end++;
                }
            }

            if (end == i + 1)
            {
                line.Add(first);
            }
            else
            {
                var joined = new System.Text.StringBuilder();
                for (var j = i; j < end; j++)
                {
                    joined.Append(words[j].Segment.Text);
                }

                line.Add(new Segment(joined.ToString(), first.Style));
            }

            i = end;
        }

        return line;
    }

    private readonly record struct Word(Segment Segment, int Width);
}
