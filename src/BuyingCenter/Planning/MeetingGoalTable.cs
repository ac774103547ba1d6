using System;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// The goal table of docs/domain.md, section 5: from the Economic Buyer's presence, rating, where the person stands
/// with us, mode, role and coach status to the row that sets the goal. The first row that matches wins.
/// </summary>
internal static class MeetingGoalTable
{
    /// <summary>Picks the row, in the table's order. <paramref name="candidateCoach"/>: the person the planner chose to develop as a Coach (principle 2).</summary>
    public static GoalRow Choose(MeetingContext context, bool candidateCoach = false)
    {
        var options = context.Options;
        var influence = context.Influence;
        if (context.EconomicBuyer is null)
        {
            return GoalRow.IdentifyEconomicBuyer;
        }

        if (influence?.Rating is { } rating && rating <= options.Thresholds.OpposedRating)
        {
            return GoalRow.Opposed;
        }

        if (context.History.Stalled)
        {
            return GoalRow.Stalled;
        }

        if (influence is null || influence.Roles == BuyingRoles.None)
        {
            return candidateCoach ? GoalRow.DevelopCoach : GoalRow.NoRole;
        }

        var economic = influence.Has(BuyingRoles.Economic);
        switch (influence.Mode)
        {
            case ResponseMode.Overconfident:
                return GoalRow.Overconfident;
            case ResponseMode.EvenKeel when economic:
                return GoalRow.EconomicEvenKeel;
            case ResponseMode.Unknown:
                return GoalRow.ModeUnknown;
        }

        // A Coach who is also the Economic Buyer is met as the Economic Buyer: they cannot introduce us to themselves.
        if (!economic && (candidateCoach || influence.Has(BuyingRoles.Coach)))
        {
            if (candidateCoach || context.Assessment?.IsProvenCoach != true)
            {
                return GoalRow.DevelopCoach;
            }

            if (context.EconomicBuyerCovered)
            {
                return GoalRow.CoachView;
            }

            return context.HasOwnEdgeToEconomicBuyer ? GoalRow.CoachIntroduction : GoalRow.CoachRoute;
        }

        if (economic)
        {
            // Growth or Trouble: EvenKeel and Overconfident were decided above.
            return context.History.None ? GoalRow.EconomicNew
                : (influence.Rating ?? 0) >= options.Thresholds.ReceptiveEconomicRating ? GoalRow.EconomicReceptive
                : GoalRow.EconomicEngaged;
        }

        if (influence.Has(BuyingRoles.Technical))
        {
            return GoalRow.Technical;
        }

        return context.Person.Level is { } level && level >= options.Thresholds.SeniorUserLevel ? GoalRow.SeniorUser : GoalRow.User;
    }

    public static MeetingGoalTemplate Template(GoalRow row, PlanningOptions options) => row switch
    {
        GoalRow.IdentifyEconomicBuyer => options.Goals.IdentifyEconomicBuyerGoal,
        GoalRow.Opposed => options.Goals.OpposedGoal,
        GoalRow.Stalled => options.Goals.StalledGoal,
        GoalRow.Overconfident => options.Goals.OverconfidentGoal,
        GoalRow.EconomicEvenKeel => options.Goals.EconomicUnreceptiveGoal,
        GoalRow.ModeUnknown => options.Goals.ModeUnknownGoal,
        GoalRow.DevelopCoach => options.Goals.DevelopCoachGoal,
        GoalRow.CoachIntroduction => options.Goals.CoachIntroductionGoal,
        GoalRow.CoachRoute => options.Goals.CoachRouteGoal,
        GoalRow.CoachView => options.Goals.CoachViewGoal,
        GoalRow.EconomicNew => options.Goals.EconomicNewGoal,
        GoalRow.EconomicEngaged => options.Goals.EconomicEngagedGoal,
        GoalRow.EconomicReceptive => options.Goals.EconomicReceptiveGoal,
        GoalRow.Technical => options.Goals.TechnicalGoal,
        GoalRow.SeniorUser => options.Goals.SeniorUserGoal,
        GoalRow.User => options.Goals.UserGoal,
        _ => options.Goals.NoRoleGoal,
    };

    public static MeetingGoal Goal(GoalRow row, MeetingContext context)
    {
        var template = Template(row, context.Options);
        return new MeetingGoal(context.Fill(template.BestAction), context.Fill(template.MinimumAction), context.Fill(template.Ask));
    }

    /// <summary>The next meeting this one sets up: one rung up the same person's ladder, or the meeting it unlocks with someone else.</summary>
    public static string SteppingStone(GoalRow row, MeetingContext context)
    {
        var options = context.Options;
        if (context.Has(BuyingRoles.Economic) && row != GoalRow.IdentifyEconomicBuyer)
        {
            if (row == GoalRow.EconomicReceptive)
            {
                return context.Fill(options.Texts.EconomicApprovalSteppingStone);
            }

            var next = Goal(NextRung(row), context).BestAction;
            return context.Fill(options.Texts.EconomicSteppingStone.Replace("{nextRung}", next));
        }

        return context.Fill(row switch
        {
            GoalRow.IdentifyEconomicBuyer => options.Texts.IdentifySteppingStone,
            GoalRow.CoachIntroduction => options.Texts.CoachSteppingStone,
            GoalRow.CoachRoute => options.Texts.CoachRouteSteppingStone,
            _ => options.Texts.OtherSteppingStone,
        });
    }

    /// <summary>
    /// The Economic Buyer's ladder: Overconfident, then agrees a gap exists, then (Growth or Trouble) agrees the result
    /// to be proved, then agrees our approach addresses it, then approves an evaluation, pilot or budget.
    /// </summary>
    public static GoalRow NextRung(GoalRow row) => row switch
    {
        GoalRow.Overconfident => GoalRow.EconomicEvenKeel,
        GoalRow.EconomicNew => GoalRow.EconomicEngaged,
        GoalRow.EconomicEngaged => GoalRow.EconomicReceptive,
        GoalRow.EconomicReceptive => GoalRow.EconomicReceptive,
        _ => GoalRow.EconomicNew,
    };
}
