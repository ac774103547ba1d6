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
    public void PlanCampaign_EconomicBuyerUncovered_CoachIntroductionComesBeforeEconomicBuyer()
    {
        var plan = Northwind().Build();

        var campaign = Planner.PlanCampaign(plan, OpportunityId, AsOf);

        var people = campaign.Steps.Select(s => s.PersonId).ToList();
        var coach = people.IndexOf("pat");
        var economicBuyer = people.IndexOf("dana");
        Assert.IsTrue(coach >= 0 && economicBuyer > coach, string.Join(", ", people));
        StringAssert.Contains(campaign.Steps[coach].BestAction, "introduces");
        StringAssert.Contains(campaign.Steps[coach].SteppingStone, "Dana Lee");
        Assert.AreEqual(coach + 1, economicBuyer, "the introduction sets up the very next meeting");
        Assert.IsTrue(campaign.Steps[economicBuyer].Path!.IsDirect, "after the introduction the owner knows Dana directly");
    }

    [TestMethod]
    public void PlanCampaign_Northwind_EndsWithEconomicBuyerTowardApproval()
    {
        var campaign = Planner.PlanCampaign(Northwind().Build(), OpportunityId, AsOf, meetings: 4);

        Assert.AreEqual(4, campaign.Steps.Count);
        Assert.AreEqual("dana", campaign.Steps[3].PersonId);
        StringAssert.Contains(campaign.Steps[3].BestAction, "approves");
        CollectionAssert.AreEqual(new[] { 1, 2, 3, 4 }, campaign.Steps.Select(s => s.Step).ToList());
        Assert.AreEqual(AsOf.AddDays(7), campaign.Steps[0].Date);
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

        Assert.AreEqual("pat", campaign.Steps[0].PersonId);
        StringAssert.Contains(campaign.Steps[0].BestAction, "signs off");
        Assert.IsTrue(campaign.Assumptions.Any(a => a.Contains("Economic Buyer is unknown", StringComparison.Ordinal)));
        Assert.AreEqual(1, campaign.Steps.Count(s => s.BestAction.Contains("signs off", StringComparison.Ordinal)), "asking twice gains nothing");
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

        CollectionAssert.AreEqual(new[] { "bob", "bob", "dana" }, campaign.Steps.Select(s => s.PersonId).ToList());
        StringAssert.Contains(campaign.Steps[0].BestAction, "agrees to guide us");
        StringAssert.Contains(campaign.Steps[1].BestAction, "introduces Tom Brandt to Dana Lee");
        Assert.AreEqual("tom", campaign.Steps[2].OwnerId, "the introduction made Tom the owner of the senior Economic Buyer");
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

        CollectionAssert.AreEqual(a.Steps.Select(s => s.PersonId + "/" + s.OwnerId + "/" + s.BestAction).ToList(), b.Steps.Select(s => s.PersonId + "/" + s.OwnerId + "/" + s.BestAction).ToList());
    }

    [TestMethod]
    public void PlanCampaign_UnknownOpportunity_Throws()
    {
        Assert.ThrowsExactly<ArgumentException>(() => Planner.PlanCampaign(Northwind().Build(), "nope", AsOf));
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

        var campaign = Planner.PlanCampaign(Northwind().Build(), OpportunityId, asOf, meetings: 4);

        Assert.AreEqual(DateTime.MaxValue.Date, campaign.Steps[campaign.Steps.Count - 1].Date);
    }
}
