using System;
using System.Collections.Generic;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>How a campaign simulates the meetings it plans: their spacing and what a won meeting is assumed to change.</summary>
/// <remarks>
/// A plain options class: settable, so that it binds from configuration; validated with the <see cref="PlanningOptions"/>
/// that hold it, before the planner first uses it.
/// Not thread-safe while being changed; once set up, many threads may share it.
/// </remarks>
public sealed class CampaignOptions
{
    /// <summary>Days between two meetings of a campaign; step k is dated asOf + k x interval.</summary>
    /// <value>14.</value>
    public int IntervalDays { get; set; } = 14;

    /// <summary>The strength the owner's Knows relationship with a person reaches when a campaign assumes their meeting is won (kept when already stronger).</summary>
    /// <value>0.75 (strong).</value>
    public double MetStrength { get; set; } = 0.75;

    /// <summary>The strength of the Knows relationship a Coach's introduction creates between the owner and the Economic Buyer.</summary>
    /// <value>0.5 (working).</value>
    public double IntroductionStrength { get; set; } = 0.5;

    /// <summary>How many points a won best action raises the person's rating in a campaign's simulation (an unknown rating counts as 0).</summary>
    /// <value>1.</value>
    public int RatingGain { get; set; } = 1;

    internal void Validate(OptionProblems problems, string path)
    {
        problems.Range(path, "IntervalDays", IntervalDays, 1, 366);
        problems.Range(path, "MetStrength", MetStrength, 0, 1);
        problems.Range(path, "IntroductionStrength", IntroductionStrength, 0, 1);
        problems.Range(path, "RatingGain", RatingGain, 0, 10);
    }
}
