using System;
using System.Linq;
using BuyingCenter;
using BuyingCenter.Analysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Analysis;

/// <summary>The flags of issue 14 (fires / stays silent), the coach tests and the figures shown beside a threshold.</summary>
[TestClass]
public sealed class NewFlagTests
{
    private static RedFlag Only(OpportunityReview review, RedFlagCode code) => review.RedFlags.Single(f => f.Code == code);

    private static bool Has(OpportunityReview review, RedFlagCode code, string? person) => review.RedFlags.Any(f => f.Code == code && f.PersonId == person);

    [TestMethod]
    public void Review_OpponentCloseToEconomicBuyer_RaisesOpponentNearEconomicBuyerInsteadOfOpposes()
    {
        var review = Plans.Healthy()
            .WithInfluence("kim", i => i with { Rating = -4 })
            .AddRelationship("kim", RelationshipKind.Knows, "dana", 0.8)
            .Review();

        var flag = Only(review, RedFlagCode.OpponentNearEconomicBuyer);
        Assert.AreEqual(Severity.High, flag.Severity);
        Assert.AreEqual("kim", flag.PersonId);
        StringAssert.Contains(flag.Message, "neutralise");
        Assert.IsFalse(Has(review, RedFlagCode.Opposes, "kim"), "one risk, one flag");
    }

    [TestMethod]
    public void Review_OpponentFarFromEconomicBuyer_OnlyOpposes()
    {
        var review = Plans.Healthy().WithInfluence("kim", i => i with { Rating = -4 }).Review();

        Assert.IsFalse(review.RedFlags.Any(f => f.Code == RedFlagCode.OpponentNearEconomicBuyer));
        Assert.IsTrue(Has(review, RedFlagCode.Opposes, "kim"));
    }

    [TestMethod]
    public void Review_EveryDeciderEvenKeel_RaisesNoGap()
    {
        var review = Plans.Healthy()
            .WithInfluence("dana", i => i with { Mode = ResponseMode.EvenKeel })
            .WithInfluence("lin", i => i with { Mode = ResponseMode.Overconfident })
            .Review();

        var flag = Only(review, RedFlagCode.NoGap);
        Assert.AreEqual(Severity.High, flag.Severity);
        Assert.IsNull(flag.PersonId);
        StringAssert.Contains(flag.Message, "qualify out", StringComparison.OrdinalIgnoreCase);
        Assert.AreEqual(SalesStage.AboveTheFunnel, review.FunnelPosition);
    }

    [TestMethod]
    public void Review_OneHighInfluenceInTrouble_NoNoGap() =>
        Assert.IsFalse(Plans.Healthy().WithInfluence("dana", i => i with { Mode = ResponseMode.EvenKeel }).Review().RedFlags.Any(f => f.Code == RedFlagCode.NoGap));

    [TestMethod]
    public void Review_DecidersModesAllUnknown_NoNoGap()
    {
        // Not knowing the modes is missing information, not a finding that nobody sees a gap.
        var review = Plans.Healthy()
            .WithInfluence("dana", i => i with { Mode = ResponseMode.Unknown })
            .WithInfluence("lin", i => i with { Mode = ResponseMode.Unknown })
            .Review();

        Assert.IsFalse(review.RedFlags.Any(f => f.Code == RedFlagCode.NoGap));
    }

    [TestMethod]
    public void Review_OutsiderInfluencesEconomicBuyer_RaisesHiddenInfluencer()
    {
        var review = Plans.Healthy()
            .AddPerson("vp", "Vera Paul", "VP Operations", level: 6)
            .AddRelationship("vp", RelationshipKind.Influences, "dana", 0.7)
            .Review();

        var flag = Only(review, RedFlagCode.HiddenInfluencer);
        Assert.AreEqual(Severity.Medium, flag.Severity);
        Assert.AreEqual("vp", flag.PersonId);
        StringAssert.Contains(flag.Message, "find out their part");
    }

