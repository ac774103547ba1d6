using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace BuyingCenter.Cli.Rendering;

/// <summary>Makes a Spectre console over any writer: ANSI colour only when asked, plain text otherwise.</summary>
internal static class Terminal
{
    private static readonly System.Threading.AsyncLocal<int?> RunWidth = new();

    /// <summary>
    /// The width text wraps at in this run of the tool: the terminal's, or 120 columns when output is redirected
    /// (<see cref="Infrastructure.CliHost.Width"/>). Set once per run, so tests running the tool side by side do not mix.
    /// </summary>
    public static int Width
    {
        get => RunWidth.Value ?? Infrastructure.CliHost.RedirectedWidth;
        set => RunWidth.Value = value;
    }

    public static IAnsiConsole Create(TextWriter writer, bool color, bool interactive = false)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });

        console.Profile.Width = Width;

        return new FittingConsole(console);
    }

    /// <summary>
    /// Markup as a table cell, a tree node or a block of lines: what Spectre's <see cref="Markup"/> renders, measured once
    /// per word (<see cref="MeasuredMarkup"/>). Every text renderer of the tool writes markup through this, <see cref="Line"/>
    /// and <see cref="Row(Table, string[])"/>; Spectre's own string overloads are banned (BannedSymbols.txt).
    /// </summary>
    public static IRenderable Text(string markup) => new MeasuredMarkup(markup);

    /// <summary>One line of markup, as Spectre's <c>MarkupLine</c> writes it.</summary>
    public static void Line(this IAnsiConsole console, string markup) => console.Write(new MeasuredMarkup(markup + Environment.NewLine));

    /// <summary>A row of markup cells.</summary>
    public static Table Row(this Table table, params string[] cells) => table.AddRow(Array.ConvertAll(cells, Text));

    /// <summary>A row of markup cells.</summary>
    public static Grid Row(this Grid grid, params string[] cells) => grid.AddRow(Array.ConvertAll(cells, Text));

    /// <summary>Severity in colour: red for High, yellow for Medium, grey for Low.</summary>
    public static string SeverityMarkup(string severity) => severity switch
    {
        "High" => "[red]High[/]",
        "Medium" => "[yellow]Medium[/]",
        "Low" => "[grey]Low[/]",
        _ => Markup.Escape(severity),
    };

    /// <summary>Status in colour: the band of the coverage score.</summary>
    public static string StatusMarkup(string status) => status switch
    {
        "Red" => "[red]Red[/]",
        "Amber" => "[yellow]Amber[/]",
        "Green" => "[green]Green[/]",
        _ => Markup.Escape(status),
    };

    /// <summary>
    /// User text for Spectre markup: brackets escaped, and the characters no output keeps dropped, so that a name
    /// holding an escape sequence cannot recolour or retitle the terminal and a right-to-left override cannot reorder
    /// the rest of the line; line breaks and tabs become spaces, so one record is one line.
    /// </summary>
    public static string Escape(string? text)
    {
        var value = text ?? string.Empty;
        var plain = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (!Maps.UnsafeCharacters.IsDropped(value, i) && value[i] != '\r')
            {
                plain.Append(value[i] is '\n' or '\t' ? ' ' : value[i]);
            }
        }

        return Markup.Escape(plain.ToString());
    }

    public static string OrDash(string? text) => string.IsNullOrEmpty(text) ? "-" : Escape(text);

    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A console that wraps text at word boundaries at any width: a table whose columns cannot fit the width without
    /// breaking words in the middle ("Uncontac/ted") is written as one block per row instead, each cell under its
    /// column's name, so a narrow terminal still reads in whole words.
    /// </summary>
    private sealed class FittingConsole : IAnsiConsole
    {
        private readonly IAnsiConsole inner;

        public FittingConsole(IAnsiConsole inner) => this.inner = inner;

        public Profile Profile => inner.Profile;

        public IAnsiConsoleCursor Cursor => inner.Cursor;

        public IAnsiConsoleInput Input => inner.Input;

        public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

        public Spectre.Console.Rendering.RenderPipeline Pipeline => inner.Pipeline;

        public void Clear(bool home) => inner.Clear(home);

        public void WriteAnsi(Action<AnsiWriter> action) => inner.WriteAnsi(action);

        public void Write(Spectre.Console.Rendering.IRenderable renderable)
        {
            if (renderable is Table table && !Fit(table))
            {
                inner.Write(Stacked(table));
                return;
            }

            inner.Write(renderable);
        }

        /// <summary>
        /// Gives every column at least its longest word and shares the rest of the width in proportion to what each
        /// column needs beyond that; false when even the longest words do not fit side by side.
        /// </summary>
        private bool Fit(Table table)
        {
            var options = Spectre.Console.Rendering.RenderOptions.Create(inner, inner.Profile.Capabilities);
            var least = new int[table.Columns.Count];
            var most = new int[table.Columns.Count];
            Widen(least, most, table.Columns.Select(c => c.Header), options);
            foreach (var row in table.Rows)
            {
                Widen(least, most, row, options);
            }

            for (var i = 0; i < least.Length; i++)
            {
                // A column marked NoWrap keeps its cells whole: its least width is its widest cell.
                least[i] = table.Columns[i].NoWrap ? most[i] : least[i];
            }

            // A border and a space either side of every cell.
            var room = inner.Profile.Width - ((3 * table.Columns.Count) + 1);
            if (most.Sum() <= room)
            {
                return true;
            }

            if (least.Sum() > room)
            {
                return false;
            }

            var spare = room - least.Sum();
            var wanted = Math.Max(1, most.Sum() - least.Sum());
            for (var i = 0; i < least.Length; i++)
            {
                table.Columns[i].Width = least[i] + (int)((long)spare * (most[i] - least[i]) / wanted);
            }

            return true;
        }

        private static void Widen(int[] least, int[] most, IEnumerable<Spectre.Console.Rendering.IRenderable> cells, Spectre.Console.Rendering.RenderOptions options)
        {
            var i = 0;
            foreach (var cell in cells)
            {
                if (i < least.Length)
                {
                    var measure = cell.Measure(options, int.MaxValue / 2);
                    least[i] = Math.Max(least[i], measure.Min);
                    most[i] = Math.Max(most[i], measure.Max);
                }

                i++;
            }
        }

        private static Spectre.Console.Rendering.IRenderable Stacked(Table table)
        {
            var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
            var first = true;
            foreach (var row in table.Rows)
            {
                if (!first)
                {
                    grid.AddEmptyRow();
                }

                first = false;
                var i = 0;
                foreach (var cell in row)
                {
                    if (i < table.Columns.Count)
                    {
                        grid.AddRow(table.Columns[i].Header, cell);
                    }

                    i++;
                }
            }

            return table.Title is { } title
                ? new Rows(Text("[bold]" + Markup.Escape(title.Text) + "[/]"), grid)
                : grid;
        }
    }
}
