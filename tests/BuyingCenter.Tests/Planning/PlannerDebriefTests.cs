using System;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static BuyingCenter.Tests.Planning.PlanningPlans;

namespace BuyingCenter.Tests.Planning;

[TestClass]
public sealed class PlannerDebriefTests
{
    private static readonly ExtensionProperty Crm = new() { Name = "x-crm", Json = "{\"id\":42}" };

    [TestMethod]
    public void Debrief_MeetingHeld_AppendedWithReadableId()
    {
        var plan = Northwind().Build();

        var after = Planner.Debrief(plan, new MeetingDebrief { PersonId = "dana", SellerId = "tom", Date = AsOf, Outcome = MeetingOutcome.BestAction, NextStep = "Workshop on 2026-12-03" });

        Assert.AreEqual(plan.Meetings.Count + 1, after.Meetings.Count);
        var meeting = after.Meetings[after.Meetings.Count - 1];
        Assert.AreEqual("m-2026-11-22-dana", meeting.Id);
        Assert.AreEqual(OpportunityId, meeting.OpportunityId);
        Assert.AreEqual(MeetingOutcome.BestAction, meeting.Outcome);
        CollectionAssert.AreEqual(new[] { "tom" }, meeting.SellerIds.ToList());
        Assert.AreEqual("Workshop on 2026-12-03", meeting.NextStep);
    }

    [TestMethod]
    public void Debrief_SameDayTwice_IdsStayUnique()
    {
        var debrief = new MeetingDebrief { PersonId = "dana", SellerId = "ana", Date = AsOf, Outcome = MeetingOutcome.NoCommitment };

        var after = Planner.Debrief(Planner.Debrief(Northwind().Build(), debrief), debrief);

        CollectionAssert.AllItemsAreUnique(after.Meetings.Select(m => m.Id).ToList());
        Assert.AreEqual("m-2026-11-22-dana-2", after.Meetings[after.Meetings.Count - 1].Id);
    }

    [TestMethod]
    public void Debrief_ModeAndRatingLearned_InfluenceUpdatedAndNoLongerUncertain()
    {
        var plan = Northwind().Build();

        var after = Planner.Debrief(plan, new MeetingDebrief { PersonId = "lin", SellerId = "raj", Date = AsOf, Outcome = MeetingOutcome.MinimumAction, Mode = ResponseMode.Growth, Rating = 2 });

        var lin = after.FindOpportunity(OpportunityId)!.FindInfluence("lin")!;
        Assert.AreEqual(ResponseMode.Growth, lin.Mode);
        Assert.AreEqual(2, lin.Rating);
        Assert.AreEqual(InfluenceFacts.None, lin.Uncertain);
        Assert.AreEqual("Worried about another integration.", lin.Notes);
        Assert.AreEqual(BuyingRoles.Technical, lin.Roles);
    }

    [TestMethod]
    public void Debrief_ExistingRelationshipMinimumAction_LastInteractionRefreshedStrengthUpByFivePoints()
    {
        var plan = Northwind().Build();

        var after = Planner.Debrief(plan, new MeetingDebrief { PersonId = "dana", SellerId = "ana", Date = AsOf, Outcome = MeetingOutcome.MinimumAction });

        var knows = after.Relationships.Single(r => r.Kind == RelationshipKind.Knows && r.Involves("ana") && r.Involves("dana"));
        Assert.AreEqual(AsOf, knows.LastInteraction);
        Assert.AreEqual(0.35, knows.Strength, 1e-9);
        Assert.AreEqual(plan.Relationships.Count, after.Relationships.Count);
    }

    [TestMethod]
    public void Debrief_NoRelationshipBestAction_CreatesKnowsAboveTheThreshold()
    {
        var plan = Northwind().Build();

        var after = Planner.Debrief(plan, new MeetingDebrief { PersonId = "dana", SellerId = "tom", Date = AsOf, Outcome = MeetingOutcome.BestAction });

        var knows = after.Relationships.Single(r => r.Kind == RelationshipKind.Knows && r.Involves("tom") && r.Involves("dana"));
        Assert.AreEqual(0.7, knows.Strength);
        Assert.AreEqual(AsOf, knows.LastInteraction);
    }

