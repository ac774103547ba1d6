using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace BuyingCenter.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (<c>--filter '*'</c>, <c>--job Dry</c>, ...), or <c>generate</c> a plan file.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks; exits non-zero when any failed, which BenchmarkDotNet does not do by itself.</summary>
    /// <param name="args">BenchmarkDotNet's command line, or <c>generate --people N --out FILE</c>.</param>
    /// <returns>0 when every benchmark ran, 1 otherwise.</returns>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "generate")
        {
            return GenerateCommand.Run(args.Skip(1).ToArray(), Console.Out, Console.Error);
        }

        Fixtures.Smoke = IsDryJob(args);
        if (Fixtures.Smoke && !args.Contains("--inProcess"))
        {
            // A smoke run only proves each benchmark runs; building one boilerplate project per class took longer than
            // the whole CI budget on a busy machine (and hit BenchmarkDotNet's two-minute build timeout).
            args = args.Append("--inProcess").ToArray();
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.Length == 0);
        return failed ? 1 : 0;
    }

    private static bool IsDryJob(string[] args)
    {
        for (var i = 0; i < args.Length - 1; i++)
        {
            if ((args[i] == "--job" || args[i] == "-j") && string.Equals(args[i + 1], "Dry", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
