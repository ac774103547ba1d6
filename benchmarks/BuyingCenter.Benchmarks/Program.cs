using System.Linq;
using BenchmarkDotNet.Running;

namespace BuyingCenter.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (<c>--filter '*'</c>, <c>--job Dry</c>, ...).</summary>
public static class Program
{
    /// <summary>Runs the benchmarks; exits non-zero when any failed, which BenchmarkDotNet does not do by itself.</summary>
    /// <param name="args">BenchmarkDotNet's command line.</param>
    /// <returns>0 when every benchmark ran, 1 otherwise.</returns>
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.Length == 0);
        return failed ? 1 : 0;
    }
}
