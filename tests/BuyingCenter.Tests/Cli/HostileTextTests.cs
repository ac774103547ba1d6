using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using BuyingCenter.Cli.Infrastructure;
using BuyingCenter.Cli.Rendering;
using Markdig;
using MarkdownText = BuyingCenter.Cli.Rendering.Markdown;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using YamlDotNet.RepresentationModel;

namespace BuyingCenter.Tests.Cli;

/// <summary>
/// Hostile text stays text: every output format is read back the way its consumer reads it (a CommonMark renderer,
/// an HTML parser, an XML parser, a YAML parser, a DOT or Mermaid lexer, a terminal) and must show the catalogue's
/// strings as text and nothing else.
/// </summary>
[TestClass]
public sealed class HostileTextTests
{
    private static readonly HashSet<string> MarkdownElements = new() { "html", "head", "body", "h1", "h2", "h3", "p", "ul", "ol", "li", "strong", "em", "code", "table", "thead", "tbody", "tr", "th", "td", "input", "br", "hr" };

    private static readonly HashSet<string> SvgElements = new() { "svg", "defs", "marker", "path", "g", "title", "text", "tspan", "rect", "polygon", "line", "circle" };

    private static CliRun Run(params string[] args) =>
        CliRun.Run(new CliHost { Today = CliRun.Today, Width = 1000, ErrorLogFolder = System.IO.Path.GetTempPath() }, args);

    private static string Output(ScratchFolder scratch, params string[] args)
    {
        var plan = HostileText.Save(scratch);
        var run = Run(new[] { args[0], plan }.Concat(args.Skip(1)).Concat(new[] { "--as-of", "2026-11-22" }).ToArray());
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run.Out;
    }

    [TestMethod]
    [DataRow("review")]
    [DataRow("next")]
    [DataRow("meeting", "--person", "rosa")]
    [DataRow("meeting", "--person", "ctl")]
    [DataRow("campaign")]
    [DataRow("portfolio")]
    public void Markdown_HostileCatalogue_RendersAsTextOnly(string command, params string[] extra)
    {
        using var scratch = new ScratchFolder();
        var markdown = Output(scratch, new[] { command }.Concat(extra).Concat(new[] { "--format", "markdown" }).ToArray());

        var html = Markdig.Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            Assert.IsTrue(MarkdownElements.Contains(element.LocalName), $"<{element.LocalName}> made from user text:\n{html}");
            Assert.IsFalse(element.Attributes.Any(a => a.Name.StartsWith("on", System.StringComparison.Ordinal) || a.Name is "href" or "src"), element.OuterHtml + "\n" + markdown);
        }

        Assert.AreEqual(0, HostileText.Forbidden(markdown).Count(), markdown);
        var text = HostileText.Collapse(document.Body!.TextContent);
        if (command is "review" or "meeting")
        {
            // The account name, the persons' names (review) or the meeting's person, all read back exactly.
            StringAssert.Contains(text, HostileText.Visible(HostileText.Yaml + " " + HostileText.Image));
        }

