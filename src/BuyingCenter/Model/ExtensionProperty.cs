namespace BuyingCenter;

/// <summary>
/// A property of a plan file that this version of the format does not define (a CRM's <c>x-crm</c> extension, say).
/// It is kept, unchanged, so that loading and saving a plan loses nothing.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExtensionProperty
{
    /// <summary>The property name, exactly as in the file.</summary>
    public required string Name { get; init; }

    /// <summary>The property value as compact JSON text (<c>{"a":1}</c>, <c>"text"</c>, <c>42</c>).</summary>
    public required string Json { get; init; }
}
