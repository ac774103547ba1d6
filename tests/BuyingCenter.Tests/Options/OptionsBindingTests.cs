using System.IO;
using System.Linq;
using System.Text;
using BuyingCenter.Analysis;
using BuyingCenter.Changes;
using BuyingCenter.Maps;
using BuyingCenter.Planning;
using Microsoft.Extensions.Configuration;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Options;

/// <summary>
/// The options bind from JSON configuration as an application's appsettings.json would give them, through the binder's
/// source generator (on in this project): every options type, nested or bound on its own.
/// </summary>
[TestClass]
public sealed class OptionsBindingTests
{
    private const string Json = """
        {
          "BuyingCenter": {
            "Analysis": {
              "Graph": { "DecayHalfLifeDays": 120, "MaxIntroducers": 1 },
              "Thresholds": { "CoverageThreshold": 0.6, "StaleAfterDays": 60, "LargeAmount": 250000 },
              "Score": { "AmberFrom": 45, "OpportunityFlagPoints": { "NoCoach": 12 } },
              "Importance": { "Coach": 0.9, "CentralityBoost": 0.25 },
              "Severities": { "Stale": "High" }
            },
            "Planning": {
              "Priority": { "BaseUrgency": 0.1, "FlagUrgencyWeights": { "Stale": 0.45 } },
              "Thresholds": { "SeniorLevel": 4 },
              "Campaign": { "IntervalDays": 7 },
              "Goals": { "UserGoal": { "BestAction": "{person} runs a pilot", "MinimumAction": "{person} names the team", "Ask": "Would you run a pilot?" } },
              "Texts": { "EconomicGive": "Our payback study for {objective}" },
              "Questions": { "Stale": "What changed since {date}?" },
              "Strengths": [ "Support in {person}'s time zone" ],
              "ReferenceCases": [ { "Summary": "Baltic Freight cut freight cost 11%", "Keywords": [ "freight" ] } ]
            },
            "Map": { "IncludeSellers": false, "WrapTitleAt": 30, "MaxRowWidth": 900 },
            "Changes": { "TopRecommendations": 5 }
          }
        }
        """;

