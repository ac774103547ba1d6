namespace BuyingCenter.Serialization;

/// <summary>Limits that protect the reader from hostile or broken plan files.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlanReadOptions
{
    /// <summary>The default size limit: 64 MiB.</summary>
    public const long DefaultMaxFileSize = 64L * 1024 * 1024;

    /// <summary>The default nesting limit: 64 levels.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The largest file, in bytes, that the reader accepts; a larger one is refused before it is parsed.</summary>
    /// <value>64 MiB (67,108,864 bytes) by default; must be positive.</value>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>The deepest nesting of JSON objects and arrays that the reader accepts; deeper files are refused with one problem.</summary>
    /// <value>64 by default; must be positive. A plan needs about 8 levels, extensions add theirs.</value>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    internal static PlanReadOptions Default { get; } = new();
}
