using System;
using System.Collections.Generic;

namespace BuyingCenter;

/// <summary>
/// One thing we are trying to sell, described by its Single Sales Objective: what exactly the customer
/// will buy, how much, and by when.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Opportunity
{
    /// <summary>The opportunity id, unique in the plan.</summary>
    public required string Id { get; init; }

    /// <summary>The Single Sales Objective ("Northwind buys 400 FleetView seats by 2027-03-31").</summary>
    public required string SingleSalesObjective { get; init; }

    /// <summary>How much will be bought (seats, units), or <see langword="null"/> when not stated: a vague objective.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>When the customer will buy, or <see langword="null"/> when not stated: a vague objective.</summary>
    public DateTime? CloseDate { get; init; }

    /// <summary>The value of the sale, or <see langword="null"/>.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The currency of <see cref="Amount"/> (ISO 4217, such as <c>EUR</c>), or <see langword="null"/>.</summary>
    public string? Currency { get; init; }

    /// <summary>The stage the seller claims, or <see langword="null"/>; the review derives its own and compares.</summary>
    public SalesStage? Stage { get; init; }

    /// <summary>The competitors known to be in the deal.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<string> Competitors { get; init; } = Array.Empty<string>();

    /// <summary>The buying influences: each person's part in this opportunity, at most one per person.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<BuyingInfluence> Influences { get; init; } = Array.Empty<BuyingInfluence>();

    /// <summary>Properties from the plan file that this format version does not define, kept unchanged.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<ExtensionProperty> Extensions { get; init; } = Array.Empty<ExtensionProperty>();

    /// <summary>Finds the influence of one person.</summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The person's influence in this opportunity, or <see langword="null"/> when they play no part.</returns>
    public BuyingInfluence? FindInfluence(string personId)
    {
        foreach (var influence in Influences)
        {
            if (string.Equals(influence.PersonId, personId, StringComparison.Ordinal))
            {
                return influence;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="other"/> has the same values, competitors, influences and extensions compared element by element.</summary>
    /// <param name="other">Another opportunity, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(Opportunity? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id
            && SingleSalesObjective == other.SingleSalesObjective
            && Quantity == other.Quantity
            && CloseDate == other.CloseDate
            && Amount == other.Amount
            && Currency == other.Currency
            && Stage == other.Stage
            && ValueEquality.ListsEqual(Competitors, other.Competitors)
            && ValueEquality.ListsEqual(Influences, other.Influences)
            && ValueEquality.ListsEqual(Extensions, other.Extensions));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = ValueEquality.Combine(ValueEquality.Hash(Id), ValueEquality.Hash(SingleSalesObjective));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(Quantity));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(CloseDate));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(Amount));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(Currency));
        hash = ValueEquality.Combine(hash, ValueEquality.Hash(Stage));
        hash = ValueEquality.Combine(hash, ValueEquality.ListHash(Competitors));
        hash = ValueEquality.Combine(hash, ValueEquality.ListHash(Influences));
        return ValueEquality.Combine(hash, ValueEquality.ListHash(Extensions));
    }
}
