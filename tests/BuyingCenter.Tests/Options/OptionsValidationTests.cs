using System;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Changes;
using BuyingCenter.Maps;
using BuyingCenter.Planning;
using BuyingCenter.Tests.Analysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Options;

[TestClass]
public sealed class OptionsValidationTests
{
    [TestMethod]
    public void Validate_Defaults_Accepted()
    {
        new AnalysisOptions().Validate();
        new PlanningOptions().Validate();
    }

    [TestMethod]
    public void Options_OfAReviewMadeWithDefaults_ChangedByTheCaller_LaterReviewsUnchanged()
    {
        // A review made without options hands out the options it used; changing them must not change the next review.
        var plan = Plans.Northwind();
        var first = AccountReview.Create(plan, Plans.AsOf);
        var score = first.Opportunities[0].CoverageScore;

        first.Options.Thresholds.CoverageThreshold = 0.99;
        first.Options.Score.OpportunityPoolPoints = 0;

        var second = AccountReview.Create(plan, Plans.AsOf);
        Assert.AreNotSame(first.Options, second.Options);
        Assert.AreEqual(0.5, second.Options.Thresholds.CoverageThreshold);
        Assert.AreEqual(score, second.Opportunities[0].CoverageScore);
    }

    [TestMethod]
    public void Validate_MapOptionsWithThreeBadValues_EveryProblemAtOnce()
    {
        var options = new RelationshipMapOptions { WrapTitleAt = 0, MinCoverageLineWidth = 8, MaxCoverageLineWidth = 2, MaxRowWidth = double.NaN };

        var error = Assert.ThrowsExactly<InvalidOptionsException>(options.Validate);

        Assert.AreEqual(3, error.Problems.Count, string.Join("\n", error.Problems));
        StringAssert.StartsWith(error.Problems[0], "Map.WrapTitleAt is 0");
        StringAssert.StartsWith(error.Problems[1], "Map.MinCoverageLineWidth is above MaxCoverageLineWidth");
        StringAssert.StartsWith(error.Problems[2], "Map.MaxRowWidth is NaN");
        Assert.ThrowsExactly<InvalidOptionsException>(() => RelationshipMap.Create(Plans.Northwind(), Plans.AsOf, options: options));
    }

    [TestMethod]
    public void Validate_ChangesOptionsWithBadTopAndBadAnalysis_BothReported()
    {
        var options = new PlanChangesOptions { TopRecommendations = -1, Analysis = new AnalysisOptions { Thresholds = { CoverageThreshold = 7 } } };

        var error = Assert.ThrowsExactly<InvalidOptionsException>(options.Validate);

        CollectionAssert.AreEqual(
            new[] { "Changes.TopRecommendations is -1; it must be at least 0.", "Analysis.Thresholds.CoverageThreshold is 7; it must be from 0 to 1." },
            error.Problems.ToArray());
    }

    [TestMethod]
    public void Validate_CoverageThresholdSeven_Rejected()
    {
        var options = new AnalysisOptions { Thresholds = { CoverageThreshold = 7 } };

        var problem = Single(options.Validate);

        Assert.AreEqual("Analysis.Thresholds.CoverageThreshold is 7; it must be from 0 to 1.", problem);
    }

    [TestMethod]
    public void Validate_StaleAfterMinusFiveDays_Rejected()
    {
        var options = new AnalysisOptions { Thresholds = { StaleAfterDays = -5 } };

        Assert.AreEqual("Analysis.Thresholds.StaleAfterDays is -5; it must be at least 0.", Single(options.Validate));
    }

    [TestMethod]
    public void Validate_NegativeHighSeverityPoints_Rejected()
    {
        // A High flag taking -35% of a person's share would give points back: a score above 100.
        var options = new AnalysisOptions { Score = { HighFlagShare = -0.35 } };

        var error = Assert.ThrowsExactly<InvalidOptionsException>(options.Validate);

        CollectionAssert.AreEqual(
            new[]
            {
                "Analysis.Score.HighFlagShare is -0.35; it must be from 0 to 1.",
                "Analysis.Score.MediumFlagShare is out of order: a Low flag's share must be at most a Medium flag's, and a Medium flag's at most a High flag's.",
            },
            error.Problems.ToArray());
    }

    [TestMethod]
    public void Validate_NegativeOpportunityFlagPoints_Rejected()
    {
        var options = new AnalysisOptions();
        options.Score.OpportunityFlagPoints[RedFlagCode.NoCoach] = -35;

        Assert.AreEqual("Analysis.Score.OpportunityFlagPoints.NoCoach is -35; it must be from 0 to 40.", Single(options.Validate));
    }

    [TestMethod]
    public void Validate_BaseUrgencyNaN_Rejected()
    {
        var options = new PlanningOptions { Priority = { BaseUrgency = double.NaN } };

        Assert.AreEqual("Planning.Priority.BaseUrgency is NaN; it must be a finite number from 0 to 10.", Single(options.Validate));
    }

    [TestMethod]
    public void Validate_TemplateWithUnknownPlaceholder_Rejected()
    {
        var options = new PlanningOptions();
        options.Goals.UserGoal.BestAction = "{persn} takes part in a demo";

        var problem = Single(options.Validate);

        StringAssert.StartsWith(problem, "Planning.Goals.UserGoal.BestAction has the unknown placeholder {persn}; it may use {person}, ");
    }

