using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace BuyingCenter;

/// <summary>
/// One problem with an account plan: where it is (a JSON path such as <c>$.opportunities[0].influences[2].rating</c>,
/// with the line and column in the file when known) and a sentence that says what is wrong.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PlanProblem
{
    /// <summary>The JSON path of the value at fault, from the document root <c>$</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The sentence that says what is wrong and, where it helps, what would be right.</summary>
    public required string Message { get; init; }

    /// <summary>The 1-based line in the file, or <see langword="null"/> when the plan did not come from a file.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column in the file, or <see langword="null"/> when the plan did not come from a file.</summary>
    public int? Column { get; init; }

    /// <summary>Formats the problem as <c>path (line L, column C): message</c>.</summary>
    /// <returns>A single line for people.</returns>
    public override string ToString()
    {
        var where = Line is { } line
            ? string.Format(CultureInfo.InvariantCulture, "{0} (line {1}, column {2})", Path, line, Column ?? 0)
            : Path;
        return where + ": " + Message;
    }
}

/// <summary>
/// Thrown by <see cref="AccountPlanBuilder.Build"/> when the plan breaks a rule of the plan format.
/// Files are not read through this exception: the reader returns a result that lists every problem.
/// </summary>
public sealed class InvalidPlanException : Exception
{
    /// <summary>Creates the exception for a non-empty list of problems.</summary>
    /// <param name="problems">Every problem found.</param>
    public InvalidPlanException(IReadOnlyList<PlanProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<PlanProblem> Problems { get; }

    private static string Describe(IReadOnlyList<PlanProblem> problems) =>
        problems.Count == 1
            ? "The account plan is invalid: " + problems[0]
            : string.Format(CultureInfo.InvariantCulture, "The account plan has {0} problems:{1}", problems.Count, string.Concat(problems.Select(p => Environment.NewLine + "  " + p)));
}
