using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using BuyingCenter.Analysis;
using BuyingCenter.Changes;
using BuyingCenter.Planning;
using Spectre.Console;

namespace BuyingCenter.Cli.Rendering;

/// <summary><c>changes</c>: what moved between two versions of a plan, as sentences (text, Markdown) and as JSON.</summary>
internal static class ChangesRenderer
{
    public static void Render(string format, TextWriter writer, bool color, PlanChanges changes, AccountPlan before, AccountPlan after, IReadOnlyList<OpportunityChanges> shown)
    {
        switch (format)
        {
            case "json":
                WriteJson(writer, changes, shown);
                break;
            case "markdown":
                WriteMarkdown(writer, changes, before, after, shown);
                break;
            default:
                WriteText(Terminal.Create(writer, color), changes, before, after, shown);
                break;
        }
    }

    /// <summary>One opportunity's movements as headed lists of plain sentences, the same for text and Markdown.</summary>
    internal static IReadOnlyList<(string Heading, IReadOnlyList<string> Items)> Sections(OpportunityChanges o, AccountPlan before, AccountPlan after)
    {
        string Name(string? id) => id is null ? "the opportunity" : after.FindParty(id)?.Name ?? before.FindParty(id)?.Name ?? id;

        var sections = new List<(string, IReadOnlyList<string>)>();
        void Add(string heading, IEnumerable<string> items)
        {
            var list = items.ToList();
            if (list.Count > 0)
            {
                sections.Add((heading, list));
            }
        }

        Add("Deductions from the score", o.Deductions.Select(d => d.Kind switch
        {
            ChangeKind.Added => $"New: {d.Code} ({Name(d.PersonId)}) takes {Describe.Points(d.PointsNow)} points: {d.Message}",
            ChangeKind.Removed => $"Gone: {d.Code} ({Name(d.PersonId)}) gives back {Describe.Points(d.PointsThen)} points.",
            _ => $"Moved: {d.Code} ({Name(d.PersonId)}) {Describe.Points(d.PointsThen)} -> {Describe.Points(d.PointsNow)} points: {d.Message}",
        }));
        Add("Red flags", o.Flags.Select(f => f.Kind switch
        {
            ChangeKind.Added => $"Opened: {f.Flag.Severity} {f.Flag.Code} ({Name(f.Flag.PersonId)}): {f.Flag.Message}",
            ChangeKind.Removed => $"Closed: {f.Flag.Code} ({Name(f.Flag.PersonId)}).",
            _ => $"Severity {f.SeverityThen} -> {f.Flag.Severity}: {f.Flag.Code} ({Name(f.Flag.PersonId)}): {f.Flag.Message}",
        }));
        Add("Buying group", o.Influences.Select(i => i.Kind switch
        {
            ChangeKind.Added => $"Added: {Name(i.Person.Id)}, {Facts(i.Now!)}.",
            ChangeKind.Removed => $"Removed: {Name(i.Person.Id)} (was {Facts(i.Then!)}).",
            _ => $"{Name(i.Person.Id)}: {Moves(i)}",
        }));
        Add("Coverage", o.Coverage.Select(c => c.Kind == ChangeKind.Added
            ? $"Gained: {Name(c.Person.Id)}, now {Describe.Number(c.Now.Strength)} through {Name(c.Now.Seller?.Id)} (was {Strength(c.Then, Name)})."
            : $"Lost: {Name(c.Person.Id)}, now {Strength(c.Now, Name)} (was {Describe.Number(c.Then.Strength)} through {Name(c.Then.Seller?.Id)})."));
        Add("Meetings held since", o.MeetingsHeld.Select(m => Held(m, Name)));
        if (o.TopChanged)
        {
            Add("Whom to meet next, then", o.TopThen.Select(r => Top(r, Name)));
            Add("Whom to meet next, now", o.TopNow.Select(r => Top(r, Name)));
        }

        return sections;
    }

    /// <summary>The score line: "Coverage score 42 -> 55 (+13), Amber -> Amber".</summary>
    internal static string ScoreLine(OpportunityChanges o) => o.Presence switch
    {
        OpportunityPresence.Added => $"New opportunity: coverage score {o.ScoreNow}/100 ({o.StatusNow}).",
        OpportunityPresence.Removed => $"No longer in the plan (coverage score was {o.ScoreThen}/100, {o.StatusThen}).",
        _ when o.ScoreThen == o.ScoreNow => $"Coverage score unchanged at {o.ScoreNow}/100 ({o.StatusNow}).",
        _ => $"Coverage score {o.ScoreThen} -> {o.ScoreNow} ({(o.ScoreNow - o.ScoreThen)!.Value.ToString("+0;-0", CultureInfo.InvariantCulture)}), {o.StatusThen}{(o.StatusThen == o.StatusNow ? string.Empty : " -> " + o.StatusNow)}.",
    };