    [TestMethod]
    public void Validate_ReasonForAModeWithUnknownPlaceholder_RejectedWithItsMode()
    {
        var options = new PlanningOptions();
        options.Texts.UnknownResultReasons[ResponseMode.Growth] = "; {persn} wants more";
        options.Texts.UnknownResultReasons.Remove(ResponseMode.Trouble);

        var error = Assert.ThrowsExactly<InvalidOptionsException>(options.Validate);

        CollectionAssert.AreEqual(
            new[]
            {
                "Planning.Texts.UnknownResultReasons.Growth has the unknown placeholder {persn}; it may use {person}, {owner}, {economicBuyerOwner}, {economicBuyer}, {objective}, {result}, {win}, {nextOnRoute}.",
                "Planning.Texts.UnknownResultReasons.Trouble is empty; it must be a text.",
            },
            error.Problems.ToArray());
    }

    [TestMethod]
    public void Validate_QuestionWithMeetingPlaceholder_Rejected()
    {
        // {person} fills goals, not questions: in a question it would reach the customer as written.
        var options = new PlanningOptions { Questions = { Stale = "{person}, what changed since {date}?" } };

        StringAssert.StartsWith(Single(options.Validate), "Planning.Questions.Stale has the unknown placeholder {person}");
    }

    [TestMethod]
    public void Validate_EmptyAsk_Rejected()
    {
        var options = new PlanningOptions { Goals = { TechnicalGoal = new MeetingGoalTemplate { BestAction = "{person} agrees", MinimumAction = "{person} lists" } } };

        Assert.AreEqual("Planning.Goals.TechnicalGoal.Ask is empty; it must be a text.", Single(options.Validate));
    }

    [TestMethod]
    public void Validate_ThresholdsOutOfOrder_Rejected()
    {
        var options = new AnalysisOptions { Score = { AmberFrom = 80, GreenFrom = 70 } };

        Assert.AreEqual("Analysis.Score.AmberFrom is 80, above GreenFrom (70); Amber must start at or below Green.", Single(options.Validate));
    }

    [TestMethod]
    public void Validate_UndefinedSeverityOverride_Rejected()
    {
        var options = new AnalysisOptions { Severities = { [RedFlagCode.Stale] = (Severity)7 } };

        Assert.AreEqual("Analysis.Severities.Stale is 7, which is no Severity.", Single(options.Validate));
    }

    [TestMethod]
    public void Validate_MissingGroup_Rejected()
    {
        var options = new PlanningOptions { Texts = null! };

        Assert.AreEqual("Planning.Texts is missing.", Single(options.Validate));
    }

    [TestMethod]
    public void Validate_SeveralBadValues_AllReportedTogether()
    {
        var analysis = new AnalysisOptions
        {
            Graph = { DecayHalfLifeDays = double.PositiveInfinity },
            Thresholds = { CoverageThreshold = 7, StaleAfterDays = -5 },
            Score = { AmberFrom = 80, GreenFrom = 70 },
        };

        var error = Assert.ThrowsExactly<InvalidOptionsException>(analysis.Validate);

        CollectionAssert.AreEqual(
            new[]
            {
                "Analysis.Graph.DecayHalfLifeDays is infinity; it must be a finite number above 0.",
                "Analysis.Thresholds.CoverageThreshold is 7; it must be from 0 to 1.",
                "Analysis.Thresholds.StaleAfterDays is -5; it must be at least 0.",
                "Analysis.Score.AmberFrom is 80, above GreenFrom (70); Amber must start at or below Green.",
            },
            error.Problems.ToArray());
        StringAssert.StartsWith(error.Message, "The options are not valid (4 problems):");
        foreach (var problem in error.Problems)
        {
            StringAssert.Contains(error.Message, problem);
        }

        Assert.IsFalse(error.Message.Contains("Parameter", StringComparison.Ordinal), "no '(Parameter ...)' for a user to read");
    }

    [TestMethod]
    public void Create_InvalidAnalysisOptions_RejectedBeforeAnyAnalysis()
    {
        var plan = Plans.Healthy().Build();

        var error = Assert.ThrowsExactly<InvalidOptionsException>(
            () => AccountReview.Create(plan, Plans.AsOf, new AnalysisOptions { Thresholds = { CoverageThreshold = 7 } }));

        StringAssert.Contains(error.Message, "Analysis.Thresholds.CoverageThreshold");
    }

    [TestMethod]
    public void Recommend_InvalidPlanningOptions_RejectedBeforeAnyRecommendation()
    {
        var review = Plans.Healthy().Review();
        var options = new PlanningOptions { Priority = { BaseUrgency = double.NaN }, Campaign = { IntervalDays = 0 } };

        var error = Assert.ThrowsExactly<InvalidOptionsException>(() => Planner.Recommend(review, options));

        Assert.AreEqual(2, error.Problems.Count);
    }

    private static string Single(Action validate)
    {
        var error = Assert.ThrowsExactly<InvalidOptionsException>(validate);
        Assert.AreEqual(1, error.Problems.Count, string.Join(Environment.NewLine, error.Problems));
        StringAssert.Contains(error.Message, error.Problems[0]);
        return error.Problems[0];
    }
}
