using System;
using System.Collections.Generic;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// The goal table (domain.md, section 5): the best action, minimum action and ask of each row, with placeholders
/// (<c>{person}</c>, <c>{owner}</c>, <c>{economicBuyerOwner}</c>, <c>{economicBuyer}</c>, <c>{objective}</c>,
/// <c>{result}</c>, <c>{win}</c>, <c>{nextOnRoute}</c>).
/// </summary>
/// <remarks>
/// A plain options class: settable, so that it binds from configuration; validated with the <see cref="PlanningOptions"/>
/// that hold it, before the planner first uses it.
/// Not thread-safe while being changed; once set up, many threads may share it.
/// </remarks>
public sealed class MeetingGoalTemplates
{
    /// <summary>Goal of every meeting while no one is known to hold the Economic role (principle 1).</summary>
    /// <value>"{person} names who signs off and walks us through the decision process" / "{person} describes how such decisions are made and who takes part".</value>
    public MeetingGoalTemplate IdentifyEconomicBuyerGoal { get; set; } = new()
    {
        BestAction = "{person} names who signs off and walks us through the decision process",
        MinimumAction = "{person} describes how such decisions are made and who takes part",
        Ask = "Who will sign off on this, and would you walk us through how the decision will be made?",
    };

    /// <summary>Goal with anyone rated -2 or lower, whatever their role.</summary>
    /// <value>"{person} states an objection we can answer, and what they would lose if we won" / "{person} agrees to a meeting to hear their concerns".</value>
    public MeetingGoalTemplate OpposedGoal { get; set; } = new()
    {
        BestAction = "{person} states an objection we can answer, and what they would lose if we won",
        MinimumAction = "{person} agrees to a meeting to hear their concerns",
        Ask = "What is your main concern with our proposal, and what would change for you if we were chosen?",
    };

    /// <summary>Goal with someone whose last two held meetings ended with no commitment: change the approach.</summary>
    /// <value>"{person} agrees to a meeting with another of our sellers or on another angle of their result" / "{person} tells us what would make a meeting worth their time".</value>
    public MeetingGoalTemplate StalledGoal { get; set; } = new()
    {
        BestAction = "{person} agrees to a meeting with another of our sellers or on another angle of their result",
        MinimumAction = "{person} tells us what would make a meeting worth their time",
        Ask = "Would it help to look at this from another angle, perhaps with one of our specialists, next time?",
    };

    /// <summary>Goal with an Overconfident person, whatever their role: plant a question, do not push.</summary>
    /// <value>"{person} looks with us at one question about their results (plant it; do not push)" / "{person} agrees to a follow-up when their results change".</value>
    public MeetingGoalTemplate OverconfidentGoal { get; set; } = new()
    {
        BestAction = "{person} looks with us at one question about their results (plant it; do not push)",
        MinimumAction = "{person} agrees to a follow-up when their results change",
        Ask = "Would you be open to looking at one question with us: what happens to these results if conditions change?",
    };

    /// <summary>Goal with an Economic Buyer who sees no gap (EvenKeel).</summary>
    /// <value>"{person} agrees that a gap worth exploring exists" / "{person} gives permission to come back with data".</value>
    public MeetingGoalTemplate EconomicUnreceptiveGoal { get; set; } = new()
    {
        BestAction = "{person} agrees that a gap worth exploring exists",
        MinimumAction = "{person} gives permission to come back with data",
        Ask = "If the figures showed a gap between where you are and where you could be, would that be worth exploring together?",
    };

    /// <summary>Goal with someone whose response mode is not known.</summary>
    /// <value>"{person} describes how they see their area today and what they would change" / "{person} agrees to a second conversation".</value>
    public MeetingGoalTemplate ModeUnknownGoal { get; set; } = new()
    {
        BestAction = "{person} describes how they see their area today and what they would change",
        MinimumAction = "{person} agrees to a second conversation",
        Ask = "How do you see your area today, and what would you change if you could?",
    };

