namespace BuyingCenter.Planning;

/// <summary>The rows of the meeting-goal table (docs/domain.md, section 5), plus the principle-1 goal.</summary>
internal enum GoalRow
{
    IdentifyEconomicBuyer,
    DevelopCoach,
    CoachIntroduction,
    CoachView,
    EconomicReceptive,
    EconomicUnreceptive,
    Technical,
    User,
    Opposed,
    Overconfident,
    NoRole,
}
