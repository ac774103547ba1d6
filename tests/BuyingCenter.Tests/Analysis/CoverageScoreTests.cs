using System.Linq;
using BuyingCenter;
using BuyingCenter.Analysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Analysis;

[TestClass]
public sealed class CoverageScoreTests
{
    [TestMethod]
    public void Review_NoFlag_Scores100Green()
    {
        var review = Plans.Healthy().Review();

        Assert.AreEqual(100, review.CoverageScore);
        Assert.AreEqual(CoverageStatus.Green, review.Status);
        Assert.AreEqual(0, review.ScoreDeductions.Count);
    }

    [TestMethod]
    public void Review_Deductions_OnePerFlagBySeverityAndSumToLostPoints()
    {
        var review = Plans.Healthy()
            .WithInfluence("kim", i => i with { Rating = null, Mode = ResponseMode.EvenKeel })
            .WithInfluence("pat", i => i with { Roles = BuyingRoles.User })
            .Review();

        CollectionAssert.AreEqual(review.RedFlags.ToArray(), review.ScoreDeductions.Select(d => d.Flag).ToArray());
        Assert.AreEqual(35 + 5 + 1, review.ScoreDeductions.Sum(d => d.Points), "NoCoach High, LowReceptivity Medium, MissingInformation Low");
        Assert.AreEqual(59, review.CoverageScore);
        Assert.AreEqual(CoverageStatus.Amber, review.Status);
    }

    [TestMethod]
    public void Review_ManyFlags_ScoreFlooredAtZeroAndRed()
    {
        var review = AccountReview.Create(Plans.Northwind(), Plans.AsOf, new AnalysisOptions { MediumSeverityPoints = 40 }).Opportunities.Single();

        Assert.IsTrue(review.ScoreDeductions.Sum(d => d.Points) > 100);
        Assert.AreEqual(0, review.CoverageScore);
        Assert.AreEqual(CoverageStatus.Red, review.Status);
    }

    [TestMethod]
    [DataRow(30, 70, CoverageStatus.Green)]
    [DataRow(31, 69, CoverageStatus.Amber)]
    [DataRow(60, 40, CoverageStatus.Amber)]
    [DataRow(61, 39, CoverageStatus.Red)]
    public void Review_OneMediumFlag_StatusBandsAtBoundaries(int points, int score, CoverageStatus status)
    {
        var review = Plans.Healthy()
            .WithInfluence("kim", i => i with { Mode = ResponseMode.EvenKeel })
            .Review(new AnalysisOptions { MediumSeverityPoints = points });

        Assert.AreEqual(score, review.CoverageScore);
        Assert.AreEqual(status, review.Status);
    }

    [TestMethod]
    public void Review_Northwind_ScoreIsHundredMinusDeductions()
    {
        var review = AccountReview.Create(Plans.Northwind(), Plans.AsOf).Opportunities.Single();

        Assert.AreEqual(System.Math.Max(0, 100 - review.ScoreDeductions.Sum(d => d.Points)), review.CoverageScore);
        Assert.AreEqual(CoverageStatus.Red, review.Status, "an uncovered Economic Buyer and ten Medium gaps");
    }
}
