using System.Globalization;

namespace BuyingCenter.Import;

/// <summary>One problem found while importing a CRM export: where it is (line and column) and what is wrong.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CrmImportProblem
{
    /// <summary>The 1-based line of the file where the row starts (the header is line 1), or <see langword="null"/> for a problem of the whole file.</summary>
    public int? Line { get; init; }

    /// <summary>The header name of the column at fault (as the file spells it, or as the mapping names it), or <see langword="null"/>.</summary>
    public string? Column { get; init; }

    /// <summary>The sentence that says what is wrong and what the import did about it.</summary>
    public required string Message { get; init; }

    /// <summary>
    /// Whether the problem prevents the import (<see langword="true"/>) or is a warning: the import went on and the
    /// message says how (a role left unassigned, a reporting line left out, a row skipped).
    /// </summary>
    /// <value><see langword="true"/> by default.</value>
    public bool IsError { get; init; } = true;

    /// <summary>Formats the problem as <c>line L, Column: message</c>, prefixed with <c>warning:</c> for a warning.</summary>
    /// <returns>A single line for people.</returns>
    public override string ToString()
    {
        var where = Line is { } line ? string.Format(CultureInfo.InvariantCulture, "line {0}", line) : "file";
        if (!string.IsNullOrEmpty(Column))
        {
            where += ", " + Column;
        }

        return (IsError ? string.Empty : "warning: ") + where + ": " + Message;
    }
}
