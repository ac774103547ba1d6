using System;
using System.Globalization;
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
            .ThenBy(r => r.Account.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Opportunity.Id, StringComparer.Ordinal)
            .ToList();
        CollectionAssert.AreEqual(expected, portfolio.Rows.ToList());
        Assert.IsTrue(portfolio.Rows[0].CoverageScore < portfolio.Rows[^1].CoverageScore, "a varied portfolio has varied scores");
    }

    [TestMethod]
    public void Create_AccountsReviewedByManyWorkers_RowsInTheOrderOfOneSortOfAll()
    {
        // Enough accounts that the parallel loop hands them to many short-lived workers, each sorting its own rows before
        // the lead merges them, and 300 of the accounts given again under another name (ties on score and both ids): the
        // rows are in the order one sort of all of them gives, and of two tied rows the one given first comes first.
        var originals = AccountGenerator.GeneratePortfolio(1_200, new AccountGeneratorOptions { People = 10, Opportunities = 1, Seed = 5 }).ToList();
        var copies = originals.Take(300).Select(p => p.ToBuilder().WithAccount(p.Account.Id, "Copy of " + p.Account.Name).Build());
        var plans = originals.Concat(copies).ToList();

        var rows = PortfolioReview.Create(plans, AsOf).Rows;

        Assert.AreEqual(1_500, rows.Count);
        var oneSort = rows
            .OrderBy(r => r.CoverageScore)
            .ThenBy(r => r.Account.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Opportunity.Id, StringComparer.Ordinal)
            .ToList();
        CollectionAssert.AreEqual(oneSort, rows.ToList());
        foreach (var tied in rows.GroupBy(r => r.Account.Id + "/" + r.Opportunity.Id).Where(g => g.Count() > 1))
        {
            CollectionAssert.AreEqual(
                new[] { false, true },
                tied.Select(r => r.Account.Name!.StartsWith("Copy of ", StringComparison.Ordinal)).ToList(),
                tied.Key + ": the account given first comes first");
        }
    }

    [TestMethod]
    public void Rows_KeptAfterTheReview_KeepNoAccountsAnalysis()
    {
        // A portfolio keeps its rows for thousands of accounts: a row that reached its account's analysis (graph, routes,
        // centrality) or review kept 26 KB per account alive, and every collection during the portfolio copied it.
        var portfolio = PortfolioReview.Create(Plans(8), AsOf);
        var kinds = new[] { typeof(AccountAnalysis), typeof(OpportunityReview), typeof(AccountReview), typeof(InfluenceAssessment) };
        Assert.IsTrue(
            Reachable.From(AccountReview.Create(Plans(1)[0], AsOf).Opportunities[0]).Any(o => o is AccountAnalysis),
            "the walk finds an analysis where one is kept");

        // What one row keeps of its own (beyond its plan and the options every row shares): its flags as values naming
        // their people's facts by place in one array, its next contact as fields. 8.8 objects and 1,035 bytes per row
        // here (24.4 and 2,461 when rows kept flag, facts and route objects); an object brought back (a context, a flag or facts object per item, the next
        // contact's route) or a few fields more break these bounds.
        var options = new AnalysisOptions();
        var plans = Plans(8);
        var rows = PortfolioReview.Create(plans, AsOf, options).Rows;
        var shared = Reachable.From(plans);
        shared.UnionWith(Reachable.From(options));
        var own = Reachable.From(rows).Where(o => !o.GetType().IsValueType && !shared.Contains(o) && !ReferenceEquals(o, rows)).ToList();
        var objectsPerRow = (double)own.Count / rows.Count;
        var bytesPerRow = (double)own.Sum(Reachable.SizeOf) / rows.Count;
        Assert.IsTrue(objectsPerRow <= 9, "a row keeps " + objectsPerRow.ToString("F1", CultureInfo.InvariantCulture) + " objects of its own");
        Assert.IsTrue(bytesPerRow <= 1060, "a row keeps " + bytesPerRow.ToString("F0", CultureInfo.InvariantCulture) + " bytes of its own");
        var keptTypes = own.Select(o => o.GetType()).Distinct().ToList();
        foreach (var type in new[] { typeof(RedFlag), typeof(ScoreDeduction), typeof(Approach), typeof(IntroductionPath), typeof(FlagContext), typeof(PersonFacts) })
        {
            CollectionAssert.DoesNotContain(keptTypes, type, "until read, a row keeps no " + type.Name);
        }

        foreach (var when in new[] { "as made", "once every member was read" })
        {
            var kept = Reachable.From(portfolio);
            var analysisTypes = kept.Select(o => o.GetType())
                .Where(t => kinds.Contains(t) || t.Namespace == "BuyingCenter.Graph")
                .Distinct()
                .Select(t => t.Name)
                .ToList();
            Assert.AreEqual(0, analysisTypes.Count, when + ", the rows reach " + string.Join(", ", analysisTypes));

            // Reading writes the sentences and deductions that were left unwritten: from what the row kept, not from an analysis.
            foreach (var row in portfolio.Rows)
            {
                Assert.IsTrue(row.WorstFlags.All(f => f.Message.Length > 0));
                Assert.AreEqual(100 - row.CoverageScore, row.Deductions.Sum(d => d.Points));
                Assert.IsTrue(row.Deductions.All(d => d.Flag.Message.Length > 0));
                _ = row.NextContact?.Route?.Hops.Count;
            }
        }
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
                var row = portfolio.Rows.Single(r => r.Account.Id == plan.Account.Id && r.Opportunity.Id == opportunity.Opportunity.Id);
                var top = Planner.Recommend(opportunity).FirstOrDefault();
                Assert.AreEqual(opportunity.CoverageScore, row.CoverageScore);
                Assert.AreEqual(opportunity.Status, row.Status);
                Assert.AreEqual(plan.Account.Name, row.Account.Name);
                CollectionAssert.AreEqual(
                    opportunity.RedFlags.Take(3).Select(f => (f.Code, f.Severity, f.PersonId, f.Message)).ToList(),
                    row.WorstFlags.Select(f => (f.Code, f.Severity, f.PersonId, f.Message)).ToList());
                CollectionAssert.AreEqual(
                    opportunity.ScoreDeductions.Select(d => (d.Flag.Code, d.Flag.Severity, d.Flag.PersonId, d.Points, d.Flag.Message)).ToList(),
                    row.Deductions.Select(d => (d.Flag.Code, d.Flag.Severity, d.Flag.PersonId, d.Points, d.Flag.Message)).ToList(),
                    "the row's deductions are the review's");
                foreach (var flag in row.WorstFlags)
                {
                    // A flag the row shows and that cost points is one flag, whichever list it is read from.
                    var charged = row.Deductions.FirstOrDefault(d => d.Flag.Code == flag.Code && d.Flag.PersonId == flag.PersonId && d.Flag.Message == flag.Message);
                    Assert.IsTrue(charged is null || ReferenceEquals(charged.Flag, flag));
                }

                Assert.AreEqual(top?.Approach.Person.Id, row.NextContact?.Person.Id);
                Assert.AreEqual(top?.Approach.Owner?.Id, row.NextContact?.Owner?.Id);
                Assert.AreSame(top?.Approach.Person, row.NextContact?.Person, "the row names the plan's own person");
                Assert.AreEqual(top?.Approach.Companion?.Id, row.NextContact?.Companion?.Id);
                Assert.AreEqual(DescribeRoute(top?.Approach.Route), DescribeRoute(row.NextContact?.Route), "the row's route is the recommendation's");
                var read = row.NextContact;
                Assert.AreSame(read, row.NextContact, "the next contact is made once");
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

    [TestMethod]
    public void Create_SameAccountGivenManyTimes_KeepsTheInputOrderBetweenItsRows()
    {
        // Exports of one account (same ids, same scores) that differ only in the account's name: the rows that tie on
        // score, account and opportunity follow the order the plans were given in, never the order the threads finished.
        // Twelve exports make 24 rows, more than a sort orders by insertion, so an unstable sort would show.
        var original = Plans(1)[0];
        var exports = Enumerable.Range(0, 12)
            .Select(i => original.ToBuilder().WithAccount(original.Account.Id, "Export " + i.ToString("D2", CultureInfo.InvariantCulture)).Build())
            .ToList();

        foreach (var plans in new[] { exports, Enumerable.Reverse(exports).ToList() })
        {
            var rows = PortfolioReview.Create(plans, AsOf).Rows;
            Assert.AreEqual(24, rows.Count);
            var given = plans.Select(p => p.Account.Name).ToList();
            foreach (var opportunity in rows.GroupBy(r => r.Opportunity.Id))
            {
                CollectionAssert.AreEqual(given, opportunity.Select(r => r.Account.Name).ToList(), opportunity.Key + ": the rows follow the plans' order");
            }
        }
    }

    [TestMethod]
    public void Create_AccountIdsAlikeInTheirFirstCharacters_RowsInOrdinalOrderOfTheIds()
    {
        // Exports of one account under ids that tie on score and differ anywhere: in their 16th or 17th character, past
        // the 16th only, by length (an id that is another's beginning, or that low character beyond it), and in characters above
        // 0x7FFF (a letter above 'z', a surrogate, U+FFFF). The rows follow the ids' ordinal order, whatever part of the
        // ids decides it.
        var original = Plans(1)[0];
        var ids = new[]
        {
            "customer-account-0010", "customer-account-0002", "customer-account-001", "customer-account-00100",
            "customer-accounts", "customer-account", "customer-accoun", "customer-accoun!", "customer-accounT",
            "c", "C", "\u00e9clair", "\ud83d\ude00 smile", "\uffff", "!", "customer-account-0010\u00e9", "zz",
        };
        var plans = ids.Select(id => original.ToBuilder().WithAccount(id, "Export of " + id).Build()).ToList();

        var rows = PortfolioReview.Create(plans, AsOf).Rows;

        Assert.AreEqual(2 * ids.Length, rows.Count);
        var expected = rows
            .OrderBy(r => r.CoverageScore)
            .ThenBy(r => r.Account.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Opportunity.Id, StringComparer.Ordinal)
            .Select(r => r.Account.Id + "/" + r.Opportunity.Id)
            .ToList();
        CollectionAssert.AreEqual(expected, rows.Select(r => r.Account.Id + "/" + r.Opportunity.Id).ToList());
        foreach (var opportunity in rows.GroupBy(r => r.Opportunity.Id))
        {
            Assert.AreEqual(1, opportunity.Select(r => r.CoverageScore).Distinct().Count(), "every export of " + opportunity.Key + " scores the same, so the ids decide");
        }
    }

    [TestMethod]
    public void Create_OneAccountWhoseRowsFillAWorkersRun_KeepsEveryRow()
    {
        // One account is one worker's: with 16 or 32 opportunities its rows fill the run's array exactly, and the merge
        // reads no place past the last row.
        foreach (var opportunities in new[] { 15, 16, 17, 32 })
        {
            var plan = AccountGenerator.Generate(new AccountGeneratorOptions { People = 25, Opportunities = opportunities, Seed = 3 });

            var rows = PortfolioReview.Create(new[] { plan }, AsOf).Rows;

            Assert.AreEqual(opportunities, rows.Count);
            var expected = rows.OrderBy(r => r.CoverageScore).ThenBy(r => r.Opportunity.Id, StringComparer.Ordinal).ToList();
            CollectionAssert.AreEqual(expected, rows.ToList(), opportunities + " opportunities");
        }
    }

    private static string Describe(PortfolioRow row) =>
        string.Join("|", row.Account.Id, row.Opportunity.Id, row.CoverageScore, row.Status, string.Join(",", row.WorstFlags.Select(f => f.Code + "@" + f.PersonId)), row.NextContact?.Person.Id, row.NextContact?.Owner?.Id);

    private static string? DescribeRoute(IntroductionPath? route) =>
        route is null
            ? null
            : string.Join(
                "|",
                string.Join(",", route.Parties.Select(p => p.Id)),
                string.Join(",", route.Hops.Select(h => h.From.Id + ">" + h.To.Id + " " + h.Kind + " " + h.Strength.ToString("R", CultureInfo.InvariantCulture))),
                route.Seller.Id,
                route.To.Id,
                route.Strength.ToString("R", CultureInfo.InvariantCulture),
                route.IsReengagement,
                route.LastInteraction?.ToString("o", CultureInfo.InvariantCulture),
                route.DaysSinceLastInteraction,
                route.IsDirect);

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
