using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using BuyingCenter;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Analysis;

/// <summary>The red flags as a table: every code has a rule, severities are data, sentences are written when read.</summary>
[TestClass]
public sealed class RedFlagRuleTableTests
{
    private static RedFlagRule[] AllRules() =>
        RedFlagRules.Opportunity.Concat(RedFlagRules.Person).Concat(RedFlagRules.EconomicBuyer).Append(RedFlagRules.HiddenInfluencer).ToArray();

    [TestMethod]
    public void Rules_EveryCode_HasARuleInTheTable()
    {
        var covered = AllRules().Select(r => r.Code).ToHashSet();

        CollectionAssert.AreEquivalent(Enum.GetValues<RedFlagCode>(), covered.ToArray());
    }

    [TestMethod]
    public void Rules_Order_UniqueAndInTableOrder()
    {
        var orders = AllRules().Select(r => r.Order).ToArray();

        CollectionAssert.AreEqual(Enumerable.Range(0, orders.Length).ToArray(), orders);
    }

    [TestMethod]
    public void Review_SeverityOverride_AppliesToEveryFlagOfTheCode()
    {
        var builder = Plans.Healthy()
            .Without(r => r.Involves("kim"))
            .AddRelationship("ana", RelationshipKind.Knows, "kim", 1.0, Plans.AsOf.AddDays(-91));
        var byDefault = builder.Review();
        var overridden = builder.Review(new AnalysisOptions { Severities = { [RedFlagCode.Stale] = Severity.High } });

        Assert.AreEqual(Severity.Medium, byDefault.RedFlags.Single(f => f.Code == RedFlagCode.Stale).Severity);
        var flag = overridden.RedFlags.Single(f => f.Code == RedFlagCode.Stale);
        Assert.AreEqual(Severity.High, flag.Severity);
        Assert.AreSame(flag, overridden.RedFlags[0], "a High flag is listed first");
        Assert.IsTrue(overridden.CoverageScore < byDefault.CoverageScore, "a High flag takes the person's whole share");
        Assert.AreEqual(SalesStage.InTheFunnel, overridden.FunnelPosition, "a High flag keeps the deal out of the best few");
    }

    [TestMethod]
    public void Review_SeverityOverride_ReplacesTheEconomicBuyersRaisedDefault()
    {
        var builder = Plans.Healthy().WithInfluence("dana", i => i with { Mode = ResponseMode.Unknown });

        var byDefault = builder.Review().RedFlags.Single(f => f.Code == RedFlagCode.MissingInformation);
        var overridden = builder.Review(new AnalysisOptions { Severities = { [RedFlagCode.MissingInformation] = Severity.Low } })
            .RedFlags.Single(f => f.Code == RedFlagCode.MissingInformation);

        Assert.AreEqual(Severity.Medium, byDefault.Severity, "Low, Medium for the Economic Buyer");
        Assert.AreEqual(Severity.Low, overridden.Severity);
    }

    [TestMethod]
    public void Review_RoleUnfilledTies_TechnicalBeforeUserWithoutReadingTheSentences()
    {
        var review = Plans.Healthy()
            .WithInfluence("lin", i => i with { Roles = BuyingRoles.None })
            .WithInfluence("kim", i => i with { Roles = BuyingRoles.None })
            .Review();

        var unfilled = review.RedFlags.Where(f => f.Code == RedFlagCode.RoleUnfilled).ToArray();

        Assert.IsTrue(unfilled.All(f => !IsWritten(f)), "ordering the flags wrote a sentence");
        StringAssert.StartsWith(unfilled[0].Message, "No Technical influence");
        StringAssert.StartsWith(unfilled[1].Message, "No User influence");
    }

    [TestMethod]
    public void Message_NotWrittenUntilRead_ThenTheSameText()
    {
        var review = Plans.Healthy().WithInfluence("kim", i => i with { Rating = null }).Review();
        var flag = review.RedFlags.Single(f => f.Code == RedFlagCode.MissingInformation);

        Assert.IsFalse(IsWritten(flag), "a review writes no sentence until one is read");
        var first = flag.Message;
        Assert.IsTrue(IsWritten(flag));
        Assert.AreSame(first, flag.Message, "written once");
        Assert.AreEqual("For Kim Berg (User) we do not know the rating.", first);
    }

    [TestMethod]
    public void Flags_KeptWithoutTheirReview_DoNotKeepTheAccountsAnalysisAlive()
    {
        // A portfolio keeps every opportunity's deductions, so every flag, for thousands of accounts: a flag that kept
        // its analysis (graph, routes, centrality) alive made the portfolio keep 26 KB per account instead of a few.
        var (flags, analysis) = FlagsWithoutTheirReview();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.IsFalse(analysis.IsAlive, "the kept flags keep the account's analysis alive");
        Assert.IsTrue(flags.All(f => !IsWritten(f)), "no sentence was written before the analysis was let go");
        Assert.AreEqual("For Kim Berg (User) we do not know the rating.", flags.Single(f => f.Code == RedFlagCode.MissingInformation).Message);
        Assert.IsTrue(flags.All(f => f.Message.Length > 0), "every sentence is written from what the flag kept");
    }

