using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using BuyingCenter;
using BuyingCenter.Serialization;
using BuyingCenter.Synthetic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Synthetic;

[TestClass]
public sealed class AccountGeneratorTests
{
    [TestMethod]
    [DataRow(1)]
    [DataRow(40)]
    [DataRow(3000)]
    public void Generate_SameSeedTwice_GivesTheSamePlan(int people)
    {
        var options = new AccountGeneratorOptions { People = people, Seed = 42, Opportunities = 2 };

        Assert.AreEqual(Describe(AccountGenerator.Generate(options)), Describe(AccountGenerator.Generate(options)));
    }

    [TestMethod]
    public void Generate_SameSeedTwice_WritesTheSameCanonicalFileThatReadsBack()
    {
        var options = new AccountGeneratorOptions { People = 500, Seed = 2026 };

        var json = PlanFile.ToJson(AccountGenerator.Generate(options));

        Assert.AreEqual(json, PlanFile.ToJson(AccountGenerator.Generate(options)));
        var read = PlanFile.Parse(json);
        Assert.IsTrue(read.Succeeded, string.Join("; ", read.Problems));
        Assert.AreEqual(json, PlanFile.ToJson(read.Plan!));
    }

    [TestMethod]
    public void Generate_DifferentSeeds_GiveDifferentPlans()
    {
        var first = AccountGenerator.Generate(new AccountGeneratorOptions { Seed = 1 });
        var second = AccountGenerator.Generate(new AccountGeneratorOptions { Seed = 2 });

        Assert.AreNotEqual(Describe(first), Describe(second));
    }

    [TestMethod]
    [DataRow(1, 0, 0)]
    [DataRow(2, 1, 1)]
    [DataRow(7, 2, 1)]
    [DataRow(40, 3, 1)]
    [DataRow(500, 4, 3)]
    [DataRow(20_000, 6, 2)]
    public void Generate_SeveralSizes_BuildsAPlanThatPassesValidation(int people, int sellers, int opportunities)
    {
        var plan = AccountGenerator.Generate(new AccountGeneratorOptions { People = people, Sellers = sellers, Opportunities = opportunities, Seed = people });

        // Rebuilding runs every rule of the plan format again on exactly what the generator produced.
        var rebuilt = plan.ToBuilder().Build();
        Assert.AreEqual(people, rebuilt.People.Count);
    }

    [TestMethod]
    [DataRow(40, 5)]
    [DataRow(2_000, 5)]
    [DataRow(2_000, 3)]
    [DataRow(20_000, 5)]
    public void Generate_RequestedSizes_AreHonoured(int people, int perPerson)
    {
        var options = new AccountGeneratorOptions
        {
            People = people, RelationshipsPerPerson = perPerson, Sellers = 4, Opportunities = 3, BuyingGroupSize = 12, MeetingsPerOpportunity = 5, Seed = 9,
        };

        var plan = AccountGenerator.Generate(options);

        Assert.AreEqual(people, plan.People.Count);
        Assert.AreEqual(people * perPerson, plan.Relationships.Count);
        Assert.AreEqual(4, plan.Sellers.Count);
        Assert.AreEqual(3, plan.Opportunities.Count);
        Assert.IsTrue(plan.Opportunities.All(o => o.Influences.Count == 12));
        Assert.AreEqual(15, plan.Meetings.Count);
    }

    [TestMethod]
    public void Generate_BuyingGroupLargerThanAccount_IsCappedAtEveryone()
    {
        var plan = AccountGenerator.Generate(new AccountGeneratorOptions { People = 5, BuyingGroupSize = 50 });

        Assert.AreEqual(5, plan.Opportunities[0].Influences.Count);
    }

    [TestMethod]
    public void Generate_Hierarchy_HasOneChiefExecutiveAndManagersOneLevelUp()
    {
        var plan = AccountGenerator.Generate(new AccountGeneratorOptions { People = 5_000, Seed = 3 });
        var managerOf = plan.Relationships.Where(r => r.Kind == RelationshipKind.ReportsTo).ToDictionary(r => r.From, r => r.To);
        var employees = plan.People.Where(p => !p.External).ToList();

        var tops = employees.Where(p => !managerOf.ContainsKey(p.Id)).ToList();
        Assert.AreEqual(1, tops.Count, "one chief executive");
        Assert.AreEqual(6, tops[0].Level);
        Assert.AreEqual("Chief Executive Officer", tops[0].Title);
        foreach (var person in employees.Where(p => managerOf.ContainsKey(p.Id)))
        {
            Assert.AreEqual(person.Level + 1, plan.FindPerson(managerOf[person.Id])!.Level, person.Id);
        }

        Assert.IsTrue(plan.People.All(p => p.Level is >= 1 and <= 6));
        Assert.IsTrue(plan.People.Any(p => p.Level == 1), "a plan of thousands reaches individual contributors");
    }

