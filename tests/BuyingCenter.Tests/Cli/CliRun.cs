using System;
using System.IO;
using BuyingCenter.Cli;
using BuyingCenter.Cli.Infrastructure;

namespace BuyingCenter.Tests.Cli;

/// <summary>What one in-process run of the tool printed and returned.</summary>
internal sealed class CliRun
{
    public static readonly DateTime Today = new(2026, 11, 22);

    public int ExitCode { get; private init; }

    public string Out { get; private init; } = string.Empty;

    public string Error { get; private init; } = string.Empty;

    public static string Sample => Path.Combine(AppContext.BaseDirectory, "TestData", "northwind.json");

    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "cli", name);

    public static CliRun Run(params string[] args) => Run(new CliHost { Today = Today, ErrorLogFolder = Path.GetTempPath() }, args);

    public static CliRun Run(CliHost host, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = App.Run(args, stdout, stderr, host);
        return new CliRun { ExitCode = code, Out = stdout.ToString(), Error = stderr.ToString() };
    }

    public static CliRun From(int exitCode, string stdout, string stderr) => new() { ExitCode = exitCode, Out = stdout, Error = stderr };

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>A scratch folder per test, removed afterwards.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "buyingcenter-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Copy(string source, string? name = null)
    {
        var target = System.IO.Path.Combine(Path, name ?? System.IO.Path.GetFileName(source));
        System.IO.File.Copy(source, target);
        return target;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
