using System;
using System.IO;
using System.Linq;
using BuyingCenter.Cli.Rendering;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace BuyingCenter.Tests.Cli;

/// <summary>
/// The tool's markup renderable writes byte for byte what Spectre's <see cref="Markup"/> writes, wrapped at any
/// width, alone and in a table, with and without colour: it only measures faster.
/// </summary>
[TestClass]
public sealed class MeasuredMarkupTests
{
    /// <summary>
    /// Spectre 0.57.2 itself never returns from folding a two-cell character into a one-cell width (its Markup, not
    /// ours, which hands such words back to it); the tool wraps at 40 columns or more and gives every table column at
    /// least its widest word.
    /// </summary>
    private const int Narrowest = 2;

    private static readonly string[] Corpus =
    {
        string.Empty,
        "Dana Lee (dana)",
        "[bold]Opportunity fleetview-2027[/]: Northwind buys 400 FleetView seats by 2027-03-31",
        "Coverage score [bold]45[/]/100, [yellow]Amber[/]. Funnel position: InTheFunnel (the plan claims BestFew, [yellow]overstated[/]).",
        "[grey]In the funnel: Lin Chen (Technical) in Trouble mode and Pat Okafor (User, Coach) in Growth mode have been met; not among the best few because Dana Lee (Economic) is not covered[/]",
        "  - Bring the ROI model  with   runs of  spaces ",
        "[green]0.16 (ana)[/]",
        "line one\nline two\n\nline four after an empty one\n",
        "Zoë Ångström-Éclair (zoë) and Łukasz Żółć, Chief Financial Officer",
        "漢字の名前 (kanji) meets 田中太郎 about the 予算",
        "emoji 🙂 and a family 👨\u200D👩\u200D👧 and a joiner at the end x\u200D followed by text",
        "a flag :smile: code and [[brackets]] escaped",
        "https://example.com/a-very-long-address-that-is-wider-than-most-columns-and-has-to-be-folded-somewhere",
        "[red]High[/] Uncovered (dana)\n[yellow]Medium[/] Stale (lin)\n[grey]Low[/] MissingInformation (kim)",

        // Found by the random test (seed 1IDo7xYmr1j4): measured word by word this line was one cell wider than Spectre
        // measures it whole (variation selector, joiners and an emoji); text that is not all printable ASCII is now Spectre's.
        "[bold]:smile:\n0.50:smile:[/][bold]coverage-score [/][grey]a\u200D  \nverylongwordthatwillnotfitanywhere]][/][grey][[[/]0.50Economic\uFE0FEconomic[red]x\u200Dplan[/][bold]:smile:  \u200D[/][red]x\u200D[[plan]][/]🙂é  \n  0.50[[planplan 🙂é",
    };

    [TestMethod]
    public void Render_CorpusAtEveryWidth_SameOutputAsSpectreMarkup()
    {
        foreach (var markup in Corpus)
        {
            foreach (var color in new[] { false, true })
            {
                for (var width = Narrowest; width <= 130; width++)
                {
                    AssertSame(markup, width, color);
                }
            }
        }
    }

    [TestMethod]
    public void Render_RandomMarkup_SameOutputAsSpectreMarkup()
    {
        string[] words = { "plan", "Economic", "a", "coverage-score", " ", "  ", "\n", "é", "Ünal", "漢字", "🙂", "x\u200D", "\u200D", "\uFE0F", ":smile:", "[", "]", "\t", "0.50", "verylongwordthatwillnotfitanywhere" };
        string[] styles = { string.Empty, "bold", "red", "grey" };
        var word = Gen.Int[0, words.Length - 1].Select(i => words[i]);
        var piece = Gen.Select(word.Array[1, 6], Gen.Int[0, styles.Length - 1].Select(i => styles[i]));
        var markup = piece.Array[0, 12].Select(pieces => string.Concat(pieces.Select(p =>
        {
            var text = Markup.Escape(string.Concat(p.Item1));
            return p.Item2.Length == 0 ? text : $"[{p.Item2}]{text}[/]";
        })));
        Gen.Select(markup, Gen.Int[Narrowest, 50], Gen.Bool).Sample((text, width, color) => AssertSame(text, width, color), iter: 3000);
    }

    [TestMethod]
    public void Width_EveryPrintableAsciiCharacter_OneCellAsSpectreMeasures()
    {
        // The fast path's premise: Spectre's width tables give every printable ASCII character one cell.
        for (var c = ' '; c <= '~'; c++)
        {
            Assert.AreEqual(c.ToString().GetCellWidth(), MeasuredMarkup.Width(c.ToString()), $"U+{(int)c:X4}");
            Assert.AreEqual(1, MeasuredMarkup.Width(c.ToString()), $"U+{(int)c:X4}");
        }

        Assert.AreEqual("漢字".GetCellWidth(), MeasuredMarkup.Width("漢字"), "the control case: a wide word is measured by Spectre");
        Assert.AreEqual(4, MeasuredMarkup.Width("漢字"));
    }

    private static void AssertSame(string markup, int width, bool color)
    {
        var expected = Write(new Markup(markup), width, color);
        var actual = Write(new MeasuredMarkup(markup), width, color);
        Assert.AreEqual(expected, actual, $"alone, width {width}, colour {color}: {markup}");

        // In a table the cell is measured first (the column widths), then rendered at its column's width.
        expected = Write(Table(new Markup(markup)), width + 20, color);
        actual = Write(Table(new MeasuredMarkup(markup)), width + 20, color);
        Assert.AreEqual(expected, actual, $"in a table {width + 20} wide, colour {color}: {markup}");
    }

    private static Table Table(IRenderable cell) =>
        new Table().AddColumns("Code", "What it means").AddRow(new Markup("[red]High[/] Uncovered"), cell);

    private static string Write(IRenderable renderable, int width, bool color)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        console.Write(renderable);
        return writer.ToString();
    }
}