    /// <summary>Goal with a candidate Coach: a Coach not yet proven by the three tests, or the person chosen to develop into one (principle 2).</summary>
    /// <value>"{person} gives their view of each buying influence and of the competition" / "{person} agrees to meet again to test our strategy".</value>
    public MeetingGoalTemplate DevelopCoachGoal { get; set; } = new()
    {
        BestAction = "{person} gives their view of each buying influence and of the competition",
        MinimumAction = "{person} agrees to meet again to test our strategy",
        Ask = "Would you give us your view of each person involved in this decision, and of how we compare with the alternatives?",
    };

    /// <summary>Goal with a proven Coach who has a relationship of their own with the Economic Buyer we do not yet cover.</summary>
    /// <value>"{person} introduces {economicBuyerOwner} to {economicBuyer}" / "{person} tells us what {economicBuyer} must hear, and when".</value>
    public MeetingGoalTemplate CoachIntroductionGoal { get; set; } = new()
    {
        BestAction = "{person} introduces {economicBuyerOwner} to {economicBuyer}",
        MinimumAction = "{person} tells us what {economicBuyer} must hear, and when",
        Ask = "Would you introduce {economicBuyerOwner} to {economicBuyer}, and tell us what {economicBuyer} must hear?",
    };

    /// <summary>Goal with a proven Coach with no relationship of their own with the Economic Buyer we do not yet cover.</summary>
    /// <value>"{person} introduces us to {nextOnRoute}" / "{person} tells us who has {economicBuyer}'s ear".</value>
    public MeetingGoalTemplate CoachRouteGoal { get; set; } = new()
    {
        BestAction = "{person} introduces us to {nextOnRoute}",
        MinimumAction = "{person} tells us who has {economicBuyer}'s ear",
        Ask = "Would you introduce us to {nextOnRoute}?",
    };

    /// <summary>Goal with a proven Coach once we cover the Economic Buyer.</summary>
    /// <value>"{person} gives their view of each buying influence" / "{person} agrees to a second conversation to test our strategy".</value>
    public MeetingGoalTemplate CoachViewGoal { get; set; } = new()
    {
        BestAction = "{person} gives their view of each buying influence",
        MinimumAction = "{person} agrees to a second conversation to test our strategy",
        Ask = "Would you go through each person in this decision with us and tell us where our strategy is weakest?",
    };

    /// <summary>Goal with an Economic Buyer in Growth or Trouble we have not yet met (first rung).</summary>
    /// <value>"{person} agrees the business result to be proved and walks us through the decision process and criteria" / "{person} agrees to a follow-up on how we would prove it".</value>
    public MeetingGoalTemplate EconomicNewGoal { get; set; } = new()
    {
        BestAction = "{person} agrees the business result to be proved and walks us through the decision process and criteria",
        MinimumAction = "{person} agrees to a follow-up on how we would prove it",
        Ask = "Which result would we have to prove, and would you walk us through how the decision will be made and on what criteria?",
    };

    /// <summary>Goal with an Economic Buyer in Growth or Trouble we have met, rated below <see cref="PlanningThresholds.ReceptiveEconomicRating"/> (second rung).</summary>
    /// <value>"{person} agrees our approach addresses their result, and where we stand against the alternatives" / "{person} names what we must prove".</value>
    public MeetingGoalTemplate EconomicEngagedGoal { get; set; } = new()
    {
        BestAction = "{person} agrees our approach addresses their result, and where we stand against the alternatives",
        MinimumAction = "{person} names what we must prove",
        Ask = "Does our approach address the result you need, and where do we stand against the alternatives?",
    };

    /// <summary>Goal with an Economic Buyer in Growth or Trouble we have met, rated at least <see cref="PlanningThresholds.ReceptiveEconomicRating"/> (third rung).</summary>
    /// <value>"{person} approves an evaluation, pilot or budget for {objective}" / "{person} agrees on the business result to be proved".</value>
    public MeetingGoalTemplate EconomicReceptiveGoal { get; set; } = new()
    {
        BestAction = "{person} approves an evaluation, pilot or budget for {objective}",
        MinimumAction = "{person} agrees on the business result to be proved",
        Ask = "Will you approve an evaluation, a pilot or the budget, so that we can prove the result?",
    };

