using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BuyingCenter;
using BuyingCenter.Analysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Analysis;

[TestClass]
public sealed class DeterminismTests
{
    /// <summary>Everything a user sees of a review, as text; influences by person id so plan order does not matter.</summary>
    internal static string Describe(AccountReview review)
    {
        var text = new StringBuilder();
        foreach (var o in review.Opportunities.OrderBy(o => o.Opportunity.Id, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{o.Opportunity.Id} {o.CoverageScore} {o.Status} {o.FunnelPosition} {o.StageOverstated} {o.IsSingleThreaded} {o.FunnelExplanation}");
            foreach (var d in o.ScoreDeductions)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  -{d.Points} {d.Flag.Code} {d.Flag.Severity} {d.Flag.PersonId} {d.Flag.Message}");
            }

            foreach (var s in o.Strengths)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  +{s.Code} {s.PersonId} {s.Message}");
            }

            foreach (var i in o.Influences.OrderBy(i => i.Person.Id, StringComparer.Ordinal))
            {
                var reach = i.Reach is null ? "-" : string.Join(">", i.Reach.Ids) + " " + i.Reach.Strength.ToString("R", CultureInfo.InvariantCulture);
                text.AppendLine(CultureInfo.InvariantCulture, $"  {i.Person.Id} {i.Coverage.Strength:R} {i.Coverage.Seller?.Id} {reach} {i.Centrality:R} {i.LastContact:yyyy-MM-dd} {string.Join(",", i.RedFlags.Select(f => f.Code))}");
            }
        }

        foreach (var person in review.Plan.People.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var paths = review.Analysis.GetPathsFromSellers(person.Id);
            text.AppendLine(CultureInfo.InvariantCulture, $"{person.Id} {string.Join(" | ", paths.Select(p => string.Join(">", p.Ids) + " " + p.Strength.ToString("R", CultureInfo.InvariantCulture)))} {string.Join(",", review.Analysis.GetChokePoints(person.Id))}");
        }

        return text.ToString();
    }

    internal static AccountPlan Shuffled(AccountPlan plan, int seed)
    {
        var random = new Random(seed);
        T[] Shuffle<T>(IEnumerable<T> items) => items.OrderBy(_ => random.Next()).ToArray();

        var builder = new AccountPlanBuilder().WithAccount(plan.Account);
        foreach (var seller in Shuffle(plan.Sellers))
        {
            builder.AddSeller(seller);
        }

        foreach (var person in Shuffle(plan.People))
        {
            builder.AddPerson(person);
        }

        foreach (var relationship in Shuffle(plan.Relationships))
        {
            // Undirected relationships may be written either way round.
            builder.AddRelationship(relationship.IsUndirected && random.Next(2) == 0 ? relationship with { From = relationship.To, To = relationship.From } : relationship);
        }

        foreach (var opportunity in Shuffle(plan.Opportunities))
        {
            builder.AddOpportunity(opportunity with { Influences = Shuffle(opportunity.Influences) });
        }

        foreach (var meeting in Shuffle(plan.Meetings))
        {
            builder.AddMeeting(meeting);
        }

        return builder.Build();
    }

    [TestMethod]
    public void Review_SamePlanTwice_SameResult()
    {
        var plan = Plans.Northwind();

        Assert.AreEqual(Describe(AccountReview.Create(plan, Plans.AsOf)), Describe(AccountReview.Create(plan, Plans.AsOf)));
    }

    [TestMethod]
    public void Review_ArraysShuffled_SameResult()
    {
        var plan = Plans.Northwind();
        var expected = Describe(AccountReview.Create(plan, Plans.AsOf));

        for (var seed = 1; seed <= 20; seed++)
        {
            Assert.AreEqual(expected, Describe(AccountReview.Create(Shuffled(plan, seed), Plans.AsOf)), "seed " + seed);
        }
    }

    [TestMethod]
    public void Review_TiedPathsShuffled_SameReachAndChokePoints()
    {
        // Two equally strong introductions to Dana (through Pat or through Omar): the choice must not depend on plan order.
        var plan = new AccountPlanBuilder()
            .WithAccount("acme", "Acme")
            .AddSeller("ana", "Ana Ruiz", level: 3)
            .AddSeller("raj", "Raj Mehta", level: 3)
            .AddPerson("dana", "Dana Lee", level: 5)
            .AddPerson("pat", "Pat Okafor", level: 4)
            .AddPerson("omar", "Omar Haddad", level: 5)
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.5)
            .AddRelationship("raj", RelationshipKind.Knows, "omar", 0.5)
            .AddRelationship("pat", RelationshipKind.Influences, "dana", 0.5)
            .AddRelationship("omar", RelationshipKind.Influences, "dana", 0.5)
            .AddOpportunity(new Opportunity { Id = "o", SingleSalesObjective = "Acme buys", Influences = new[] { new BuyingInfluence { PersonId = "dana", Roles = BuyingRoles.Economic } } })
            .Build();
        var expected = Describe(AccountReview.Create(plan, Plans.AsOf));

        for (var seed = 1; seed <= 20; seed++)
        {
            Assert.AreEqual(expected, Describe(AccountReview.Create(Shuffled(plan, seed), Plans.AsOf)), "seed " + seed);
        }
    }

    [TestMethod]
    public void Review_ManyThreadsAtOnce_SameResult()
    {
        var review = AccountReview.Create(Plans.Northwind(), Plans.AsOf);
        var expected = Describe(review);

        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => Describe(review)).ToArray();

        Assert.IsTrue(results.All(r => r == expected));
    }
}
