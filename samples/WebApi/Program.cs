// A web API over the library: POST a plan (the JSON of plan-format.md), get back the review, whom to meet next, or a
// meeting plan, in exactly the JSON of `buyingcenter ... --format json` (cli.md). Run with:
//   dotnet run --project samples/WebApi
//   curl -X POST --data-binary @samples/northwind.json -H "Content-Type: application/json" \
//        "http://localhost:5000/next?asOf=2026-11-22"
using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Text.Json;
using BuyingCenter;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

// 1. The whole account review: coverage score, deductions, red flags, strengths and recommendations per opportunity.
//    Results.Json(review, ResultJson.Options) gives the same bytes when no opportunity is chosen.
app.MapPost("/review", async (HttpRequest request, string? asOf, string? opportunity, CancellationToken cancellationToken) =>
{
    var (plan, date, error) = await ReadAsync(request, asOf, cancellationToken);
    if (error is not null)
    {
        return error;
    }

    if (opportunity is not null && plan!.FindOpportunity(opportunity) is null)
    {
        return UnknownOpportunity(plan, opportunity);
    }

    var review = AccountReview.Create(plan!, date);
    return Json(json => ResultJson.WriteReview(json, review, opportunity));
});

// 2. Whom to meet next for one opportunity, best first: all of them, or the first `top`, as in the tool.
app.MapPost("/next", async (HttpRequest request, string? asOf, string? opportunity, int? top, CancellationToken cancellationToken) =>
{
    var (plan, date, error) = await ReadAsync(request, asOf, cancellationToken);
    if (error is not null)
    {
        return error;
    }

    if (top is < 1)
    {
        return Results.Problem($"top takes a positive number of recommendations, not {top}.", statusCode: StatusCodes.Status400BadRequest);
    }

    if (ChooseOpportunity(plan!, opportunity, out var chosen) is { } notChosen)
    {
        return notChosen;
    }

    var review = OpportunityReview.Create(plan!, date, chosen!.Id);
    var recommendations = Planner.Recommend(review);
    var shown = top is { } n ? recommendations.Take(n).ToList() : recommendations;
    return Json(json => ResultJson.WriteRecommendations(json, review, shown));
});

// 3. The plan of a meeting with one person: why they should meet us, best and minimum action, questions, preparation.
app.MapPost("/meeting/{personId}", async (HttpRequest request, string personId, string? asOf, string? opportunity, CancellationToken cancellationToken) =>
{
    var (plan, date, error) = await ReadAsync(request, asOf, cancellationToken);
    if (error is not null)
    {
        return error;
    }

    if (ChooseOpportunity(plan!, opportunity, out var chosen) is { } notChosen)
    {
        return notChosen;
    }

    if (plan!.FindPerson(personId) is null)
    {
        return Results.Problem($"The plan has no person with id \"{personId}\" (a seller is not met: name one of the customer's people).", statusCode: StatusCodes.Status404NotFound);
    }

    var review = OpportunityReview.Create(plan, date, chosen!.Id);
    MeetingPlan meeting;
    try
    {
        meeting = Planner.PlanMeeting(review, personId);
    }
    catch (PlanArgumentException e)
    {
        // The planner refuses, with a sentence fit for the user, a person it cannot plan for.
        return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
    }

    return Json(json => ResultJson.WriteMeetingPlan(json, meeting));
});

app.Run();

// 4. Reading the body: asynchronously (ASP.NET Core forbids synchronous reads of a request), and a plan with problems
//    is refused with every problem, each with its JSON path, line and column: the shape of `validate --format json`.
static async Task<(AccountPlan? Plan, DateTime AsOf, IResult? Error)> ReadAsync(HttpRequest request, string? asOf, CancellationToken cancellationToken)
{
    var date = DateTime.Today;
    if (asOf is not null && !DateTime.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
    {
        return (null, default, Results.Problem($"asOf takes a date as yyyy-MM-dd, such as 2026-11-22, not \"{asOf}\".", statusCode: StatusCodes.Status400BadRequest));
    }

    var read = await PlanFile.ReadAsync(request.Body, cancellationToken: cancellationToken);
    if (!read.Succeeded)
    {
        return (null, date, Json(json => ResultJson.WriteValidation(json, read.Problems), StatusCodes.Status400BadRequest));
    }

    return (read.Plan, date, null);
}

// 5. The opportunity: the one named, or the only one; a plan with several needs the query to say which, as the tool does.
static IResult? ChooseOpportunity(AccountPlan plan, string? id, out Opportunity? chosen)
{
    chosen = id is null
        ? plan.Opportunities.Count == 1 ? plan.Opportunities[0] : null
        : plan.FindOpportunity(id);
    if (chosen is not null)
    {
        return null;
    }

    return id is null
        ? Results.Problem($"The plan has {plan.Opportunities.Count} opportunities: choose one with ?opportunity= ({string.Join(", ", plan.Opportunities.Select(o => o.Id))}).", statusCode: StatusCodes.Status400BadRequest)
        : UnknownOpportunity(plan, id);
}

static IResult UnknownOpportunity(AccountPlan plan, string id) =>
    Results.Problem($"The plan has no opportunity with id \"{id}\"; its opportunities are {string.Join(", ", plan.Opportunities.Select(o => o.Id))}.", statusCode: StatusCodes.Status404NotFound);

// 6. The body is the library's contract, byte for byte the tool's JSON (without the tool's final line end).
static IResult Json(Action<Utf8JsonWriter> write, int statusCode = StatusCodes.Status200OK) =>
    Results.Text(ResultJson.ToUtf8Bytes(write), "application/json; charset=utf-8", statusCode);

/// <summary>The API's entry point, public so that tests run it in-process.</summary>
public partial class Program;
