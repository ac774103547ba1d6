using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>The goal table of docs/domain.md, section 5: from role, mode and rating to the row that sets the goal.</summary>
internal static class MeetingGoalTable
{
    /// <summary>
    /// Picks the row. Order matters: opposition overrides any role (the meeting must first hear the objection);
    /// the Economic Buyer's rows come next, and an Overconfident Economic Buyer gets the "gap worth exploring"
    /// goal, which asks for no buying action; a Coach keeps the coach goal whatever their mode; Overconfident
    /// then overrides Technical and User.
    /// </summary>
    public static GoalRow Choose(MeetingContext context)
    {
        var options = context.Options;
        var influence = context.Influence;
        if (influence is null || influence.Roles == BuyingRoles.None)
        {
            return influence?.Rating is { } r && r <= options.OpposedRating ? GoalRow.Opposed : GoalRow.NoRole;
        }

        if (influence.Rating is { } rating && rating <= options.OpposedRating)
        {
            return GoalRow.Opposed;
        }

        if (influence.Has(BuyingRoles.Economic))
        {
            var receptive = influence.Mode is ResponseMode.Growth or ResponseMode.Trouble;
            return receptive && influence.Rating is { } favour && favour >= options.ReceptiveEconomicRating
                ? GoalRow.EconomicReceptive
                : GoalRow.EconomicUnreceptive;
        }

        if (influence.Has(BuyingRoles.Coach))
        {
            if (context.EconomicBuyer is null)
            {
                return GoalRow.IdentifyEconomicBuyer;
            }

            return context.EconomicBuyerCovered ? GoalRow.CoachView : GoalRow.CoachIntroduction;
        }

        if (influence.Mode == ResponseMode.Overconfident)
        {
            return GoalRow.Overconfident;
        }

        return influence.Has(BuyingRoles.Technical) ? GoalRow.Technical : GoalRow.User;
    }

    public static MeetingGoalTemplate Template(GoalRow row, PlanningOptions options) => row switch
    {
        GoalRow.IdentifyEconomicBuyer => options.IdentifyEconomicBuyerGoal,
        GoalRow.DevelopCoach => options.DevelopCoachGoal,
        GoalRow.CoachIntroduction => options.CoachIntroductionGoal,
        GoalRow.CoachView => options.CoachViewGoal,
        GoalRow.EconomicReceptive => options.EconomicReceptiveGoal,
        GoalRow.EconomicUnreceptive => options.EconomicUnreceptiveGoal,
        GoalRow.Technical => options.TechnicalGoal,
        GoalRow.User => options.UserGoal,
        GoalRow.Opposed => options.OpposedGoal,
        GoalRow.Overconfident => options.OverconfidentGoal,
        _ => options.NoRoleGoal,
    };

    public static MeetingGoal Goal(GoalRow row, MeetingContext context)
    {
        var template = Template(row, context.Options);
        return new MeetingGoal { BestAction = context.Fill(template.BestAction), MinimumAction = context.Fill(template.MinimumAction) };
    }

    public static string SteppingStone(GoalRow row, MeetingContext context) => context.Fill(row switch
    {
        GoalRow.IdentifyEconomicBuyer => context.Options.IdentifySteppingStone,
        GoalRow.CoachIntroduction => context.Options.CoachSteppingStone,
        GoalRow.DevelopCoach when context.EconomicBuyer is null => context.Options.IdentifySteppingStone,
        GoalRow.DevelopCoach when !context.EconomicBuyerCovered => context.Options.CoachSteppingStone,
        GoalRow.EconomicReceptive or GoalRow.EconomicUnreceptive => context.Options.EconomicSteppingStone,
        _ => context.Options.OtherSteppingStone,
    });
}
