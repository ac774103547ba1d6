using System;
using System.Linq;
using BuyingCenter.Planning;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static BuyingCenter.Tests.Planning.PlanningPlans;

namespace BuyingCenter.Tests.Planning;

[TestClass]
public sealed class PlannerCampaignTests
{
    [TestMethod]
    public void PlanCampaign_CoachWithoutOwnEdgeToEconomicBuyer_LeadsThroughTheNextPersonOnTheRoute()
    {
        var plan = Northwind().Build();

        var campaign = Planner.PlanCampaign(plan, OpportunityId, AsOf);

        CollectionAssert.AreEqual(new[] { "pat", "omar", "dana" }, campaign.Steps.Select(s => s.Approach.Person.Id).ToList());
        Assert.AreEqual("Pat Okafor introduces us to Omar Haddad", campaign.Steps[0].Goal.BestAction, "Pat has no edge of their own to Dana");
        Assert.AreEqual("Would you introduce us to Omar Haddad?", campaign.Steps[0].Goal.Ask);
        StringAssert.Contains(campaign.Steps[0].SteppingStone, "Omar Haddad");
    }

    [TestMethod]
    public void PlanCampaign_EvenKeelEconomicBuyer_EndsAtAgreesAGapExistsNeverApproval()
    {
        var campaign = Planner.PlanCampaign(Northwind().Build(), OpportunityId, AsOf, meetings: 6);

        var last = campaign.Steps[campaign.Steps.Count - 1];
        Assert.AreEqual("dana", last.Approach.Person.Id);
        Assert.AreEqual("Dana Lee agrees that a gap worth exploring exists", last.Goal.BestAction);
        Assert.IsFalse(campaign.Steps.Any(s => s.Goal.BestAction.Contains("approves", StringComparison.Ordinal)));
        Assert.IsTrue(campaign.Assumptions.Any(a => a.Contains("sees no gap today (EvenKeel)", StringComparison.Ordinal)), string.Join(" | ", campaign.Assumptions));
    }

    [TestMethod]
    public void PlanCampaign_OverconfidentEconomicBuyer_NeverPushedTowardAnEvaluation()
    {
        var plan = Base()
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddPerson("pat", "Pat Okafor", level: 4)
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.8, AsOf)
            .AddRelationship("tom", RelationshipKind.Knows, "dana", 0.8, AsOf)
            .AddOpportunity(Opportunity(
                Influence("dana", BuyingRoles.Economic, mode: ResponseMode.Overconfident, rating: 3),
                Influence("pat", BuyingRoles.Technical, rating: 3)))
            .Build();

        var campaign = Planner.PlanCampaign(plan, OpportunityId, AsOf, meetings: 6);

