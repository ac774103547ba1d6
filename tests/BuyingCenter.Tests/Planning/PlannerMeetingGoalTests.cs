using System;
using BuyingCenter.Planning;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static BuyingCenter.Tests.Planning.PlanningPlans;

namespace BuyingCenter.Tests.Planning;

/// <summary>One test per row of the goal table of docs/domain.md, section 5.</summary>
[TestClass]
public sealed class PlannerMeetingGoalTests
{
    [TestMethod]
    public void PlanMeeting_CoachWithoutOwnEdgeToEconomicBuyer_AsksForTheNextPersonNotTheEconomicBuyer()
    {
        var plan = Plan(Influence("pat", BuyingRoles.Coach, rating: 4));

        var meeting = Meeting(plan, "pat");

        Assert.AreEqual("Pat Okafor introduces us to someone who has Dana Lee's ear", meeting.Goal.BestAction, "Pat has never spoken to Dana: no introduction to her can be promised");
        Assert.AreEqual("Pat Okafor tells us who has Dana Lee's ear", meeting.Goal.MinimumAction);
        Assert.AreEqual("Would you introduce us to someone who has Dana Lee's ear?", meeting.Goal.Ask);
    }

    [TestMethod]
    public void PlanMeeting_CoachWithOwnEdgeToUncoveredEconomicBuyer_IntroducesOurSellerOfMatchingLevel()
    {
        var plan = Plan(Influence("pat", BuyingRoles.Coach, rating: 4)).ToBuilder()
            .AddRelationship("pat", RelationshipKind.Knows, "dana", 0.7, AsOf)
            .Build();

        var meeting = Meeting(plan, "pat");

        Assert.AreEqual("Pat Okafor introduces Tom Brandt to Dana Lee", meeting.Goal.BestAction, "Dana is senior: the Coach introduces our seller of matching level, not Ana who owns this meeting");
        Assert.AreEqual("ana", meeting.Approach.Owner?.Id);
        Assert.AreEqual("Pat Okafor tells us what Dana Lee must hear, and when", meeting.Goal.MinimumAction);
        StringAssert.Contains(meeting.SteppingStone, "Dana Lee");
    }

    [TestMethod]
    public void PlanMeeting_CoachWithEconomicBuyerCovered_AsksForTheirViewOfEachInfluence()
    {
        var plan = Plan(Influence("pat", BuyingRoles.Coach, rating: 4), danaCovered: true);

        StringAssert.Contains(Meeting(plan, "pat").Goal.BestAction, "view of each buying influence");
    }

    [TestMethod]
    public void PlanMeeting_EconomicGrowthRatedTwoNeverMet_FirstRungNotApproval()
    {
        var plan = Plan(dana: Influence("dana", BuyingRoles.Economic, mode: ResponseMode.Growth, rating: 2));

        var meeting = Meeting(plan, "dana");

        Assert.AreEqual("Dana Lee agrees the business result to be proved and walks us through the decision process and criteria", meeting.Goal.BestAction);
        Assert.AreEqual("Dana Lee agrees to a follow-up on how we would prove it", meeting.Goal.MinimumAction);
        StringAssert.Contains(meeting.SteppingStone, "agrees our approach addresses their result", "one rung up, not straight to approval");
    }

    [TestMethod]
    public void PlanMeeting_EconomicGrowthRatedTwoEngaged_AimsForApprovalOfEvaluation()
    {
        var plan = Held(Plan(dana: Influence("dana", BuyingRoles.Economic, mode: ResponseMode.Growth, rating: 2)), "dana", MeetingOutcome.MinimumAction);

        var meeting = Meeting(plan, "dana");

        StringAssert.Contains(meeting.Goal.BestAction, "approves an evaluation, pilot or budget");
        Assert.AreEqual("Dana Lee agrees on the business result to be proved", meeting.Goal.MinimumAction);
        Assert.AreEqual("Will you approve an evaluation, a pilot or the budget, so that we can prove the result?", meeting.Goal.Ask);
    }

    [TestMethod]
    public void PlanMeeting_EconomicTroubleRatedOneEngaged_SecondRung()
    {
        var plan = Held(Plan(dana: Influence("dana", BuyingRoles.Economic, mode: ResponseMode.Trouble, rating: 1)), "dana", MeetingOutcome.BestAction);

        var meeting = Meeting(plan, "dana");

        Assert.AreEqual("Dana Lee agrees our approach addresses their result, and where we stand against the alternatives", meeting.Goal.BestAction);
        Assert.AreEqual("Dana Lee names what we must prove", meeting.Goal.MinimumAction);
    }

