using System;
using System.Collections.Generic;
using System.Linq;
using BuyingCenter;
using BuyingCenter.Analysis;
using BuyingCenter.Synthetic;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Analysis;

/// <summary>
/// The order of the red flags (domain.md, section 3), checked pair by pair against the section's words read from the
/// public results: severity, opportunity-wide flags first, then the person's role, higher importance, code and person id.
/// Between people of one role and importance the code decides before the person, so the tests also make every flag
/// Medium, where most flags meet people of equal importance.
/// </summary>
[TestClass]
public sealed class FlagOrderTests
{
    [TestMethod]
    public void RedFlags_RandomPlans_InTheOrderOfSection3()
    {
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var plan = AnalysisPropertyTests.RandomPlan(seed);
                AssertInOrder(AccountReview.Create(plan, Plans.AsOf));
                AssertInOrder(AccountReview.Create(plan, Plans.AsOf, AllMedium()));
            },
            iter: 300);
    }

    [TestMethod]
    public void RedFlags_SyntheticAccounts_InTheOrderOfSection3()
    {
        var ties = 0;
        foreach (var plan in AccountGenerator.GeneratePortfolio(60, new AccountGeneratorOptions { People = 40, Seed = 7 }))
        {
            AssertInOrder(AccountReview.Create(plan, AccountGeneratorOptions.DefaultAsOf));
            ties += AssertInOrder(AccountReview.Create(plan, AccountGeneratorOptions.DefaultAsOf, AllMedium()));
        }

        // The accounts must put flags on different people of one role and importance next to each other, or the
        // order of code before person would go untested.
        Assert.IsTrue(ties > 0, "no two people of one role and importance met");
    }

    private static AnalysisOptions AllMedium()
    {
        var options = new AnalysisOptions();
        foreach (RedFlagCode code in Enum.GetValues(typeof(RedFlagCode)))
        {
            options.Severities[code] = Severity.Medium;
        }

        return options;
    }

    /// <returns>How many neighbouring flags were on different people of the same role and importance.</returns>
    private static int AssertInOrder(AccountReview account)
    {
        var ties = 0;
        foreach (var review in account.Opportunities)
        {
            var flags = review.RedFlags;
            for (var i = 1; i < flags.Count; i++)
            {
                var (a, b) = (flags[i - 1], flags[i]);
                var order = Compare(review, a, b, out var samePlace);
                Assert.IsTrue(order <= 0, $"'{a}' ({a.PersonId}) before '{b}' ({b.PersonId}) in {review.Opportunity.Id}");
                ties += samePlace && a.PersonId != b.PersonId ? 1 : 0;
            }
        }

        return ties;
    }

    private static int Compare(OpportunityReview review, RedFlag a, RedFlag b, out bool samePlace)
    {
        samePlace = false;
        var order = b.Severity.CompareTo(a.Severity);
        if (order != 0)
        {
            return order;
        }

        if ((a.PersonId is null) != (b.PersonId is null))
        {
            return a.PersonId is null ? -1 : 1;
        }

        var (influenceA, influenceB) = (Influence(review, a), Influence(review, b));
        order = RoleRank(influenceA).CompareTo(RoleRank(influenceB));
        if (order == 0)
        {
            order = (influenceB?.Importance ?? 0).CompareTo(influenceA?.Importance ?? 0);
        }

        if (order != 0)
        {
            return order;
        }

        samePlace = a.PersonId is not null;
        order = a.Code.CompareTo(b.Code);
        return order != 0 ? order : string.CompareOrdinal(a.PersonId, b.PersonId);
    }

    /// <summary>The influence a flag is on; none for the opportunity or a hidden influencer outside the influences.</summary>
    private static InfluenceAssessment? Influence(OpportunityReview review, RedFlag flag) =>
        flag.PersonId is null ? null : review.FindInfluence(flag.PersonId);

    private static int RoleRank(InfluenceAssessment? influence)
    {
        var roles = influence?.Influence.Roles ?? BuyingRoles.None;
        return roles.HasFlag(BuyingRoles.Economic) ? 0
            : roles.HasFlag(BuyingRoles.Coach) ? 1
            : roles.HasFlag(BuyingRoles.Technical) ? 2
            : roles.HasFlag(BuyingRoles.User) ? 3
            : 4;
    }
}
