using System;
using System.Linq;
using System.Reflection;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static BuyingCenter.Tests.Planning.PlanningPlans;

namespace BuyingCenter.Tests.Planning;

[TestClass]
public sealed class ResultTypeTests
{
    [TestMethod]
    public void ReasonCode_EveryRedFlagCode_HasTheSameNameAndNumber()
    {
        // The planner turns a flag's code into a reason by its number: a new red flag needs its reason here.
        foreach (RedFlagCode code in Enum.GetValues(typeof(RedFlagCode)))
        {
            Assert.IsTrue(Enum.IsDefined(typeof(ReasonCode), (int)code), code + " has no reason code");
            Assert.AreEqual(code.ToString(), ((ReasonCode)(int)code).ToString());
        }
    }

    [TestMethod]
    public void ReasonCode_PlannerCodes_NeverCollideWithARedFlag()
    {
        var flags = Enum.GetNames(typeof(RedFlagCode));
        var own = Enum.GetValues(typeof(ReasonCode)).Cast<ReasonCode>().Where(r => !Enum.IsDefined(typeof(RedFlagCode), (int)r)).ToList();

        CollectionAssert.AreEquivalent(
            new[] { ReasonCode.IdentifyEconomicBuyer, ReasonCode.DevelopCoach, ReasonCode.Neutralise, ReasonCode.Central, ReasonCode.NoAdmissibleRoute, ReasonCode.Reengage },
            own);
        Assert.IsFalse(own.Any(r => flags.Contains(r.ToString())));
    }

    [TestMethod]
    public void Approach_RecommendationMeetingAndCampaign_NameTheSamePlanParties()
    {
        var plan = Northwind().Build();
        var review = Review(plan);

        var top = Planner.Recommend(review)[0];
        var meeting = Planner.PlanMeeting(review, top.Approach.Person.Id);
        var step = Planner.PlanCampaign(plan, OpportunityId, AsOf).Steps[0];

        Assert.AreSame(plan.FindPerson(top.Approach.Person.Id), top.Approach.Person);
        Assert.AreSame(top.Approach.Person, meeting.Approach.Person);
        Assert.AreSame(plan.FindPerson(step.Approach.Person.Id), step.Approach.Person, "a campaign step names the given plan's person, not the simulation's copy");
        Assert.IsTrue(step.Approach.Route!.Parties.All(p => ReferenceEquals(plan.FindParty(p.Id), p)), "and its route's parties");
        Assert.IsNotNull(top.Approach.Owner);
        Assert.AreSame(plan.FindSeller(top.Approach.Owner!.Id), top.Approach.Owner);
        Assert.AreSame(top.Approach.Owner, meeting.Approach.Owner);
        Assert.AreSame(plan.FindSeller(step.Approach.Owner!.Id), step.Approach.Owner);
        Assert.AreSame(top.Approach.Owner, top.Approach.Route!.Seller, "the owner starts the route");
        Assert.AreSame(top.Approach.Person, top.Approach.Route.To);
        Assert.AreEqual(top.Approach.Route.Strength, top.Approach.RouteStrength);
        Assert.AreSame(meeting.Opportunity, plan.FindOpportunity(OpportunityId));
        Assert.AreSame(plan.Account, meeting.Account);
    }

    [TestMethod]
    public void PriorityBreakdown_Explanation_WrittenFromItsOwnNumbers()
    {
        var breakdown = Planner.Recommend(Review(Northwind().Build()))[0].Breakdown;

        var text = breakdown.Explanation;

        Assert.AreSame(text, breakdown.Explanation, "written once, then kept");
        StringAssert.Contains(text, breakdown.Importance.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        StringAssert.EndsWith(text, "= " + breakdown.Score.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) + ".");
    }

    [TestMethod]
    public void ResultTypes_PublicSurface_SealedWithoutPublicConstructorsOrSetters()
    {
        // Results are made by the library; a hand-made one would carry no plan behind it.
        var types = new[]
        {
            typeof(Recommendation), typeof(PriorityBreakdown), typeof(Approach), typeof(MeetingPlan), typeof(MeetingGoal),
            typeof(MeetingQuestion), typeof(Campaign), typeof(CampaignStep), typeof(IntroductionPath), typeof(RouteHop),
            typeof(PersonCoverage), typeof(OpportunityReview), typeof(RedFlag), typeof(ScoreDeduction), typeof(PlanStrength), typeof(BuyingCenter.Portfolio.PortfolioRow),
            typeof(BuyingCenter.Changes.OpportunityChanges), typeof(BuyingCenter.Changes.DeductionChange), typeof(BuyingCenter.Changes.FlagChange),
            typeof(BuyingCenter.Changes.InfluenceChange), typeof(BuyingCenter.Changes.CoverageChange),
        };
        foreach (var type in types)
        {
            Assert.IsTrue(type.IsSealed && type.IsClass, type.Name);
            Assert.AreEqual(0, type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length, type.Name + " has a public constructor");
            Assert.IsFalse(type.GetProperties().Any(p => p.SetMethod?.IsPublic == true), type.Name + " has a public setter");
        }
    }
}
