using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BuyingCenter;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Portfolio;
using BuyingCenter.Synthetic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Portfolio;

[TestClass]
public sealed class PortfolioReviewTests
{
    private static readonly DateTime AsOf = AccountGeneratorOptions.DefaultAsOf;

    private static List<AccountPlan> Plans(int count) =>
        AccountGenerator.GeneratePortfolio(count, new AccountGeneratorOptions { People = 25, Opportunities = 2, Seed = 77 }).ToList();

    [TestMethod]
    public void Create_ManyAccounts_RowsAreRiskiestFirstThenByAccountAndOpportunity()
    {
        var portfolio = PortfolioReview.Create(Plans(60), AsOf);

        Assert.AreEqual(120, portfolio.Rows.Count);
        Assert.AreEqual(60, portfolio.AccountCount);
        var expected = portfolio.Rows
            .OrderBy(r => r.CoverageScore)
            .ThenBy(r => r.AccountId, StringComparer.Ordinal)
            .ThenBy(r => r.OpportunityId, StringComparer.Ordinal)
            .ToList();
        CollectionAssert.AreEqual(expected, portfolio.Rows.ToList());
        Assert.IsTrue(portfolio.Rows[0].CoverageScore < portfolio.Rows[^1].CoverageScore, "a varied portfolio has varied scores");
    }

    [TestMethod]
    public void Create_EachRow_MatchesTheSingleAccountReviewAndTopRecommendation()
    {
        var plans = Plans(12);
        var portfolio = PortfolioReview.Create(plans, AsOf);

        foreach (var plan in plans)
        {
            foreach (var opportunity in AccountReview.Create(plan, AsOf).Opportunities)
            {
                var row = portfolio.Rows.Single(r => r.AccountId == plan.Account.Id && r.OpportunityId == opportunity.Opportunity.Id);
                var top = Planner.Recommend(opportunity).FirstOrDefault();
                Assert.AreEqual(opportunity.CoverageScore, row.CoverageScore);
                Assert.AreEqual(opportunity.Status, row.Status);
                Assert.AreEqual(plan.Account.Name, row.AccountName);
                CollectionAssert.AreEqual(opportunity.RedFlags.Take(3).ToList(), row.WorstFlags.ToList());
                Assert.AreEqual(top?.Approach.Person.Id, row.NextContact?.PersonId);
                Assert.AreEqual(top?.Approach.Owner?.Id, row.NextContact?.OwnerId);
            }
        }
    }

    [TestMethod]
    public void Create_SamePlansInAnotherOrder_GivesTheSameRows()
    {
        var plans = Plans(40);
        var reversed = Enumerable.Reverse(plans).ToList();

        CollectionAssert.AreEqual(
            PortfolioReview.Create(plans, AsOf).Rows.Select(Describe).ToList(),
            PortfolioReview.Create(reversed, AsOf).Rows.Select(Describe).ToList());
    }

    private static string Describe(PortfolioRow row) =>
        string.Join("|", row.AccountId, row.OpportunityId, row.CoverageScore, row.Status, string.Join(",", row.WorstFlags.Select(f => f.Code + "@" + f.PersonId)), row.NextContact?.PersonId, row.NextContact?.OwnerId);

    [TestMethod]
    public void Create_WithProgress_ReportsEveryAccountInIncreasingOrder()
    {
        var reported = new List<int>();
        var progress = new SynchronousProgress(reported.Add);

        PortfolioReview.Create(Plans(30), AsOf, progress: progress);

        CollectionAssert.AreEqual(Enumerable.Range(1, 30).ToList(), reported);
    }

    [TestMethod]
    public void Create_Cancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsExactly<OperationCanceledException>(() => PortfolioReview.Create(Plans(10), AsOf, cancellationToken: cancellation.Token));
    }

    [TestMethod]
    public void Create_NullPlanInTheSequence_ThrowsArgumentNullNotAggregate()
    {
        var plans = Plans(3).Append(null!);

        Assert.ThrowsExactly<ArgumentNullException>(() => PortfolioReview.Create(plans, AsOf));
    }

    /// <summary>Unlike <see cref="Progress{T}"/>, reports on the calling thread, so the test sees every value before Create returns.</summary>
    private sealed class SynchronousProgress : IProgress<int>
    {
        private readonly Action<int> report;

        public SynchronousProgress(Action<int> report) => this.report = report;

        public void Report(int value) => report(value);
    }
}
