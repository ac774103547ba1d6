using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BuyingCenter.Analysis;
using BuyingCenter.Graph;
using BuyingCenter.Synthetic;

namespace BuyingCenter.Benchmarks;

/// <summary>
/// Claim: centrality solved (listening circles one at a time, each exactly: <c>AccountGraph.ComputeCentrality</c>) costs
/// a fraction of the PageRank's power iteration to its documented tolerance (<c>AccountGraph.IterateCentrality</c>, what
/// a review ran before, kept as the reference), over the first <see cref="Accounts"/> accounts of the portfolio benchmark
/// (40 people each, seed 2026). Allocation: the result array per account and nothing else.
/// </summary>
[MemoryDiagnoser]
public class CentralityBenchmarks
{
    private List<AccountGraph> graphs = null!;

    /// <summary>How many accounts of the portfolio each operation covers.</summary>
    [Params(1_000)]
    public int Accounts { get; set; } = 1_000;

    [GlobalSetup]
    public void Setup() => graphs = AccountGenerator.GeneratePortfolio(Accounts, new AccountGeneratorOptions { People = 40, Seed = 2026 })
        .Select(plan => new AccountGraph(plan, Fixtures.AsOf, new AnalysisOptions()))
        .ToList();

    [Benchmark(Baseline = true, Description = "Power iteration to the tolerance")]
    public double Iterated()
    {
        var total = 0.0;
        foreach (var graph in graphs)
        {
            total += graph.IterateCentrality(AccountGraph.CentralityTolerance, AccountGraph.CentralityMaxIterations, out _)[0];
        }

        return total;
    }

    [Benchmark(Description = "Solved circle by circle")]
    public double Solved()
    {
        var total = 0.0;
        foreach (var graph in graphs)
        {
            total += graph.ComputeCentrality()[0];
        }

        return total;
    }
}
