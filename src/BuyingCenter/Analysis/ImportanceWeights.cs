using System;

namespace BuyingCenter.Analysis;

/// <summary>
/// How much one person's view weighs in an opportunity (domain.md, section 4): role weight (the highest role held) x
/// degree weight, raised toward 1 for people the influence graph shows to be central:
/// importance = base + (1 - base) x min(1, <see cref="CentralityBoost"/> x centrality).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ImportanceWeights
{
    /// <summary>The weights of the methodology, shared.</summary>
    public static ImportanceWeights Default { get; } = new();

    /// <summary>Role weight of the Economic Buyer.</summary>
    /// <value>1.0.</value>
    public double Economic { get; init; } = 1.0;

    /// <summary>Role weight of a Coach.</summary>
    /// <value>0.8.</value>
    public double Coach { get; init; } = 0.8;

    /// <summary>Role weight of a Technical buyer.</summary>
    /// <value>0.7.</value>
    public double Technical { get; init; } = 0.7;

    /// <summary>Role weight of a User buyer.</summary>
    /// <value>0.6.</value>
    public double User { get; init; } = 0.6;

    /// <summary>Role weight of an influence whose role is still to be found out: as a User, since they are in the plan for a reason.</summary>
    /// <value>0.6.</value>
    public double RoleUnknown { get; init; } = 0.6;

    /// <summary>Weight of a High degree of influence.</summary>
    /// <value>1.0.</value>
    public double High { get; init; } = 1.0;

    /// <summary>Weight of a Medium degree of influence.</summary>
    /// <value>0.6.</value>
    public double Medium { get; init; } = 0.6;

    /// <summary>Weight of a Low degree of influence.</summary>
    /// <value>0.3.</value>
    public double Low { get; init; } = 0.3;

    /// <summary>Weight of an Unknown degree of influence: as Medium, since not knowing is no reason to look away.</summary>
    /// <value>0.6.</value>
    public double UnknownDegree { get; init; } = 0.6;

    /// <summary>How far network centrality raises importance toward 1.</summary>
    /// <value>0.5.</value>
    public double CentralityBoost { get; init; } = 0.5;

    /// <summary>The importance of an influence.</summary>
    /// <param name="roles">The roles held in the opportunity.</param>
    /// <param name="degree">The degree of influence.</param>
    /// <param name="centrality">The person's network centrality in [0, 1].</param>
    /// <returns>A number in [0, 1].</returns>
    public double Of(BuyingRoles roles, InfluenceDegree degree, double centrality)
    {
        var role = (roles & BuyingRoles.Economic) != 0 ? Economic
            : (roles & BuyingRoles.Coach) != 0 ? Coach
            : (roles & BuyingRoles.Technical) != 0 ? Technical
            : (roles & BuyingRoles.User) != 0 ? User
            : RoleUnknown;
        var weight = degree switch
        {
            InfluenceDegree.High => High,
            InfluenceDegree.Medium => Medium,
            InfluenceDegree.Low => Low,
            _ => UnknownDegree,
        };
        var baseImportance = Math.Min(1, role * weight);
        return baseImportance + ((1 - baseImportance) * Math.Min(1, CentralityBoost * centrality));
    }
}
