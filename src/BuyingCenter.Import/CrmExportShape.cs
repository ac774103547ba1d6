namespace BuyingCenter.Import;

/// <summary>One shape of a CRM's export: a name for people ("deal export") and the options that read it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CrmExportShape
{
    /// <summary>What the export is, as the problems name it: <c>deal export</c>, <c>contact export</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The columns, separators, culture and date formats of this export.</summary>
    public required CrmImportOptions Options { get; init; }
}
