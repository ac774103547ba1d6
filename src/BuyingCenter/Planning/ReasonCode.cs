using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// Why a person is recommended: the red flags on them (the same names and numbers as <see cref="RedFlagCode"/>), then
/// the planner's own principle and route codes (from 100). The JSON writes the names.
/// </summary>
public enum ReasonCode
{
    /// <summary>Red flag <see cref="RedFlagCode.EconomicBuyerUnknown"/>.</summary>
    EconomicBuyerUnknown = RedFlagCode.EconomicBuyerUnknown,

    /// <summary>Red flag <see cref="RedFlagCode.NoCoach"/>.</summary>
    NoCoach = RedFlagCode.NoCoach,

    /// <summary>Red flag <see cref="RedFlagCode.RoleUnfilled"/>.</summary>
    RoleUnfilled = RedFlagCode.RoleUnfilled,

    /// <summary>Red flag <see cref="RedFlagCode.Uncontacted"/>.</summary>
    Uncontacted = RedFlagCode.Uncontacted,

    /// <summary>Red flag <see cref="RedFlagCode.Uncovered"/>.</summary>
    Uncovered = RedFlagCode.Uncovered,

    /// <summary>Red flag <see cref="RedFlagCode.Stale"/>.</summary>
    Stale = RedFlagCode.Stale,

    /// <summary>Red flag <see cref="RedFlagCode.MissingInformation"/>.</summary>
    MissingInformation = RedFlagCode.MissingInformation,

    /// <summary>Red flag <see cref="RedFlagCode.NewInRole"/>.</summary>
    NewInRole = RedFlagCode.NewInRole,

    /// <summary>Red flag <see cref="RedFlagCode.Reorganization"/>.</summary>
    Reorganization = RedFlagCode.Reorganization,

    /// <summary>Red flag <see cref="RedFlagCode.LowReceptivity"/>.</summary>
    LowReceptivity = RedFlagCode.LowReceptivity,

    /// <summary>Red flag <see cref="RedFlagCode.Opposes"/>.</summary>
    Opposes = RedFlagCode.Opposes,

    /// <summary>Red flag <see cref="RedFlagCode.SingleThreaded"/>.</summary>
    SingleThreaded = RedFlagCode.SingleThreaded,

    /// <summary>Red flag <see cref="RedFlagCode.CoachUnproven"/>.</summary>
    CoachUnproven = RedFlagCode.CoachUnproven,

    /// <summary>Red flag <see cref="RedFlagCode.ObjectiveVague"/>.</summary>
    ObjectiveVague = RedFlagCode.ObjectiveVague,

    /// <summary>Red flag <see cref="RedFlagCode.SellerLevelMismatch"/>.</summary>
    SellerLevelMismatch = RedFlagCode.SellerLevelMismatch,

    /// <summary>Red flag <see cref="RedFlagCode.UncertainInformation"/>.</summary>
    UncertainInformation = RedFlagCode.UncertainInformation,

    /// <summary>Red flag <see cref="RedFlagCode.TooFewInfluences"/>.</summary>
    TooFewInfluences = RedFlagCode.TooFewInfluences,

    /// <summary>Red flag <see cref="RedFlagCode.OpponentNearEconomicBuyer"/>.</summary>
    OpponentNearEconomicBuyer = RedFlagCode.OpponentNearEconomicBuyer,

    /// <summary>Red flag <see cref="RedFlagCode.NoGap"/>.</summary>
    NoGap = RedFlagCode.NoGap,

    /// <summary>
    /// Red flag <see cref="RedFlagCode.HiddenInfluencer"/>; also the planner's principle 5: no role here, but an
    /// Influences relationship of 0.5 or more into the Economic Buyer or a High influence: find out their part.
    /// </summary>
    HiddenInfluencer = RedFlagCode.HiddenInfluencer,

    /// <summary>Red flag <see cref="RedFlagCode.Stalled"/>.</summary>
    Stalled = RedFlagCode.Stalled,

    /// <summary>Principle 1: the Economic Buyer is unknown and this meeting identifies them.</summary>
    IdentifyEconomicBuyer = 100,

    /// <summary>Principle 2: there is no proven Coach and this is the best person to develop into one.</summary>
    DevelopCoach = 101,

    /// <summary>Principle 3: an opponent near the Economic Buyer, met first: neutralise, do not bypass.</summary>
    Neutralise = 102,

    /// <summary>The person's centrality is at or above <see cref="PriorityWeights.CentralReasonThreshold"/>: many listen to them.</summary>
    Central = 103,

    /// <summary>No admissible route reaches the person from our team: the owner builds one.</summary>
    NoAdmissibleRoute = 104,

    /// <summary>The route is a seller's own relationship gone cold, to be re-engaged rather than introduced.</summary>
    Reengage = 105,
}
