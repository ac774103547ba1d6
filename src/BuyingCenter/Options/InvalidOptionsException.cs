using System;
using System.Collections.Generic;

namespace BuyingCenter;

/// <summary>
/// Options that cannot be used: every problem found, each naming the option's path (as in configuration, such as
/// <c>Analysis.Thresholds.CoverageThreshold</c>), its value and what it must be. Thrown once, before the options are
/// first used, with all the problems together.
/// </summary>
public sealed class InvalidOptionsException : ArgumentException
{
    internal InvalidOptionsException(IReadOnlyList<string> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>One sentence per problem, in the order of the options' members.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems) =>
        problems.Count == 1
            ? "The options are not valid: " + problems[0]
            : "The options are not valid (" + problems.Count + " problems):" + Environment.NewLine + "- "
                + string.Join(Environment.NewLine + "- ", problems);
}