    private static string Facts(BuyingInfluence i) =>
        $"{Describe.Roles(i.Roles)}, {i.Degree} influence, {i.Mode} mode, rated {Describe.Rating(i.Rating)}";

    private static string Moves(InfluenceChange i)
    {
        var moves = new List<string>();
        if (i.RolesMoved)
        {
            moves.Add($"{Describe.Roles(i.Then!.Roles)} -> {Describe.Roles(i.Now!.Roles)}");
        }

        if (i.DegreeMoved)
        {
            moves.Add($"{i.Then!.Degree} -> {i.Now!.Degree} influence");
        }

        if (i.ModeMoved)
        {
            moves.Add($"{i.Then!.Mode} -> {i.Now!.Mode}");
        }

        if (i.RatingMoved)
        {
            moves.Add($"{Describe.Rating(i.Then!.Rating)} -> {Describe.Rating(i.Now!.Rating)}");
        }

        return string.Join("; ", moves);
    }

    private static string Strength(PersonCoverage coverage, System.Func<string?, string> name) =>
        coverage.Seller is null ? "no seller knows them" : $"{Describe.Number(coverage.Strength)} through {name(coverage.Seller.Id)}";

    /// <summary>A held meeting against the goal it was held for: which commitment was won, in the goal's own words.</summary>
    private static string Held(Meeting m, System.Func<string?, string> name)
    {
        var who = string.Join(", ", m.PersonIds.Select(name)) + (m.SellerIds.Count == 0 ? string.Empty : " with " + string.Join(", ", m.SellerIds.Select(name)));
        var against = m.Outcome switch
        {
            MeetingOutcome.BestAction => m.BestAction is { } best ? $"won the best action: {best}" : "won the best action (the goal was not recorded)",
            MeetingOutcome.MinimumAction => m.MinimumAction is { } minimum
                ? $"won the minimum action: {minimum}" + (m.BestAction is { } missed ? $"; not the best action: {missed}" : string.Empty)
                : "won the minimum action (the goal was not recorded)",
            _ => m.BestAction is null && m.MinimumAction is null
                ? "no commitment"
                : "no commitment: not even the minimum action" + (m.MinimumAction is { } floor ? $" ({floor})" : string.Empty),
        };
        return $"{Describe.Date(m.Date)}, {who}: {against}." + (m.NextStep is { } next ? $" Next step: {next}." : string.Empty);
    }

    private static string Top(Recommendation r, System.Func<string?, string> name) =>
        $"{r.Rank}. {name(r.Approach.Person.Id)}: {r.Goal.BestAction}";

    private static string Heading(OpportunityChanges o) => o.Opportunity.Id;

    private static void WriteText(IAnsiConsole console, PlanChanges changes, AccountPlan before, AccountPlan after, IReadOnlyList<OpportunityChanges> shown)
    {
        console.Write(new Rule($"[bold]Changes[/] in {Terminal.Escape(after.Account.Name)}: {Terminal.Date(changes.Then)} -> {Terminal.Date(changes.Now)}").LeftJustified());
        foreach (var o in shown)
        {
            console.WriteLine();
            console.Line($"[bold]Opportunity {Terminal.Escape(Heading(o))}[/]: {Terminal.Escape(ScoreLine(o))}");
            var sections = Sections(o, before, after);
            if (!o.HasChanges)
            {
                console.Line("  Nothing moved.");
            }

            foreach (var (heading, items) in sections)
            {
                console.Line($"[bold]{Terminal.Escape(heading)}[/]");
                foreach (var item in items)
                {
                    console.Line("  - " + Terminal.Escape(item));
                }
            }
        }
    }

    private static void WriteMarkdown(TextWriter w, PlanChanges changes, AccountPlan before, AccountPlan after, IReadOnlyList<OpportunityChanges> shown)
    {
        w.WriteLine($"# Changes: {Markdown.Text(after.Account.Name)}");
        w.WriteLine();
        w.WriteLine($"From {Terminal.Date(changes.Then)} to {Terminal.Date(changes.Now)}.");
        foreach (var o in shown)
        {
            w.WriteLine();
            w.WriteLine($"## Opportunity {Markdown.Code(Heading(o))}");
            w.WriteLine();
            w.WriteLine(Markdown.Text(ScoreLine(o)));
            var sections = Sections(o, before, after);
            if (!o.HasChanges)
            {
                w.WriteLine();
                w.WriteLine("Nothing moved.");
            }

            foreach (var (heading, items) in sections)
            {
                w.WriteLine();
                w.WriteLine($"### {Markdown.Text(heading)}");
                w.WriteLine();
                foreach (var item in items)
                {
                    w.WriteLine("- " + Markdown.Text(item));
                }
            }
        }
    }