    /// <summary>Goal with a Technical buyer.</summary>
    /// <value>"{person} agrees on the evaluation criteria and puts us on the short list" / "{person} documents the evaluation criteria".</value>
    public MeetingGoalTemplate TechnicalGoal { get; set; } = new()
    {
        BestAction = "{person} agrees on the evaluation criteria and puts us on the short list",
        MinimumAction = "{person} documents the evaluation criteria",
        Ask = "Can we agree the criteria you will evaluate on, and will you put us on the short list?",
    };

    /// <summary>Goal with a User buyer at or above <see cref="PlanningThresholds.SeniorUserLevel"/>.</summary>
    /// <value>"{person} sponsors a pilot with their team" / "{person} names the colleagues affected".</value>
    public MeetingGoalTemplate SeniorUserGoal { get; set; } = new()
    {
        BestAction = "{person} sponsors a pilot with their team",
        MinimumAction = "{person} names the colleagues affected",
        Ask = "Would you sponsor a pilot with your team?",
    };

    /// <summary>Goal with a User buyer.</summary>
    /// <value>"{person} takes part in a demo or pilot" / "{person} names the colleagues affected".</value>
    public MeetingGoalTemplate UserGoal { get; set; } = new()
    {
        BestAction = "{person} takes part in a demo or pilot",
        MinimumAction = "{person} names the colleagues affected",
        Ask = "Would you take part in a demo or a pilot, and who else in your team should join?",
    };

    /// <summary>Goal with a person whose role in the opportunity is not known (a hidden influencer, an introducer).</summary>
    /// <value>"{person} tells us what part they play in the decision and who else decides" / "{person} names one other person we should talk to".</value>
    public MeetingGoalTemplate NoRoleGoal { get; set; } = new()
    {
        BestAction = "{person} tells us what part they play in the decision and who else decides",
        MinimumAction = "{person} names one other person we should talk to",
        Ask = "What part will you play in this decision, and who else should we be talking to?",
    };

    internal void Validate(OptionProblems problems, string path)
    {
        Check(problems, path, "IdentifyEconomicBuyerGoal", IdentifyEconomicBuyerGoal);
        Check(problems, path, "OpposedGoal", OpposedGoal);
        Check(problems, path, "StalledGoal", StalledGoal);
        Check(problems, path, "OverconfidentGoal", OverconfidentGoal);
        Check(problems, path, "EconomicUnreceptiveGoal", EconomicUnreceptiveGoal);
        Check(problems, path, "ModeUnknownGoal", ModeUnknownGoal);
        Check(problems, path, "DevelopCoachGoal", DevelopCoachGoal);
        Check(problems, path, "CoachIntroductionGoal", CoachIntroductionGoal);
        Check(problems, path, "CoachRouteGoal", CoachRouteGoal);
        Check(problems, path, "CoachViewGoal", CoachViewGoal);
        Check(problems, path, "EconomicNewGoal", EconomicNewGoal);
        Check(problems, path, "EconomicEngagedGoal", EconomicEngagedGoal);
        Check(problems, path, "EconomicReceptiveGoal", EconomicReceptiveGoal);
        Check(problems, path, "TechnicalGoal", TechnicalGoal);
        Check(problems, path, "SeniorUserGoal", SeniorUserGoal);
        Check(problems, path, "UserGoal", UserGoal);
        Check(problems, path, "NoRoleGoal", NoRoleGoal);
    }

    private static void Check(OptionProblems problems, string path, string name, MeetingGoalTemplate? template)
    {
        problems.Required(path, name, template);
        if (template is not null)
        {
            var before = problems.Count;
            var placeholders = PlanningTexts.MeetingPlaceholders;
            problems.Template(string.Empty, string.Empty, template.BestAction, placeholders);
            problems.Template(string.Empty, string.Empty, template.MinimumAction, placeholders);
            problems.Template(string.Empty, string.Empty, template.Ask, placeholders);
            if (problems.Count > before)
            {
                // Checked without a path, which costs nothing when all is well; named once a problem is found.
                problems.Truncate(before);
                problems.Template(path, name + ".BestAction", template.BestAction, placeholders);
                problems.Template(path, name + ".MinimumAction", template.MinimumAction, placeholders);
                problems.Template(path, name + ".Ask", template.Ask, placeholders);
            }
        }
    }
}
