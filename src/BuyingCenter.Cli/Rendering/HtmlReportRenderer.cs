using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Maps;
using BuyingCenter.Planning;

namespace BuyingCenter.Cli.Rendering;

/// <summary>
/// <c>review --format html</c>: the account on one self-contained page for a manager or a workshop: per opportunity the
/// score with its deductions as a bar, the relationship map (the library's SVG, inline), red flags and strengths, the
/// coaches, whom to meet next and the meeting sheets of the top recommendations. No script, no external resource (a
/// Content-Security-Policy forbids both), readable at 1280x800 and printed on A4. It lives with the other renderers:
/// it only arranges what the library's public API returns, as the Markdown review does.
/// </summary>
internal static class HtmlReportRenderer
{
    public static void Write(TextWriter w, AccountReport report)
    {
        var plan = report.Plan;
        var opportunities = report.Opportunities;
        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write($"<title>Account review: {Html.Text(plan.Account.Name)}</title>\n<style>\n{Css}</style>\n</head>\n<body>\n");
        w.Write($"<header data-section=\"account\"><h1>{Html.Text(plan.Account.Name)}</h1>\n");
        w.Write($"<p class=\"muted\">Account review as of {Day(report.AsOf)} &middot; account <code>{Html.Text(plan.Account.Id)}</code> &middot; {opportunities.Count} opportunit{(opportunities.Count == 1 ? "y" : "ies")}</p></header>\n");
        if (opportunities.Count == 0)
        {
            w.Write("<p>The plan has no opportunity yet: add one with its buying influences to review it.</p>\n");
        }

        foreach (var item in opportunities)
        {
            WriteOpportunity(w, plan, item);
        }

        w.Write("</body>\n</html>\n");
    }

    private static void WriteOpportunity(TextWriter w, AccountPlan plan, OpportunityReport item)
    {
        var o = item.Review;
        w.Write($"<section class=\"opportunity\" id=\"{Html.Text("opportunity-" + o.Opportunity.Id)}\">\n");
        w.Write($"<h2>{Html.Text(o.Opportunity.SingleSalesObjective)}</h2>\n");
        w.Write($"<p class=\"muted\">Opportunity <code>{Html.Text(o.Opportunity.Id)}</code> &middot; funnel position {o.FunnelPosition}");
        if (o.ClaimedStage is { } claimed)
        {
            w.Write($" (the plan claims {claimed}{(o.StageOverstated ? ", <strong>overstated</strong>" : string.Empty)})");
        }

        w.Write("</p>\n");
        WriteScore(w, plan, o);

        w.Write("<div data-section=\"map\" class=\"map\"><h3>Relationship map</h3>\n");
        var svg = RelationshipMap.Create(o).ToSvg();
        w.Write(svg.StartsWith("<?xml", StringComparison.Ordinal) ? svg.Substring(svg.IndexOf('\n') + 1) : svg);
        w.Write("</div>\n");

        w.Write("<div class=\"columns\">\n<div data-section=\"flags\"><h3>Red flags</h3>\n");
        if (o.RedFlags.Count == 0)
        {
            w.Write("<p>None.</p>\n");
        }
        else
        {
            w.Write("<ul class=\"flags\">\n");
            foreach (var flag in o.RedFlags)
            {
                w.Write($"<li class=\"{flag.Severity.ToString().ToLowerInvariant()}\"><span class=\"badge\">{flag.Severity}</span> <strong>{flag.Code}</strong>{Who(flag.Person)}: {Html.Text(flag.Message)}</li>\n");
            }

            w.Write("</ul>\n");
        }

        w.Write("</div>\n<div><div data-section=\"strengths\"><h3>Strengths</h3>\n");
        if (o.Strengths.Count == 0)
        {
            w.Write("<p>None yet.</p>\n");
        }
        else
        {
            w.Write("<ul class=\"strengths\">\n");
            foreach (var strength in o.Strengths)
            {
                w.Write($"<li><strong>{strength.Code}</strong>{Who(strength.Person)}: {Html.Text(strength.Message)}</li>\n");
            }

            w.Write("</ul>\n");
        }

        w.Write("</div>\n");
        WriteCoaches(w, plan, o);
        w.Write("</div>\n</div>\n");

        WriteNext(w, plan, item.Recommendations);
        WriteSheets(w, item.Recommendations, item.MeetingPlans);
        w.Write("</section>\n");
    }

