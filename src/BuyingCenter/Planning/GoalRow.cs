namespace BuyingCenter.Planning;

/// <summary>The rows of the meeting-goal table (docs/domain.md, section 5), in the table's order: the first that matches decides.</summary>
internal enum GoalRow
{
    IdentifyEconomicBuyer,
    Opposed,
    Stalled,
    Overconfident,
    EconomicEvenKeel,
    ModeUnknown,
    DevelopCoach,
    CoachIntroduction,
    CoachRoute,
    CoachView,
    EconomicNew,
    EconomicEngaged,
    EconomicReceptive,
    Technical,
    SeniorUser,
    User,
    NoRole,
}
