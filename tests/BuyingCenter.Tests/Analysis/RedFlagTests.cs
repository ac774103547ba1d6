using System;
using System.Linq;
using BuyingCenter;
using BuyingCenter.Analysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Analysis;

[TestClass]
public sealed class RedFlagTests
{
    private static RedFlag Only(OpportunityReview review, RedFlagCode code) => review.RedFlags.Single(f => f.Code == code);

    private static void AssertSilent(OpportunityReview review, RedFlagCode code) =>
        Assert.IsFalse(review.RedFlags.Any(f => f.Code == code), "unexpected " + code + ": " + string.Join(" | ", review.RedFlags.Select(f => f.Message)));

    private static void AssertFlag(RedFlag flag, Severity severity, string? personId)
    {
        Assert.AreEqual(severity, flag.Severity, flag.Message);
        Assert.AreEqual(personId, flag.PersonId, flag.Message);
        Assert.AreEqual(Plans.Opportunity, flag.OpportunityId);
    }

    [TestMethod]
    public void Review_HealthyPlan_RaisesNoFlag()
    {
        var review = Plans.Healthy().Review();

        Assert.AreEqual(0, review.RedFlags.Count, string.Join(" | ", review.RedFlags.Select(f => f.Message)));
    }

    [TestMethod]
    public void Review_NoEconomicRole_RaisesEconomicBuyerUnknown()
    {
        var review = Plans.Healthy().WithInfluence("dana", i => i with { Roles = BuyingRoles.None }).Review();

        AssertFlag(Only(review, RedFlagCode.EconomicBuyerUnknown), Severity.High, null);
        Assert.AreEqual(0, review.EconomicBuyers.Count);
    }

    [TestMethod]
    public void Review_EconomicRoleHeld_NoEconomicBuyerUnknown() =>
        AssertSilent(Plans.Healthy().Review(), RedFlagCode.EconomicBuyerUnknown);

    [TestMethod]
    public void Review_NoCoachRole_RaisesNoCoach()
    {
        var review = Plans.Healthy().WithInfluence("pat", i => i with { Roles = BuyingRoles.User }).Review();

        AssertFlag(Only(review, RedFlagCode.NoCoach), Severity.High, null);
    }

    [TestMethod]
    public void Review_CoachAlsoUser_NoNoCoach() =>
        AssertSilent(Plans.Healthy().WithInfluence("pat", i => i with { Roles = BuyingRoles.User | BuyingRoles.Coach }).Review(), RedFlagCode.NoCoach);

