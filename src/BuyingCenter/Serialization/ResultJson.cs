#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;

namespace BuyingCenter.Serialization;

/// <summary>
/// The JSON of results, exactly as the <c>buyingcenter</c> tool prints it with <c>--format json</c> (its cli.md): the
/// tool writes through these methods, so a web API that calls them (or serialises an <see cref="AccountReview"/> with
/// <see cref="Options"/>) returns the same contract byte for byte. Property names are camelCase and written here by
/// hand, so they never follow a C# rename; enums are their names; the plan itself is never repeated, only its ids.
/// </summary>
/// <remarks>
/// Only in the net10.0 build, where System.Text.Json is part of the runtime: on netstandard2.0 it would add the
/// System.Text.Json package and its six dependencies to every Dataverse plug-in package, which loads the library
/// without binding redirects. Thread-safe.
/// </remarks>
public static class ResultJson
{
    /// <summary>
    /// How the tool writes: indented, "\n" line ends on every platform,
    /// non-ASCII kept readable (a name such as "Zoë" stays as it is; the output is UTF-8 and never embedded in HTML).
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Serializer options that write an <see cref="AccountReview"/> in the shape of <c>review --format json</c>
    /// (with <see cref="Planner.Recommend"/>'s default recommendations per opportunity), enums as their names and
    /// other properties in camelCase: for <c>Results.Json(review, ResultJson.Options)</c> in ASP.NET Core.
    /// </summary>
    /// <remarks>Made on first use, so that a program that only writes (the tool, compiled ahead of time) never builds reflection metadata.</remarks>
    public static JsonSerializerOptions Options => SerializerOptions.Instance;

    /// <summary>Writes one result to UTF-8 bytes with <see cref="WriterOptions"/>: the body of a web response.</summary>
    /// <param name="write">Writes one JSON value, for example <c>json =&gt; ResultJson.WriteMeetingPlan(json, meeting)</c>.</param>
    /// <returns>The UTF-8 JSON, without a final line end.</returns>
    public static byte[] ToUtf8Bytes(Action<Utf8JsonWriter> write)
    {
        Guard.Against.Null(write);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(json);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// <c>review</c>: <c>{ "account", "asOf", "opportunities": [ { "id", "coverageScore", "status", "funnelPosition",
    /// "claimedStage", "deductions", "redFlags", "strengths", "recommendations" } ] }</c>.
    /// </summary>
    /// <param name="json">The writer.</param>
    /// <param name="review">The account review.</param>
    /// <param name="opportunityId">Only this opportunity, or <see langword="null"/> for every opportunity in plan order.</param>
    /// <param name="options">Planning options of the recommendations, or <see langword="null"/> for the defaults.</param>
    public static void WriteReview(Utf8JsonWriter json, AccountReview review, string? opportunityId = null, PlanningOptions? options = null)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(review);
        var checkedOptions = Planner.Validate(options);
        var shown = new List<(OpportunityReview, IReadOnlyList<Recommendation>)>();
        foreach (var o in review.Opportunities)
        {
            if (opportunityId is null || o.Opportunity.Id == opportunityId)
            {
                shown.Add((o, RecommendationRanking.Rank(o, checkedOptions)));
            }
        }

        WriteReviewDocument(json, review.Plan, review.AsOf, shown);
    }

    /// <summary>
    /// <c>review</c> from a report already made: the same document as <see cref="WriteReview"/>, with the report's
    /// opportunities and recommendations.
    /// </summary>
    /// <param name="json">The writer.</param>
    /// <param name="report">The account report.</param>
    public static void WriteReport(Utf8JsonWriter json, AccountReport report)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(report);
        var shown = new List<(OpportunityReview, IReadOnlyList<Recommendation>)>(report.Opportunities.Count);
        foreach (var o in report.Opportunities)
        {
            shown.Add((o.Review, o.Recommendations));
        }