        if (command == "review")
        {
            foreach (var name in HostileText.Names)
            {
                StringAssert.Contains(text, HostileText.Visible(name));
            }

            StringAssert.Contains(text, HostileText.Visible(HostileText.Ticks), "a title with pipes and backticks stays in its cell");
        }
    }

    [TestMethod]
    public void Markdown_IdsWithBackticksAndPipes_StayOneCodeSpan()
    {
        Assert.AreEqual("``a`b|c``", MarkdownText.Code("a`b|c"));
        Assert.AreEqual("``` ``x ```", MarkdownText.Code("``x"));
        Assert.AreEqual("`a\\|b`", MarkdownText.Code("a|b", inTable: true));
        var html = Markdig.Markdown.ToHtml("x " + MarkdownText.Code("<b>`") + " y");
        StringAssert.Contains(html, "<code>&lt;b&gt;`</code>");
    }

    [TestMethod]
    public void Markdown_LeadingListAndHeadingMarkers_StayText()
    {
        foreach (var text in new[] { "- item", "+ item", "1. first", "12) twelfth", "# head", "> quote", "=== under", "<!-- c -->" })
        {
            var html = Markdig.Markdown.ToHtml(MarkdownText.Text(text)).Trim();
            var document = new HtmlParser().ParseDocument(html);
            Assert.AreEqual(text, document.Body!.TextContent.Trim(), html);
            Assert.IsTrue(html.StartsWith("<p>", System.StringComparison.Ordinal), html);
        }
    }

    [TestMethod]
    public void HtmlText_HostileCatalogue_ReadsBackAsTheSameText()
    {
        foreach (var hostile in HostileText.Names.Concat(new[] { HostileText.Image, HostileText.Ticks, HostileText.MarkdownSyntax, HostileText.Yaml }))
        {
            var document = new HtmlParser().ParseDocument($"<p title=\"{Html.Text(hostile)}\">{Html.Text(hostile)}</p><p title='{Html.Text(hostile)}'>x</p>");
            Assert.AreEqual(2, document.Body!.Children.Length, hostile);
            Assert.AreEqual(HostileText.Visible(hostile), HostileText.Collapse(document.Body.Children[0].TextContent));
            Assert.AreEqual(HostileText.Visible(hostile), HostileText.Collapse(document.Body.Children[0].GetAttribute("title")!));
            Assert.AreEqual(HostileText.Visible(hostile), HostileText.Collapse(document.Body.Children[1].GetAttribute("title")!));
        }
    }

    [TestMethod]
    [DataRow("review")]
    [DataRow("next")]
    [DataRow("meeting", "--person", "rosa")]
    [DataRow("campaign")]
    public void Text_HostileCatalogue_HasNoControlOrOverrideCharacters(string command, params string[] extra)
    {
        using var scratch = new ScratchFolder();
        var text = Output(scratch, new[] { command }.Concat(extra).ToArray());

        Assert.AreEqual(string.Empty, string.Concat(HostileText.Forbidden(text).Select(c => $"U+{(int)c:X4} ")), "an escape sequence or override would reach the terminal");
        if (command == "review")
        {
            var flat = HostileText.Collapse(text);
            foreach (var name in HostileText.Names)
            {
                StringAssert.Contains(flat, HostileText.Visible(name));
            }
        }
    }

    [TestMethod]
    [DataRow("review")]
    [DataRow("meeting", "--person", "rosa")]
    public void Json_HostileCatalogue_ParsesAndKeepsEveryCharacter(string command, params string[] extra)
    {
        using var scratch = new ScratchFolder();
        var json = Output(scratch, new[] { command }.Concat(extra).Concat(new[] { "--format", "json" }).ToArray());

        // JSON is for programs: every character kept exactly, control characters escaped as JSON requires.
        using var document = JsonDocument.Parse(json);
        Assert.IsFalse(json.Any(char.IsControl) && json.Where(char.IsControl).Any(c => c != '\n'), "a raw control character in JSON text");
        if (command == "meeting")
        {
            StringAssert.Contains(document.RootElement.GetProperty("bestAction").GetString(), HostileText.Script);
        }
    }

    [TestMethod]
    public void Svg_HostileCatalogue_IsWellFormedAndShowsTheNamesAsText()
    {
        using var scratch = new ScratchFolder();
        var svg = Output(scratch, "map", "--format", "svg");

        var document = XDocument.Parse(svg);
        foreach (var element in document.Descendants())
        {
            Assert.IsTrue(SvgElements.Contains(element.Name.LocalName), element.Name.LocalName);
            Assert.IsFalse(element.Attributes().Any(a => a.Name.LocalName.StartsWith("on", System.StringComparison.Ordinal) || a.Name.LocalName == "href"), element.ToString());
        }

        Assert.AreEqual(0, HostileText.Forbidden(svg).Count());
        var texts = document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => HostileText.Collapse(e.Value)).ToList();
        foreach (var name in HostileText.Names)
        {
            CollectionAssert.Contains(texts, HostileText.Visible(name), name);
        }
    }

    [TestMethod]
    public void Dot_HostileCatalogue_StaysInsideQuotedStrings()
    {
        using var scratch = new ScratchFolder();
        var dot = Output(scratch, "map", "--format", "dot");

        Assert.AreEqual(0, HostileText.Forbidden(dot).Count());
        var strings = new List<string>();
        var outside = new System.Text.StringBuilder();
        for (var i = 0; i < dot.Length; i++)
        {
            if (dot[i] == '"')
            {
                var value = new System.Text.StringBuilder();
                for (i++; dot[i] != '"'; i++)
                {
                    if (dot[i] == '\\')
                    {
                        i++;
                        value.Append(dot[i] switch { 'n' => '\n', 'l' => '\n', _ => dot[i] });
                        continue;
                    }

                    value.Append(dot[i]);
                }

                // Graphviz reads HTML entities in every label.
                strings.Add(System.Net.WebUtility.HtmlDecode(value.ToString()));
                continue;
            }

            outside.Append(dot[i]);
        }

        foreach (var fragment in HostileText.Fragments)
        {
            Assert.IsFalse(outside.ToString().Contains(fragment), $"'{fragment}' outside a quoted string:\n{outside}");
        }

        var labels = strings.Select(HostileText.Collapse).ToList();
        foreach (var name in HostileText.Names.Concat(new[] { HostileText.Ticks }))
        {
            Assert.IsTrue(labels.Any(l => l.Contains(HostileText.Visible(name), System.StringComparison.Ordinal)), name);
        }
    }

    [TestMethod]
    public void Mermaid_HostileCatalogue_TitleIsPlainYamlAndLabelsAreEscaped()
    {
        using var scratch = new ScratchFolder();
        var mermaid = Output(scratch, "map", "--format", "mermaid");
        Assert.AreEqual(0, HostileText.Forbidden(mermaid).Count());

        var match = Regex.Match(mermaid, "^---\n(.*?)\n---\n", RegexOptions.Singleline);
        Assert.IsTrue(match.Success, mermaid);
        var yaml = new YamlStream();
        yaml.Load(new System.IO.StringReader(match.Groups[1].Value));
        var front = (YamlMappingNode)yaml.Documents.Single().RootNode;
        Assert.AreEqual(1, front.Children.Count, "only the title: a quote in the name must not open another key");
        var title = ((YamlScalarNode)front.Children[new YamlScalarNode("title")]).Value!;
        Assert.IsFalse(title.Contains('<') || title.Contains('>'), title);
        StringAssert.StartsWith(title, HostileText.Visible(HostileText.Yaml + " " + HostileText.Image).Replace('<', '\u2039').Replace('>', '\u203A'));

        var body = mermaid.Substring(match.Length);
        var labels = Regex.Matches(body, "\"([^\"\n]*)\"").Select(m => m.Groups[1].Value).ToList();
        var outside = Regex.Replace(body, "\"([^\"\n]*)\"", "\"\"");
        foreach (var fragment in HostileText.Fragments)
        {
            Assert.IsFalse(outside.Contains(fragment), $"'{fragment}' outside a label:\n{outside}");
        }

        foreach (var label in labels)
        {
            var own = label.Replace("<b>", string.Empty).Replace("</b>", string.Empty).Replace("<br/>", " ");
            Assert.IsFalse(Regex.IsMatch(own, "[<>`|]|#(?![0-9]+;)"), label);
        }

        var decoded = labels.Select(l => HostileText.Collapse(Regex.Replace(l.Replace("<br/>", " ").Replace("<b>", string.Empty).Replace("</b>", string.Empty), "#([0-9]+);", m => ((char)int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToString()))).ToList();
        foreach (var name in HostileText.Names)
        {
            Assert.IsTrue(decoded.Any(l => l.Contains(HostileText.Visible(name), System.StringComparison.Ordinal)), name);
        }
    }
}