    [TestMethod]
    public void Review_NoTechnicalNoUser_RaisesOneRoleUnfilledPerRole()
    {
        var review = Plans.Healthy()
            .WithInfluence("lin", i => i with { Roles = BuyingRoles.None })
            .WithInfluence("kim", i => i with { Roles = BuyingRoles.None })
            .Review();

        var flags = review.RedFlags.Where(f => f.Code == RedFlagCode.RoleUnfilled).ToArray();
        Assert.AreEqual(2, flags.Length);
        Assert.IsTrue(flags.All(f => f.Severity == Severity.Medium && f.PersonId is null));
        Assert.IsTrue(flags.Any(f => f.Message.Contains("Technical", StringComparison.Ordinal)));
        Assert.IsTrue(flags.Any(f => f.Message.Contains("User", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Review_TechnicalAndUserHeld_NoRoleUnfilled() =>
        AssertSilent(Plans.Healthy().Review(), RedFlagCode.RoleUnfilled);

    [TestMethod]
    public void Review_EconomicBuyerNeverMetNorKnown_RaisesHighUncontacted()
    {
        // A planned meeting next week is not a contact on record.
        var review = Plans.Healthy()
            .Without(r => r.Involves("dana") && r.Kind == RelationshipKind.Knows)
            .WithoutMeetings()
            .AddMeeting(new Meeting { Date = Plans.AsOf.AddDays(7), OpportunityId = Plans.Opportunity, SellerIds = new[] { "ana" }, PersonIds = new[] { "dana" } })
            .Review();

        var flag = Only(review, RedFlagCode.Uncontacted);
        AssertFlag(flag, Severity.High, "dana");
        StringAssert.Contains(flag.Message, "Dana Lee (Economic)");
    }

    [TestMethod]
    public void Review_EconomicBuyerMetButNotKnown_NoUncontacted()
    {
        var review = Plans.Healthy().Without(r => r.Involves("dana") && r.Kind == RelationshipKind.Knows).Review();

        AssertSilent(review, RedFlagCode.Uncontacted);
        AssertFlag(Only(review, RedFlagCode.Uncovered), Severity.High, "dana");
    }

    [TestMethod]
    public void Review_UserNeverMetNorKnown_RaisesMediumUncontacted()
    {
        var review = Plans.Healthy().Without(r => r.Involves("kim")).Review();

        AssertFlag(Only(review, RedFlagCode.Uncontacted), Severity.Medium, "kim");
    }

    [TestMethod]
    public void Review_KnownBySellerOnlyWeakly_NoUncontacted()
    {
        var review = Plans.Healthy()
            .Without(r => r.Involves("kim"))
            .AddRelationship("raj", RelationshipKind.Knows, "kim", 0.1)
            .Review();

        AssertSilent(review, RedFlagCode.Uncontacted);
        AssertFlag(Only(review, RedFlagCode.Uncovered), Severity.Medium, "kim");
    }

    [TestMethod]
    public void Review_EconomicBuyerWeaklyKnown_RaisesHighUncoveredNamingSellerAndThreshold()
    {
        var review = Plans.Healthy()
            .Without(r => r.Involves("dana") && r.Kind == RelationshipKind.Knows)
            .AddRelationship("ana", RelationshipKind.Knows, "dana", 0.18)
            .Review();

        var flag = Only(review, RedFlagCode.Uncovered);
        AssertFlag(flag, Severity.High, "dana");
        Assert.AreEqual("Dana Lee (Economic) has coverage 0.18 from Ana Ruiz, below the 0.50 threshold.", flag.Message);
    }

    [TestMethod]
    public void Review_CoverageExactlyAtThreshold_NoUncovered()
    {
        var review = Plans.Healthy()
            .Without(r => r.Involves("kim"))
            .AddRelationship("raj", RelationshipKind.Knows, "kim", 0.5)
            .Review();

        AssertSilent(review, RedFlagCode.Uncovered);
    }

    [TestMethod]
    public void Review_LastContact91DaysAgo_RaisesStale()
    {
        var review = Plans.Healthy()
            .Without(r => r.Involves("kim"))
            .AddRelationship("ana", RelationshipKind.Knows, "kim", 1.0, Plans.AsOf.AddDays(-91))
            .Review();

        var flag = Only(review, RedFlagCode.Stale);
        AssertFlag(flag, Severity.Medium, "kim");
        StringAssert.Contains(flag.Message, "91 days ago");
    }

    [TestMethod]
    public void Review_LastContact90DaysAgo_NoStale()
    {
        var review = Plans.Healthy()
            .Without(r => r.Involves("kim"))
            .AddRelationship("ana", RelationshipKind.Knows, "kim", 1.0, Plans.AsOf.AddDays(-90))
            .Review();

        AssertSilent(review, RedFlagCode.Stale);
    }

    [TestMethod]
    public void Review_NeverContacted_NoStale()
    {
        var review = Plans.Healthy().Without(r => r.Involves("kim")).Review();

        AssertSilent(review, RedFlagCode.Stale);
    }

    [TestMethod]
    public void Review_ModeAndRatingUnknown_RaisesLowMissingInformationListingThem()
    {
        var review = Plans.Healthy().WithInfluence("kim", i => i with { Mode = ResponseMode.Unknown, Rating = null }).Review();

        var flag = Only(review, RedFlagCode.MissingInformation);
        AssertFlag(flag, Severity.Low, "kim");
        Assert.AreEqual("For Kim Berg (User) we do not know the mode and rating.", flag.Message);
    }

    [TestMethod]
    public void Review_EconomicBuyerWinResultsUnknown_RaisesMediumMissingInformation()
    {
        var review = Plans.Healthy().WithInfluence("dana", i => i with { WinResults = Array.Empty<WinResult>(), Degree = InfluenceDegree.Unknown }).Review();

        var flag = Only(review, RedFlagCode.MissingInformation);
        AssertFlag(flag, Severity.Medium, "dana");
        StringAssert.Contains(flag.Message, "degree of influence and win-results");
    }

    [TestMethod]
    public void Review_EverythingKnown_NoMissingInformation() =>
        AssertSilent(Plans.Healthy().Review(), RedFlagCode.MissingInformation);

    [TestMethod]
    public void Review_PersonNewInRole_RaisesNewInRole()
    {
        var review = Plans.Healthy().ReplacePerson(new Person { Id = "lin", Name = "Lin Chen", Level = 4, NewInRole = true }).Review();

        AssertFlag(Only(review, RedFlagCode.NewInRole), Severity.Medium, "lin");
    }

    [TestMethod]
    public void Review_NoOneNewInRole_NoNewInRole() =>
        AssertSilent(Plans.Healthy().Review(), RedFlagCode.NewInRole);

    [TestMethod]
    public void Review_AccountReorganising_RaisesReorganization()
    {
        var review = Plans.Healthy().WithAccount(new Account { Id = "acme", Name = "Acme Freight", Reorganizing = true }).Review();

        var flag = Only(review, RedFlagCode.Reorganization);
        AssertFlag(flag, Severity.High, null);
        StringAssert.Contains(flag.Message, "Acme Freight");
    }

    [TestMethod]
    public void Review_AccountStable_NoReorganization() =>
        AssertSilent(Plans.Healthy().Review(), RedFlagCode.Reorganization);

    [TestMethod]
    public void Review_EvenKeel_RaisesMediumLowReceptivity() =>
        AssertFlag(Only(Plans.Healthy().WithInfluence("kim", i => i with { Mode = ResponseMode.EvenKeel }).Review(), RedFlagCode.LowReceptivity), Severity.Medium, "kim");

    [TestMethod]
    public void Review_Overconfident_RaisesHighLowReceptivity() =>
        AssertFlag(Only(Plans.Healthy().WithInfluence("kim", i => i with { Mode = ResponseMode.Overconfident }).Review(), RedFlagCode.LowReceptivity), Severity.High, "kim");

    [TestMethod]
    public void Review_GrowthOrTrouble_NoLowReceptivity() =>
        AssertSilent(Plans.Healthy().Review(), RedFlagCode.LowReceptivity);

    [TestMethod]
    public void Review_RatedMinusOne_RaisesMediumOpposes() =>
        AssertFlag(Only(Plans.Healthy().WithInfluence("lin", i => i with { Rating = -1 }).Review(), RedFlagCode.Opposes), Severity.Medium, "lin");

    [TestMethod]
    public void Review_RatedMinusThree_RaisesHighOpposes() =>
        AssertFlag(Only(Plans.Healthy().WithInfluence("lin", i => i with { Rating = -3 }).Review(), RedFlagCode.Opposes), Severity.High, "lin");

    [TestMethod]
    public void Review_RatedZero_NoOpposes() =>
        AssertSilent(Plans.Healthy().WithInfluence("lin", i => i with { Rating = 0 }).Review(), RedFlagCode.Opposes);

    [TestMethod]
    public void Review_EveryThreadThroughOneSeller_RaisesSingleThreadedOnEconomicBuyer()
    {
        var review = Plans.Healthy().Without(r => r.From == "raj" && r.To == "dana").Review();

        var flag = Only(review, RedFlagCode.SingleThreaded);
        AssertFlag(flag, Severity.High, "dana");
        StringAssert.Contains(flag.Message, "Ana Ruiz");
        Assert.IsTrue(review.IsSingleThreaded);
    }

    [TestMethod]
    public void Review_TwoIndependentThreads_NoSingleThreaded()
    {
        var review = Plans.Healthy().Review();

        AssertSilent(review, RedFlagCode.SingleThreaded);
        Assert.IsFalse(review.IsSingleThreaded);
    }

    [TestMethod]
    public void Review_EconomicBuyerUnreachable_SingleThreadedWithNoThread()
    {
        // No thread at all is not better than one: otherwise building the first route would lower the score.
        var review = Plans.Healthy().Without(r => r.Involves("dana")).Review();

        var flag = Only(review, RedFlagCode.SingleThreaded);
        AssertFlag(flag, Severity.High, "dana");
        StringAssert.Contains(flag.Message, "No admissible route");
        Assert.AreEqual(Severity.High, Only(review, RedFlagCode.Uncovered).Severity);
    }

    [TestMethod]
    public void Review_CoachRatedBelowThree_RaisesCoachUnproven()
    {
        var review = Plans.Healthy().WithInfluence("pat", i => i with { Rating = 2 }).Review();

        var flag = Only(review, RedFlagCode.CoachUnproven);
        AssertFlag(flag, Severity.Medium, "pat");
        StringAssert.Contains(flag.Message, "rated +2, below +3");
    }

    [TestMethod]
    public void Review_CoachUncovered_RaisesCoachUnproven()
    {
        var review = Plans.Healthy()
            .Without(r => r.From == "ana" && r.To == "pat")
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.3)
            .WithoutMeetings()
            .Review();

        var flag = Only(review, RedFlagCode.CoachUnproven);
        AssertFlag(flag, Severity.Medium, "pat");
        StringAssert.Contains(flag.Message, "credibility with us is not shown (coverage 0.30, below the 0.50 threshold");
        Assert.AreEqual(CoachTests.CredibleWithBuyer | CoachTests.WantsUsToWin, review.FindInfluence("pat")!.CoachTests);
    }

    [TestMethod]
    public void Review_CoachRatedThreeAndCovered_NoCoachUnproven() =>
        AssertSilent(Plans.Healthy().WithInfluence("pat", i => i with { Rating = 3 }).Review(), RedFlagCode.CoachUnproven);

    [TestMethod]
    public void Review_ObjectiveWithoutDate_RaisesObjectiveVague()
    {
        var flag = Only(Plans.Healthy().WithOpportunity(o => o with { CloseDate = null }).Review(), RedFlagCode.ObjectiveVague);

        AssertFlag(flag, Severity.Medium, null);
        StringAssert.Contains(flag.Message, "no date");
    }

    [TestMethod]
    public void Review_ObjectiveWithQuantityAndDate_NoObjectiveVague() =>
        AssertSilent(Plans.Healthy().Review(), RedFlagCode.ObjectiveVague);

    [TestMethod]
    public void Review_EconomicBuyerKnownOnlyTwoLevelsDown_RaisesSellerLevelMismatch()
    {
        var flag = Only(Plans.Healthy(anaLevel: 3, rajLevel: 3).Review(), RedFlagCode.SellerLevelMismatch);

        AssertFlag(flag, Severity.Medium, "dana");
        StringAssert.Contains(flag.Message, "Ana Ruiz (level 3)");
        StringAssert.Contains(flag.Message, "Raj Mehta (level 3)");
    }

    [TestMethod]
    public void Review_OneSellerOneLevelDown_NoSellerLevelMismatch() =>
        AssertSilent(Plans.Healthy(anaLevel: 3, rajLevel: 4).Review(), RedFlagCode.SellerLevelMismatch);

    [TestMethod]
    public void Review_SomeFactsMarkedUncertain_RaisesUncertainInformation()
    {
        var flag = Only(Plans.Healthy().WithInfluence("kim", i => i with { Uncertain = InfluenceFacts.Mode | InfluenceFacts.Rating }).Review(), RedFlagCode.UncertainInformation);

        AssertFlag(flag, Severity.Low, "kim");
        StringAssert.Contains(flag.Message, "mode and rating");
    }

    [TestMethod]
    public void Review_EconomicBuyerFactsUncertain_RaisesMediumUncertainInformation() =>
        AssertFlag(Only(Plans.Healthy().WithInfluence("dana", i => i with { Uncertain = InfluenceFacts.Roles }).Review(), RedFlagCode.UncertainInformation), Severity.Medium, "dana");

    [TestMethod]
    public void Review_NothingUncertain_NoUncertainInformation() =>
        AssertSilent(Plans.Healthy().Review(), RedFlagCode.UncertainInformation);

    [TestMethod]
    public void Review_TwoInfluencesOnLargeAmount_RaisesTooFewInfluences()
    {
        var review = Plans.Healthy().WithOpportunity(o => o with { Influences = o.Influences.Take(2).ToArray() }).Review();

        var flag = Only(review, RedFlagCode.TooFewInfluences);
        AssertFlag(flag, Severity.Medium, null);
        StringAssert.Contains(flag.Message, "480,000 EUR");
    }

    [TestMethod]
    public void Review_TwoInfluencesOnSmallAmount_NoTooFewInfluences() =>
        AssertSilent(Plans.Healthy().WithOpportunity(o => o with { Amount = 50_000m, Influences = o.Influences.Take(2).ToArray() }).Review(), RedFlagCode.TooFewInfluences);

    [TestMethod]
    public void Review_Flags_BySeverityThenRoleThenImportanceThenCode()
    {
        var review = AccountReview.Create(Plans.Northwind(), Plans.AsOf).Opportunities.Single();

        static int Rank(OpportunityReview review, RedFlag flag)
        {
            if (flag.PersonId is null)
            {
                return -1;
            }

            var roles = review.FindInfluence(flag.PersonId)?.Influence.Roles ?? BuyingRoles.None;
            return roles.HasFlag(BuyingRoles.Economic) ? 0 : roles.HasFlag(BuyingRoles.Coach) ? 1 : roles.HasFlag(BuyingRoles.Technical) ? 2 : roles.HasFlag(BuyingRoles.User) ? 3 : 4;
        }

        for (var i = 1; i < review.RedFlags.Count; i++)
        {
            var a = review.RedFlags[i - 1];
            var b = review.RedFlags[i];
            var importanceA = a.PersonId is null ? 0 : review.FindInfluence(a.PersonId)?.Importance ?? 0;
            var importanceB = b.PersonId is null ? 0 : review.FindInfluence(b.PersonId)?.Importance ?? 0;
            Assert.IsTrue(
                a.Severity > b.Severity
                || (a.Severity == b.Severity && Rank(review, a) < Rank(review, b))
                || (a.Severity == b.Severity && Rank(review, a) == Rank(review, b) && importanceA > importanceB)
                || (a.Severity == b.Severity && Rank(review, a) == Rank(review, b) && importanceA == importanceB && a.Code <= b.Code),
                a.Code + " (" + a.PersonId + ") before " + b.Code + " (" + b.PersonId + ")");
        }

        Assert.AreEqual(Severity.High, review.RedFlags[0].Severity, "the first line is the worst risk");
    }

    [TestMethod]
    public void Review_HighFlagsOnUserAndEconomicBuyer_EconomicBuyerFirst()
    {
        var review = Plans.Healthy()
            .WithInfluence("kim", i => i with { Rating = -4 })
            .WithInfluence("dana", i => i with { Mode = ResponseMode.Overconfident })
            .Review();

        Assert.AreEqual("dana", review.RedFlags[0].PersonId, "the Economic Buyer's High flag before a User's, whatever their ids");
        Assert.AreEqual("kim", review.RedFlags[1].PersonId);
    }

    [TestMethod]
    public void Review_Northwind_FlagsTheKnownGaps()
    {
        var review = AccountReview.Create(Plans.Northwind(), Plans.AsOf).Opportunities.Single();
        var codes = review.RedFlags.Select(f => (f.Code, f.PersonId)).ToList();

        CollectionAssert.Contains(codes, (RedFlagCode.Uncovered, (string?)"dana"));
        CollectionAssert.Contains(codes, (RedFlagCode.SellerLevelMismatch, (string?)"dana"));
        CollectionAssert.Contains(codes, (RedFlagCode.Stale, (string?)"dana"));
        CollectionAssert.Contains(codes, (RedFlagCode.NewInRole, (string?)"lin"));
        CollectionAssert.Contains(codes, (RedFlagCode.UncertainInformation, (string?)"lin"));
        CollectionAssert.Contains(codes, (RedFlagCode.LowReceptivity, (string?)"dana"));
        CollectionAssert.DoesNotContain(codes, (RedFlagCode.NoCoach, (string?)null));
    }
}