        WriteReviewDocument(json, report.Plan, report.AsOf, shown);
    }

    /// <summary><c>next</c>: <c>{ "account", "opportunity", "asOf", "recommendations": [ ... ] }</c>.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="review">The review of the opportunity the recommendations are for (its plan and date).</param>
    /// <param name="recommendations">The recommendations to write, for example the first three of <see cref="Planner.Recommend"/>.</param>
    public static void WriteRecommendations(Utf8JsonWriter json, OpportunityReview review, IReadOnlyList<Recommendation> recommendations)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(review);
        Guard.Against.Null(recommendations);
        json.WriteStartObject();
        json.WriteString("account", review.Plan.Account.Id);
        json.WriteString("opportunity", review.Opportunity.Id);
        WriteDate(json, "asOf", review.AsOf);
        WriteRecommendationArray(json, recommendations);
        json.WriteEndObject();
    }

    /// <summary>
    /// <c>meeting</c>: <c>{ "account", "opportunity", "person", "owner", "companion", "path", "pathStrength",
    /// "validBusinessReason", "bestAction", "minimumAction", "ask", "questions": [ { "kind", "text" } ], "give",
    /// "preparation", "steppingStone" }</c>.
    /// </summary>
    /// <param name="json">The writer.</param>
    /// <param name="m">The meeting plan.</param>
    public static void WriteMeetingPlan(Utf8JsonWriter json, MeetingPlan m)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(m);
        json.WriteStartObject();
        json.WriteString("account", m.Account.Id);
        json.WriteString("opportunity", m.Opportunity.Id);
        WriteApproach(json, m.Approach);
        json.WriteString("validBusinessReason", m.ValidBusinessReason);
        WriteGoal(json, m.Goal);
        json.WriteStartArray("questions");
        foreach (var q in m.Questions)
        {
            json.WriteStartObject();
            json.WriteString("kind", q.Kind.ToString());
            json.WriteString("text", q.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "give", m.Give);
        WriteStrings(json, "preparation", m.Preparation);
        json.WriteString("steppingStone", m.SteppingStone);
        json.WriteEndObject();
    }

    /// <summary>
    /// <c>campaign</c>: <c>{ "account", "opportunity", "asOf", "meetings": [ { "step", "date", "person", "owner",
    /// "companion", "path", "pathStrength", "bestAction", "minimumAction", "ask", "steppingStone" } ], "assumptions": [ ... ] }</c>:
    /// a campaign is a plan to test, so what it assumed is part of it (cli.md).
    /// </summary>
    /// <param name="json">The writer.</param>
    /// <param name="campaign">The campaign.</param>
    public static void WriteCampaign(Utf8JsonWriter json, Campaign campaign)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(campaign);
        json.WriteStartObject();
        json.WriteString("account", campaign.Account.Id);
        json.WriteString("opportunity", campaign.Opportunity.Id);
        WriteDate(json, "asOf", campaign.AsOf);
        json.WriteStartArray("meetings");
        foreach (var s in campaign.Steps)
        {
            json.WriteStartObject();
            json.WriteNumber("step", s.Step);
            WriteDate(json, "date", s.Date);
            WriteApproach(json, s.Approach);
            WriteGoal(json, s.Goal);
            json.WriteString("steppingStone", s.SteppingStone);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "assumptions", campaign.Assumptions);
        json.WriteEndObject();
    }

    /// <summary><c>validate</c>: <c>{ "valid": true }</c>, or <c>{ "valid": false, "problems": [ { "path", "line", "column", "message" } ] }</c>.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="problems">Every problem of one plan, empty when it is valid.</param>
    public static void WriteValidation(Utf8JsonWriter json, IReadOnlyList<PlanProblem> problems)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(problems);
        json.WriteStartObject();
        json.WriteBoolean("valid", problems.Count == 0);
        if (problems.Count > 0)
        {
            json.WriteStartArray("problems");
            foreach (var problem in problems)
            {
                WriteProblem(json, problem);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>One problem: <c>{ "file" (only when given), "path", "line", "column", "message" }</c>, line and column null when unknown.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="file">The file it is in, when several files are reported together, or <see langword="null"/>.</param>
    public static void WriteProblem(Utf8JsonWriter json, PlanProblem problem, string? file = null)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(problem);
        json.WriteStartObject();
        if (file is not null)
        {
            json.WriteString("file", file);
        }

        json.WriteString("path", problem.Path);
        WriteNumberOrNull(json, "line", problem.Line);
        WriteNumberOrNull(json, "column", problem.Column);
        json.WriteString("message", problem.Message);
        json.WriteEndObject();
    }

    /// <summary>
    /// One deduction from a coverage score: <c>{ "code", "person" (or null), "points", "message" }</c>, as in the
    /// review's <c>deductions</c>; a portfolio's rows write their deductions with it too.
    /// </summary>
    /// <param name="json">The writer.</param>
    /// <param name="deduction">The deduction.</param>
    public static void WriteDeduction(Utf8JsonWriter json, ScoreDeduction deduction)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(deduction);
        json.WriteStartObject();
        json.WriteString("code", deduction.Flag.Code.ToString());
        WriteStringOrNull(json, "person", deduction.Flag.PersonId);
        json.WriteNumber("points", deduction.Points);
        json.WriteString("message", deduction.Flag.Message);
        json.WriteEndObject();
    }

    private static void WriteReviewDocument(Utf8JsonWriter json, AccountPlan plan, DateTime asOf, List<(OpportunityReview Review, IReadOnlyList<Recommendation> Recommendations)> opportunities)
    {
        json.WriteStartObject();
        json.WriteString("account", plan.Account.Id);
        WriteDate(json, "asOf", asOf);
        json.WriteStartArray("opportunities");
        foreach (var o in opportunities)
        {
            WriteOpportunityReview(json, o.Review, o.Recommendations);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOpportunityReview(Utf8JsonWriter json, OpportunityReview o, IReadOnlyList<Recommendation> recommendations)
    {
        json.WriteStartObject();
        json.WriteString("id", o.Opportunity.Id);
        json.WriteNumber("coverageScore", o.CoverageScore);
        json.WriteString("status", o.Status.ToString());
        json.WriteString("funnelPosition", o.FunnelPosition.ToString());
        WriteStringOrNull(json, "claimedStage", o.ClaimedStage?.ToString());

        // What each red flag cost, summing exactly to 100 - coverageScore.
        json.WriteStartArray("deductions");
        foreach (var deduction in o.ScoreDeductions)
        {
            WriteDeduction(json, deduction);
        }

        json.WriteEndArray();
        json.WriteStartArray("redFlags");
        foreach (var flag in o.RedFlags)
        {
            json.WriteStartObject();
            json.WriteString("code", flag.Code.ToString());
            json.WriteString("severity", flag.Severity.ToString());
            WriteStringOrNull(json, "person", flag.PersonId);
            json.WriteString("message", flag.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("strengths");
        foreach (var strength in o.Strengths)
        {
            json.WriteStartObject();
            json.WriteString("code", strength.Code.ToString());
            WriteStringOrNull(json, "person", strength.PersonId);
            json.WriteString("message", strength.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteRecommendationArray(json, recommendations);
        json.WriteEndObject();
    }

    private static void WriteRecommendationArray(Utf8JsonWriter json, IReadOnlyList<Recommendation> recommendations)
    {
        json.WriteStartArray("recommendations");
        foreach (var r in recommendations)
        {
            json.WriteStartObject();
            json.WriteNumber("rank", r.Rank);
            json.WriteString("person", r.Approach.Person.Id);
            WriteScore(json, "score", r.Score);
            json.WriteStartArray("reasons");
            foreach (var reason in r.Reasons)
            {
                json.WriteStringValue(reason.ToString());
            }

            json.WriteEndArray();
            WriteOwnership(json, r.Approach);
            json.WriteStartObject("goal");
            WriteGoal(json, r.Goal);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary><c>"person"</c>, then <see cref="WriteOwnership"/>: a meeting plan's and a campaign step's approach.</summary>
    private static void WriteApproach(Utf8JsonWriter json, Approach approach)
    {
        json.WriteString("person", approach.Person.Id);
        WriteOwnership(json, approach);
    }

    /// <summary>
    /// The owner, the companion (a seller id or null), the route seller first and person last (null when no admissible
    /// route reaches the person), and its strength: one writer for recommendations, meeting plans and campaign steps,
    /// so that <c>path</c> and <c>pathStrength</c> always come from the same route.
    /// </summary>
    private static void WriteOwnership(Utf8JsonWriter json, Approach approach)
    {
        WriteStringOrNull(json, "owner", approach.Owner?.Id);
        WriteStringOrNull(json, "companion", approach.Companion?.Id);
        if (approach.Route is not { } route)
        {
            json.WriteNull("path");
        }
        else
        {
            json.WriteStartArray("path");
            foreach (var party in route.Parties)
            {
                json.WriteStringValue(party.Id);
            }

            json.WriteEndArray();
        }

        WriteScore(json, "pathStrength", approach.RouteStrength);
    }

    private static void WriteGoal(Utf8JsonWriter json, MeetingGoal goal)
    {
        json.WriteString("bestAction", goal.BestAction);
        json.WriteString("minimumAction", goal.MinimumAction);
        json.WriteString("ask", goal.Ask);
    }

    /// <summary>Scores to two decimals, as in cli.md: more digits would promise a precision the method does not have.</summary>
    private static void WriteScore(Utf8JsonWriter json, string name, double value) =>
        json.WriteNumber(name, Math.Round(value, 2, MidpointRounding.AwayFromZero));

    private static void WriteDate(Utf8JsonWriter json, string name, DateTime date) =>
        json.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static class SerializerOptions
    {
        public static readonly JsonSerializerOptions Instance = Create();

        private static JsonSerializerOptions Create()
        {
            // A copy of Default keeps its type-info resolver, which a read-only instance needs; then ASP.NET Core's web names.
            var options = new JsonSerializerOptions(JsonSerializerOptions.Default)
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                PropertyNameCaseInsensitive = true,
                NumberHandling = JsonNumberHandling.AllowReadingFromString,
                WriteIndented = true,
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            };
#if NET9_0_OR_GREATER
            options.NewLine = "\n";
#endif
            options.Converters.Add(new JsonStringEnumConverter());
            options.Converters.Add(new AccountReviewConverter());
            options.MakeReadOnly();
            return options;
        }
    }

    /// <summary>An <see cref="AccountReview"/> as <see cref="WriteReview"/> writes it; results are written, never read back.</summary>
    private sealed class AccountReviewConverter : JsonConverter<AccountReview>
    {
        public override AccountReview Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("A review is computed from a plan as of a date: read the plan with PlanFile and review it with AccountReview.Create.");

        public override void Write(Utf8JsonWriter writer, AccountReview value, JsonSerializerOptions options) => WriteReview(writer, value);
    }
}
#endif
