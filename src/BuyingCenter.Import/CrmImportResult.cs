using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace BuyingCenter.Import;

/// <summary>
/// What <see cref="CrmImport.Read(System.IO.TextReader, string, CrmImportOptions?)"/> made of a CRM export: a validated plan, or the problems that prevent one;
/// and, in both cases, every warning and every role name the mapping did not know.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CrmImportResult
{
    internal CrmImportResult(AccountPlan? plan, IReadOnlyList<CrmImportProblem> problems, IReadOnlyList<string> unknownRoles, int rowsImported, int rowsOfOtherAccounts)
    {
        Plan = plan;
        Problems = problems;
        UnknownRoles = unknownRoles;
        RowsImported = rowsImported;
        RowsOfOtherAccounts = rowsOfOtherAccounts;
    }

    /// <summary>Whether a plan was made: no problem is an error.</summary>
    [MemberNotNullWhen(true, nameof(Plan))]
    public bool Succeeded => Plan is not null;

    /// <summary>The plan (validated by <see cref="AccountPlanBuilder"/>), or <see langword="null"/> when any problem is an error.</summary>
    public AccountPlan? Plan { get; }

    /// <summary>Every problem, errors and warnings, by line (whole-file problems first).</summary>
    public IReadOnlyList<CrmImportProblem> Problems { get; }

    /// <summary>The problems that prevent the import.</summary>
    public IReadOnlyList<CrmImportProblem> Errors => Problems.Where(p => p.IsError).ToArray();

    /// <summary>The problems the import worked around, each saying how.</summary>
    public IReadOnlyList<CrmImportProblem> Warnings => Problems.Where(p => !p.IsError).ToArray();

    /// <summary>
    /// The role names of the export that the mapping did not know, each once, in order of first appearance.
    /// Add them to <see cref="CrmImportOptions.Roles"/> (or the <c>roles</c> of a mapping file) to import them as roles.
    /// </summary>
    public IReadOnlyList<string> UnknownRoles { get; }

    /// <summary>The number of rows of the account that went into the plan.</summary>
    public int RowsImported { get; }

    /// <summary>The number of rows skipped because they belong to another account.</summary>
    public int RowsOfOtherAccounts { get; }

    internal static CrmImportResult Failed(IEnumerable<CrmImportProblem> problems, IReadOnlyList<string> unknownRoles, int rowsOfOtherAccounts) =>
        new(null, Order(problems), unknownRoles, 0, rowsOfOtherAccounts);

    internal static IReadOnlyList<CrmImportProblem> Order(IEnumerable<CrmImportProblem> problems) =>
        problems.Select((p, i) => (p, i)).OrderBy(x => x.p.Line ?? 0).ThenBy(x => x.i).Select(x => x.p).ToArray();

    internal static IReadOnlyList<string> None => Array.Empty<string>();
}