    private static void WriteJson(TextWriter writer, PlanChanges changes, IReadOnlyList<OpportunityChanges> shown) =>
        Json.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("account", changes.AccountId);
            json.WriteDate("then", changes.Then);
            json.WriteDate("asOf", changes.Now);
            json.WriteStartArray("opportunities");
            foreach (var o in shown)
            {
                json.WriteStartObject();
                json.WriteString("id", o.Opportunity.Id);
                json.WriteString("presence", o.Presence.ToString());
                json.WriteNumberOrNull("scoreThen", o.ScoreThen);
                json.WriteNumberOrNull("scoreNow", o.ScoreNow);
                json.WriteStringOrNull("statusThen", o.StatusThen?.ToString());
                json.WriteStringOrNull("statusNow", o.StatusNow?.ToString());
                json.WriteStartArray("deductions");
                foreach (var d in o.Deductions)
                {
                    json.WriteStartObject();
                    json.WriteString("change", d.Kind.ToString());
                    json.WriteString("code", d.Code);
                    json.WriteStringOrNull("person", d.PersonId);
                    json.WriteNumber("pointsThen", d.PointsThen);
                    json.WriteNumber("pointsNow", d.PointsNow);
                    json.WriteString("message", d.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("redFlags");
                foreach (var f in o.Flags)
                {
                    json.WriteStartObject();
                    json.WriteString("change", f.Kind switch { ChangeKind.Added => "Opened", ChangeKind.Removed => "Closed", _ => "SeverityMoved" });
                    json.WriteString("code", f.Flag.Code.ToString());
                    json.WriteString("severity", f.Flag.Severity.ToString());
                    json.WriteStringOrNull("severityThen", f.SeverityThen?.ToString());
                    json.WriteStringOrNull("person", f.Flag.PersonId);
                    json.WriteString("message", f.Flag.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("buyingGroup");
                foreach (var i in o.Influences)
                {
                    json.WriteStartObject();
                    json.WriteString("change", i.Kind.ToString());
                    json.WriteString("person", i.Person.Id);
                    WriteInfluence(json, "then", i.Then);
                    WriteInfluence(json, "now", i.Now);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("coverage");
                foreach (var c in o.Coverage)
                {
                    json.WriteStartObject();
                    json.WriteString("change", c.Kind == ChangeKind.Added ? "Gained" : "Lost");
                    json.WriteString("person", c.Person.Id);
                    json.WriteScore("strengthThen", c.Then.Strength);
                    json.WriteStringOrNull("sellerThen", c.Then.Seller?.Id);
                    json.WriteScore("strengthNow", c.Now.Strength);
                    json.WriteStringOrNull("sellerNow", c.Now.Seller?.Id);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("meetingsHeld");
                foreach (var m in o.MeetingsHeld)
                {
                    json.WriteStartObject();
                    json.WriteStringOrNull("id", m.Id);
                    json.WriteDate("date", m.Date);
                    json.WriteStrings("people", m.PersonIds);
                    json.WriteStrings("sellers", m.SellerIds);
                    json.WriteString("outcome", m.Outcome.ToString());
                    json.WriteStringOrNull("bestAction", m.BestAction);
                    json.WriteStringOrNull("minimumAction", m.MinimumAction);
                    json.WriteStringOrNull("nextStep", m.NextStep);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                WriteTop(json, "topThen", o.TopThen);
                WriteTop(json, "topNow", o.TopNow);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void WriteInfluence(Utf8JsonWriter json, string name, BuyingInfluence? influence)
    {
        if (influence is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("roles", Describe.Roles(influence.Roles));
        json.WriteString("degree", influence.Degree.ToString());
        json.WriteString("mode", influence.Mode.ToString());
        json.WriteNumberOrNull("rating", influence.Rating);
        json.WriteEndObject();
    }

    private static void WriteTop(Utf8JsonWriter json, string name, IReadOnlyList<Recommendation> top)
    {
        json.WriteStartArray(name);
        foreach (var r in top)
        {
            json.WriteStartObject();
            json.WriteNumber("rank", r.Rank);
            json.WriteString("person", r.Approach.Person.Id);
            json.WriteScore("score", r.Score);
            json.WriteString("bestAction", r.Goal.BestAction);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