    [TestMethod]
    public void HiddenInfluencers_InfluenceNamingNoPartyOfAnUnvalidatedPlan_StillMatchedByItsId()
    {
        // The search works on party numbers; an influence whose id names no party has none, and a relationship to the
        // same unknown id must still be seen, as when the search compared ids.
        var plan = Plans.Healthy()
            .AddPerson("vp", "Vera Paul", "VP Operations", level: 6)
            .AddRelationship("vp", RelationshipKind.Influences, "ghost", 0.7)
            .WithOpportunity(o => o with
            {
                Influences = o.Influences.Append(new BuyingInfluence { PersonId = "ghost", Roles = BuyingRoles.Economic }).ToArray(),
            })
            .BuildUnvalidated();
        var analysis = AccountAnalysis.Create(plan, Plans.AsOf);

        var found = EconomicBuyerSurroundings.Find(analysis, plan.FindOpportunity(Plans.Opportunity)!).HiddenInfluencers;

        Assert.IsTrue(found.Any(f => f.PersonId == "vp" && f.NearId == "ghost"), string.Join(", ", found));
    }

    [TestMethod]
    public void HiddenInfluencers_SellerOrIdNamingNoPartyInfluencesEconomicBuyer_OnlyThePersonFound()
    {
        // Only a person of the plan is a hidden influencer: our own seller's Influences, or one from an id that names no
        // party (an unvalidated plan), is no part of the buying centre to find out.
        var plan = Plans.Healthy()
            .AddPerson("vp", "Vera Paul", "VP Operations", level: 6)
            .AddRelationship("vp", RelationshipKind.Influences, "dana", 0.7)
            .AddRelationship("ana", RelationshipKind.Influences, "dana", 0.9)
            .AddRelationship("nobody", RelationshipKind.Influences, "dana", 0.9)
            .BuildUnvalidated();
        var analysis = AccountAnalysis.Create(plan, Plans.AsOf);

        var found = EconomicBuyerSurroundings.Find(analysis, plan.FindOpportunity(Plans.Opportunity)!).HiddenInfluencers;

        CollectionAssert.AreEqual(new[] { "vp" }, found.Select(f => f.PersonId).ToArray(), string.Join(", ", found));
    }

    [TestMethod]
    public void Review_OutsiderWeaklyInfluencesEconomicBuyer_NoHiddenInfluencer()
    {
        var review = Plans.Healthy()
            .AddPerson("vp", "Vera Paul", "VP Operations", level: 6)
            .AddRelationship("vp", RelationshipKind.Influences, "dana", 0.3)
            .Review();

        Assert.IsFalse(review.RedFlags.Any(f => f.Code == RedFlagCode.HiddenInfluencer));
    }

    [TestMethod]
    public void Review_LastTwoMeetingsNoCommitment_RaisesStalled()
    {
        var review = Plans.Healthy()
            .AddMeeting(new Meeting { Date = Plans.AsOf.AddDays(-8), SellerIds = new[] { "ana" }, PersonIds = new[] { "lin" }, Outcome = MeetingOutcome.NoCommitment })
            .AddMeeting(new Meeting { Date = Plans.AsOf.AddDays(-3), SellerIds = new[] { "ana" }, PersonIds = new[] { "lin" }, Outcome = MeetingOutcome.NoCommitment })
            .Review();

        var flag = Only(review, RedFlagCode.Stalled);
        Assert.AreEqual(Severity.Medium, flag.Severity);
        Assert.AreEqual("lin", flag.PersonId);
        StringAssert.Contains(flag.Message, "change the approach");
    }

