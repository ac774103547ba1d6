using System;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Analysis;

[TestClass]
public sealed class OpportunityReviewTests
{
    [TestMethod]
    public void Create_OneOpportunity_SameAsTheAccountReviewOfIt()
    {
        var plan = Plans.Northwind();
        foreach (var opportunity in plan.Opportunities)
        {
            var alone = OpportunityReview.Create(plan, Plans.AsOf, opportunity.Id);
            var inAccount = AccountReview.Create(plan, Plans.AsOf).FindOpportunity(opportunity.Id)!;

            Assert.AreSame(opportunity, alone.Opportunity);
            Assert.AreSame(plan, alone.Plan);
            Assert.AreEqual(Plans.AsOf, alone.AsOf);
            Assert.AreEqual(inAccount.CoverageScore, alone.CoverageScore);
            CollectionAssert.AreEqual(inAccount.RedFlags.Select(f => f.Message).ToList(), alone.RedFlags.Select(f => f.Message).ToList());
            CollectionAssert.AreEqual(
                Planner.Recommend(inAccount).Select(r => r.Approach.Person.Id).ToList(),
                Planner.Recommend(alone).Select(r => r.Approach.Person.Id).ToList());
        }
    }

    [TestMethod]
    public void Create_UnknownOpportunity_SentenceForUsersWithoutParameterName()
    {
        var error = Assert.ThrowsExactly<PlanArgumentException>(() => OpportunityReview.Create(Plans.Northwind(), Plans.AsOf, "no-such-deal"));

        Assert.AreEqual("The plan has no opportunity with the id 'no-such-deal'.", error.Message);
        Assert.AreEqual("opportunityId", error.ParamName);
    }

    [TestMethod]
    public void Analysis_EveryReview_IsTheOneItWasMadeFrom()
    {
        var analysis = AccountAnalysis.Create(Plans.Northwind(), Plans.AsOf);

        var account = AccountReview.Create(analysis);

        Assert.IsTrue(account.Opportunities.All(o => ReferenceEquals(o.Analysis, analysis)));
        Assert.AreSame(analysis, OpportunityReview.Create(analysis, account.Opportunities[0].Opportunity.Id).Analysis);
    }

    [TestMethod]
    public void OpportunityReview_PublicSurface_HasNoConstructorOrSetter()
    {
        // A review a user could build would have no analysis behind it, and the planner needs one.
        var type = typeof(OpportunityReview);

        Assert.AreEqual(0, type.GetConstructors().Length);
        Assert.IsTrue(type.GetProperties().All(p => p.SetMethod is null || !p.SetMethod.IsPublic));
    }
}
