namespace BuyingCenter.Analysis;

/// <summary>A person's coverage: the strongest Knows relationship, after decay, between them and any seller.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PersonCoverage
{
    /// <summary>No seller knows the person.</summary>
    public static PersonCoverage None { get; } = new() { Strength = 0, SellerId = null };

    /// <summary>The strength in [0, 1] of the strongest decayed Knows relationship with a seller; 0 when there is none.</summary>
    public required double Strength { get; init; }

    /// <summary>The seller holding that relationship (the lowest id among equally strong ones), or <see langword="null"/> when no seller knows the person.</summary>
    public string? SellerId { get; init; }
}
