using System;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace BuyingCenter.Tests.Cli;

/// <summary>
/// Runs the tool either in-process (the JIT build the tests compile against) or, when <c>BUYINGCENTER_TOOL</c> names an
/// executable, as that separate program: the golden-output tests then check a published build (the Native AOT tool)
/// against the same files.
/// </summary>
internal static class ToolRun
{
    /// <summary>The executable to run instead of the in-process tool, or null.</summary>
    public static string? External { get; } = Environment.GetEnvironmentVariable("BUYINGCENTER_TOOL") is { Length: > 0 } path ? path : null;

    public static bool IsExternal => External is not null;

    public static CliRun Run(params string[] args) => External is null ? CliRun.Run(args) : RunProcess(External, args);

    private static CliRun RunProcess(string executable, string[] args)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // No colour whatever the caller's terminal, as for the in-process run.
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Task.WaitAll(stdout, stderr);
        process.WaitForExit();
        return CliRun.From(process.ExitCode, stdout.Result, stderr.Result);
    }
}
