using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BuyingCenter.Analysis;

namespace BuyingCenter.Benchmarks;

/// <summary>
/// Claim (issue 19): the review scales with the size of the account like a graph walk does: from 1,000 to 100,000 people
/// (five relationships per person) its ratio to the baseline rises by at most 25%. The baseline at each size lays the
/// plan's relationships out in arrays and walks them once breadth-first (<see cref="ArrayBaseline"/>), so a ratio
/// that stays flat across sizes means the review grows no faster than its floor.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private AccountPlan plan = null!;

    /// <summary>The number of people in the account.</summary>
    [ParamsSource(nameof(Sizes))]
    public int People { get; set; } = 100;

    public static IEnumerable<int> Sizes() => Fixtures.Smoke ? new[] { 100, 1_000 } : new[] { 100, 1_000, 10_000, 100_000 };

    [GlobalSetup]
    public void Setup() => plan = Fixtures.Large(People);

    [Benchmark(Baseline = true, Description = "Arrays + one BFS")]
    public int ArraysAndSearch() => ArrayBaseline.BuildAndSearch(plan);

    [Benchmark(Description = "QuikGraph graph + one BFS")]
    public int GraphAndSearch() => GraphBaseline.BuildAndSearch(plan);

    [Benchmark(Description = "AccountReview.Create")]
    public AccountReview Review() => AccountReview.Create(plan, Fixtures.AsOf);
}
