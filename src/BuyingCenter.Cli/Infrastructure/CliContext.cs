using System;
using System.IO;
using BuyingCenter.Cli.Rendering;

namespace BuyingCenter.Cli.Infrastructure;

/// <summary>What every command needs from the process: its environment and its two writers.</summary>
internal sealed class CliContext
{
    public CliContext(CliHost host, TextWriter stdout, TextWriter stderr)
    {
        Host = host;
        Out = stdout;
        Error = stderr;
    }

    public CliHost Host { get; }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>
    /// Runs a command body; an invalid plan is shown in the command's own format (JSON on standard output
    /// for programs, one line per problem on standard error for people) and ends with exit 65.
    /// </summary>
    public int Execute(string format, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InvalidPlanFileException e)
        {
            if (format == "json")
            {
                ProblemsRenderer.WriteJson(Out, new[] { (e.Source, e.Problems) }, nameFiles: false);
            }
            else
            {
                ProblemsRenderer.WriteText(Error, e.Source, e.Problems);
            }

            return ExitCodes.InvalidPlan;
        }
    }

    /// <summary>Writes a result to standard output or to <paramref name="outputPath"/> (checked by <see cref="OutputGuard"/>).</summary>
    public void Emit(string? outputPath, bool force, Action<TextWriter, bool> render) =>
        OutputGuard.Write(Host, Out, outputPath, force, render);
}
