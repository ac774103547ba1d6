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
    public void PlanMeeting_CoachWithEconomicBuyerUncovered_AimsForIntroduction()
    {
        var plan = Plan(Influence("pat", BuyingRoles.Coach, rating: 4));

        var meeting = Meeting(plan, "pat");

        Assert.AreEqual("Pat Okafor introduces Tom Brandt to Dana Lee", meeting.BestAction, "Dana is senior: the Coach introduces our seller of matching level, not Ana who owns this meeting");
        Assert.AreEqual("ana", meeting.OwnerId);
        StringAssert.Contains(meeting.MinimumAction, "second conversation to test our strategy");
        StringAssert.Contains(meeting.SteppingStone, "Dana Lee");
    }

    [TestMethod]
    public void PlanMeeting_CoachWithEconomicBuyerCovered_AsksForTheirViewOfEachInfluence()
    {
        var plan = Plan(Influence("pat", BuyingRoles.Coach, rating: 4), danaCovered: true);

        StringAssert.Contains(Meeting(plan, "pat").BestAction, "view of each buying influence");
    }

    [TestMethod]
    public void PlanMeeting_EconomicGrowthRatedTwo_AimsForApprovalOfEvaluation()
    {
        var plan = Plan(dana: Influence("dana", BuyingRoles.Economic, mode: ResponseMode.Growth, rating: 2));

        var meeting = Meeting(plan, "dana");

        StringAssert.Contains(meeting.BestAction, "approves an evaluation, pilot or budget");
        Assert.AreEqual("Dana Lee agrees on the business result to be proved: Cut freight cost 8%", meeting.MinimumAction);
    }

    [TestMethod]
    public void PlanMeeting_EconomicTroubleRatedOne_NotYetAskedForApproval()
    {
        var plan = Plan(dana: Influence("dana", BuyingRoles.Economic, mode: ResponseMode.Trouble, rating: 1));

        StringAssert.Contains(Meeting(plan, "dana").BestAction, "gap worth exploring");
    }

    [TestMethod]
    public void PlanMeeting_EconomicEvenKeel_AimsForAgreementThatAGapExists()
    {
        var plan = Plan(dana: Influence("dana", BuyingRoles.Economic, mode: ResponseMode.EvenKeel, rating: 3));

        var meeting = Meeting(plan, "dana");

        StringAssert.Contains(meeting.BestAction, "gap worth exploring");
        StringAssert.Contains(meeting.MinimumAction, "permission to come back with data");
    }

    [TestMethod]
    public void PlanMeeting_EconomicOverconfident_NoBuyingActionAsked()
    {
        var plan = Plan(dana: Influence("dana", BuyingRoles.Economic, mode: ResponseMode.Overconfident, rating: 3));

        var meeting = Meeting(plan, "dana");

        StringAssert.Contains(meeting.BestAction, "gap worth exploring");
        Assert.IsFalse(meeting.BestAction.Contains("approves", StringComparison.Ordinal));
    }

    [TestMethod]
    public void PlanMeeting_Technical_AimsForCriteriaAndShortList()
    {
        var meeting = Meeting(Plan(Influence("lin", BuyingRoles.Technical)), "lin");

        StringAssert.Contains(meeting.BestAction, "evaluation criteria and puts us on the short list");
        StringAssert.Contains(meeting.MinimumAction, "documents the evaluation criteria");
    }

    [TestMethod]
    public void PlanMeeting_User_AimsForDemoOrPilot()
    {
        var meeting = Meeting(Plan(Influence("kim", BuyingRoles.User)), "kim");

        StringAssert.Contains(meeting.BestAction, "demo or pilot");
        StringAssert.Contains(meeting.MinimumAction, "names the colleagues affected");
    }

    [TestMethod]
    public void PlanMeeting_RatedMinusTwoAnyRole_AimsForAnObjection()
    {
        var plan = Plan(dana: Influence("dana", BuyingRoles.Economic, mode: ResponseMode.Growth, rating: -2));

        var meeting = Meeting(plan, "dana");

        StringAssert.Contains(meeting.BestAction, "states an objection we can answer");
        StringAssert.Contains(meeting.MinimumAction, "hear their concerns");
    }

    [TestMethod]
    public void PlanMeeting_OverconfidentUser_PlantsAQuestionWithoutPushing()
    {
        var meeting = Meeting(Plan(Influence("kim", BuyingRoles.User, mode: ResponseMode.Overconfident, rating: 1)), "kim");

        StringAssert.Contains(meeting.BestAction, "plant it; do not push");
        StringAssert.Contains(meeting.MinimumAction, "follow-up when their results change");
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

        StringAssert.Contains(meeting.BestAction, "agrees to guide us");
        StringAssert.Contains(meeting.MinimumAction, "meet again to test our strategy");
        StringAssert.Contains(meeting.SteppingStone, "introduced by Kim Berg");
    }

    [TestMethod]
    public void PlanMeeting_CustomTemplate_UsedWithPlaceholdersFilled()
    {
        var options = new PlanningOptions { UserGoal = new MeetingGoalTemplate { BestAction = "{person} pilots for {result}", MinimumAction = "{owner} meets the team" } };
        var plan = Plan(Influence("kim", BuyingRoles.User));

        var meeting = Planner.PlanMeeting(Review(plan), "kim", options);

        Assert.AreEqual("Kim Berg pilots for Cut freight cost 8%", meeting.BestAction);
        Assert.AreEqual("Ana Ruiz meets the team", meeting.MinimumAction);
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
