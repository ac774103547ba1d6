using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Portfolio;
using BuyingCenter.Synthetic;

namespace BuyingCenter.Benchmarks;

/// <summary>
/// Claim: a portfolio review handles at least 20,000 accounts of 40 people per second on this machine, i.e. at most
/// 50 microseconds per account (times below are per account). The baseline reviews the same accounts one after
/// the other on one thread, so the ratio shows what the parallel portfolio gains.
/// </summary>
[MemoryDiagnoser]
public class PortfolioBenchmarks
{
    private const int Accounts = 10_000;
    private List<AccountPlan> plans = null!;

    [GlobalSetup]
    public void Setup() => plans = AccountGenerator.GeneratePortfolio(Accounts, new AccountGeneratorOptions { People = 40, Seed = 2026 }).ToList();

    [Benchmark(Baseline = true, OperationsPerInvoke = Accounts, Description = "Sequential review + recommend")]
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

    [Benchmark(OperationsPerInvoke = Accounts, Description = "PortfolioReview.Create")]
    public PortfolioReview Portfolio() => PortfolioReview.Create(plans, Fixtures.AsOf);
}
