using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BuyingCenter.Analysis;

namespace BuyingCenter.Benchmarks;

/// <summary>
/// Claim: the whole account review (coverage, admissible routes, centrality, threading, red flags, score, funnel)
/// of a 50-person buying group costs at most 15 times laying the plan's relationships out in arrays and walking them
/// once breadth-first (the baseline, <see cref="ArrayBaseline"/>).
/// </summary>
[MemoryDiagnoser]
public class ReviewBenchmarks
{
    private AccountPlan plan = null!;

    /// <summary><c>group50</c>: a 50-person buying group in a 400-person account; or the big plan of 20,000 people.</summary>
    [ParamsSource(nameof(Scenarios))]
    public string Scenario { get; set; } = "group50";

    public static IEnumerable<string> Scenarios() => Fixtures.ClaimScenarios();

    [GlobalSetup]
    public void Setup() => plan = Fixtures.Scenario(Scenario);

    [Benchmark(Baseline = true, Description = "Arrays + one BFS")]
    public int ArraysAndSearch() => ArrayBaseline.BuildAndSearch(plan);

    [Benchmark(Description = "QuikGraph graph + one BFS")]
    public int GraphAndSearch() => GraphBaseline.BuildAndSearch(plan);

    [Benchmark(Description = "AccountReview.Create")]
    public AccountReview Review() => AccountReview.Create(plan, Fixtures.AsOf);
}
