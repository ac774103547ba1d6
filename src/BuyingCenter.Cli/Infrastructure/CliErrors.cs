using System;
using System.Collections.Generic;

namespace BuyingCenter.Cli.Infrastructure;

/// <summary>The exit codes of cli.md; a script depends on each of them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int NotCanonical = 1;
    public const int Usage = 64;
    public const int InvalidPlan = 65;
    public const int InputMissing = 66;
    public const int InternalError = 70;
    public const int OutputFailed = 73;
    public const int Locked = 75;
}

/// <summary>
/// A failure the user can fix: its message is printed as is (never a stack trace) and the tool exits with
/// <see cref="ExitCode"/>.
/// </summary>
internal abstract class CliException : Exception
{
    protected CliException(string message)
        : base(message)
    {
    }

    public abstract int ExitCode { get; }
}

/// <summary>The command line is wrong; the message says what to type instead.</summary>
internal sealed class UsageException : CliException
{
    public UsageException(string message)
        : base(message)
    {
    }

    public override int ExitCode => ExitCodes.Usage;
}

/// <summary>An input file cannot be opened.</summary>
internal sealed class InputFileException : CliException
{
    public InputFileException(string path, string reason)
        : base($"Cannot open {path}: {reason}")
    {
    }

    public override int ExitCode => ExitCodes.InputMissing;
}

/// <summary>An output file cannot be written; nothing partial was left behind.</summary>
internal sealed class OutputFileException : CliException
{
    public OutputFileException(string path, string reason)
        : base($"Cannot write {path}: {reason} Nothing was written.")
    {
    }

    public override int ExitCode => ExitCodes.OutputFailed;
}

/// <summary>Another command holds the lock of the plan this one would rewrite; the message names the lock.</summary>
internal sealed class PlanLockedException : CliException
{
    public PlanLockedException(string message)
        : base(message)
    {
    }

    public override int ExitCode => ExitCodes.Locked;
}

/// <summary>A plan file breaks the plan format; every problem travels with it so all of them are shown.</summary>
internal sealed class InvalidPlanFileException : CliException
{
    public InvalidPlanFileException(string source, IReadOnlyList<PlanProblem> problems)
        : base($"{source} is not a valid account plan.")
    {
        Source = source;
        Problems = problems;
    }

    public new string Source { get; }

    public IReadOnlyList<PlanProblem> Problems { get; }

    public override int ExitCode => ExitCodes.InvalidPlan;
}

/// <summary>An input file other than a plan (a CRM mapping, say) breaks its format; the message lists what is wrong.</summary>
internal sealed class InvalidInputException : CliException
{
    public InvalidInputException(string path, string reason)
        : base($"{path} cannot be used: {reason}")
    {
    }

    public override int ExitCode => ExitCodes.InvalidPlan;
}