    [TestMethod]
    public void Debrief_UnknownProperties_Kept()
    {
        var plan = Base()
            .AddPerson(new Person { Id = "dana", Name = "Dana Lee", Level = 5, Extensions = new[] { Crm } })
            .AddRelationship(new Relationship { From = "ana", To = "dana", Kind = RelationshipKind.Knows, Strength = 0.6, Extensions = new[] { Crm } })
            .AddOpportunity(Opportunity(Influence("dana", BuyingRoles.Economic) with { Extensions = new[] { Crm } }) with { Extensions = new[] { Crm } })
            .AddMeeting(Met("dana", "ana", AsOf.AddDays(-30)) with { Extensions = new[] { Crm } })
            .WithExtensions(new[] { Crm })
            .Build();

        var after = Planner.Debrief(plan, new MeetingDebrief { PersonId = "dana", SellerId = "ana", Date = AsOf, Outcome = MeetingOutcome.BestAction, Rating = 4 });

        Assert.AreEqual(Crm, after.Extensions.Single());
        Assert.AreEqual(Crm, after.FindPerson("dana")!.Extensions.Single());
        Assert.AreEqual(Crm, after.Relationships.Single().Extensions.Single());
        Assert.AreEqual(Crm, after.FindOpportunity(OpportunityId)!.Extensions.Single());
        Assert.AreEqual(Crm, after.FindOpportunity(OpportunityId)!.FindInfluence("dana")!.Extensions.Single());
        Assert.AreEqual(Crm, after.Meetings[0].Extensions.Single());
        Assert.AreEqual(4, after.FindOpportunity(OpportunityId)!.FindInfluence("dana")!.Rating);
    }

    [TestMethod]
    public void Debrief_WinResultsLearned_ReplaceRecordedAndNoLongerUncertain()
    {
        var plan = Base()
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddRelationship("ana", RelationshipKind.Knows, "dana", 0.6, AsOf.AddDays(-30))
            .AddOpportunity(Opportunity(Influence("dana", BuyingRoles.Economic) with { Uncertain = InfluenceFacts.WinResults | InfluenceFacts.Degree }))
            .Build();
        var learned = new[] { new WinResult { Result = "Cut dispatch errors by half", Win = "Promoted to COO" } };

        var after = Planner.Debrief(plan, new MeetingDebrief { PersonId = "dana", Date = AsOf, Outcome = MeetingOutcome.MinimumAction, WinResults = learned });

        var dana = after.FindOpportunity(OpportunityId)!.FindInfluence("dana")!;
        Assert.AreEqual("Cut dispatch errors by half", dana.WinResults.Single().Result);
        Assert.AreEqual(InfluenceFacts.Degree, dana.Uncertain, "only the facts learned stop being uncertain");
    }

    [TestMethod]
    public void Debrief_NoSellerNamed_SellerWhoKnowsThePersonBestHeldIt()
    {
        var plan = Northwind().Build();

        var after = Planner.Debrief(plan, new MeetingDebrief { PersonId = "lin", Date = AsOf, Outcome = MeetingOutcome.NoCommitment });

        CollectionAssert.AreEqual(new[] { "raj" }, after.Meetings[after.Meetings.Count - 1].SellerIds.ToList());
    }

    [TestMethod]
    public void Debrief_BadIds_ThrowWithSentences()
    {
        var plan = Northwind().Build();
        MeetingDebrief Good() => new() { PersonId = "dana", SellerId = "ana", Date = AsOf, Outcome = MeetingOutcome.BestAction };

        StringAssert.Contains(Assert.ThrowsExactly<PlanArgumentException>(() => Planner.Debrief(plan, Good() with { PersonId = "ghost" })).Message, "no person");
        StringAssert.Contains(Assert.ThrowsExactly<PlanArgumentException>(() => Planner.Debrief(plan, Good() with { PersonId = "tom" })).Message, "one of our sellers");
        StringAssert.Contains(Assert.ThrowsExactly<PlanArgumentException>(() => Planner.Debrief(plan, Good() with { SellerId = "pat" })).Message, "not one of our sellers");
        StringAssert.Contains(Assert.ThrowsExactly<PlanArgumentException>(() => Planner.Debrief(plan, Good() with { OpportunityId = "nope" })).Message, "no opportunity");
        StringAssert.Contains(Assert.ThrowsExactly<PlanArgumentException>(() => Planner.Debrief(plan, Good() with { Outcome = MeetingOutcome.Planned })).Message, "took place");
    }

