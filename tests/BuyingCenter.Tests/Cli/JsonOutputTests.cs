using System.Linq;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Cli;

/// <summary>The JSON of cli.md is a public contract: programs read these property names.</summary>
[TestClass]
public sealed class JsonOutputTests
{
    private static readonly string[] RecommendationProperties = { "rank", "person", "score", "reasons", "owner", "companion", "path", "pathStrength", "goal" };

    [TestMethod]
    public void Next_Json_HasTheContractProperties()
    {
        using var doc = Parse("next", CliRun.Sample, "--as-of", "2026-11-22", "--format", "json");
        var root = doc.RootElement;
        CollectionAssert.AreEqual(new[] { "account", "opportunity", "asOf", "recommendations" }, Names(root));
        Assert.AreEqual("northwind", root.GetProperty("account").GetString());
        Assert.AreEqual("fleetview-2027", root.GetProperty("opportunity").GetString());
        Assert.AreEqual("2026-11-22", root.GetProperty("asOf").GetString());
        var first = root.GetProperty("recommendations")[0];
        CollectionAssert.AreEqual(RecommendationProperties, Names(first));
        Assert.AreEqual(1, first.GetProperty("rank").GetInt32());
        CollectionAssert.AreEqual(new[] { "bestAction", "minimumAction", "ask" }, Names(first.GetProperty("goal")));
        if (first.GetProperty("path").ValueKind == JsonValueKind.Array)
        {
            var path = first.GetProperty("path").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.AreEqual(first.GetProperty("person").GetString(), path[^1], "a path ends with the person");
            Assert.AreEqual(first.GetProperty("owner").GetString(), path[0], "a path starts with the owning seller");
        }
    }

    [TestMethod]
    public void Next_Top_LimitsTheList()
    {
        using var doc = Parse("next", CliRun.Sample, "--as-of", "2026-11-22", "--format", "json", "--top", "2");
        Assert.AreEqual(2, doc.RootElement.GetProperty("recommendations").GetArrayLength());
    }

    [TestMethod]
    public void Review_Json_HasTheContractProperties()
    {
        using var doc = Parse("review", CliRun.Sample, "--as-of", "2026-11-22", "--format", "json");
        var root = doc.RootElement;
        CollectionAssert.AreEqual(new[] { "account", "asOf", "opportunities" }, Names(root));
        var opportunity = root.GetProperty("opportunities")[0];
        CollectionAssert.AreEqual(
            new[] { "id", "coverageScore", "status", "funnelPosition", "claimedStage", "deductions", "redFlags", "strengths", "recommendations" },
            Names(opportunity));
        var deductions = opportunity.GetProperty("deductions");
        CollectionAssert.AreEqual(new[] { "code", "person", "points", "message" }, Names(deductions[0]));
        Assert.AreEqual(100 - opportunity.GetProperty("coverageScore").GetInt32(), deductions.EnumerateArray().Sum(d => d.GetProperty("points").GetDecimal()));
        CollectionAssert.Contains(new[] { "Red", "Amber", "Green" }, opportunity.GetProperty("status").GetString());
        Assert.AreEqual("BestFew", opportunity.GetProperty("claimedStage").GetString());
        CollectionAssert.AreEqual(new[] { "code", "severity", "person", "message" }, Names(opportunity.GetProperty("redFlags")[0]));
        foreach (var strength in opportunity.GetProperty("strengths").EnumerateArray())
        {
            CollectionAssert.AreEqual(new[] { "code", "person", "message" }, Names(strength));
        }

        CollectionAssert.AreEqual(RecommendationProperties, Names(opportunity.GetProperty("recommendations")[0]));
    }

    [TestMethod]
    public void Review_OpportunityChosen_ShowsOnlyThatOne()
    {
        using var doc = Parse("review", CliRun.Data("two-opportunities.json"), "--as-of", "2026-11-22", "--format", "json", "--opportunity", "dispatch-upgrade");
        var ids = doc.RootElement.GetProperty("opportunities").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToList();
        CollectionAssert.AreEqual(new[] { "dispatch-upgrade" }, ids);
    }