    [TestMethod]
    public void PlanMeeting_EconomicTwoMeetingsWithoutCommitment_StalledGoal()
    {
        var plan = Held(Held(Plan(dana: Influence("dana", BuyingRoles.Economic, mode: ResponseMode.Growth, rating: 3)), "dana", MeetingOutcome.NoCommitment, 20), "dana", MeetingOutcome.NoCommitment, 10);

        var meeting = Meeting(plan, "dana");

        StringAssert.Contains(meeting.Goal.BestAction, "another of our sellers or on another angle");
        StringAssert.Contains(meeting.Goal.MinimumAction, "what would make a meeting worth their time");
    }

    [TestMethod]
    public void PlanMeeting_EconomicEvenKeel_AgreesAGapExists()
    {
        var plan = Plan(dana: Influence("dana", BuyingRoles.Economic, mode: ResponseMode.EvenKeel, rating: 3));

        var meeting = Meeting(plan, "dana");

        Assert.AreEqual("Dana Lee agrees that a gap worth exploring exists", meeting.Goal.BestAction);
        Assert.AreEqual("Dana Lee gives permission to come back with data", meeting.Goal.MinimumAction);
    }

    [TestMethod]
    public void PlanMeeting_ModeUnknown_LearnsHowTheySeeTheirArea()
    {
        var plan = Plan(Influence("lin", BuyingRoles.Technical, mode: ResponseMode.Unknown, rating: 1));

        var meeting = Meeting(plan, "lin");

        StringAssert.Contains(meeting.Goal.BestAction, "describes how they see their area today and what they would change");
        StringAssert.Contains(meeting.Goal.MinimumAction, "agrees to a second conversation");
    }

    [TestMethod]
    public void PlanMeeting_SeniorUser_SponsorsAPilot()
    {
        var plan = Plan(Influence("lin", BuyingRoles.User, rating: 1));

        Assert.AreEqual("Lin Chen sponsors a pilot with their team", Meeting(plan, "lin").Goal.BestAction);
        Assert.AreEqual("Kim Berg takes part in a demo or pilot", Meeting(Plan(Influence("kim", BuyingRoles.User, rating: 1)), "kim").Goal.BestAction);
    }

    private static AccountPlan Held(AccountPlan plan, string personId, MeetingOutcome outcome, int daysAgo = 10) => plan.ToBuilder()
        .AddMeeting(new Meeting { Id = "held-" + daysAgo, Date = AsOf.AddDays(-daysAgo), OpportunityId = plan.Opportunities[0].Id, SellerIds = new[] { "ana" }, PersonIds = new[] { personId }, Outcome = outcome })
        .Build();

    [TestMethod]
    public void PlanMeeting_EconomicTroubleNeverMet_AgreesTheResultNotAGap()
    {
        var plan = Plan(dana: Influence("dana", BuyingRoles.Economic, mode: ResponseMode.Trouble, rating: 1));

        var best = Meeting(plan, "dana").Goal.BestAction;
        StringAssert.Contains(best, "agrees the business result to be proved");
        Assert.IsFalse(best.Contains("gap", StringComparison.Ordinal), "she feels the pain: no need to agree that a gap exists");
    }

    [TestMethod]
    public void PlanMeeting_EconomicEvenKeel_AimsForAgreementThatAGapExists()
    {
        var plan = Plan(dana: Influence("dana", BuyingRoles.Economic, mode: ResponseMode.EvenKeel, rating: 3));

        var meeting = Meeting(plan, "dana");

        StringAssert.Contains(meeting.Goal.BestAction, "gap worth exploring");
        StringAssert.Contains(meeting.Goal.MinimumAction, "permission to come back with data");
    }

    [TestMethod]
    public void PlanMeeting_EconomicOverconfident_NoBuyingActionAsked()
    {
        var plan = Plan(dana: Influence("dana", BuyingRoles.Economic, mode: ResponseMode.Overconfident, rating: 3));

        var meeting = Meeting(plan, "dana");

        StringAssert.Contains(meeting.Goal.BestAction, "looks with us at one question");
        Assert.IsFalse(meeting.Goal.BestAction.Contains("approves", StringComparison.Ordinal));
    }

