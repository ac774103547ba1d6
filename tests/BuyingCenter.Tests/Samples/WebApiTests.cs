using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BuyingCenter.Tests.Cli;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Samples;

/// <summary>
/// Runs samples/WebApi in-process, as a CRM developer's web API would be called: the JSON it returns is the tool's
/// JSON (cli.md) for the same plan and date, a bad plan is refused with every problem, and it holds under a small load.
/// </summary>
[TestClass]
public sealed class WebApiTests
{
    private const string AsOf = "2026-11-22";

    private static WebApplicationFactory<Program> factory = null!;

    [ClassInitialize]
    public static void StartApi(TestContext context) => factory = new WebApplicationFactory<Program>();

    [ClassCleanup]
    public static void StopApi() => factory.Dispose();

    private static async Task<(HttpStatusCode Status, string ContentType, string Body)> PostAsync(HttpClient client, string url, string planPath)
    {
        using var content = new StreamContent(File.OpenRead(planPath));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? string.Empty, await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    [DataRow("/review?asOf=" + AsOf, "review")]
    [DataRow("/next?asOf=" + AsOf, "next")]
    [DataRow("/next?asOf=" + AsOf + "&top=2", "next", "--top", "2")]
    [DataRow("/meeting/dana?asOf=" + AsOf, "meeting", "--person", "dana")]
    [DataRow("/meeting/lin?asOf=" + AsOf + "&opportunity=fleetview-2027", "meeting", "--person", "lin", "--opportunity", "fleetview-2027")]
    public async Task Post_SamplePlan_ReturnsTheToolsJsonByteForByte(string url, string command, params string[] options)
    {
        using var client = factory.CreateClient();

        var (status, contentType, body) = await PostAsync(client, url, CliRun.Sample);

        var tool = CliRun.Run(new[] { command, CliRun.Sample, "--as-of", AsOf, "--format", "json" }.Concat(options).ToArray());
        Assert.AreEqual(0, tool.ExitCode, tool.ToString());
        Assert.AreEqual(HttpStatusCode.OK, status, body);
        Assert.AreEqual("application/json", contentType);

        // The tool ends its output with a line end for the terminal; the bytes before it are the same contract.
        Assert.AreEqual(tool.Out, body + "\n");
    }

    [TestMethod]
    public async Task Review_SamplePlan_HasTheDocumentedShape()
    {
        using var client = factory.CreateClient();

        var (_, _, body) = await PostAsync(client, "/review?asOf=" + AsOf, CliRun.Sample);

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        CollectionAssert.AreEqual(new[] { "account", "asOf", "opportunities" }, root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.AreEqual("northwind", root.GetProperty("account").GetString());
        Assert.AreEqual(AsOf, root.GetProperty("asOf").GetString());
        var opportunity = root.GetProperty("opportunities")[0];
        CollectionAssert.AreEqual(
            new[] { "id", "coverageScore", "status", "funnelPosition", "claimedStage", "deductions", "redFlags", "strengths", "recommendations" },
            opportunity.EnumerateObject().Select(p => p.Name).ToArray());

        // Enums are their names, never numbers; the plan is not repeated (only ids), so the answer stays small.
        StringAssert.Matches(opportunity.GetProperty("status").GetString(), new System.Text.RegularExpressions.Regex("^(Red|Amber|Green)$"));
        Assert.AreEqual(JsonValueKind.String, opportunity.GetProperty("redFlags")[0].GetProperty("severity").ValueKind);
        Assert.IsLessThan(new FileInfo(CliRun.Sample).Length * 2, Encoding.UTF8.GetByteCount(body), "the review is about the plan, not a copy of it");
    }

    [TestMethod]
    public async Task Post_BrokenPlan_Returns400WithEveryProblemAsValidateDoes()
    {
        using var client = factory.CreateClient();
        var broken = CliRun.Data("broken.json");

        var (status, contentType, body) = await PostAsync(client, "/review?asOf=" + AsOf, broken);

        Assert.AreEqual(HttpStatusCode.BadRequest, status);
        Assert.AreEqual("application/json", contentType);
        var validate = CliRun.Run("validate", broken, "--format", "json");
        Assert.AreEqual(65, validate.ExitCode, validate.ToString());
        Assert.AreEqual(validate.Out, body + "\n");
        using var document = JsonDocument.Parse(body);
        var problems = document.RootElement.GetProperty("problems");
        Assert.IsGreaterThan(1, problems.GetArrayLength(), "every problem, not the first only");
        foreach (var problem in problems.EnumerateArray())
        {
            CollectionAssert.AreEqual(new[] { "path", "line", "column", "message" }, problem.EnumerateObject().Select(p => p.Name).ToArray());
        }
    }

    [TestMethod]
    [DataRow("/next?asOf=22.11.2026", HttpStatusCode.BadRequest, "yyyy-MM-dd")]
    [DataRow("/next?asOf=" + AsOf + "&opportunity=nope", HttpStatusCode.NotFound, "fleetview-2027")]
    [DataRow("/meeting/nobody?asOf=" + AsOf, HttpStatusCode.NotFound, "nobody")]
    [DataRow("/next?asOf=" + AsOf + "&top=0", HttpStatusCode.BadRequest, "positive")]
    public async Task Post_BadRequest_SaysWhatIsWrong(string url, HttpStatusCode expected, string said)
    {
        using var client = factory.CreateClient();

        var (status, _, body) = await PostAsync(client, url, CliRun.Sample);

        Assert.AreEqual(expected, status, body);
        StringAssert.Contains(body, said);
    }

    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    public async Task Next_200RequestsOver8Clients_AllSucceedWithTheSameAnswer()
    {
        const int Requests = 200;
        const int Clients = 8;
        var expected = CliRun.Run("next", CliRun.Sample, "--as-of", AsOf, "--format", "json").Out;
        var failures = 0;
        var next = -1;
        var watch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            using var client = factory.CreateClient();
            while (Interlocked.Increment(ref next) < Requests)
            {
                var (status, _, body) = await PostAsync(client, "/next?asOf=" + AsOf, CliRun.Sample);
                if (status != HttpStatusCode.OK || body + "\n" != expected)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));

        Assert.AreEqual(0, failures, $"{failures} of {Requests} requests failed or answered differently ({watch.Elapsed.TotalSeconds:0.0} s)");
    }
}
