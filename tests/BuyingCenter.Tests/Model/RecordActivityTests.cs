using System;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Model;

/// <summary>CRM activities recorded as meetings give coverage and routes (methodology, debrief amounts).</summary>
[TestClass]
public sealed class RecordActivityTests
{
    private static readonly DateTime AsOf = new(2026, 11, 22);

    /// <summary>Contoso as a CRM holds it: contacts, roles and reporting lines, and no relationship yet.</summary>
    private static AccountPlanBuilder Contoso() => new AccountPlanBuilder()
        .WithAccount("contoso", "Contoso Pharma")
        .AddSeller("ana", "Ana Ruiz", "Account Executive", level: 3)
        .AddSeller("luis", "Luis Ortega", "Solution Engineer", level: 3)
        .AddPerson("dana", "Dana Lee", "Chief Financial Officer", level: 5)
        .AddPerson("pat", "Pat Okafor", "Director of Laboratory Operations", level: 4)
        .AddPerson("sam", "Sam Nguyen", "IT Architect", level: 3)
        .AddPerson("lee", "Lee Chen", "Lab Manager", level: 3)
        .AddRelationship("pat", RelationshipKind.ReportsTo, "dana")
        .AddRelationship("lee", RelationshipKind.ReportsTo, "pat")
        .AddRelationship("sam", RelationshipKind.ReportsTo, "dana")
        .AddOpportunity(new Opportunity
        {
            Id = "lims",
            SingleSalesObjective = "Contoso buys 200 LIMS seats by 2027-06-30",
            Influences = new[]
            {
                new BuyingInfluence { PersonId = "dana", Roles = BuyingRoles.Economic, Degree = InfluenceDegree.High },
                new BuyingInfluence { PersonId = "pat", Roles = BuyingRoles.User | BuyingRoles.Coach, Rating = 3 },
                new BuyingInfluence { PersonId = "sam", Roles = BuyingRoles.Technical },
                new BuyingInfluence { PersonId = "lee", Roles = BuyingRoles.User },
            },
        });

    private static Relationship Knows(AccountPlan plan, string a, string b) =>
        plan.Relationships.Single(r => r.Kind == RelationshipKind.Knows && r.Involves(a) && r.Involves(b));

    [TestMethod]
    public void RecordActivity_FirstMeeting_CreatesKnowsAtTheDebriefAmountForItsOutcome()
    {
        var plan = Contoso()
            .RecordActivity("ana", new[] { "pat" }, new DateTime(2026, 10, 1), MeetingOutcome.NoCommitment, "lims")
            .RecordActivity("ana", new[] { "sam" }, new DateTime(2026, 10, 2), MeetingOutcome.MinimumAction)
            .RecordActivity("luis", new[] { "lee" }, new DateTime(2026, 10, 3), MeetingOutcome.BestAction)
            .Build();

        Assert.AreEqual(0.5, Knows(plan, "ana", "pat").Strength);
        Assert.AreEqual(0.6, Knows(plan, "ana", "sam").Strength);
        Assert.AreEqual(0.7, Knows(plan, "luis", "lee").Strength);
        Assert.AreEqual(new DateTime(2026, 10, 1), Knows(plan, "ana", "pat").LastInteraction);
        Assert.AreEqual(3, plan.Meetings.Count);
        Assert.AreEqual("lims", plan.Meetings[0].OpportunityId);
    }

    [TestMethod]
    public void RecordActivity_LaterMeetings_MoveTheOneRelationshipInsteadOfAddingDuplicates()
    {
        var plan = Contoso()
            .AddRelationship("pat", RelationshipKind.Knows, "ana", strength: 0.3, lastInteraction: new DateTime(2026, 9, 1))
            .RecordActivity("ana", new[] { "pat" }, new DateTime(2026, 10, 1), MeetingOutcome.BestAction)
            .RecordActivity("ana", new[] { "pat" }, new DateTime(2026, 10, 15), MeetingOutcome.MinimumAction)
            .RecordActivity("ana", new[] { "pat" }, new DateTime(2026, 9, 20), MeetingOutcome.NoCommitment)
            .Build();

        var knows = Knows(plan, "ana", "pat");
        Assert.AreEqual(0.45, knows.Strength, 1e-9, "0.3 + 0.15 + 0.05 - 0.05");
        Assert.AreEqual(new DateTime(2026, 10, 15), knows.LastInteraction, "a late entry never moves the last interaction back");
        Assert.AreEqual("pat", knows.From, "the existing relationship is kept, not replaced by a new one");
    }

    [TestMethod]
    public void RecordActivity_StrengthStaysWithinTheDebriefBounds()
    {
        var builder = Contoso().AddRelationship("ana", RelationshipKind.Knows, "pat", strength: 0.95);
        builder.RecordActivity("ana", new[] { "pat", "sam" }, new DateTime(2026, 10, 1), MeetingOutcome.BestAction);
        for (var i = 0; i < 10; i++)
        {
            builder.RecordActivity("ana", new[] { "sam" }, new DateTime(2026, 10, 2).AddDays(i), MeetingOutcome.NoCommitment);
        }

        var plan = builder.Build();
        Assert.AreEqual(1.0, Knows(plan, "ana", "pat").Strength);
        Assert.AreEqual(0.25, Knows(plan, "ana", "sam").Strength, 1e-9);
    }

    [TestMethod]
    public void RecordActivity_PlannedActivity_IsAMeetingWithoutCoverage()
    {
        var plan = Contoso().RecordActivity("ana", new[] { "pat" }, new DateTime(2026, 12, 1), MeetingOutcome.Planned).Build();

        Assert.AreEqual(1, plan.Meetings.Count);
        Assert.IsFalse(plan.Relationships.Any(r => r.Kind == RelationshipKind.Knows));
    }

    [TestMethod]
    public void RecordActivity_MeetingsWithTheCoach_GiveCoverageAndTheRouteToTheEconomicBuyer()
    {
        // Without activities nobody is covered; with Ana's meetings with Pat, Pat is covered and is the way to Dana.
        var before = AccountReview.Create(Contoso().Build(), AsOf).Opportunities.Single();
        var plan = Contoso()
            .RecordActivity("ana", new[] { "pat" }, new DateTime(2026, 10, 20), MeetingOutcome.MinimumAction, "lims")
            .RecordActivity("ana", new[] { "pat" }, new DateTime(2026, 11, 10), MeetingOutcome.BestAction, "lims")
            .Build();

        var review = AccountReview.Create(plan, AsOf).Opportunities.Single();

        Assert.IsTrue(before.RedFlags.Any(f => f.Code == RedFlagCode.Uncontacted && f.PersonId == "pat"), "never met and unknown: one gap, one flag");
        Assert.IsFalse(review.RedFlags.Any(f => f.Code == RedFlagCode.Uncovered && f.PersonId == "pat"));
        Assert.IsFalse(review.RedFlags.Any(f => f.PersonId == "pat" && f.Code is RedFlagCode.Uncontacted), "the meetings count as contact with the coach");
        Assert.IsTrue(review.FindInfluence("pat")!.CoachTests.HasFlag(CoachTests.CredibleWithUs), "meetings that ended in a commitment make the coach credible with us");
        var toDana = Planner.Recommend(review).Single(r => r.Approach.Person.Id == "dana");
        Assert.AreEqual("ana", toDana.Approach.Owner?.Id);
        CollectionAssert.AreEqual(new[] { "ana", "pat", "dana" }, toDana.Approach.Route!.Ids.ToArray());
    }
}
