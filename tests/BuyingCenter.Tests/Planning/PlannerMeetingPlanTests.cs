using System;
using System.Linq;
using BuyingCenter.Planning;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using static BuyingCenter.Tests.Planning.PlanningPlans;

namespace BuyingCenter.Tests.Planning;

[TestClass]
public sealed class PlannerMeetingPlanTests
{
    [TestMethod]
    public void PlanMeeting_ModeUnknown_AsksAttitudeQuestion()
    {
        var plan = OnePerson(Influence("lin", BuyingRoles.Technical, mode: ResponseMode.Unknown));

        var questions = Meeting(plan, "lin").Questions;

        Assert.IsTrue(questions.Any(q => q.Kind == QuestionKind.Attitude && q.Gap == "response mode unknown"));
    }

    [TestMethod]
    public void PlanMeeting_EverythingKnown_AsksOneStandingQuestionOfEachKind()
    {
        var plan = OnePerson(Influence("lin", BuyingRoles.Technical, mode: ResponseMode.Growth, rating: 3) with { Degree = InfluenceDegree.High });

        var questions = Meeting(plan, "lin").Questions;

        foreach (var kind in new[] { QuestionKind.Confirmation, QuestionKind.NewInformation, QuestionKind.Attitude, QuestionKind.Commitment, QuestionKind.BasicIssue })
        {
            Assert.AreEqual(1, questions.Count(q => q.Kind == kind), kind + ": " + string.Join(" | ", questions.Select(q => q.Gap)));
        }

        Assert.IsFalse(questions.Any(q => q.Gap.Contains("result", StringComparison.Ordinal) || q.Gap.Contains("win", StringComparison.Ordinal)));
        Assert.AreEqual(QuestionKind.Commitment, questions[questions.Count - 1].Kind);
    }

    [TestMethod]
    public void PlanMeeting_EconomicBuyerUnknown_AsksWhoSigns()
    {
        var plan = Base()
            .AddPerson("pat", "Pat Okafor", level: 4)
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.8, AsOf)
            .AddOpportunity(Opportunity(Influence("pat", BuyingRoles.Coach, rating: 4)))
            .Build();

        var meeting = Meeting(plan, "pat");

