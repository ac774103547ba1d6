using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Portfolio;
using BuyingCenter.Synthetic;

namespace BuyingCenter.Benchmarks;

/// <summary>
/// Claim: a portfolio review handles at least 20,000 accounts of 40 people per second on this machine, so a portfolio of
/// 10,000 accounts takes at most 0.5 s (throughput = <see cref="Accounts"/> / mean). The baseline reviews the same
/// accounts one after the other on one thread, so the ratio shows what the parallel portfolio gains.
/// </summary>
[MemoryDiagnoser]
public class PortfolioBenchmarks
{
    private List<AccountPlan> plans = null!;

    /// <summary>
    /// The number of accounts: 10,000 by default, 200 in a smoke run, or <c>BUYINGCENTER_PORTFOLIO_ACCOUNTS</c> when set
    /// (on a machine too busy to run 10,000 accounts per iteration in reasonable time).
    /// </summary>
    [ParamsSource(nameof(Sizes))]
    public int Accounts { get; set; } = 10_000;

    public static IEnumerable<int> Sizes()
    {
        var configured = Environment.GetEnvironmentVariable("BUYINGCENTER_PORTFOLIO_ACCOUNTS");
        return Fixtures.Smoke ? new[] { 200 }
            : configured is not null ? new[] { int.Parse(configured, CultureInfo.InvariantCulture) }
            : new[] { 10_000 };
    }

    [GlobalSetup]
    public void Setup() => plans = AccountGenerator.GeneratePortfolio(Accounts, new AccountGeneratorOptions { People = 40, Seed = 2026 }).ToList();

    [Benchmark(Baseline = true, Description = "Sequential review + recommend")]
    public int Sequential()
    {
        var rows = 0;
        foreach (var plan in plans)
        {
            foreach (var opportunity in AccountReview.Create(plan, Fixtures.AsOf).Opportunities)
            {
                rows += Planner.Recommend(opportunity).Count;
            }
        }

        return rows;
    }

    [Benchmark(Description = "PortfolioReview.Create")]
    public PortfolioReview Portfolio() => PortfolioReview.Create(plans, Fixtures.AsOf);
}