    [TestMethod]
    public void Debrief_ThenRecommend_DanaNoLongerUncontactedOrStale()
    {
        var plan = Northwind().Build();
        var before = Recommend(plan).Single(r => r.Approach.Person.Id == "dana");

        var after = Planner.Debrief(plan, new MeetingDebrief { PersonId = "dana", SellerId = "ana", Date = AsOf, Outcome = MeetingOutcome.BestAction });

        var dana = Recommend(after).Single(r => r.Approach.Person.Id == "dana");
        CollectionAssert.Contains(before.Reasons.ToList(), ReasonCode.Stale);
        CollectionAssert.DoesNotContain(dana.Reasons.ToList(), ReasonCode.Stale);
        Assert.IsTrue(dana.Score < before.Score);
    }

    [TestMethod]
    public void Debrief_NoGoalGiven_StoresTheGoalThePlannerSetForThatMeeting()
    {
        var plan = Northwind().Build();
        var planned = Planner.PlanMeeting(AccountReview.Create(plan, AsOf.AddDays(-1)).FindOpportunity(OpportunityId)!, "dana");

        var after = Planner.Debrief(plan, new MeetingDebrief { PersonId = "dana", SellerId = "tom", Date = AsOf, Outcome = MeetingOutcome.MinimumAction });

        var meeting = after.Meetings[after.Meetings.Count - 1];
        Assert.AreEqual(planned.Goal.BestAction, meeting.BestAction);
        Assert.AreEqual(planned.Goal.MinimumAction, meeting.MinimumAction);
    }

    [TestMethod]
    public void Debrief_FirstMeetingWon_NewContactCoveredNotUncovered()
    {
        var plan = Northwind().Build();

        var after = Planner.Debrief(plan, new MeetingDebrief { PersonId = "omar", SellerId = "raj", Date = AsOf, Outcome = MeetingOutcome.BestAction });

        var review = AccountReview.Create(after, AsOf.AddDays(2)).FindOpportunity(OpportunityId)!;
        Assert.IsTrue(review.Analysis.IsCovered("omar"), "a won first meeting creates Knows at 0.7, above the 0.5 threshold");
        var knows = after.Relationships.Single(r => r.Kind == RelationshipKind.Knows && r.Involves("raj") && r.Involves("omar"));
        Assert.AreEqual(0.7, knows.Strength);
        Assert.AreEqual(AsOf, knows.LastInteraction);
    }

    [TestMethod]
    public void Debrief_FirstMeetingNoCommitment_KnowsAtTheThreshold()
    {
        var after = Planner.Debrief(Northwind().Build(), new MeetingDebrief { PersonId = "omar", SellerId = "raj", Date = AsOf, Outcome = MeetingOutcome.NoCommitment });

        Assert.AreEqual(0.5, after.Relationships.Single(r => r.Kind == RelationshipKind.Knows && r.Involves("raj") && r.Involves("omar")).Strength);
    }

    [TestMethod]
    public void Debrief_TwoMeetingsWithoutCommitment_StalledAndTheGoalChanges()
    {
        var plan = Northwind().Build();
        var review = AccountReview.Create(plan, AsOf).FindOpportunity(OpportunityId)!;
        var before = Planner.PlanMeeting(review, "lin").Goal.BestAction;

        var once = Planner.Debrief(plan, new MeetingDebrief { PersonId = "lin", SellerId = "raj", Date = AsOf.AddDays(-20), Outcome = MeetingOutcome.NoCommitment });
        var twice = Planner.Debrief(once, new MeetingDebrief { PersonId = "lin", SellerId = "raj", Date = AsOf.AddDays(-5), Outcome = MeetingOutcome.NoCommitment, Rating = -1 });

        var after = AccountReview.Create(twice, AsOf).FindOpportunity(OpportunityId)!;
        Assert.IsTrue(after.RedFlags.Any(f => f.Code == BuyingCenter.Analysis.RedFlagCode.Stalled && f.PersonId == "lin"));
        var goal = Planner.PlanMeeting(after, "lin").Goal.BestAction;
        Assert.AreNotEqual(before, goal);
        StringAssert.Contains(goal, "another of our sellers or on another angle");
    }

    [TestMethod]
    public void Debrief_KnownModeSetToUnknown_RefusedAndPlanUnchanged()
    {
        var plan = Northwind().Build();

        var error = Assert.ThrowsExactly<PlanArgumentException>(() =>
            Planner.Debrief(plan, new MeetingDebrief { PersonId = "dana", SellerId = "tom", Date = AsOf, Outcome = MeetingOutcome.MinimumAction, Mode = ResponseMode.Unknown }));

        StringAssert.Contains(error.Message, "cannot set a known mode back to Unknown");
        Assert.AreEqual(ResponseMode.EvenKeel, plan.FindOpportunity(OpportunityId)!.FindInfluence("dana")!.Mode);
    }
}