    private static readonly IConfiguration Configuration = new ConfigurationBuilder()
        .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(Json)))
        .Build();

    [TestMethod]
    public void Get_MapAndChangesOptions_BoundDefaultsKept()
    {
        var map = Configuration.GetSection("BuyingCenter:Map").Get<RelationshipMapOptions>()!;
        var changes = Configuration.GetSection("BuyingCenter:Changes").Get<PlanChangesOptions>()!;

        Assert.IsFalse(map.IncludeSellers);
        Assert.AreEqual(30, map.WrapTitleAt);
        Assert.AreEqual(900, map.MaxRowWidth);
        Assert.IsTrue(map.IncludeLegend, "an option not in the configuration keeps its default");
        Assert.AreEqual(5, changes.TopRecommendations);
        map.Validate();
        changes.Validate();
    }

    [TestMethod]
    public void Get_AnalysisOptions_EveryGroupBoundDefaultsKept()
    {
        var options = Configuration.GetSection("BuyingCenter:Analysis").Get<AnalysisOptions>()!;

        Assert.AreEqual(120, options.Graph.DecayHalfLifeDays);
        Assert.AreEqual(1, options.Graph.MaxIntroducers);
        Assert.AreEqual(0.5, options.Graph.ReportsToStrength, "an option not in the configuration keeps its default");
        Assert.AreEqual(0.6, options.Thresholds.CoverageThreshold);
        Assert.AreEqual(60, options.Thresholds.StaleAfterDays);
        Assert.AreEqual(250_000m, options.Thresholds.LargeAmount);
        Assert.AreEqual(45, options.Score.AmberFrom);
        Assert.AreEqual(12, options.Score.OpportunityFlagPoints[RedFlagCode.NoCoach]);
        Assert.AreEqual(25, options.Score.OpportunityFlagPoints[RedFlagCode.EconomicBuyerUnknown], "the other codes keep their points");
        Assert.AreEqual(0.9, options.Importance.Coach);
        Assert.AreEqual(0.25, options.Importance.CentralityBoost);
        Assert.AreEqual(Severity.High, options.Severities[RedFlagCode.Stale]);
        options.Validate();
    }

    [TestMethod]
    public void Get_PlanningOptions_EveryGroupBoundDefaultsKept()
    {
        var options = Configuration.GetSection("BuyingCenter:Planning").Get<PlanningOptions>()!;

        Assert.AreEqual(0.1, options.Priority.BaseUrgency);
        Assert.AreEqual(0.45, options.Priority.FlagUrgencyWeights[RedFlagCode.Stale]);
        Assert.AreEqual(0.5, options.Priority.FlagUrgencyWeights[RedFlagCode.Uncontacted]);
        Assert.AreEqual(4, options.Thresholds.SeniorLevel);
        Assert.AreEqual(7, options.Campaign.IntervalDays);
        Assert.AreEqual("{person} runs a pilot", options.Goals.UserGoal.BestAction);
        Assert.AreEqual("Would you run a pilot?", options.Goals.UserGoal.Ask);
        Assert.AreEqual(new PlanningOptions().Goals.TechnicalGoal.BestAction, options.Goals.TechnicalGoal.BestAction);
        Assert.AreEqual("Our payback study for {objective}", options.Texts.EconomicGive);
        Assert.AreEqual("What changed since {date}?", options.Questions.Stale);
        CollectionAssert.AreEqual(new[] { "Support in {person}'s time zone" }, options.Strengths.ToArray());
        Assert.AreEqual("Baltic Freight cut freight cost 11%", options.ReferenceCases[0].Summary);
        CollectionAssert.AreEqual(new[] { "freight" }, options.ReferenceCases[0].Keywords.ToArray());
        options.Validate();
    }

    [TestMethod]
    public void Get_EachGroupOnItsOwn_Bound()
    {
        var analysis = Configuration.GetSection("BuyingCenter:Analysis");
        var planning = Configuration.GetSection("BuyingCenter:Planning");

        Assert.AreEqual(120, analysis.GetSection("Graph").Get<GraphOptions>()!.DecayHalfLifeDays);
        Assert.AreEqual(60, analysis.GetSection("Thresholds").Get<ReviewThresholds>()!.StaleAfterDays);
        Assert.AreEqual(45, analysis.GetSection("Score").Get<ScoreModel>()!.AmberFrom);
        Assert.AreEqual(0.9, analysis.GetSection("Importance").Get<ImportanceWeights>()!.Coach);
        Assert.AreEqual(0.1, planning.GetSection("Priority").Get<PriorityWeights>()!.BaseUrgency);
        Assert.AreEqual(4, planning.GetSection("Thresholds").Get<PlanningThresholds>()!.SeniorLevel);
        Assert.AreEqual(7, planning.GetSection("Campaign").Get<CampaignOptions>()!.IntervalDays);
        Assert.AreEqual("{person} runs a pilot", planning.GetSection("Goals").Get<MeetingGoalTemplates>()!.UserGoal.BestAction);
        Assert.AreEqual("{person} names the team", planning.GetSection("Goals:UserGoal").Get<MeetingGoalTemplate>()!.MinimumAction);
        Assert.AreEqual("Our payback study for {objective}", planning.GetSection("Texts").Get<PlanningTexts>()!.EconomicGive);
        Assert.AreEqual("What changed since {date}?", planning.GetSection("Questions").Get<QuestionTemplates>()!.Stale);
        Assert.AreEqual("Baltic Freight cut freight cost 11%", planning.GetSection("ReferenceCases:0").Get<ReferenceCase>()!.Summary);
    }

    [TestMethod]
    public void Bind_BadValueFromConfiguration_RejectedWithItsPath()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes("""{ "Thresholds": { "CoverageThreshold": 7 }, "Score": { "GreenFrom": 30 } }""")))
            .Build();
        var options = new AnalysisOptions();
        configuration.Bind(options);

        var error = Assert.ThrowsExactly<InvalidOptionsException>(options.Validate);

        Assert.AreEqual(2, error.Problems.Count);
        StringAssert.Contains(error.Message, "Analysis.Thresholds.CoverageThreshold is 7");
        StringAssert.Contains(error.Message, "Analysis.Score.AmberFrom is 40, above GreenFrom (30)");
    }
}
