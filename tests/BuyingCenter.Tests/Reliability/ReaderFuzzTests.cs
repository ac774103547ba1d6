using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;
using BuyingCenter.Synthetic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Reliability;

/// <summary>
/// Mutation fuzzing of the plan reader. In CI it runs a fixed seed for a bounded number of inputs (deterministic);
/// locally, <c>BUYINGCENTER_FUZZ_SECONDS=600 BUYINGCENTER_FUZZ_SEED=7 dotnet test --filter ReaderFuzzTests</c> runs
/// longer from another seed. Every input that breaks the reader is written to a folder named in the failure
/// message; copy it to <c>TestData/fuzz-regressions/</c> so that <see cref="Read_EverySavedRegression_KeepsItsPromise"/>
/// replays it forever.
/// </summary>
[TestClass]
public sealed class ReaderFuzzTests
{
    /// <summary>Inputs per CI run: about ten seconds on an idle two-core machine.</summary>
    private const int CiInputs = 500;

    /// <summary>The CI run stops here even when the machine is busy and fewer inputs were tried.</summary>
    private const int CiSeconds = 15;

    /// <summary>
    /// Processor time one input may use: a reader that takes the square of its input (tens of thousands of unknown
    /// properties, bad meeting dates, reporting cycles: 13 to 70 seconds before the fix) fails, a linear one passes
    /// on any machine. Processor time, not the clock, so a loaded CI machine does not fail the test.
    /// </summary>
    private static readonly TimeSpan PerInputProcessorTime = TimeSpan.FromSeconds(8);

    /// <summary>The clock only catches true hangs (a loop that never ends).</summary>
    private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(120);

    private static string RegressionFolder => Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz-regressions");