    /// <summary>The score and a bar of 100 points: the score in its status colour, then each deduction in proportion.</summary>
    private static void WriteScore(TextWriter w, AccountPlan plan, OpportunityReview o)
    {
        var deductions = Deductions(o);

        // The deductions sum to exactly 100 - score, so each is drawn at its points' width.
        static double Width(decimal points) => (double)points;
        var status = o.Status.ToString().ToLowerInvariant();
        w.Write($"<div data-section=\"score\" class=\"score\"><p class=\"big\"><span class=\"number {status}\">{o.CoverageScore}</span>/100 <span class=\"status {status}\">{o.Status}</span></p>\n");
        w.Write($"<div class=\"bar\" role=\"img\" aria-label=\"Coverage score {o.CoverageScore} of 100\"><span class=\"kept {status}\" style=\"width:{Percent(o.CoverageScore)}\" title=\"score {o.CoverageScore}\"></span>");
        var shade = 0;
        foreach (var d in deductions)
        {
            w.Write($"<span class=\"lost s{shade++ % 4}\" style=\"width:{Percent(Width(d.Points))}\" title=\"{Html.Text(d.Code + (d.Person is null ? string.Empty : " (" + d.Person.Name + ")") + ": -" + Describe.Points(d.Points))}\"></span>");
        }

        w.Write("</div>\n<table class=\"deductions\"><thead><tr><th>Points</th><th>Deduction</th><th>Person</th><th>Why</th></tr></thead><tbody>\n");
        shade = 0;
        foreach (var d in deductions)
        {
            w.Write($"<tr><td class=\"num\"><span class=\"swatch s{shade++ % 4}\"></span>-{Describe.Points(d.Points)}</td><td>{Html.Text(d.Code)}</td><td>{Html.Text(Describe.Name(d.Person))}</td><td>{Html.Text(d.Message)}</td></tr>\n");
        }

        if (deductions.Count == 0)
        {
            w.Write("<tr><td colspan=\"4\">Nothing deducted.</td></tr>\n");
        }

        w.Write("</tbody></table>\n");
        w.Write($"<p class=\"muted\">{Html.Text(o.FunnelExplanation)}</p></div>\n");
    }

    /// <summary>
    /// The one place the page reads the review's deductions, as (code, person, points, message); re-pointed when the
    /// review's deductions change shape.
    /// </summary>
    private static IReadOnlyList<(string Code, Person? Person, decimal Points, string Message)> Deductions(OpportunityReview o) =>
        o.ScoreDeductions.Select(d => (d.Flag.Code.ToString(), d.Flag.Person, d.Points, d.Flag.Message)).ToList();

    /// <summary>
    /// The coaches and the review's three coach tests for each (domain.md, section 3): proven when all three hold, a
    /// candidate otherwise, with each test passed or failed in domain words; the NoCoach flag when nobody holds the role.
    /// </summary>
    private static void WriteCoaches(TextWriter w, AccountPlan plan, OpportunityReview o)
    {
        w.Write("<div data-section=\"coaches\"><h3>Coaches</h3>\n");
        var coaches = o.Influences.Where(i => i.Influence.Roles.HasFlag(BuyingRoles.Coach)).ToList();
        if (coaches.Count == 0)
        {
            var none = o.RedFlags.FirstOrDefault(f => f.Code == RedFlagCode.NoCoach);
            w.Write($"<p>{Html.Text(none?.Message ?? "Nobody holds the Coach role.")}</p>\n</div>\n");
            return;
        }

        w.Write("<ul class=\"coaches\">\n");
        foreach (var coach in coaches)
        {
            w.Write($"<li><strong>{Html.Text(Describe.Name(plan, coach.Person.Id))}</strong>: {(coach.IsProvenCoach ? "proven" : "candidate, to be tested")}<ul>\n");
            Test(CoachTests.CredibleWithBuyer, $"credible with the buying organisation ({coach.Influence.Degree} influence; High or Medium needed)");
            Test(CoachTests.CredibleWithUs, coach.IsCovered ? "credible with us (covered)" : "credible with us (covered, or a meeting with them won at least the minimum action)");
            Test(CoachTests.WantsUsToWin, $"wants our proposal to win (rated {Describe.Rating(coach.Influence.Rating)}; +3 or better needed)");
            w.Write("</ul></li>\n");

            void Test(CoachTests test, string words) =>
                w.Write($"<li class=\"{(coach.CoachTests.HasFlag(test) ? "pass" : "fail")}\">{(coach.CoachTests.HasFlag(test) ? "\u2713 passes" : "\u2717 fails")}: {Html.Text(words)}</li>\n");
        }

        w.Write("</ul>\n</div>\n");
    }

