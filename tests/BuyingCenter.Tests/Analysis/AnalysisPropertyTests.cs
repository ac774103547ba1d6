using System;
using System.Collections.Generic;
using System.Linq;
using BuyingCenter;
using BuyingCenter.Analysis;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Analysis;

[TestClass]
public sealed class AnalysisPropertyTests
{
    /// <summary>A random valid plan: ReportsTo only points to an earlier person, so it never forms a cycle.</summary>
    internal static AccountPlan RandomPlan(int seed)
    {
        var random = new Random(seed);
        var builder = new AccountPlanBuilder().WithAccount(new Account { Id = "a", Name = "Account", Reorganizing = random.Next(5) == 0 });
        var sellers = 1 + random.Next(3);
        var people = random.Next(12);
        for (var s = 0; s < sellers; s++)
        {
            builder.AddSeller("s" + s, "Seller " + s, level: random.Next(3) == 0 ? null : 1 + random.Next(6));
        }

        for (var p = 0; p < people; p++)
        {
            builder.AddPerson(new Person { Id = "p" + p, Name = "Person " + p, Level = random.Next(3) == 0 ? null : 1 + random.Next(6), NewInRole = random.Next(6) == 0 });
        }

        var ids = Enumerable.Range(0, sellers).Select(s => "s" + s).Concat(Enumerable.Range(0, people).Select(p => "p" + p)).ToArray();
        var seen = new HashSet<string>();
        for (var r = random.Next(3 * (people + 1)); r > 0; r--)
        {
            var kind = (RelationshipKind)random.Next(4);
            string from, to;
            if (kind == RelationshipKind.ReportsTo)
            {
                if (people < 2)
                {
                    continue;
                }

                var a = 1 + random.Next(people - 1);
                from = "p" + a;
                to = "p" + random.Next(a);
            }
            else
            {
                from = ids[random.Next(ids.Length)];
                to = ids[random.Next(ids.Length)];
            }

            var key = kind is RelationshipKind.Knows or RelationshipKind.Opposes && string.CompareOrdinal(from, to) > 0 ? to + "|" + from + "|" + kind : from + "|" + to + "|" + kind;
            if (from == to || !seen.Add(key))
            {
                continue;
            }

            var strength = random.Next(6) == 0 ? 0 : random.Next(5) * 0.25;
            builder.AddRelationship(from, kind, to, strength, random.Next(2) == 0 ? null : Plans.AsOf.AddDays(random.Next(-400, 30)));
        }

        for (var o = 1 + random.Next(2); o > 0; o--)
        {
            var influences = Enumerable.Range(0, people).Where(_ => random.Next(2) == 0).Select(p => new BuyingInfluence
            {
                PersonId = "p" + p,
                Roles = (BuyingRoles)random.Next(16),
                Degree = (InfluenceDegree)random.Next(4),
                Mode = (ResponseMode)random.Next(5),
                Rating = random.Next(4) == 0 ? null : random.Next(-5, 6),
                Uncertain = random.Next(4) == 0 ? (InfluenceFacts)random.Next(32) : InfluenceFacts.None,
                WinResults = random.Next(2) == 0 ? Array.Empty<WinResult>() : new[] { new WinResult { Result = "r" } },
            }).ToArray();
            builder.AddOpportunity(new Opportunity
            {
                Id = "o" + o,
                SingleSalesObjective = "Account buys",
                Quantity = random.Next(3) == 0 ? null : 10,
                CloseDate = random.Next(3) == 0 ? null : Plans.AsOf.AddDays(90),
                Amount = random.Next(3) == 0 ? null : random.Next(300_000),
                Stage = random.Next(2) == 0 ? null : (SalesStage)random.Next(5),
                Influences = influences,
            });
        }

        for (var m = random.Next(4); m > 0 && people > 0; m--)
        {
            builder.AddMeeting(new Meeting
            {
                Date = Plans.AsOf.AddDays(random.Next(-200, 20)),
                OpportunityId = random.Next(2) == 0 ? null : "o1",
                SellerIds = new[] { "s0" },
                PersonIds = new[] { "p" + random.Next(people) },
                Outcome = (MeetingOutcome)random.Next(4),
            });
        }

        return builder.Build();
    }