    [TestMethod]
    public void Message_ReadFromManyThreadsAtOnce_OneText()
    {
        for (var round = 0; round < 20; round++)
        {
            var flags = Plans.Healthy().WithInfluence("kim", i => i with { Rating = null, Mode = ResponseMode.Unknown }).Review().RedFlags;
            var texts = new string[8][];
            System.Threading.Tasks.Parallel.For(0, texts.Length, t => texts[t] = flags.Select(f => f.Message).ToArray());

            for (var t = 1; t < texts.Length; t++)
            {
                for (var i = 0; i < flags.Count; i++)
                {
                    Assert.AreSame(texts[0][i], texts[t][i]);
                }
            }
        }
    }

    [TestMethod]
    public void Review_Flags_CarryThePlansOwnPersons()
    {
        var plan = Plans.Healthy()
            .WithInfluence("kim", i => i with { Rating = null })
            .AddPerson("vp", "Vera Paul", "VP Operations", level: 6)
            .AddRelationship("vp", RelationshipKind.Influences, "dana", 0.7)
            .Build();
        var review = AccountReview.Create(plan, Plans.AsOf).Opportunities.Single();

        Assert.AreSame(plan.FindPerson("kim"), review.RedFlags.Single(f => f.Code == RedFlagCode.MissingInformation).Person);
        Assert.AreSame(plan.FindPerson("vp"), review.RedFlags.Single(f => f.Code == RedFlagCode.HiddenInfluencer).Person, "a person outside the influences too");
        Assert.IsNull(Plans.Healthy().WithInfluence("kim", i => i with { Roles = BuyingRoles.None }).Review().RedFlags.Single(f => f.Code == RedFlagCode.RoleUnfilled).Person);
    }

    [TestMethod]
    public void Review_FunnelExplanationAndStrengths_WrittenOnlyWhenRead()
    {
        var review = Plans.Healthy().Review();
        static object? Field(object o, string name) => o.GetType().GetField(name, BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(o);

        Assert.IsTrue(review.Strengths.Count > 0, "the healthy plan has strengths to write");
        Assert.IsNull(Field(review, "funnelExplanation"), "a review writes its funnel sentence only when read");
        Assert.IsTrue(review.Strengths.All(s => Field(s, "message") is null), "a review writes its strengths' sentences only when read");

        var explanation = review.FunnelExplanation;
        Assert.AreSame(explanation, review.FunnelExplanation, "written once");
        StringAssert.StartsWith(explanation, review.FunnelPosition switch
        {
            SalesStage.BestFew => "Best few: ",
            SalesStage.InTheFunnel => "In the funnel: ",
            _ => "Above the funnel: ",
        });
        Assert.IsTrue(review.Strengths.All(s => s.Message.Length > 0 && ReferenceEquals(s.Message, s.Message)));
    }

    [TestMethod]
    public void Review_Reach_WrittenWhenReadWithTheStrengthRankingUsed()
    {
        var review = Plans.Healthy().WithInfluence("kim", i => i with { Rating = null }).Review();
        static object? Reach(InfluenceAssessment a) => typeof(InfluenceAssessment).GetField("reach", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(a);

        Assert.IsTrue(review.Influences.All(a => Reach(a) is null), "a review writes no route out until one is read");
        Assert.IsTrue(review.Influences.Count(a => a.Reach is not null) >= 2, "the plan has people reached");
        foreach (var assessment in review.Influences)
        {
            var first = assessment.Reach;
            Assert.AreEqual(first?.Strength ?? 0, assessment.ReachStrength, assessment.Person.Id);
            Assert.AreSame(first, assessment.Reach, "written once");
            Assert.AreEqual(review.Analysis.GetRoute(assessment.Person.Id, review.Opportunity.Id)?.ToString(), assessment.Reach?.ToString(), assessment.Person.Id);
        }
    }

    [TestMethod]
    public void Review_Influences_MadeWhenReadOnceForEveryReader()
    {
        var review = Plans.Healthy().Review();
        static object? Made(OpportunityReview r) => typeof(OpportunityReview).GetField("influenceArray", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(r);

        // The first recommendation, as a portfolio finds it, makes the first person's assessment alone.
        var top = RecommendationRanking.Top(review, new PlanningOptions());
        Assert.IsNotNull(top);
        Assert.IsNull(Made(review), "ranking the first recommendation makes no assessment of everyone");

        var readers = new IReadOnlyList<InfluenceAssessment>[8];
        System.Threading.Tasks.Parallel.For(0, readers.Length, t => readers[t] = review.Influences);
        Assert.IsTrue(readers.All(r => ReferenceEquals(r, readers[0])), "made once, whichever thread reads first");
        Assert.AreEqual(review.Opportunity.Influences.Count, review.Influences.Count);
        foreach (var assessment in review.Influences)
        {
            Assert.AreSame(assessment, review.FindInfluence(assessment.Person.Id), assessment.Person.Id);
            CollectionAssert.AreEqual(review.FlagsOn(assessment.Person.Id).ToArray(), assessment.RedFlags.ToArray(), assessment.Person.Id);
        }

        // Once they are made, the first recommendation's assessment is the one the review holds.
        Assert.AreSame(review.FindInfluence(top!.Person.Id), RecommendationRanking.Top(review, new PlanningOptions()));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (RedFlag[] Flags, WeakReference Analysis) FlagsWithoutTheirReview()
    {
        var review = Plans.Healthy().WithInfluence("kim", i => i with { Rating = null }).Review();
        return (review.RedFlags.ToArray(), new WeakReference(review.Analysis));
    }

    private static bool IsWritten(RedFlag flag) =>
        typeof(RedFlag).GetField("message", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(flag) is not null;
}
