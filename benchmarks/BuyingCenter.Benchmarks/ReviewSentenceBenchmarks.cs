using BenchmarkDotNet.Attributes;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;

namespace BuyingCenter.Benchmarks;

/// <summary>
/// Claims: a review writes no red-flag sentence until one is read, so reviewing a 50-person buying group and then
/// reading every flag's sentence costs visibly more than the review alone (what a portfolio that prints few flags
/// saves); and checking options before first use costs a small part of one review (the planner checks its options
/// on every call, a portfolio once).
/// </summary>
[MemoryDiagnoser]
public class ReviewSentenceBenchmarks
{
    private readonly AnalysisOptions analysisOptions = new();
    private readonly PlanningOptions planningOptions = new();
    private AccountPlan plan = null!;

    [GlobalSetup]
    public void Setup() => plan = Fixtures.Scenario("group50");

    [Benchmark(Baseline = true, Description = "AccountReview.Create, no sentence read")]
    public AccountReview Review() => AccountReview.Create(plan, Fixtures.AsOf);

    [Benchmark(Description = "AccountReview.Create, every sentence read")]
    public int ReviewAndReadSentences()
    {
        var length = 0;
        foreach (var opportunity in AccountReview.Create(plan, Fixtures.AsOf).Opportunities)
        {
            foreach (var flag in opportunity.RedFlags)
            {
                length += flag.Message.Length;
            }
        }

        return length;
    }

    [Benchmark(Description = "AnalysisOptions.Validate")]
    public AnalysisOptions ValidateAnalysis()
    {
        analysisOptions.Validate();
        return analysisOptions;
    }

    [Benchmark(Description = "PlanningOptions.Validate")]
    public PlanningOptions ValidatePlanning()
    {
        planningOptions.Validate();
        return planningOptions;
    }
}
