using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;

namespace BuyingCenter.Benchmarks;

/// <summary>
/// Claims: from a review, the ranked recommendations plus the meeting plan for the top one take under 50 microseconds
/// and 64 KB for a 50-person buying group (<see cref="RecommendFromReview"/>); and on the big plan, review plus
/// recommendations plus meeting plan costs at most 1.5 times the review alone (the baseline).
/// </summary>
[MemoryDiagnoser]
public class RecommendationBenchmarks
{
    private AccountPlan plan = null!;
    private OpportunityReview review = null!;

    /// <summary><c>group50</c>: a 50-person buying group in a 400-person account; or the big plan of 20,000 people.</summary>
    [ParamsSource(nameof(Scenarios))]
    public string Scenario { get; set; } = "group50";

    public static IEnumerable<string> Scenarios() => Fixtures.ClaimScenarios();

    [GlobalSetup]
    public void Setup()
    {
        plan = Fixtures.Scenario(Scenario);
        review = AccountReview.Create(plan, Fixtures.AsOf).Opportunities[0];
    }

    [Benchmark(Baseline = true, Description = "Review alone")]
    public AccountReview ReviewAlone() => AccountReview.Create(plan, Fixtures.AsOf);

    [Benchmark(Description = "Review + recommend + meeting")]
    public MeetingPlan ReviewRecommendAndPlan() => RecommendAndPlan(AccountReview.Create(plan, Fixtures.AsOf).Opportunities[0]);

    [Benchmark(Description = "Recommend + meeting (review done)")]
    public MeetingPlan RecommendFromReview() => RecommendAndPlan(review);

    private static MeetingPlan RecommendAndPlan(OpportunityReview opportunity)
    {
        var recommendations = Planner.Recommend(opportunity);
        return Planner.PlanMeeting(opportunity, recommendations[0].Approach.Person.Id);
    }
}