    private static void WriteNext(TextWriter w, AccountPlan plan, IReadOnlyList<Recommendation> recommendations)
    {
        w.Write("<div data-section=\"next\"><h3>Whom to meet next</h3>\n");
        if (recommendations.Count == 0)
        {
            w.Write("<p>Nobody: every influence is covered, recently met and fully known.</p>\n</div>\n");
            return;
        }

        w.Write("<table class=\"next\"><thead><tr><th>#</th><th>Person</th><th>Why</th><th>Owner</th><th>Route</th><th>Best action</th><th>Minimum action</th></tr></thead><tbody>\n");
        foreach (var r in recommendations)
        {
            w.Write($"<tr><td class=\"num\">{r.Rank}</td><td><strong>{Html.Text(Describe.Name(r.Approach.Person))}</strong></td><td>{Html.Text(string.Join(", ", r.Reasons))}</td>"
                + $"<td>{Html.Text(Describe.Owner(r.Approach))}</td><td>{Route(r.Approach.Route)}</td><td>{Html.Text(r.Goal.BestAction)}</td><td>{Html.Text(r.Goal.MinimumAction)}</td></tr>\n");
        }

        w.Write("</tbody></table>\n</div>\n");
    }

    private static string Route(IntroductionPath? path) =>
        path is null
            ? "no known route: build one first"
            : Html.Text(string.Join(" \u2192 ", path.Parties.Select(p => p.Name))) + $" <span class=\"muted\">({Describe.Number(path.Strength)})</span>";

    /// <summary>The meeting sheets of the first recommendations: the meeting plans the report made for them, in rank order.</summary>
    private static void WriteSheets(TextWriter w, IReadOnlyList<Recommendation> recommendations, IReadOnlyList<MeetingPlan> meetings)
    {
        if (meetings.Count == 0)
        {
            return;
        }

        w.Write("<div data-section=\"meetings\"><h3 class=\"sheets\">Meeting sheets</h3>\n");
        for (var i = 0; i < meetings.Count; i++)
        {
            var r = recommendations[i];
            var m = meetings[i];
            var person = m.Approach.Person;
            w.Write($"<article class=\"sheet\"><h4>{r.Rank}. {Html.Text(person.Name)}{(person.Title is { } title ? ", " + Html.Text(title) : string.Empty)}</h4>\n");
            w.Write($"<p class=\"muted\">Owner {Html.Text(Describe.Owner(m.Approach))} &middot; route {Route(m.Approach.Route)}</p>\n");
            w.Write($"<dl><dt>Why they should meet us</dt><dd>{Html.Text(m.ValidBusinessReason)}</dd>\n");
            w.Write($"<dt>Best action</dt><dd>{Html.Text(m.Goal.BestAction)}</dd>\n<dt>Minimum action</dt><dd>{Html.Text(m.Goal.MinimumAction)}</dd>\n<dt>Ask</dt><dd>{Html.Text(m.Goal.Ask)}</dd></dl>\n");
            w.Write("<h5>Questions</h5>\n<ul>\n");
            foreach (var q in m.Questions)
            {
                w.Write($"<li><em>{q.Kind}:</em> {Html.Text(q.Text)}</li>\n");
            }

            w.Write("</ul>\n");
            List(w, "What to give", m.Give);
            List(w, "Preparation", m.Preparation);
            w.Write($"<p><strong>Stepping stone:</strong> {Html.Text(m.SteppingStone)}</p>\n</article>\n");
        }

        w.Write("</div>\n");
    }

