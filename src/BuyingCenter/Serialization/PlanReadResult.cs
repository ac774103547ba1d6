using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace BuyingCenter.Serialization;

/// <summary>
/// What reading a plan file gave: the validated plan, or every problem that prevents it.
/// A plan with problems is never returned half-loaded.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlanReadResult
{
    internal PlanReadResult(AccountPlan? plan, IReadOnlyList<PlanProblem> problems)
    {
        Plan = plan;
        Problems = problems;
    }

    /// <summary>Whether the plan was read and is valid; then <see cref="Plan"/> is set and <see cref="Problems"/> is empty.</summary>
    [MemberNotNullWhen(true, nameof(Plan))]
    public bool Succeeded => Plan is not null;

    /// <summary>The plan, or <see langword="null"/> when the file has problems.</summary>
    public AccountPlan? Plan { get; }

    /// <summary>Every problem found, in document order (by line and column), each with its JSON path; empty on success.</summary>
    public IReadOnlyList<PlanProblem> Problems { get; }

    internal static PlanReadResult Success(AccountPlan plan) => new(plan, Array.Empty<PlanProblem>());

    internal static PlanReadResult Failure(IReadOnlyList<PlanProblem> problems) => new(null, problems);
}
