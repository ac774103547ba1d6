using System;
using System.Collections.Generic;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Synthetic;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static BuyingCenter.Tests.Planning.PlanningPlans;

namespace BuyingCenter.Tests.Planning;

/// <summary>Invariants of the planner over random valid plans.</summary>
[TestClass]
public sealed class PlannerPropertyTests
{
    [TestMethod]
    public void Recommend_RandomPlans_PeopleWithRolesOnlyScoresInRangeAndOrderInvariant()
    {
        Gen.Int.Sample(seed =>
        {
            var plan = RandomPlan(seed);
            var recommendations = Recommend(plan);
            var withRoles = plan.Opportunities[0].Influences.Where(i => i.Roles != BuyingRoles.None).Select(i => i.PersonId).OrderBy(x => x, StringComparer.Ordinal);

            // People with a role, and those principles 3 and 5 add: opponents near the Economic Buyer, hidden influencers.
            CollectionAssert.IsSubsetOf(withRoles.ToList(), recommendations.Select(r => r.Approach.Person.Id).ToList());
            foreach (var extra in recommendations.Where(r => !withRoles.Contains(r.Approach.Person.Id)))
            {
                Assert.IsTrue(extra.Reasons.Contains(ReasonCode.HiddenInfluencer) || extra.Reasons.Contains(ReasonCode.Neutralise), extra.Approach.Person.Id);
            }
            CollectionAssert.AreEqual(Enumerable.Range(1, recommendations.Count).ToList(), recommendations.Select(r => r.Rank).ToList());
            foreach (var r in recommendations)
            {
                Assert.IsTrue(r.Score >= 0 && r.Score < 1, "score " + r.Score);
                Assert.IsTrue(r.Approach.Route is null || (r.Approach.Route.Seller.Id == r.Approach.Owner?.Id && r.Approach.Route.To.Id == r.Approach.Person.Id));
            }

            var shuffled = Recommend(Shuffled(plan));
            CollectionAssert.AreEqual(
                recommendations.Select(r => r.Approach.Person.Id + "/" + r.Approach.Owner?.Id + "/" + r.Goal.BestAction).ToList(),
                shuffled.Select(r => r.Approach.Person.Id + "/" + r.Approach.Owner?.Id + "/" + r.Goal.BestAction).ToList());
        }, iter: 150);
    }

    [TestMethod]
    public void PlanMeetingAndCampaign_RandomPlans_NoExceptionAndEveryQuestionNamesItsGap()
    {
        Gen.Int.Sample(seed =>
        {
            var plan = RandomPlan(seed);
            var review = Review(plan);
            foreach (var person in plan.People)
            {
                var meeting = Planner.PlanMeeting(review, person.Id);
                Assert.IsTrue(meeting.Questions.All(q => !string.IsNullOrWhiteSpace(q.Gap) && !string.IsNullOrWhiteSpace(q.Text)));
                Assert.IsFalse(meeting.Goal.BestAction.Contains('{', StringComparison.Ordinal), "every placeholder is filled");
            }

            var campaign = Planner.PlanCampaign(plan, OpportunityId, AsOf, meetings: 3);
            Assert.IsTrue(campaign.Steps.Count <= 3);
            Assert.IsTrue(campaign.Steps.All(s => plan.FindPerson(s.Approach.Person.Id) is not null));
        }, iter: 60);
    }

