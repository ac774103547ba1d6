namespace BuyingCenter.Analysis;

/// <summary>A person's coverage: the strongest Knows relationship, after decay, between them and any seller.</summary>
/// <remarks>Made only by the analysis. Immutable and thread-safe.</remarks>
public sealed class PersonCoverage
{
    internal PersonCoverage(double strength, Seller? seller)
    {
        Strength = strength;
        Seller = seller;
    }

    /// <summary>No seller knows the person.</summary>
    public static PersonCoverage None { get; } = new(0, null);

    /// <summary>The strength in [0, 1] of the strongest decayed Knows relationship with a seller; 0 when there is none.</summary>
    public double Strength { get; }

    /// <summary>The seller holding that relationship (the lowest id among equally strong ones), or <see langword="null"/> when no seller knows the person.</summary>
    public Seller? Seller { get; }
}
