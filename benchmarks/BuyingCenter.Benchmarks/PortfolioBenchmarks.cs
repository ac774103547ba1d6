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
/// Claims (issue 19): a portfolio review handles at least 40,000 accounts of 40 people per second on this 2-core
/// machine, so a portfolio of 10,000 accounts takes at most 0.25 s (throughput = <see cref="Accounts"/> / mean of
/// <see cref="Portfolio"/>); and one account's review costs at most 15 times one array breadth-first search over the
/// same account (<see cref="Sequential"/> against the baseline, which lays out every account's relationships in arrays
/// and walks them once from the sellers, <see cref="ArrayBaseline"/>, one account after the other on one thread).
/// </summary>
/// <remarks>
/// Measured under the server garbage collector, the tool's setting (<c>ServerGarbageCollection</c> in the tool's project,
/// chosen because it measured best for <c>portfolio</c>) and ASP.NET Core's default: BenchmarkDotNet builds its process
/// with it. An in-process run (<c>--inProcess</c>) keeps the process's own collector, which the summary prints
/// (<c>GC=Concurrent Workstation</c> unless <c>DOTNET_gcServer=1</c> is set).
/// </remarks>
[MemoryDiagnoser]
[GcServer(true)]
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

    [Benchmark(Baseline = true, Description = "Arrays + one BFS per account")]
    public int ArraysAndSearch()
    {
        var reached = 0;
        foreach (var plan in plans)
        {
            reached += ArrayBaseline.BuildAndSearch(plan);
        }

        return reached;
    }

    [Benchmark(Description = "Sequential review")]
    public int SequentialReview()
    {
        var rows = 0;
        foreach (var plan in plans)
        {
            rows += AccountReview.Create(plan, Fixtures.AsOf).Opportunities.Count;
        }

        return rows;
    }

    [Benchmark(Description = "Sequential review + recommend")]
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
