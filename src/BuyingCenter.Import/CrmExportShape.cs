namespace BuyingCenter.Import;

/// <summary>One shape of a CRM's export, as a <see cref="CrmImportPreset"/> reads it: a name for people ("deal export") and the options that read it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CrmExportShape
{
    internal CrmExportShape(string name, CrmImportOptions options)
    {
        Name = name;
        Options = options;
    }

    /// <summary>What the export is, as the problems name it: <c>deal export</c>, <c>contact export</c>.</summary>
    public string Name { get; }

    /// <summary>The columns, separators, culture and date formats of this export.</summary>
    public CrmImportOptions Options { get; }
}