        var question = meeting.Questions.First();
        Assert.AreEqual(QuestionKind.NewInformation, question.Kind);
        StringAssert.Contains(question.Text, "How are decisions like this made, and who signs");
        Assert.AreEqual("Economic Buyer unknown", question.Gap);
        StringAssert.Contains(meeting.Goal.BestAction, "signs off");
    }

    [TestMethod]
    public void PlanMeeting_WinResultsUnknown_AsksForResultAndPersonalWin()
    {
        var plan = OnePerson(Influence("lin", BuyingRoles.Technical, winResults: false));

        var gaps = Meeting(plan, "lin").Questions.Where(q => q.Kind == QuestionKind.NewInformation).Select(q => q.Gap).ToList();

        CollectionAssert.Contains(gaps, "business result unknown");
        CollectionAssert.Contains(gaps, "personal win unknown");
    }

    [TestMethod]
    public void PlanMeeting_UncertainMode_AsksConfirmation()
    {
        var plan = OnePerson(Influence("lin", BuyingRoles.Technical, mode: ResponseMode.Trouble) with { Uncertain = InfluenceFacts.Mode });

        var question = Meeting(plan, "lin").Questions.Single(q => q.Kind == QuestionKind.Confirmation);

        Assert.AreEqual("mode uncertain", question.Gap);
        StringAssert.Contains(question.Text, "going wrong");
    }

    [TestMethod]
    public void PlanMeeting_Opposition_AsksBasicIssue()
    {
        var plan = OnePerson(Influence("lin", BuyingRoles.Technical, rating: -1));

        Assert.IsTrue(Meeting(plan, "lin").Questions.Any(q => q.Kind == QuestionKind.BasicIssue && q.Gap.StartsWith("opposes us", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void PlanMeeting_ManyGaps_OpenQuestionsComeFirst()
    {
        var plan = Northwind().Build();

        var kinds = Meeting(plan, "lin").Questions.Select(q => q.Kind).ToList();

        var lastOpen = kinds.FindLastIndex(k => k is QuestionKind.NewInformation or QuestionKind.Attitude or QuestionKind.BasicIssue);
        var firstClosed = kinds.FindIndex(k => k is QuestionKind.Confirmation or QuestionKind.Commitment);
        Assert.IsTrue(lastOpen >= 0 && firstClosed > lastOpen, string.Join(", ", kinds));
    }

    [TestMethod]
    public void PlanMeeting_Northwind_PreparationDrawsOnThePlan()
    {
        var plan = Northwind().Build();

        var lin = Meeting(plan, "lin").Preparation;
        var dana = Meeting(plan, "dana").Preparation;

        Assert.IsTrue(lin.Any(p => p.Contains("new in the role", StringComparison.Ordinal)));
        Assert.IsTrue(lin.Any(p => p.Contains("Sam Novak oppose each other", StringComparison.Ordinal)));
        Assert.IsTrue(lin.Any(p => p.Contains("no commitment", StringComparison.Ordinal)));
        Assert.IsTrue(lin.Any(p => p.Contains("Worried about another integration.", StringComparison.Ordinal)));
        Assert.IsTrue(dana.Any(p => p.Contains("Follow up after the merger closes", StringComparison.Ordinal)));
        Assert.IsTrue(dana.Any(p => p.Contains("may be out of date", StringComparison.Ordinal)), "last contact in June is stale in November");
        Assert.IsFalse(Meeting(plan, "pat").Preparation.Any(p => p.Contains("out of date", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void PlanMeeting_ReferenceCasesAndCompetitors_GivenWhereTheyFit()
    {
        var options = new PlanningOptions
        {
            ReferenceCases = new[]
            {
                new ReferenceCase { Summary = "Baltic Freight cut freight cost 11%", Keywords = new[] { "freight" } },
                new ReferenceCase { Summary = "Nordic Rail passed ISO audit", Keywords = new[] { "audit" } },
            },
        };
        var plan = Northwind().Build();

        var give = Planner.PlanMeeting(Review(plan), "dana", options).Give;

        Assert.AreEqual("Baltic Freight cut freight cost 11%", give[0]);
        Assert.IsFalse(give.Any(g => g.Contains("Nordic Rail", StringComparison.Ordinal)));
        Assert.IsTrue(give.Any(g => g.Contains("RouteMax", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void PlanMeeting_ValidBusinessReason_DrawsOnRoleFocusAndWinResults()
    {
        var plan = Northwind().Build();

        var reason = Meeting(plan, "dana").ValidBusinessReason;

        StringAssert.Contains(reason, "bottom line");
        StringAssert.Contains(reason, "Cut freight cost 8%");
    }

    [TestMethod]
    public void PlanMeeting_SellerId_ThrowsWithSentence()
    {
        var review = Review(Northwind().Build());

        var ex = Assert.ThrowsExactly<PlanArgumentException>(() => Planner.PlanMeeting(review, "ana"));
        StringAssert.Contains(ex.Message, "one of our sellers");
        Assert.ThrowsExactly<PlanArgumentException>(() => Planner.PlanMeeting(review, "nobody"));
    }

    [TestMethod]
    public void PlanMeeting_PersonNotInOpportunity_PlansToFindTheirPart()
    {
        var meeting = Meeting(Northwind().Build(), "omar");

        StringAssert.Contains(meeting.Goal.BestAction, "what part they play in the decision");
        Assert.IsTrue(meeting.Questions.Any(q => q.Gap == "role in the opportunity unknown"));
    }

    [TestMethod]
    public void PlanMeeting_QuestionTemplateWithPlaceholders_FilledWithThePersonsFacts()
    {
        var plan = OnePerson(Influence("lin", BuyingRoles.Technical, mode: ResponseMode.Growth, rating: 3));
        var options = new PlanningOptions { Questions = new QuestionTemplates { Commitment = "On {objective}, as a {roles} buyer who {rating} us, for {result}: {bestAction}? ({mode}, {degree})" } };

        var meeting = Planner.PlanMeeting(Review(plan), "lin", options);

        Assert.AreEqual(
            "On \u201CNorthwind buys 400 FleetView seats by 2027-03-31\u201D, as a Technical buyer who favoured us, for \u201CCut freight cost 8%\u201D: "
            + meeting.Goal.BestAction + "? (you want more or better than you have today, high)",
            meeting.Questions[meeting.Questions.Count - 1].Text);
    }

    [TestMethod]
    public void PlanMeeting_ObjectiveHoldingAPlaceholder_FilledInTheOrderOfThePlaceholders()
    {
        // The objective is filled before {result}, so a "{result}" written into the objective is filled too.
        var source = OnePerson(Influence("lin", BuyingRoles.Technical, mode: ResponseMode.Growth, rating: 3));
        var plan = source.ToBuilder()
            .ReplaceOpportunity(source.Opportunities[0] with { SingleSalesObjective = "Fleet {result} first" })
            .Build();
        var options = new PlanningOptions { Questions = new QuestionTemplates { Commitment = "Agree on {objective}?" } };

        var meeting = Planner.PlanMeeting(Review(plan), "lin", options);

        Assert.AreEqual("Agree on \u201CFleet \u201CCut freight cost 8%\u201D first\u201D?", meeting.Questions[meeting.Questions.Count - 1].Text);
    }

    private static AccountPlan OnePerson(BuyingInfluence influence) => Base()
        .AddPerson("dana", "Dana Lee", level: 5)
        .AddPerson("pat", "Pat Okafor", level: 4)
        .AddPerson("lin", "Lin Chen", level: 4)
        .AddRelationship("tom", RelationshipKind.Knows, "dana", 0.8, AsOf)
        .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.8, AsOf)
        .AddRelationship("ana", RelationshipKind.Knows, "lin", 0.8, AsOf)
        .AddOpportunity(Opportunity(
            Influence("dana", BuyingRoles.Economic, rating: 3),
            Influence("pat", BuyingRoles.Coach, rating: 4),
            influence) with { Competitors = new[] { "RouteMax" } })
        .AddMeeting(Met("lin", "ana", AsOf.AddDays(-3)))
        .Build();
}
