using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using BuyingCenter.Analysis;
using BuyingCenter.Changes;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Changes;

/// <summary>Pairs of plans a single movement apart: each movement is reported, and nothing else.</summary>
[TestClass]
public sealed class PlanChangesTests
{
    private static readonly DateTime AsOf = new(2026, 11, 22);
    private const string Deal = "fleetview-2027";

    private static string SampleJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "northwind.json"));

    private static AccountPlan Sample() => PlanFile.Parse(SampleJson).Plan!;

    private static OpportunityChanges Compare(AccountPlan before, AccountPlan after, DateTime? then = null) =>
        PlanChanges.Compare(before, after, AsOf, new PlanChangesOptions { Then = then }).Opportunities.Single(o => o.Opportunity.Id == Deal);

    private static AccountPlan WithInfluence(AccountPlan plan, string personId, Func<BuyingInfluence, BuyingInfluence> change)
    {
        var opportunity = plan.FindOpportunity(Deal)!;
        return plan.ToBuilder().ReplaceOpportunity(opportunity with
        {
            Influences = opportunity.Influences.Select(i => i.PersonId == personId ? change(i) : i).ToList(),
        }).Build();
    }

    [TestMethod]
    public void Compare_SamePlan_NothingMoved()
    {
        var changes = PlanChanges.Compare(Sample(), Sample(), AsOf);

        Assert.IsFalse(changes.HasChanges);
        var o = changes.Opportunities.Single();
        Assert.AreEqual(o.ScoreThen, o.ScoreNow);
        Assert.AreEqual(3, o.TopNow.Count);
    }

    [TestMethod]
    public void Compare_ReorderedArraysAndUnknownProperties_NothingMoved()
    {
        var json = JsonNode.Parse(SampleJson)!.AsObject();
        foreach (var name in new[] { "people", "sellers", "relationships", "meetings" })
        {
            var items = json[name]!.AsArray().Select(n => n!.DeepClone()).Reverse().ToList();
            json[name] = new JsonArray(items.ToArray());
        }

        var opportunity = json["opportunities"]![0]!.AsObject();
        opportunity["influences"] = new JsonArray(opportunity["influences"]!.AsArray().Select(n => n!.DeepClone()).Reverse().ToArray());
        opportunity["crmStage"] = "Negotiation";
        json["people"]![0]!.AsObject()["crmContactId"] = "003xx000004TmiQ";
        var reordered = PlanFile.Parse(json.ToJsonString());
        Assert.IsTrue(reordered.Succeeded, string.Join("; ", reordered.Problems));

        var changes = PlanChanges.Compare(Sample(), reordered.Plan!, AsOf);

        Assert.IsFalse(changes.HasChanges, "order and unknown properties are not movements");
    }

    [TestMethod]
    public void Compare_ModeAndRatingMoved_OneMoveWithBoth()
    {
        var after = WithInfluence(Sample(), "dana", i => i with { Mode = ResponseMode.Trouble, Rating = 3 });

        var o = Compare(Sample(), after);

        var move = o.Influences.Single();
        Assert.AreEqual(ChangeKind.Moved, move.Kind);
        Assert.AreEqual("dana", move.Person.Id);
        Assert.IsTrue(move.ModeMoved && move.RatingMoved);
        Assert.IsFalse(move.RolesMoved || move.DegreeMoved);
        Assert.IsTrue(o.Flags.Any(f => f.Kind == ChangeKind.Removed && f.Flag.Code == RedFlagCode.LowReceptivity && f.Flag.PersonId == "dana"), "EvenKeel's flag closes");
        // Dana's uncovered High flag still takes her whole share, so closing a Medium flag cannot raise the score
        // (section 3: a person's flags take at most their share); it must not lower it either.
        Assert.IsTrue(o.ScoreNow >= o.ScoreThen);
        Assert.AreEqual((decimal)(o.ScoreThen!.Value - o.ScoreNow!.Value), o.Deductions.Sum(d => d.PointsNow - d.PointsThen), "the deductions' moves are the score's move");
        Assert.AreEqual(0, o.Coverage.Count);
        Assert.AreEqual(0, o.MeetingsHeld.Count);
    }

    [TestMethod]
    public void Compare_RoleAndDegreeMoved_Reported()
    {
        var after = WithInfluence(Sample(), "sam", i => i with { Roles = BuyingRoles.Technical | BuyingRoles.User, Degree = InfluenceDegree.High });

        var move = Compare(Sample(), after).Influences.Single();

        Assert.IsTrue(move.RolesMoved && move.DegreeMoved);
        Assert.IsFalse(move.ModeMoved || move.RatingMoved);
    }

    [TestMethod]
    public void Compare_PersonAddedAndRemoved_BothReportedNoOtherMove()
    {
        var before = Sample();
        var opportunity = before.FindOpportunity(Deal)!;
        var after = before.ToBuilder().ReplaceOpportunity(opportunity with
        {
            Influences = opportunity.Influences.Where(i => i.PersonId != "kim")
                .Append(new BuyingInfluence { PersonId = "eva", Roles = BuyingRoles.User, Degree = InfluenceDegree.Low, Mode = ResponseMode.Growth, Rating = 2 })
                .ToList(),
        }).Build();

        var o = Compare(before, after);

        CollectionAssert.AreEquivalent(new[] { (ChangeKind.Added, "eva"), (ChangeKind.Removed, "kim") }, o.Influences.Select(i => (i.Kind, i.Person.Id)).ToList());
        Assert.AreEqual(0, o.Coverage.Count, "a new person's coverage is part of their arrival, not a coverage move");
    }

    [TestMethod]
    public void Compare_CoverageGained_FlagClosedDeductionGoneScoreUp()
    {
        var before = Sample();
        var after = before.ToBuilder().AddRelationship("tom", RelationshipKind.Knows, "sam", 0.8, AsOf.AddDays(-3)).Build();

        var o = Compare(before, after);

        var gained = o.Coverage.Single();
        Assert.AreEqual((ChangeKind.Added, "sam", "tom"), (gained.Kind, gained.Person.Id, gained.Now.Seller?.Id));
        Assert.IsTrue(o.Flags.Any(f => f.Kind == ChangeKind.Removed && f.Flag.PersonId == "sam"));
        Assert.IsTrue(o.Deductions.Any(d => d.Kind == ChangeKind.Removed && d.PersonId == "sam" && d.PointsThen > 0));
        Assert.AreEqual(0, o.Influences.Count);
    }

    [TestMethod]
    public void Compare_DeductionGoneOrMoved_CarriesThePersonOfTheVersionThatHasIt()
    {
        var before = Sample();
        var after = WithInfluence(before.ToBuilder().AddRelationship("tom", RelationshipKind.Knows, "sam", 0.8, AsOf.AddDays(-3)).Build(), "lin", i => i with { Rating = -4 });

        var o = Compare(before, after);

        var gone = o.Deductions.First(d => d.Kind == ChangeKind.Removed && d.PersonId == "sam");
        Assert.AreSame(before.FindPerson("sam"), gone.Person, "a deduction that disappeared names the earlier version's person");
        var moved = o.Deductions.Single(d => d.Code == nameof(RedFlagCode.Opposes));
        Assert.AreSame(after.FindPerson("lin"), moved.Person, "a deduction in both versions names the newer version's person");
        Assert.AreEqual("lin", moved.PersonId);
    }

    [TestMethod]
    public void Compare_CoverageLost_Reported()
    {
        var before = Sample().ToBuilder().AddRelationship("tom", RelationshipKind.Knows, "sam", 0.8, AsOf.AddDays(-3)).Build();

        var lost = Compare(before, Sample()).Coverage.Single();

        Assert.AreEqual((ChangeKind.Removed, "sam"), (lost.Kind, lost.Person.Id));
        Assert.IsNull(lost.Now.Seller?.Id);
    }

    [TestMethod]
    public void Compare_OpposesSeverityMoves_FlagAndDeductionMoved()
    {
        var after = WithInfluence(Sample(), "lin", i => i with { Rating = -4 });

        var o = Compare(Sample(), after);

        var flag = o.Flags.Single(f => f.Flag.Code == RedFlagCode.Opposes);
        Assert.AreEqual((ChangeKind.Moved, Severity.Medium, Severity.High), (flag.Kind, flag.SeverityThen!.Value, flag.Flag.Severity));
        var deduction = o.Deductions.Single(d => d.Code == nameof(RedFlagCode.Opposes));
        Assert.AreEqual(ChangeKind.Moved, deduction.Kind);
        Assert.IsTrue(deduction.PointsNow > deduction.PointsThen);
        // Lin's High flag now takes all of Lin's share, so Lin's other deductions give way: every move is listed,
        // and together they are the score's move.
        Assert.AreEqual((decimal)(o.ScoreThen!.Value - o.ScoreNow!.Value), o.Deductions.Sum(d => d.PointsNow - d.PointsThen), "the deductions' moves are the score's move");
    }

    [TestMethod]
    public void Compare_DebriefBetween_MeetingHeldWithItsGoal()
    {
        var before = Sample();
        var after = Planner.Debrief(before, new MeetingDebrief
        {
            OpportunityId = Deal,
            PersonId = "sam",
            SellerId = "raj",
            Date = AsOf.AddDays(-2),
            Outcome = MeetingOutcome.BestAction,
            BestAction = "Sam puts us on the short list",
            MinimumAction = "Sam documents the criteria",
        });

        var o = Compare(before, after);

        var held = o.MeetingsHeld.Single();
        Assert.AreEqual(("sam", MeetingOutcome.BestAction, "Sam puts us on the short list"), (held.PersonIds.Single(), held.Outcome, held.BestAction));
        Assert.IsTrue(o.Flags.Any(f => f.Kind == ChangeKind.Removed && f.Flag.Code == RedFlagCode.Uncontacted && f.Flag.PersonId == "sam"), "met now");
    }

    [TestMethod]
    public void Compare_PlannedMeetingNowHeld_CountedOnceEarlierMeetingsNot()
    {
        var planned = new Meeting { Id = "m-next", Date = AsOf.AddDays(-1), OpportunityId = Deal, SellerIds = new[] { "ana" }, PersonIds = new[] { "omar" }, BestAction = "Omar sponsors the pilot" };
        var before = Sample().ToBuilder().AddMeeting(planned).Build();
        var after = Sample().ToBuilder().AddMeeting(planned with { Outcome = MeetingOutcome.NoCommitment }).Build();

        var o = Compare(before, after);

        Assert.AreEqual("m-next", o.MeetingsHeld.Single().Id);
    }

    [TestMethod]
    public void Compare_MeetingOfAnotherOpportunity_NotCounted()
    {
        var before = Sample();
        var other = new Opportunity { Id = "other", SingleSalesObjective = "Northwind buys 20 telematics units by 2027-06-30", Quantity = 20, CloseDate = new DateTime(2027, 6, 30) };
        var after = before.ToBuilder().AddOpportunity(other)
            .AddMeeting(new Meeting { Date = AsOf.AddDays(-1), OpportunityId = "other", SellerIds = new[] { "ana" }, PersonIds = new[] { "omar" }, Outcome = MeetingOutcome.BestAction })
            .Build();

        var changes = PlanChanges.Compare(before, after, AsOf);

        Assert.AreEqual(0, changes.Opportunities.Single(o => o.Opportunity.Id == Deal).MeetingsHeld.Count);
        var added = changes.Opportunities.Single(o => o.Opportunity.Id == "other");
        Assert.AreEqual(OpportunityPresence.Added, added.Presence);
        Assert.IsNull(added.ScoreThen);
        Assert.AreEqual(1, added.MeetingsHeld.Count);
    }

    [TestMethod]
    public void Compare_OpportunityRemoved_ReportedWithItsLastScore()
    {
        var before = Sample();
        var after = new AccountPlanBuilder().WithAccount(before.Account).Build();

        var o = PlanChanges.Compare(before, after, AsOf).Opportunities.Single();

        Assert.AreEqual(OpportunityPresence.Removed, o.Presence);
        Assert.IsNotNull(o.ScoreThen);
        Assert.IsNull(o.ScoreNow);
        Assert.IsTrue(o.Flags.All(f => f.Kind == ChangeKind.Removed));
    }

    [TestMethod]
    public void Compare_AMonthLaterNoEdits_OnlyTimeMovesStaleOpens()
    {
        var plan = Sample();

        var sameDay = Compare(plan, plan);
        var monthLater = PlanChanges.Compare(plan, plan, AsOf.AddDays(30), new PlanChangesOptions { Then = AsOf }).Opportunities.Single();

        Assert.IsFalse(sameDay.HasChanges);
        Assert.AreEqual(0, monthLater.Influences.Count, "no fact was edited");
        Assert.AreEqual(0, monthLater.MeetingsHeld.Count);
        Assert.IsTrue(monthLater.Flags.Any(f => f.Kind == ChangeKind.Added && f.Flag.Code == RedFlagCode.Stale && f.Flag.PersonId == "lin"), "Lin's last meeting (2026-09-01) is more than 90 days old a month later");
        Assert.IsFalse(monthLater.Flags.Any(f => f.Kind == ChangeKind.Removed), "time alone closes nothing here");
    }

    [TestMethod]
    public void Compare_TopRecommendations_ThenAndNowDiffer()
    {
        var after = WithInfluence(Sample(), "dana", i => i with { Mode = ResponseMode.Trouble, Rating = 3 });

        var o = Compare(Sample(), after);

        Assert.AreEqual("dana", o.TopThen[0].Approach.Person.Id);
        Assert.AreNotEqual(o.TopThen[0].Goal.BestAction, o.TopNow[0].Goal.BestAction, "in Trouble mode and favourable, Dana is asked for more");
        Assert.IsTrue(o.TopChanged);
    }
}
