using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using BuyingCenter.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BuyingCenter.Benchmarks;

/// <summary>
/// Claim: reading and validating a plan file costs at most 1.5 times what Newtonsoft.Json needs just to parse the
/// same bytes into a <see cref="JToken"/> tree (the baseline), so the model, the validation and the line numbers are nearly free.
/// </summary>
[MemoryDiagnoser]
public class ReadPlanBenchmarks
{
    private byte[] bytes = System.Array.Empty<byte>();

    /// <summary>The plan: <c>people-50</c> (50 people) or the big one (20,000 people, 100,000 relationships, about 8 MB).</summary>
    [ParamsSource(nameof(Scenarios))]
    public string Scenario { get; set; } = "people-50";

    public static IEnumerable<string> Scenarios() => new[] { "people-50", Fixtures.BigScenario };

    [GlobalSetup]
    public void Setup()
    {
        bytes = Fixtures.Utf8Json(Fixtures.Scenario(Scenario));
        var result = PlanFile.Read(new MemoryStream(bytes));
        if (!result.Succeeded)
        {
            throw new InvalidDataException("The generated plan does not read back: " + string.Join("; ", result.Problems));
        }
    }

    [Benchmark(Baseline = true, Description = "JToken parse")]
    public JToken ParseJToken()
    {
        using var reader = new JsonTextReader(new StreamReader(new MemoryStream(bytes)));
        return JToken.ReadFrom(reader);
    }

    [Benchmark(Description = "PlanFile.Read")]
    public AccountPlan? ReadPlan() => PlanFile.Read(new MemoryStream(bytes)).Plan;
}
