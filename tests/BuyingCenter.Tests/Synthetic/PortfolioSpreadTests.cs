using System;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Portfolio;
using BuyingCenter.Synthetic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Synthetic;

[TestClass]
public sealed class PortfolioSpreadTests
{
    [TestMethod]
    public void Review_GeneratedPortfolio_ScoresSpreadOverAllThreeBands()
    {
        var plans = AccountGenerator.GeneratePortfolio(60).ToList();
        var portfolio = PortfolioReview.Create(plans, AccountGeneratorOptions.DefaultAsOf);
        var rows = portfolio.Rows;

        Console.WriteLine(string.Join(" ", rows.Select(r => r.CoverageScore)));
        foreach (var status in new[] { CoverageStatus.Red, CoverageStatus.Amber, CoverageStatus.Green })
        {
            Assert.IsTrue(rows.Any(r => r.Status == status), $"no {status} deal among {rows.Count}: " + string.Join(" ", rows.Select(r => r.CoverageScore)));
        }

        Assert.IsTrue(rows.Select(r => r.CoverageScore).Distinct().Count() >= rows.Count / 4, "lowest score first means something only when scores differ");
        Assert.IsTrue(rows.All(r => r.Deductions.Sum(d => d.Points) == 100 - r.CoverageScore));
    }
}