    [TestMethod]
    [DoNotParallelize]
    public void Read_MutatedPlans_EitherPlanOrLocatedProblemsNeverExceptionHangOrMemoryBlowUp()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("BUYINGCENTER_FUZZ_SECONDS"), out var s) && s > 0 ? s : CiSeconds;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("BUYINGCENTER_FUZZ_SEED"), out var e) ? e : 20261122;
        var longRun = seconds != CiSeconds;
        var seeds = Seeds(seed);
        var mutator = new JsonMutator(seed);
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        var count = 0;
        var outcomes = new int[2];
        while ((longRun || count < CiInputs) && clock.Elapsed.TotalSeconds < seconds && failures.Count < 5)
        {
            var log = new List<string>();
            var baseIndex = count % seeds.Count;
            var input = mutator.Mutate(seeds[baseIndex], log);
            var recipe = "seed " + seed.ToString(CultureInfo.InvariantCulture) + ", input " + count.ToString(CultureInfo.InvariantCulture) + ", base " + baseIndex.ToString(CultureInfo.InvariantCulture) + ": " + string.Join("; ", log);
            var (failure, succeeded) = Check(input);
            if (failure is null)
            {
                outcomes[succeeded ? 1 : 0]++;
            }
            else
            {
                failures.Add(Save(input, recipe, failure));
            }

            count++;
        }

        Console.WriteLine($"{count} inputs in {clock.Elapsed.TotalSeconds:F1} s: {outcomes[1]} read as plans, {outcomes[0]} refused with problems, {failures.Count} failures.");
        Assert.AreEqual(0, failures.Count, string.Join("\n\n", failures));
        Assert.IsTrue(count >= 50, "the fuzzer ran too few inputs to mean anything: " + count.ToString(CultureInfo.InvariantCulture));
    }

    [TestMethod]
    [DoNotParallelize]
    public void Read_EverySavedRegression_KeepsItsPromise()
    {
        var files = Directory.GetFiles(RegressionFolder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.IsTrue(files.Count > 0, "the regression folder ships with the tests: " + RegressionFolder);

        var failures = files.Select(f => (File: Path.GetFileName(f), Failure: Check(File.ReadAllBytes(f)).Failure)).Where(r => r.Failure is not null).ToList();

        Assert.AreEqual(0, failures.Count, string.Join("\n", failures.Select(f => f.File + ": " + f.Failure)));
    }

    /// <summary>The promise of the reader for any bytes: a plan or located problems, in bounded time and memory. Null when kept.</summary>
    /// <remarks>Run from tests that do not run in parallel with others, so the process's processor time is this input's.</remarks>
    internal static (string? Failure, bool Succeeded) Check(byte[] input)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var task = Task.Run(() => CheckNow(input));
        if (!task.Wait(HangTimeout))
        {
            return ($"no answer within {HangTimeout.TotalSeconds} s: a hang on {input.Length:N0} bytes", false);
        }

        process.Refresh();
        var used = process.TotalProcessorTime - before;
        if (used > PerInputProcessorTime)
        {
            return ($"{used.TotalSeconds:F1} s of processor time for {input.Length:N0} bytes: work out of proportion to the input", false);
        }

        return task.Result;
    }

    private static (string? Failure, bool Succeeded) CheckNow(byte[] input)
    {
        PlanReadResult fromStream, fromText;
        long allocated;
        try
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            fromStream = PlanFile.Read(new MemoryStream(input, writable: false));
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            fromText = PlanFile.Parse(Encoding.UTF8.GetString(input));
        }
        catch (Exception e)
        {
            return ("the reader threw " + e, false);
        }

        // Reading holds the bytes, the text and the plan, and a problem costs a few kilobytes (path, sentence, location):
        // a dense file of 13-byte mistakes allocates about 180 times its size. Beyond 256 times, work is out of proportion.
        var budget = (256L * input.Length) + (32L << 20);
        if (allocated > budget)
        {
            return ($"reading {input.Length:N0} bytes allocated {allocated:N0} bytes, over {budget:N0}", false);
        }

        foreach (var (how, result) in new[] { ("Read(stream)", fromStream), ("Parse(text)", fromText) })
        {
            var problem = Broken(result, input);
            if (problem is not null)
            {
                return (how + ": " + problem, false);
            }
        }

        if (fromStream.Plan is { } plan)
        {
            var roundTrip = AfterSuccess(plan);
            if (roundTrip is not null)
            {
                return (roundTrip, true);
            }
        }

        return (null, fromStream.Succeeded);
    }

    private static string? Broken(PlanReadResult result, byte[] input)
    {
        if (result.Succeeded)
        {
            return result.Problems.Count == 0 ? null : "a plan came with problems";
        }

        if (result.Problems.Count == 0)
        {
            return "no plan and no problem";
        }

        var lines = 1 + input.Count(b => b == (byte)'\n') + input.Count(b => b == (byte)'\r');
        foreach (var p in result.Problems)
        {
            if (string.IsNullOrWhiteSpace(p.Path) || !p.Path.StartsWith('$') || string.IsNullOrWhiteSpace(p.Message))
            {
                return "a problem without path or sentence: " + p;
            }

            if ((p.Line is null) != (p.Column is null) || p.Line < 1 || p.Column < 1 || p.Line > lines)
            {
                return "a problem located outside the file: " + p;
            }
        }

        if (input.Length > 0 && result.Problems.All(p => p.Line is null))
        {
            return "no problem says where it is: " + string.Join(" | ", result.Problems);
        }

        return null;
    }

    /// <summary>Whatever the reader accepts, the library must handle: it writes back to the same bytes and can be reviewed.</summary>
    private static string? AfterSuccess(AccountPlan plan)
    {
        try
        {
            var json = PlanFile.ToJson(plan);
            var again = PlanFile.Parse(json);
            if (!again.Succeeded)
            {
                return "an accepted plan was written back to a file the reader refuses: " + string.Join(" | ", again.Problems);
            }

            if (PlanFile.ToJson(again.Plan!) != json)
            {
                return "an accepted plan does not survive a write and read";
            }

            var review = AccountReview.Create(plan, AccountGeneratorOptions.DefaultAsOf);
            foreach (var opportunity in review.Opportunities)
            {
                Planner.Recommend(opportunity);
            }

            return null;
        }
        catch (Exception e)
        {
            return "an accepted plan broke the library: " + e;
        }
    }

    /// <summary>The well-formed plans mutations start from: the sample, generated plans, and a tiny one.</summary>
    private static List<string> Seeds(int seed)
    {
        var seeds = new List<string>
        {
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "northwind.json")),
            "{\"schemaVersion\":1,\"account\":{\"id\":\"a\",\"name\":\"A\"}}",
        };
        for (var i = 0; i < 4; i++)
        {
            var generated = AccountGenerator.Generate(new AccountGeneratorOptions { Seed = seed + i, People = 8 + (i * 6), Opportunities = 1 + (i % 2), MeetingsPerOpportunity = 2 });
            seeds.Add(PlanFile.ToJson(PlanCases.Twisted(generated, seed + i)));
        }

        return seeds;
    }

    /// <summary>Keeps a failing input where a developer can pick it up for the regression folder.</summary>
    private static string Save(byte[] input, string recipe, string failure)
    {
        var folder = Environment.GetEnvironmentVariable("BUYINGCENTER_FUZZ_OUT") ?? Path.Combine(Path.GetTempPath(), "buyingcenter-fuzz-failures");
        Directory.CreateDirectory(folder);
        var name = Convert.ToHexString(SHA256.HashData(input)).Substring(0, 16).ToLowerInvariant() + ".json";
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, input);
        File.WriteAllText(path + ".txt", recipe + Environment.NewLine + failure);
        var preview = input.Length <= 300 ? Encoding.UTF8.GetString(input) : Encoding.UTF8.GetString(input, 0, 300) + "...";
        return $"{failure}\n  input saved to {path} ({input.Length:N0} bytes; copy it to TestData/fuzz-regressions/)\n  {recipe}\n  starts: {preview}";
    }
}