    [TestMethod]
    public void PlanMeeting_Technical_AimsForCriteriaAndShortList()
    {
        var meeting = Meeting(Plan(Influence("lin", BuyingRoles.Technical)), "lin");

        StringAssert.Contains(meeting.Goal.BestAction, "evaluation criteria and puts us on the short list");
        StringAssert.Contains(meeting.Goal.MinimumAction, "documents the evaluation criteria");
    }

    [TestMethod]
    public void PlanMeeting_User_AimsForDemoOrPilot()
    {
        var meeting = Meeting(Plan(Influence("kim", BuyingRoles.User)), "kim");

        StringAssert.Contains(meeting.Goal.BestAction, "demo or pilot");
        StringAssert.Contains(meeting.Goal.MinimumAction, "names the colleagues affected");
    }

    [TestMethod]
    public void PlanMeeting_RatedMinusTwoAnyRole_AimsForAnObjection()
    {
        var plan = Plan(dana: Influence("dana", BuyingRoles.Economic, mode: ResponseMode.Growth, rating: -2));

        var meeting = Meeting(plan, "dana");

        StringAssert.Contains(meeting.Goal.BestAction, "states an objection we can answer");
        StringAssert.Contains(meeting.Goal.MinimumAction, "hear their concerns");
    }

    [TestMethod]
    public void PlanMeeting_OverconfidentUser_PlantsAQuestionWithoutPushing()
    {
        var meeting = Meeting(Plan(Influence("kim", BuyingRoles.User, mode: ResponseMode.Overconfident, rating: 1)), "kim");

        StringAssert.Contains(meeting.Goal.BestAction, "plant it; do not push");
        StringAssert.Contains(meeting.Goal.MinimumAction, "follow-up when their results change");
    }

    [TestMethod]
    public void PlanMeeting_NoCoachAndBestCandidate_AimsToDevelopACoach()
    {
        var plan = Base()
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddPerson("kim", "Kim Berg", level: 2)
            .AddRelationship("ana", RelationshipKind.Knows, "kim", 0.8, AsOf)
            .AddOpportunity(Opportunity(Influence("dana", BuyingRoles.Economic, rating: 1), Influence("kim", BuyingRoles.User, rating: 3)))
            .Build();

        var meeting = Meeting(plan, "kim");

        StringAssert.Contains(meeting.Goal.BestAction, "gives their view of each buying influence and of the competition");
        StringAssert.Contains(meeting.Goal.MinimumAction, "meet again to test our strategy");
        StringAssert.Contains(meeting.SteppingStone, "Dana Lee");
    }

    [TestMethod]
    public void PlanMeeting_CustomTemplate_UsedWithPlaceholdersFilled()
    {
        var options = new PlanningOptions { Goals = { UserGoal = new MeetingGoalTemplate { BestAction = "{person} pilots for {result}", MinimumAction = "{owner} meets the team", Ask = "Would you pilot for {result}?" } } };
        var plan = Plan(Influence("kim", BuyingRoles.User));

        var meeting = Planner.PlanMeeting(Review(plan), "kim", options);

        Assert.AreEqual("Kim Berg pilots for \u201CCut freight cost 8%\u201D", meeting.Goal.BestAction);
        Assert.AreEqual("Ana Ruiz meets the team", meeting.Goal.MinimumAction);
    }

    private static AccountPlan Plan(BuyingInfluence? other = null, BuyingInfluence? dana = null, bool danaCovered = false)
    {
        var builder = Base()
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddPerson("pat", "Pat Okafor", level: 4)
            .AddPerson("lin", "Lin Chen", level: 4)
            .AddPerson("kim", "Kim Berg", level: 2)
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.8, AsOf)
            .AddRelationship("ana", RelationshipKind.Knows, "lin", 0.8, AsOf)
            .AddRelationship("ana", RelationshipKind.Knows, "kim", 0.8, AsOf)
            .AddRelationship("ana", RelationshipKind.Knows, "dana", danaCovered ? 0.9 : 0.2, AsOf);
        var influences = new System.Collections.Generic.List<BuyingInfluence> { dana ?? Influence("dana", BuyingRoles.Economic, mode: ResponseMode.EvenKeel, rating: 1) };
        if (other is not null)
        {
            influences.Add(other);
        }

        // A Coach is in place, so no one is chosen for developing into one (principle 2 has its own goal).
        if (other?.PersonId != "pat")
        {
            influences.Add(Influence("pat", BuyingRoles.Coach, rating: 4));
        }

        return builder.AddOpportunity(Opportunity(influences.ToArray())).Build();
    }
}