    [TestMethod]
    public void Top_RandomPlansAndSyntheticAccounts_IsTheFirstRecommendationsPerson()
    {
        // The portfolio finds the first recommendation without ranking everyone: it must be the person the full ranking
        // puts first, through the same principles, scores and ties, outsiders (hidden influencers) included.
        var options = new PlanningOptions();
        void Check(OpportunityReview review)
        {
            var first = RecommendationRanking.Rank(review, options).FirstOrDefault();
            Assert.AreSame(first?.Approach.Person, RecommendationRanking.Top(review, options)?.Person, review.Opportunity.Id);
        }

        Gen.Int.Sample(seed => Check(Review(RandomPlan(seed))), iter: 150);
        var accounts = AccountGenerator.GeneratePortfolio(60, new AccountGeneratorOptions { People = 30, Opportunities = 2, Seed = 11 });
        var outsiders = 0;
        foreach (var plan in accounts)
        {
            foreach (var review in AccountReview.Create(plan, AccountGeneratorOptions.DefaultAsOf).Opportunities)
            {
                Check(review);
                outsiders += review.HiddenInfluencers.Count(h => review.FindInfluence(h.PersonId) is null);
            }
        }

        Assert.IsTrue(outsiders > 0, "some hidden influencers outside the opportunities are ranked");
    }

    /// <summary>A valid random plan: ReportsTo only toward lower indexes (so never a cycle), at most one edge per kind and pair.</summary>
    private static AccountPlan RandomPlan(int seed)
    {
        var random = new Random(seed);
        var builder = new AccountPlanBuilder().WithAccount("acme", "Acme");
        var sellers = Enumerable.Range(0, 1 + random.Next(3)).Select(i => "s" + i).ToList();
        var people = Enumerable.Range(0, 1 + random.Next(8)).Select(i => "p" + i).ToList();
        foreach (var s in sellers)
        {
            builder.AddSeller(s, "Seller " + s, level: 1 + random.Next(6));
        }

        foreach (var p in people)
        {
            builder.AddPerson(new Person { Id = p, Name = "Person " + p, Level = random.Next(7) is var l && l > 0 ? l : null, NewInRole = random.Next(5) == 0 });
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var all = sellers.Concat(people).ToList();
        for (var n = random.Next(3 * all.Count); n > 0; n--)
        {
            var kind = (RelationshipKind)random.Next(4);
            var a = all[random.Next(all.Count)];
            var b = all[random.Next(all.Count)];
            if (a == b || (kind != RelationshipKind.Knows && (sellers.Contains(a) || sellers.Contains(b))))
            {
                continue;
            }

            if (kind == RelationshipKind.ReportsTo && string.CompareOrdinal(a, b) < 0)
            {
                (a, b) = (b, a);
            }

            var key = kind + ":" + (kind is RelationshipKind.Knows or RelationshipKind.Opposes && string.CompareOrdinal(a, b) > 0 ? b + "-" + a : a + "-" + b);
            if (seen.Add(key))
            {
                builder.AddRelationship(a, kind, b, Math.Round(random.NextDouble(), 2), random.Next(2) == 0 ? AsOf.AddDays(-random.Next(400)) : null);
            }
        }

        var influences = people.Where(_ => random.Next(4) > 0).Select(p => new BuyingInfluence
        {
            PersonId = p,
            Roles = (BuyingRoles)random.Next(16),
            Degree = (InfluenceDegree)random.Next(4),
            Mode = (ResponseMode)random.Next(5),
            Rating = random.Next(3) == 0 ? null : random.Next(-5, 6),
            Uncertain = (InfluenceFacts)random.Next(32),
            WinResults = random.Next(2) == 0 ? Array.Empty<WinResult>() : new[] { new WinResult { Result = "Result " + p, Win = random.Next(2) == 0 ? null : "Win " + p } },
        }).ToArray();
        builder.AddOpportunity(Opportunity(influences) with { Competitors = random.Next(2) == 0 ? Array.Empty<string>() : new[] { "RouteMax" } });
        for (var n = random.Next(4); n > 0; n--)
        {
            builder.AddMeeting(new Meeting
            {
                Id = "m" + n,
                Date = AsOf.AddDays(-random.Next(300) + 20),
                OpportunityId = OpportunityId,
                SellerIds = new[] { sellers[random.Next(sellers.Count)] },
                PersonIds = new[] { people[random.Next(people.Count)] },
                Outcome = (MeetingOutcome)random.Next(4),
            });
        }

        return builder.Build();
    }
}