    [TestMethod]
    public void Review_LatestMeetingWithCommitment_NoStalled()
    {
        var review = Plans.Healthy()
            .AddMeeting(new Meeting { Date = Plans.AsOf.AddDays(-8), SellerIds = new[] { "ana" }, PersonIds = new[] { "lin" }, Outcome = MeetingOutcome.NoCommitment })
            .AddMeeting(new Meeting { Date = Plans.AsOf.AddDays(-6), SellerIds = new[] { "ana" }, PersonIds = new[] { "lin" }, Outcome = MeetingOutcome.NoCommitment })
            .AddMeeting(new Meeting { Date = Plans.AsOf.AddDays(-3), SellerIds = new[] { "ana" }, PersonIds = new[] { "lin" }, Outcome = MeetingOutcome.MinimumAction })
            .Review();

        Assert.IsFalse(review.RedFlags.Any(f => f.Code == RedFlagCode.Stalled));
    }

    [TestMethod]
    public void Review_NeverMetNeverKnown_UncontactedOnly()
    {
        var review = Plans.Healthy().Without(r => r.To == "kim" || r.From == "kim").Review();

        Assert.IsTrue(Has(review, RedFlagCode.Uncontacted, "kim"));
        Assert.IsFalse(Has(review, RedFlagCode.Uncovered, "kim"), "one gap, one flag");
    }

    [TestMethod]
    [DataRow(-1, "has doubts about")]
    [DataRow(-2, "leans against")]
    [DataRow(-3, "opposes")]
    [DataRow(-5, "opposes")]
    public void Review_NegativeRating_InItsWords(int rating, string words)
    {
        var flag = Only(Plans.Healthy().WithInfluence("kim", i => i with { Rating = rating }).Review(), RedFlagCode.Opposes);

        StringAssert.Contains(flag.Message, words + " our proposal");
    }

    [TestMethod]
    public void CoachTests_LowInfluence_FailsCredibleWithBuyer()
    {
        var pat = Plans.Healthy().WithInfluence("pat", i => i with { Degree = InfluenceDegree.Low }).Review().FindInfluence("pat")!;

        Assert.AreEqual(CoachTests.CredibleWithUs | CoachTests.WantsUsToWin, pat.CoachTests);
        Assert.IsFalse(pat.IsProvenCoach);
    }

    [TestMethod]
    public void CoachTests_UncoveredButCommittedInAMeeting_PassesCredibleWithUs()
    {
        var review = Plans.Healthy().Without(r => r.To == "pat" && r.Kind == RelationshipKind.Knows).Review();

        Assert.IsTrue(review.FindInfluence("pat")!.CoachTests.HasFlag(CoachTests.CredibleWithUs), "the meeting with Pat ended BestAction");
    }

    [TestMethod]
    public void CoachTests_UncoveredAndNoCommitment_FailsCredibleWithUs()
    {
        var review = Plans.Healthy().Without(r => r.To == "pat" && r.Kind == RelationshipKind.Knows).WithoutMeetings().Review();

        Assert.IsFalse(review.FindInfluence("pat")!.CoachTests.HasFlag(CoachTests.CredibleWithUs));
    }

    [TestMethod]
    public void CoachTests_RatedTwo_FailsWantsUsToWinAndBlocksBestFew()
    {
        var review = Plans.Healthy().WithInfluence("pat", i => i with { Rating = 2 }).Review();

        Assert.AreEqual(CoachTests.CredibleWithBuyer | CoachTests.CredibleWithUs, review.FindInfluence("pat")!.CoachTests);
        Assert.AreEqual(0, review.ProvenCoaches.Count);
        Assert.AreEqual(SalesStage.InTheFunnel, review.FunnelPosition, "BestFew needs a proven Coach");
        Assert.AreEqual(SalesStage.BestFew, Plans.Healthy().Review().FunnelPosition);
    }

    [TestMethod]
    [DataRow(0.4985, 0.5, "0.49")]
    [DataRow(0.5, 0.5, "0.50")]
    [DataRow(0.296, 0.3, "0.29")]
    [DataRow(0.7349, 0.5, "0.73")]
    [DataRow(0.18, 0.5, "0.18")]
    public void Figures_AgainstThreshold_NeverRoundedAcrossIt(double value, double threshold, string shown) =>
        Assert.AreEqual(shown, Figures.AgainstThreshold(value, threshold));
}
