using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Cli;

/// <summary>
/// The review plans meeting sheets only where its output prints them: the HTML report has the first three
/// recommendations' sheets, in rank order, without a browser to read them.
/// </summary>
[TestClass]
public sealed class ReviewMeetingSheetsTests
{
    [TestMethod]
    public void Review_Html_ThreeMeetingSheetsInRankOrder()
    {
        var run = CliRun.Run("review", CliRun.Sample, "--as-of", "2026-11-22", "--format", "html");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var ranks = Regex.Matches(run.Out, "<article class=\"sheet\"><h4>(\\d+)\\. ");
        Assert.AreEqual(3, ranks.Count, run.Out);
        for (var i = 0; i < ranks.Count; i++)
        {
            Assert.AreEqual((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ranks[i].Groups[1].Value);
        }
    }
}