    [TestMethod]
    public void Meeting_Json_HasTheContractProperties()
    {
        using var doc = Parse("meeting", CliRun.Sample, "--person", "dana", "--as-of", "2026-11-22", "--format", "json");
        var root = doc.RootElement;
        CollectionAssert.AreEqual(
            new[] { "account", "opportunity", "person", "owner", "companion", "path", "pathStrength", "validBusinessReason", "bestAction", "minimumAction", "ask", "questions", "give", "preparation", "steppingStone" },
            Names(root));
        Assert.AreEqual("dana", root.GetProperty("person").GetString());
        var kinds = new[] { "Confirmation", "NewInformation", "Attitude", "Commitment", "BasicIssue" };
        Assert.IsTrue(root.GetProperty("questions").GetArrayLength() > 0);
        foreach (var question in root.GetProperty("questions").EnumerateArray())
        {
            CollectionAssert.AreEqual(new[] { "kind", "text" }, Names(question));
            CollectionAssert.Contains(kinds, question.GetProperty("kind").GetString());
        }
    }

    [TestMethod]
    public void Campaign_Json_HasTheContractPropertiesAndTheRequestedLength()
    {
        using var doc = Parse("campaign", CliRun.Sample, "--as-of", "2026-11-22", "--format", "json", "--meetings", "3");
        var root = doc.RootElement;
        CollectionAssert.AreEqual(new[] { "account", "opportunity", "asOf", "meetings", "assumptions" }, Names(root));
        var meetings = root.GetProperty("meetings");
        Assert.IsTrue(meetings.GetArrayLength() is > 0 and <= 3, meetings.ToString());
        CollectionAssert.AreEqual(
            new[] { "step", "date", "person", "owner", "companion", "path", "pathStrength", "bestAction", "minimumAction", "ask", "steppingStone" },
            Names(meetings[0]));
        Assert.AreEqual(1, meetings[0].GetProperty("step").GetInt32());
    }

    [TestMethod]
    public void Validate_ValidPlanJson_IsValidTrueOnly()
    {
        using var doc = Parse("validate", CliRun.Sample, "--format", "json");
        CollectionAssert.AreEqual(new[] { "valid" }, Names(doc.RootElement));
        Assert.IsTrue(doc.RootElement.GetProperty("valid").GetBoolean());
    }

    [TestMethod]
    public void Validate_BrokenPlanJson_ListsProblemsOnStdoutAndExits65()
    {
        var run = CliRun.Run("validate", CliRun.Data("broken.json"), "--format", "json");
        Assert.AreEqual(65, run.ExitCode, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        Assert.IsFalse(doc.RootElement.GetProperty("valid").GetBoolean());
        var problems = doc.RootElement.GetProperty("problems");
        Assert.IsTrue(problems.GetArrayLength() >= 3, run.ToString());
        foreach (var problem in problems.EnumerateArray())
        {
            CollectionAssert.AreEqual(new[] { "path", "line", "column", "message" }, Names(problem));
            StringAssert.StartsWith(problem.GetProperty("path").GetString(), "$");
        }

        Assert.IsTrue(problems.EnumerateArray().Any(p => p.GetProperty("path").GetString()!.Contains("rating", System.StringComparison.Ordinal)), run.Out);
    }

    [TestMethod]
    public void Validate_SeveralFilesJson_NamesTheFileOfEachProblem()
    {
        var run = CliRun.Run("validate", CliRun.Sample, CliRun.Data("broken.json"), "--format", "json");
        Assert.AreEqual(65, run.ExitCode, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        foreach (var problem in doc.RootElement.GetProperty("problems").EnumerateArray())
        {
            CollectionAssert.AreEqual(new[] { "file", "path", "line", "column", "message" }, Names(problem));
            StringAssert.EndsWith(problem.GetProperty("file").GetString(), "broken.json");
        }
    }

    [TestMethod]
    public void Review_InvalidPlanJson_PutsTheValidateShapeOnStdout()
    {
        var run = CliRun.Run("review", CliRun.Data("broken.json"), "--format", "json");
        Assert.AreEqual(65, run.ExitCode, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        Assert.IsFalse(doc.RootElement.GetProperty("valid").GetBoolean());
    }

    private static JsonDocument Parse(params string[] args)
    {
        var run = CliRun.Run(args);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual(string.Empty, run.Error, "JSON mode prints nothing else");
        return JsonDocument.Parse(run.Out);
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();
}
