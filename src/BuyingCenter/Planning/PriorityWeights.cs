using System;
using System.Collections.Generic;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// How the planner weighs whom to meet next (domain.md, section 4): priority = importance x urgency x feasibility. The
/// importance weights are the analysis's (<see cref="AnalysisOptions.Importance"/>): one set for the review and the planner.
/// </summary>
/// <remarks>
/// A plain options class: settable, so that it binds from configuration; validated with the <see cref="PlanningOptions"/>
/// that hold it, before the planner first uses it.
/// Not thread-safe while being changed; once set up, many threads may share it.
/// </remarks>
public sealed class PriorityWeights
{
    /// <summary>Centrality from which a recommendation gives the reason <c>Central</c>.</summary>
    /// <value>0.5.</value>
    public double CentralReasonThreshold { get; set; } = 0.5;

    /// <summary>
    /// The weight each red flag on a person adds to the urgency of meeting them. Codes not listed weigh
    /// <see cref="OtherFlagUrgencyWeight"/>.
    /// </summary>
    /// <value>
    /// Uncontacted 0.5, Uncovered 0.4, Opposes 0.4, OpponentNearEconomicBuyer 0.4, Stalled 0.4, Stale 0.3, CoachUnproven 0.3,
    /// SellerLevelMismatch 0.3, NewInRole 0.25, MissingInformation 0.2, LowReceptivity 0.2, UncertainInformation 0.1,
    /// HiddenInfluencer 0.1.
    /// </value>
    public IDictionary<RedFlagCode, double> FlagUrgencyWeights
    {
        get => urgencyWeights.Values;
        set => urgencyWeights.Values = value;
    }

    private readonly FlagValues<double> urgencyWeights = new(new Dictionary<RedFlagCode, double>
    {
        [RedFlagCode.Uncontacted] = 0.5,
        [RedFlagCode.Uncovered] = 0.4,
        [RedFlagCode.Opposes] = 0.4,
        [RedFlagCode.OpponentNearEconomicBuyer] = 0.4,
        [RedFlagCode.Stalled] = 0.4,
        [RedFlagCode.Stale] = 0.3,
        [RedFlagCode.CoachUnproven] = 0.3,
        [RedFlagCode.SellerLevelMismatch] = 0.3,
        [RedFlagCode.NewInRole] = 0.25,
        [RedFlagCode.MissingInformation] = 0.2,
        [RedFlagCode.LowReceptivity] = 0.2,
        [RedFlagCode.UncertainInformation] = 0.1,
        [RedFlagCode.HiddenInfluencer] = 0.1,
    });

    /// <summary>The urgency weight of a red flag on a person whose code <see cref="FlagUrgencyWeights"/> does not list.</summary>
    /// <value>0.1.</value>
    public double OtherFlagUrgencyWeight { get; set; } = 0.1;

    /// <summary>The urgency every influence has with no red flag: near zero, so such people rank last but still in order of importance.</summary>
    /// <value>0.05.</value>
    public double BaseUrgency { get; set; } = 0.05;

    /// <summary>
    /// The feasibility of meeting someone we have no path to: feasibility = floor + (1 - floor) x reach,
    /// from this floor (no known path) to 1 (direct, trusted). Keeps a serious gap from being buried.
    /// </summary>
    /// <value>0.5.</value>
    public double FeasibilityFloor { get; set; } = 0.5;

    /// <summary>Weight of the rating (scaled from -5..+5 to 0..1; unknown counts as 0) in choosing whom to develop as a Coach.</summary>
    /// <value>0.4.</value>
    public double CoachCandidateRatingWeight { get; set; } = 0.4;

    /// <summary>Weight of our coverage of the person in choosing whom to develop as a Coach.</summary>
    /// <value>0.3.</value>
    public double CoachCandidateCoverageWeight { get; set; } = 0.3;

    /// <summary>Weight of the person's own reach into the Economic Buyer (strongest path, person to Economic Buyer) in choosing whom to develop as a Coach.</summary>
    /// <value>0.3.</value>
    public double CoachCandidateReachWeight { get; set; } = 0.3;

    /// <summary>The urgency weight of a flag of <paramref name="code"/>: its <see cref="FlagUrgencyWeights"/>, else <see cref="OtherFlagUrgencyWeight"/>.</summary>
    internal double UrgencyWeightOf(RedFlagCode code) =>
        urgencyWeights.Of(code) ?? OtherFlagUrgencyWeight;

    internal void Validate(OptionProblems problems, string path)
    {
        // Read again from the dictionary, which may have changed since it was last read.
        urgencyWeights.Reread();
        problems.Range(path, "CentralReasonThreshold", CentralReasonThreshold, 0, 1);
        problems.Required(path, "FlagUrgencyWeights", FlagUrgencyWeights);
        if (FlagUrgencyWeights is not null)
        {
            foreach (var pair in FlagUrgencyWeights)
            {
                problems.Defined(path, "FlagUrgencyWeights", pair.Key);
                if (!(pair.Value >= 0 && pair.Value <= 10))
                {
                    problems.Range(path, "FlagUrgencyWeights." + pair.Key, pair.Value, 0, 10);
                }
            }
        }

        problems.Range(path, "OtherFlagUrgencyWeight", OtherFlagUrgencyWeight, 0, 10);
        problems.Range(path, "BaseUrgency", BaseUrgency, 0, 10);
        problems.Range(path, "FeasibilityFloor", FeasibilityFloor, 0, 1);
        problems.Range(path, "CoachCandidateRatingWeight", CoachCandidateRatingWeight, 0, 1);
        problems.Range(path, "CoachCandidateCoverageWeight", CoachCandidateCoverageWeight, 0, 1);
        problems.Range(path, "CoachCandidateReachWeight", CoachCandidateReachWeight, 0, 1);
    }
}