    private static void List(TextWriter w, string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.Write($"<h5>{heading}</h5>\n<ul>\n");
        foreach (var item in items)
        {
            w.Write($"<li>{Html.Text(item)}</li>\n");
        }

        w.Write("</ul>\n");
    }

    private static string Who(Person? person) =>
        person is null ? string.Empty : " (" + Html.Text(person.Name) + ")";

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Percent(double value) => Math.Max(0, Math.Min(100, value)).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>Large type and strong contrast for a projector; A4 with sections kept whole for print.</summary>
    private const string Css = """
        :root { --red: #C62828; --amber: #B26A00; --green: #2E7D32; --ink: #1A1A1A; --muted: #555; --line: #D0D0D0; }
        * { box-sizing: border-box; }
        body { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: var(--ink); margin: 0 auto; padding: 24px 32px; max-width: 1280px; font-size: 17px; line-height: 1.45; overflow-wrap: anywhere; }
        h1 { font-size: 32px; margin: 0 0 4px; }
        h2 { font-size: 25px; margin: 32px 0 4px; border-top: 4px solid var(--ink); padding-top: 12px; }
        h3 { font-size: 20px; margin: 20px 0 8px; }
        h4 { font-size: 18px; margin: 0 0 4px; }
        h5 { font-size: 16px; margin: 10px 0 4px; }
        .muted { color: var(--muted); }
        code { font-size: 0.92em; background: #F2F2F2; padding: 0 4px; border-radius: 3px; }
        .big { font-size: 22px; margin: 8px 0; }
        .big .number { font-size: 44px; font-weight: 700; }
        .status { display: inline-block; color: #FFF; padding: 2px 10px; border-radius: 4px; font-weight: 600; vertical-align: middle; }
        .number.red { color: var(--red); } .number.amber { color: var(--amber); } .number.green { color: var(--green); }
        .status.red, .kept.red { background: var(--red); } .status.amber, .kept.amber { background: var(--amber); } .status.green, .kept.green { background: var(--green); }
        .bar { display: flex; height: 28px; border: 1px solid var(--ink); border-radius: 4px; overflow: hidden; margin: 6px 0 10px; }
        .bar span { display: block; height: 100%; border-right: 1px solid #FFF; }
        .s0 { background: #6D6D6D; } .s1 { background: #9E9E9E; } .s2 { background: #BDBDBD; } .s3 { background: #E0E0E0; }
        .swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; border: 1px solid #888; vertical-align: baseline; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 15px; }
        th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
        th { background: #F2F2F2; white-space: nowrap; overflow-wrap: normal; }
        .deductions td:nth-child(2), .flags strong { overflow-wrap: normal; }
        td.num { white-space: nowrap; text-align: right; }
        .next td:nth-child(2), .next td:nth-child(4) { min-width: 7.5em; } .next td:nth-child(3) { min-width: 9em; }
        .map { margin: 12px 0; }
        .map svg { display: block; max-width: 100%; height: auto; border: 1px solid var(--line); }
        .columns { display: grid; grid-template-columns: 3fr 2fr; gap: 24px; }
        ul { margin: 4px 0; padding-left: 22px; }
        .flags li { margin-bottom: 4px; }
        .badge { display: inline-block; min-width: 64px; text-align: center; font-size: 13px; font-weight: 600; border-radius: 3px; padding: 0 6px; color: #FFF; }
        .high .badge { background: var(--red); } .medium .badge { background: var(--amber); } .low .badge { background: #757575; }
        .sheet { border: 1px solid var(--line); border-left: 6px solid var(--ink); padding: 12px 16px; margin: 12px 0; break-inside: avoid; }
        dl { margin: 6px 0; } dt { font-weight: 600; } dd { margin: 0 0 6px 0; }
        @media (max-width: 900px) { .columns { grid-template-columns: 1fr; } }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { font-size: 11pt; padding: 0; max-width: none; }
          h2 { break-before: page; } section:first-of-type h2 { break-before: auto; }
          h1 { font-size: 20pt; } h2 { font-size: 16pt; } h3 { font-size: 13pt; break-after: avoid; }
          .big .number { font-size: 28pt; }
          table { font-size: 9.5pt; } tr, li, .map { break-inside: avoid; }
          .sheets { break-before: page; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """;
}