    [TestMethod]
    public void Generate_Sellers_AreSeniorAndCoverPeopleWithPastInteractions()
    {
        var asOf = new DateTime(2027, 3, 1);
        var plan = AccountGenerator.Generate(new AccountGeneratorOptions { People = 300, Sellers = 5, AsOf = asOf, Seed = 11 });
        var sellerIds = new HashSet<string>(plan.Sellers.Select(s => s.Id));
        var coverage = plan.Relationships.Where(r => sellerIds.Contains(r.From) || sellerIds.Contains(r.To)).ToList();

        Assert.IsTrue(plan.Sellers.All(s => s.Level is >= 3 and <= 6));
        Assert.IsTrue(coverage.Count > 0);
        Assert.IsTrue(coverage.All(r => r.Kind == RelationshipKind.Knows));
        Assert.IsTrue(coverage.All(r => r.LastInteraction is null || r.LastInteraction < asOf));
        Assert.IsTrue(plan.Relationships.Any(r => r.Kind == RelationshipKind.Influences));
        Assert.IsTrue(plan.Relationships.Any(r => r.Kind == RelationshipKind.Opposes));
        Assert.IsTrue(plan.Meetings.Where(m => m.HasTakenPlace).All(m => m.Date < asOf));
    }

    [TestMethod]
    public void GeneratePortfolio_ManyAccounts_MostDealsHaveOneEconomicBuyerAndSomeGaps()
    {
        var plans = AccountGenerator.GeneratePortfolio(200, new AccountGeneratorOptions { Seed = 5 }).ToList();
        var opportunities = plans.SelectMany(p => p.Opportunities).ToList();
        var influences = opportunities.SelectMany(o => o.Influences).ToList();

        var oneEconomic = opportunities.Count(o => o.Influences.Count(i => i.Has(BuyingRoles.Economic)) == 1);
        Assert.IsTrue(oneEconomic >= 160, oneEconomic + " of 200 deals have one Economic Buyer");
        Assert.IsTrue(oneEconomic < 200, "some deals have not found their Economic Buyer yet");
        Assert.IsTrue(opportunities.Count(o => o.Influences.Any(i => i.Has(BuyingRoles.Coach))) >= 150);
        Assert.IsTrue(influences.Any(i => i.Has(BuyingRoles.Technical)) && influences.Any(i => i.Has(BuyingRoles.User)));
        Assert.IsTrue(influences.Any(i => i.Mode == ResponseMode.Unknown));
        Assert.IsTrue(influences.Any(i => i.Rating is null));
        Assert.IsTrue(influences.Any(i => i.Uncertain != InfluenceFacts.None));
        Assert.IsTrue(influences.Any(i => i.WinResults.Count == 0));
        Assert.AreEqual(200, plans.Select(p => p.Account.Id).Distinct().Count());
    }

    [TestMethod]
    public void GeneratePortfolio_EnumeratedTwice_GivesTheSameAccounts()
    {
        var portfolio = AccountGenerator.GeneratePortfolio(5, new AccountGeneratorOptions { People = 30 });

        CollectionAssert.AreEqual(portfolio.Select(Describe).ToList(), portfolio.Select(Describe).ToList());
        Assert.AreEqual("account-0", portfolio.First().Account.Id);
    }

    [TestMethod]
    public void GeneratePortfolio_ReadByIndexOnManyThreads_GivesTheEnumeratedAccounts()
    {
        var portfolio = AccountGenerator.GeneratePortfolio(12, new AccountGeneratorOptions { People = 20, Seed = 3 });
        var enumerated = portfolio.Select(Describe).ToList();

        // A parallel loop reads a list by index from several threads; each account must be the one enumeration gives.
        var list = (IReadOnlyList<AccountPlan>)portfolio;
        var byIndex = new string[list.Count];
        System.Threading.Tasks.Parallel.For(0, list.Count, i => byIndex[i] = Describe(list[i]));

        CollectionAssert.AreEqual(enumerated, byIndex);
        Assert.AreEqual("account-11", list[11].Account.Id);
        Assert.ThrowsExactly<NotSupportedException>(() => ((IList<AccountPlan>)portfolio).Add(list[0]));
    }

    [TestMethod]
    public void Generate_NoPeople_IsRefused()
    {
        Assert.ThrowsExactly<ArgumentException>(() => AccountGenerator.Generate(new AccountGeneratorOptions { People = 0 }));
    }

    /// <summary>Every value of a plan as text, so two plans compare as a whole.</summary>
    private static string Describe(AccountPlan plan)
    {
        var text = new StringBuilder();
        void Line(params object?[] values) => text.AppendLine(string.Join("|", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));

        Line(plan.Account.Id, plan.Account.Name, plan.Account.Industry, plan.Account.Reorganizing, plan.Account.Notes);
        foreach (var s in plan.Sellers)
        {
            Line(s.Id, s.Name, s.Title, s.Level);
        }

        foreach (var p in plan.People)
        {
            Line(p.Id, p.Name, p.Title, p.Level, p.NewInRole, p.External);
        }

        foreach (var r in plan.Relationships)
        {
            Line(r.From, r.Kind, r.To, r.Strength.ToString("R", CultureInfo.InvariantCulture), r.LastInteraction);
        }

        foreach (var o in plan.Opportunities)
        {
            Line(o.Id, o.SingleSalesObjective, o.Quantity, o.CloseDate, o.Amount, o.Currency, o.Stage, string.Join(",", o.Competitors));
            foreach (var i in o.Influences)
            {
                Line(i.PersonId, i.Roles, i.Degree, i.Mode, i.Rating, i.Uncertain, i.Notes, string.Join(",", i.WinResults.Select(w => w.Result + "/" + w.Win)));
            }
        }

        foreach (var m in plan.Meetings)
        {
            Line(m.Id, m.Date, m.OpportunityId, string.Join(",", m.SellerIds), string.Join(",", m.PersonIds), m.BestAction, m.MinimumAction, m.Outcome, m.NextStep);
        }

        return text.ToString();
    }
}
