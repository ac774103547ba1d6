using System.Collections.Generic;
using System.IO;
using System.Linq;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;
using Spectre.Console;

namespace BuyingCenter.Cli.Rendering;

/// <summary>The meeting plan for one person: a one-page sheet to take into the room.</summary>
internal static class MeetingRenderer
{
    public static void Render(string format, TextWriter writer, bool color, MeetingPlan meeting)
    {
        switch (format)
        {
            case "json":
                WriteJson(writer, meeting);
                break;
            case "markdown":
                WriteMarkdown(writer, meeting);
                break;
            default:
                Write(Terminal.Create(writer, color), meeting);
                break;
        }
    }

    public static void Write(IAnsiConsole console, MeetingPlan m)
    {
        var person = m.Approach.Person;
        console.Write(new Rule($"[bold]Meeting plan: {Terminal.Escape(Describe.Person(person))}[/]" + (person.Title is { } title ? ", " + Terminal.Escape(title) : string.Empty)).LeftJustified());
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.Row("[bold]Opportunity[/]", Terminal.Escape(m.Opportunity.Id));
        grid.Row("[bold]Owner[/]", Terminal.Escape(Describe.Person(m.Approach.Owner)));
        if (m.Approach.Companion is not null)
        {
            grid.Row("[bold]Companion[/]", Terminal.Escape(Describe.Person(m.Approach.Companion)));
        }

        grid.Row("[bold]Introduction[/]", Terminal.Escape(m.Approach.Route is null ? "no admissible route: build one first" : m.Approach.Route.IsDirect && !m.Approach.Route.IsReengagement ? "direct (" + Describe.Path(m.Approach.Route) + ")" : Describe.Path(m.Approach.Route)));
        grid.Row("[bold]Why they should meet us[/]", Terminal.Escape(m.ValidBusinessReason));
        grid.Row("[bold green]Best action[/]", Terminal.Escape(m.Goal.BestAction));
        grid.Row("[bold yellow]Minimum action[/]", Terminal.Escape(m.Goal.MinimumAction));
        grid.Row("[bold yellow]Ask[/]", Terminal.Escape(m.Goal.Ask));
        grid.Row("[bold]Stepping stone[/]", Terminal.Escape(m.SteppingStone));
        console.Write(grid);

        var questions = new Table().Title("Questions").AddColumns("Kind", "Question");
        foreach (var q in m.Questions)
        {
            questions.Row(q.Kind.ToString(), Terminal.Escape(q.Text));
        }

        console.Write(questions);
        WriteList(console, "What to give", m.Give);
        WriteList(console, "Preparation", m.Preparation);
    }

    private static void WriteList(IAnsiConsole console, string title, IReadOnlyList<string> items)
    {
        console.Line($"[bold]{title}[/]");
        foreach (var item in items)
        {
            console.Line("  - " + Terminal.Escape(item));
        }

        if (items.Count == 0)
        {
            console.Line("  -");
        }
    }

    private static void WriteJson(TextWriter writer, MeetingPlan m) =>
        Json.Write(writer, json => ResultJson.WriteMeetingPlan(json, m));

    private static void WriteMarkdown(TextWriter w, MeetingPlan m)
    {
        var person = m.Approach.Person;
        w.WriteLine($"# Meeting plan: {Markdown.Text(Describe.Person(person))}" + (person.Title is { } title ? ", " + Markdown.Text(title) : string.Empty));
        w.WriteLine();
        w.WriteLine($"- **Account:** {Markdown.Text(m.Account.Name)}");
        w.WriteLine($"- **Opportunity:** {Markdown.Code(m.Opportunity.Id)}");
        w.WriteLine($"- **Owner:** {Markdown.Text(Describe.Person(m.Approach.Owner))}");
        if (m.Approach.Companion is not null)
        {
            w.WriteLine($"- **Companion:** {Markdown.Text(Describe.Person(m.Approach.Companion))}");
        }

        w.WriteLine($"- **Introduction:** {Markdown.Text(m.Approach.Route is null ? "no admissible route: build one first" : Describe.Path(m.Approach.Route))}");
        w.WriteLine();
        w.WriteLine("## Why they should meet us");
        w.WriteLine();
        w.WriteLine(Markdown.Text(m.ValidBusinessReason));
        w.WriteLine();
        w.WriteLine("## Commitment we ask for");
        w.WriteLine();
        w.WriteLine($"- **Best action:** {Markdown.Text(m.Goal.BestAction)}");
        w.WriteLine($"- **Minimum action:** {Markdown.Text(m.Goal.MinimumAction)}");
        w.WriteLine($"- **Ask:** {Markdown.Text(m.Goal.Ask)}");
        w.WriteLine();
        w.WriteLine("## Questions");
        w.WriteLine();
        foreach (var group in m.Questions.GroupBy(q => q.Kind))
        {
            foreach (var q in group)
            {
                w.WriteLine($"- *{group.Key}:* {Markdown.Text(q.Text)}");
            }
        }

        w.WriteLine();
        w.WriteLine("## What to give");
        w.WriteLine();
        foreach (var item in m.Give)
        {
            w.WriteLine("- " + Markdown.Text(item));
        }

        w.WriteLine();
        w.WriteLine("## Preparation");
        w.WriteLine();
        foreach (var item in m.Preparation)
        {
            w.WriteLine("- [ ] " + Markdown.Text(item));
        }

        w.WriteLine();
        w.WriteLine("## Stepping stone");
        w.WriteLine();
        w.WriteLine(Markdown.Text(m.SteppingStone));
    }
}
