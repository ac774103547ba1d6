using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Cli;

[TestClass]
public sealed class MapAndPortfolioTests
{
    [TestMethod]
    [DataRow("dot", "digraph")]
    [DataRow("svg", "<svg")]
    [DataRow("mermaid", "flowchart")]
    public void Map_EachFormat_WritesThatPicture(string format, string marker)
    {
        var run = CliRun.Run("map", CliRun.Sample, "--as-of", "2026-11-22", "--format", format);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, marker);
        StringAssert.Contains(run.Out, "Dana Lee");
    }

    [TestMethod]
    public void Map_TextFormat_Exits64()
    {
        var run = CliRun.Run("map", CliRun.Sample, "--format", "text");
        Assert.AreEqual(64, run.ExitCode, run.ToString());
    }

    [TestMethod]
    public void Portfolio_FolderWithAnInvalidPlan_ReportsTheRestRiskiestFirstAndExits65()
    {
        using var scratch = new ScratchFolder();
        scratch.Copy(CliRun.Sample);
        scratch.Copy(CliRun.Data("two-opportunities.json"));
        scratch.Copy(CliRun.Data("broken.json"));

        var run = CliRun.Run("portfolio", scratch.Path, "--as-of", "2026-11-22", "--format", "json");
        Assert.AreEqual(65, run.ExitCode, run.ToString());
        using var doc = JsonDocument.Parse(run.Out);
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.AreEqual(3, rows.Count, "one row per account and opportunity of the valid plans");
        var scores = rows.Select(r => r.GetProperty("coverageScore").GetInt32()).ToList();
        CollectionAssert.AreEqual(scores.OrderBy(s => s).ToList(), scores, "riskiest (lowest score) first");
        Assert.IsTrue(rows.All(r => r.GetProperty("worstFlags").GetArrayLength() <= 3));
        Assert.AreEqual("dana", rows[0].GetProperty("nextContact").GetProperty("person").GetString());
        var invalid = doc.RootElement.GetProperty("invalid").EnumerateArray().Single();
        StringAssert.EndsWith(invalid.GetProperty("file").GetString(), "broken.json");
        Assert.IsTrue(invalid.GetProperty("problems").GetArrayLength() >= 3);
        CollectionAssert.AreEqual(new[] { "path", "line", "column", "message" }, invalid.GetProperty("problems")[0].EnumerateObject().Select(p => p.Name).ToList(), "a problem as validate writes it, the file named once above");
    }

    [TestMethod]
    public void Portfolio_Text_ListsInvalidPlanProblemsOnStderr()
    {
        var run = CliRun.Run("portfolio", CliRun.Sample, CliRun.Data("broken.json"), "--as-of", "2026-11-22");
        Assert.AreEqual(65, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, "Northwind Logistics");
        StringAssert.Contains(run.Error, "line ");
    }

    [TestMethod]
    public void Portfolio_MissingFolder_Exits66()
    {
        var run = CliRun.Run("portfolio", Path.Combine(Path.GetTempPath(), "no-such-portfolio-folder"));
        Assert.AreEqual(66, run.ExitCode, run.ToString());
    }

    [TestMethod]
    public void Portfolio_Markdown_IsATable()
    {
        var run = CliRun.Run("portfolio", CliRun.Sample, "--as-of", "2026-11-22", "--format", "markdown");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, "| Account | Opportunity | Score |");
        StringAssert.Contains(run.Out, "`fleetview-2027`");
    }
}
