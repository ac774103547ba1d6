using System;
using System.Collections.Generic;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>The levels and ratings at which the planner's choices of goal, owner and companion turn (domain.md, sections 4 and 5).</summary>
/// <remarks>
/// A plain options class: settable, so that it binds from configuration; validated with the <see cref="PlanningOptions"/>
/// that hold it, before the planner first uses it.
/// Not thread-safe while being changed; once set up, many threads may share it.
/// </remarks>
public sealed class PlanningThresholds
{
    /// <summary>The lowest rating that counts as favourable: with no Coach, the meeting to identify the Economic Buyer goes to the best-covered person rated at least this.</summary>
    /// <value>1.</value>
    public int FavourableRating { get; set; } = 1;

    /// <summary>From this level, a person is senior: when the owner of their contact (the seller at the start of the route) does not match their level (see <see cref="SellerLevelGap"/>), a seller of matching level joins as companion.</summary>
    /// <value>5.</value>
    public int SeniorLevel { get; set; } = 5;

    /// <summary>How many levels below a senior person a seller can be and still match them.</summary>
    /// <value>1.</value>
    public int SellerLevelGap { get; set; } = 1;

    /// <summary>Level from which a User buyer gets the senior goal (sponsors a pilot).</summary>
    /// <value>4.</value>
    public int SeniorUserLevel { get; set; } = 4;

    /// <summary>Rating from which an Economic Buyer in Growth or Trouble gets the receptive goal.</summary>
    /// <value>2.</value>
    public int ReceptiveEconomicRating { get; set; } = 2;

    /// <summary>Rating at or below which anyone gets the opposed goal.</summary>
    /// <value>-2.</value>
    public int OpposedRating { get; set; } = -2;

    /// <summary>How many of the influences we know least a Coach's meeting asks about, by name.</summary>
    /// <value>3.</value>
    public int LeastKnownInfluences { get; set; } = 3;

    internal void Validate(OptionProblems problems, string path)
    {
        problems.Range(path, "FavourableRating", FavourableRating, -5, 5);
        problems.AtLeast(path, "SeniorLevel", SeniorLevel, 1);
        problems.AtLeast(path, "SellerLevelGap", SellerLevelGap, 0);
        problems.AtLeast(path, "SeniorUserLevel", SeniorUserLevel, 1);
        problems.Range(path, "ReceptiveEconomicRating", ReceptiveEconomicRating, -5, 5);
        problems.Range(path, "OpposedRating", OpposedRating, -5, -1);
        problems.AtLeast(path, "LeastKnownInfluences", LeastKnownInfluences, 1);
    }
}
