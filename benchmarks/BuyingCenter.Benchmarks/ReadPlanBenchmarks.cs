using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using BuyingCenter.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BuyingCenter.Benchmarks;

/// <summary>
/// Claim (issue 19): reading and validating a plan file costs at most 2 times the floor of reading JSON at all: a bare
/// <see cref="JsonTextReader"/> loop over the same bytes that looks at every token and builds nothing (the baseline).
/// Whatever <c>PlanFile.Read</c> costs above that is the model, the validation and the line numbers.
/// <see cref="JToken"/> parsing of the same bytes is measured too, as the cost of the obvious way of reading a plan.
/// </summary>
[MemoryDiagnoser]
public class ReadPlanBenchmarks
{
    private byte[] bytes = System.Array.Empty<byte>();

    /// <summary>The plan: <c>people-40</c> (a typical account, about 30 KB) or the big one (20,000 people, 100,000 relationships, about 13 MB).</summary>
    [ParamsSource(nameof(Scenarios))]
    public string Scenario { get; set; } = "people-40";

    public static IEnumerable<string> Scenarios() => new[] { "people-40", Fixtures.BigScenario };

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

    [Benchmark(Baseline = true, Description = "JsonTextReader token loop")]
    public int TokenLoop()
    {
        using var reader = new JsonTextReader(new StreamReader(new MemoryStream(bytes))) { DateParseHandling = DateParseHandling.None };
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Description = "JToken parse")]
    public JToken ParseJToken()
    {
        using var reader = new JsonTextReader(new StreamReader(new MemoryStream(bytes)));
        return JToken.ReadFrom(reader);
    }

    [Benchmark(Description = "PlanFile.Read")]
    public AccountPlan? ReadPlan() => PlanFile.Read(new MemoryStream(bytes)).Plan;
}