    [TestMethod]
    public void Review_RandomPlans_ScoreIsHundredMinusDeductionsInBand()
    {
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                foreach (var review in AccountReview.Create(RandomPlan(seed), Plans.AsOf).Opportunities)
                {
                    Assert.AreEqual(100 - review.CoverageScore, review.ScoreDeductions.Sum(d => d.Points), "deductions sum exactly to 100 - score");
                    var band = review.CoverageScore >= 70 ? CoverageStatus.Green : review.CoverageScore >= 40 ? CoverageStatus.Amber : CoverageStatus.Red;
                    if (band == CoverageStatus.Green && review.FunnelPosition == SalesStage.AboveTheFunnel)
                    {
                        band = CoverageStatus.Amber;
                    }

                    Assert.AreEqual(band, review.Status);
                    Assert.IsTrue(review.RedFlags.All(f => f.OpportunityId == review.Opportunity.Id
                        && (f.PersonId is null || review.FindInfluence(f.PersonId) is not null || f.Code == RedFlagCode.HiddenInfluencer)));
                    Assert.IsFalse(
                        review.RedFlags.Where(f => f.Code is RedFlagCode.Uncontacted).Any(f => review.RedFlags.Any(g => g.Code == RedFlagCode.Uncovered && g.PersonId == f.PersonId)),
                        "one gap, one flag: nobody is both Uncontacted and Uncovered");
                    Assert.IsTrue(review.FunnelPosition <= SalesStage.BestFew);
                }
            },
            iter: 300);
    }

    [TestMethod]
    public void Review_RandomPlansShuffled_SameResult()
    {
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var plan = RandomPlan(seed);
                Assert.AreEqual(DeterminismTests.Describe(AccountReview.Create(plan, Plans.AsOf)), DeterminismTests.Describe(AccountReview.Create(DeterminismTests.Shuffled(plan, seed), Plans.AsOf)));
            },
            iter: 200);
    }

    [TestMethod]
    public void Review_RandomPlansCoverOnePerson_ScoreNeverLower()
    {
        // Resolving an Uncovered or Uncontacted flag: a seller's trusted, recent Knows relationship with the person.
        // It changes nobody's importance (centrality runs over Influences and ReportsTo), so the group is weighed alike.
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var plan = RandomPlan(seed);
                foreach (var before in AccountReview.Create(plan, Plans.AsOf).Opportunities)
                {
                    var gap = before.RedFlags.FirstOrDefault(f => f.Code is RedFlagCode.Uncovered or RedFlagCode.Uncontacted && f.PersonId is not null);
                    if (gap is null)
                    {
                        continue;
                    }

                    var resolved = plan.ToBuilder()
                        .Without(r => r.Kind == RelationshipKind.Knows && ((r.From == "s0" && r.To == gap.PersonId) || (r.To == "s0" && r.From == gap.PersonId)))
                        .AddRelationship("s0", RelationshipKind.Knows, gap.PersonId!, 1.0, Plans.AsOf)
                        .Build();
                    var after = AccountReview.Create(resolved, Plans.AsOf).Opportunities.Single(o => o.Opportunity.Id == before.Opportunity.Id);
                    Assert.IsTrue(after.CoverageScore >= before.CoverageScore, $"{gap.Code} on {gap.PersonId} resolved: {before.CoverageScore} -> {after.CoverageScore}");
                }
            },
            iter: 300);
    }

    [TestMethod]
    public void Review_RandomPlansReceptiveMode_ScoreNeverLower()
    {
        // Resolving a LowReceptivity flag: the person now sees a gap (Growth). Importance does not depend on the mode.
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var plan = RandomPlan(seed);
                foreach (var before in AccountReview.Create(plan, Plans.AsOf).Opportunities)
                {
                    var flag = before.RedFlags.FirstOrDefault(f => f.Code == RedFlagCode.LowReceptivity);
                    if (flag is null)
                    {
                        continue;
                    }

                    var opportunity = before.Opportunity with
                    {
                        Influences = before.Opportunity.Influences.Select(i => i.PersonId == flag.PersonId ? i with { Mode = ResponseMode.Growth } : i).ToArray(),
                    };
                    var resolved = plan.ToBuilder().ReplaceOpportunity(opportunity).Build();
                    var after = AccountReview.Create(resolved, Plans.AsOf).Opportunities.Single(o => o.Opportunity.Id == before.Opportunity.Id);
                    Assert.IsTrue(after.CoverageScore >= before.CoverageScore, $"LowReceptivity on {flag.PersonId} resolved: {before.CoverageScore} -> {after.CoverageScore}");
                }
            },
            iter: 300);
    }

    [TestMethod]
    public void Review_RandomPlansAddPersonWithNoFlag_ScoreNeverLower()
    {
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var plan = RandomPlan(seed);
                var newcomer = new BuyingInfluence
                {
                    PersonId = "newcomer",
                    Roles = BuyingRoles.User,
                    Degree = InfluenceDegree.Medium,
                    Mode = ResponseMode.Growth,
                    Rating = 3,
                    WinResults = new[] { new WinResult { Result = "r", Win = "w" } },
                };
                var builder = plan.ToBuilder()
                    .AddPerson(new Person { Id = "newcomer", Name = "Newcomer" })
                    .AddRelationship("s0", RelationshipKind.Knows, "newcomer", 1.0, Plans.AsOf);
                foreach (var opportunity in plan.Opportunities)
                {
                    builder.ReplaceOpportunity(opportunity with { Influences = opportunity.Influences.Append(newcomer).ToArray() });
                }

                var added = builder.Build();
                var before = AccountReview.Create(plan, Plans.AsOf).Opportunities;
                var after = AccountReview.Create(added, Plans.AsOf).Opportunities;
                for (var i = 0; i < before.Count; i++)
                {
                    Assert.IsFalse(after[i].RedFlags.Any(f => f.PersonId == "newcomer"), "the newcomer has no flag");
                    Assert.IsTrue(after[i].CoverageScore >= before[i].CoverageScore, $"{before[i].CoverageScore} -> {after[i].CoverageScore}");
                }
            },
            iter: 300);
    }
}