        Assert.IsFalse(campaign.Steps.Any(s => s.Goal.BestAction.Contains("evaluation", StringComparison.Ordinal) && s.Approach.Person.Id == "dana"), string.Join(" | ", campaign.Steps.Select(s => s.Goal.BestAction)));
        Assert.AreEqual(1, campaign.Steps.Count(s => s.Approach.Person.Id == "dana"));
        StringAssert.Contains(campaign.Steps.Single(s => s.Approach.Person.Id == "dana").Goal.BestAction, "one question");
    }

    [TestMethod]
    public void PlanCampaign_GrowthEconomicBuyer_ClimbsOneRungAtATimeWithoutRepeating()
    {
        var plan = Base()
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddRelationship("tom", RelationshipKind.Knows, "dana", 0.8, AsOf)
            .AddOpportunity(Opportunity(Influence("dana", BuyingRoles.Economic, mode: ResponseMode.Growth, rating: 0)))
            .Build();

        var campaign = Planner.PlanCampaign(plan, OpportunityId, AsOf, meetings: 6);

        var goals = campaign.Steps.Select(s => s.Goal.BestAction).ToList();
        Assert.AreEqual(goals.Count, goals.Distinct().Count(), "no step repeats: " + string.Join(" | ", goals));
        StringAssert.Contains(goals[0], "agrees the business result to be proved");
        StringAssert.Contains(goals[1], "agrees our approach addresses their result");
        Assert.IsTrue(campaign.Steps.Zip(campaign.Steps.Skip(1), (a, b) => (b.Date - a.Date).TotalDays).All(d => d == 14));
        Assert.AreEqual(AsOf.AddDays(14), campaign.Steps[0].Date);
    }

    [TestMethod]
    public void PlanCampaign_Northwind_StepsNumberedAndDatedFourteenDaysApart()
    {
        var campaign = Planner.PlanCampaign(Northwind().Build(), OpportunityId, AsOf, meetings: 4);

        CollectionAssert.AreEqual(Enumerable.Range(1, campaign.Steps.Count).ToList(), campaign.Steps.Select(s => s.Step).ToList());
        Assert.AreEqual(AsOf.AddDays(14), campaign.Steps[0].Date);
        Assert.IsTrue(campaign.Steps.Zip(campaign.Steps.Skip(1), (a, b) => a.Date < b.Date).All(x => x));
    }

    [TestMethod]
    public void PlanCampaign_EconomicBuyerUnknown_IdentifiesFirstAndSaysWhatItAssumes()
    {
        var plan = Base()
            .AddPerson("pat", "Pat Okafor", level: 4)
            .AddPerson("lin", "Lin Chen", level: 4)
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.8, AsOf)
            .AddRelationship("pat", RelationshipKind.Knows, "lin", 0.6)
            .AddOpportunity(Opportunity(Influence("pat", BuyingRoles.Coach, rating: 4), Influence("lin", BuyingRoles.Technical)))
            .Build();

        var campaign = Planner.PlanCampaign(plan, OpportunityId, AsOf, meetings: 3);

        Assert.AreEqual("pat", campaign.Steps[0].Approach.Person.Id);
        StringAssert.Contains(campaign.Steps[0].Goal.BestAction, "signs off");
        Assert.IsTrue(campaign.Assumptions.Any(a => a.Contains("Economic Buyer is unknown", StringComparison.Ordinal)));
        Assert.AreEqual(1, campaign.Steps.Count(s => s.Goal.BestAction.Contains("signs off", StringComparison.Ordinal)), "asking twice gains nothing");
    }

    [TestMethod]
    public void PlanCampaign_NoCoach_DevelopsOneWhoThenIntroducesTheEconomicBuyer()
    {
        var plan = Base()
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddPerson("bob", "Bob", level: 3)
            .AddRelationship("ana", RelationshipKind.Knows, "bob", 0.7, AsOf)
            .AddRelationship("bob", RelationshipKind.Influences, "dana", 0.8)
            .AddOpportunity(Opportunity(
                Influence("dana", BuyingRoles.Economic, mode: ResponseMode.EvenKeel, rating: 0),
                Influence("bob", BuyingRoles.User, rating: 3)))
            .Build();

        var campaign = Planner.PlanCampaign(plan, OpportunityId, AsOf, meetings: 3);

        CollectionAssert.AreEqual(new[] { "bob", "bob", "dana" }, campaign.Steps.Select(s => s.Approach.Person.Id).ToList());
        StringAssert.Contains(campaign.Steps[0].Goal.BestAction, "gives their view of each buying influence and of the competition");
        StringAssert.Contains(campaign.Steps[1].Goal.BestAction, "introduces Tom Brandt to Dana Lee");
        Assert.AreEqual("tom", campaign.Steps[2].Approach.Owner?.Id, "the introduction made Tom the owner of the senior Economic Buyer");
        Assert.IsTrue(campaign.Assumptions.Any(a => a.Contains("becomes our Coach", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void PlanCampaign_InputPlan_IsNotChanged()
    {
        var plan = Northwind().Build();
        var meetings = plan.Meetings.Count;
        var relationships = plan.Relationships.Count;

        Planner.PlanCampaign(plan, OpportunityId, AsOf);

        Assert.AreEqual(meetings, plan.Meetings.Count);
        Assert.AreEqual(relationships, plan.Relationships.Count);
    }

    [TestMethod]
    public void PlanCampaign_PlanArraysReordered_SameSteps()
    {
        var plan = Northwind().Build();

        var a = Planner.PlanCampaign(plan, OpportunityId, AsOf);
        var b = Planner.PlanCampaign(Shuffled(plan), OpportunityId, AsOf);

        CollectionAssert.AreEqual(a.Steps.Select(s => s.Approach.Person.Id + "/" + s.Approach.Owner?.Id + "/" + s.Goal.BestAction).ToList(), b.Steps.Select(s => s.Approach.Person.Id + "/" + s.Approach.Owner?.Id + "/" + s.Goal.BestAction).ToList());
    }

    [TestMethod]
    public void PlanCampaign_UnknownOpportunity_Throws()
    {
        Assert.ThrowsExactly<PlanArgumentException>(() => Planner.PlanCampaign(Northwind().Build(), "nope", AsOf));
    }

    [TestMethod]
    public void PlanCampaign_DatesPastTheEndOfTheCalendar_ThrowsNamingAsOf()
    {
        var endOfCalendar = DateTime.MaxValue.Date.AddDays(-20);

        var error = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Planner.PlanCampaign(Northwind().Build(), OpportunityId, endOfCalendar, meetings: 4));

        Assert.AreEqual("asOf", error.ParamName);
        StringAssert.Contains(error.Message, "end of the calendar");
    }

    [TestMethod]
    public void PlanCampaign_LastStepOnTheLastDay_IsPlanned()
    {
        var asOf = DateTime.MaxValue.Date.AddDays(-28);

        var campaign = Planner.PlanCampaign(Northwind().Build(), OpportunityId, asOf, meetings: 2);

        Assert.AreEqual(DateTime.MaxValue.Date, campaign.Steps[campaign.Steps.Count - 1].Date);
    }
}
