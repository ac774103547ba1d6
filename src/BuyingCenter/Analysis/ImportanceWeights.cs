using System;

namespace BuyingCenter.Analysis;

/// <summary>
/// How much one person's view weighs in an opportunity (domain.md, section 4): role weight (the highest role held) x
/// degree weight, raised toward 1 for people the influence graph shows to be central:
/// importance = base + (1 - base) x min(1, <see cref="CentralityBoost"/> x centrality).
/// </summary>
/// <remarks>
/// One set of weights for the whole library: the review shares the people pool by it and the planner ranks whom to meet
/// by it. A plain options class: settable, so that it binds from configuration; validated with the
/// <see cref="AnalysisOptions"/> that hold it. Every weight is from 0 to 1.
/// Not thread-safe while being changed; once set up, many threads may share it.
/// </remarks>
public sealed class ImportanceWeights
{
    /// <summary>Role weight of the Economic Buyer.</summary>
    /// <value>1.0.</value>
    public double Economic { get; set; } = 1.0;

    /// <summary>Role weight of a Coach.</summary>
    /// <value>0.8.</value>
    public double Coach { get; set; } = 0.8;

    /// <summary>Role weight of a Technical buyer.</summary>
    /// <value>0.7.</value>
    public double Technical { get; set; } = 0.7;

    /// <summary>Role weight of a User buyer.</summary>
    /// <value>0.6.</value>
    public double User { get; set; } = 0.6;

    /// <summary>Role weight of an influence whose role is still to be found out: as a User, since they are in the plan for a reason.</summary>
    /// <value>0.6.</value>
    public double RoleUnknown { get; set; } = 0.6;

    /// <summary>Weight of a High degree of influence.</summary>
    /// <value>1.0.</value>
    public double High { get; set; } = 1.0;

    /// <summary>Weight of a Medium degree of influence.</summary>
    /// <value>0.6.</value>
    public double Medium { get; set; } = 0.6;

    /// <summary>Weight of a Low degree of influence.</summary>
    /// <value>0.3.</value>
    public double Low { get; set; } = 0.3;

    /// <summary>Weight of an Unknown degree of influence: as Medium, since not knowing is no reason to look away.</summary>
    /// <value>0.6.</value>
    public double UnknownDegree { get; set; } = 0.6;

    /// <summary>How far network centrality raises importance toward 1: a person everyone listens to counts even when their declared degree is Medium.</summary>
    /// <value>0.5.</value>
    public double CentralityBoost { get; set; } = 0.5;

    /// <summary>The importance of an influence.</summary>
    /// <param name="roles">The roles held in the opportunity.</param>
    /// <param name="degree">The degree of influence.</param>
    /// <param name="centrality">The person's network centrality in [0, 1].</param>
    /// <returns>A number in [0, 1].</returns>
    public double Of(BuyingRoles roles, InfluenceDegree degree, double centrality)
    {
        var role = roles == BuyingRoles.None ? RoleUnknown : RoleWeight(roles);
        var baseImportance = Math.Min(1, role * DegreeWeight(degree));
        return baseImportance + ((1 - baseImportance) * Math.Min(1, CentralityBoost * centrality));
    }

    /// <summary>The weight of the highest-weighted role held; 0 for none.</summary>
    internal double RoleWeight(BuyingRoles roles)
    {
        var weight = 0.0;
        if ((roles & BuyingRoles.Economic) != 0)
        {
            weight = Math.Max(weight, Economic);
        }

        if ((roles & BuyingRoles.Coach) != 0)
        {
            weight = Math.Max(weight, Coach);
        }

        if ((roles & BuyingRoles.Technical) != 0)
        {
            weight = Math.Max(weight, Technical);
        }

        if ((roles & BuyingRoles.User) != 0)
        {
            weight = Math.Max(weight, User);
        }

        return weight;
    }

    internal double DegreeWeight(InfluenceDegree degree) => degree switch
    {
        InfluenceDegree.High => High,
        InfluenceDegree.Medium => Medium,
        InfluenceDegree.Low => Low,
        _ => UnknownDegree,
    };

    internal void Validate(OptionProblems problems, string path)
    {
        problems.Range(path, "Economic", Economic, 0, 1);
        problems.Range(path, "Coach", Coach, 0, 1);
        problems.Range(path, "Technical", Technical, 0, 1);
        problems.Range(path, "User", User, 0, 1);
        problems.Range(path, "RoleUnknown", RoleUnknown, 0, 1);
        problems.Range(path, "High", High, 0, 1);
        problems.Range(path, "Medium", Medium, 0, 1);
        problems.Range(path, "Low", Low, 0, 1);
        problems.Range(path, "UnknownDegree", UnknownDegree, 0, 1);
        problems.Range(path, "CentralityBoost", CentralityBoost, 0, 1);
    }
}
