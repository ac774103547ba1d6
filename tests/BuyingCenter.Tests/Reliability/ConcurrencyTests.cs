using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using System.Xml.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;
using BuyingCenter.Synthetic;
using BuyingCenter.Tests.Analysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Reliability;

/// <summary>
/// A web service or a CRM plug-in shares plans and reviews between requests: the same inputs on many threads at
/// once must give exactly what one thread gives.
/// </summary>
[TestClass]
public sealed class ConcurrencyTests
{
    private const int Iterations = 128;

    private static readonly DateTime AsOf = AccountGeneratorOptions.DefaultAsOf;

    private static readonly ParallelOptions EightThreads = new() { MaxDegreeOfParallelism = 8 };

    [TestMethod]
    public void ReviewRecommendMeetingCampaign_ManyThreadsOnOnePlan_SameAsOneThread()
    {
        foreach (var plan in Plans())
        {
            var expected = Everything(plan, AccountReview.Create(plan, AsOf));

            // Half the threads share one review (its analysis is read concurrently), half make their own.
            var shared = AccountReview.Create(plan, AsOf);
            var results = new ConcurrentBag<string>();
            Parallel.For(0, Iterations, EightThreads, i => results.Add(Everything(plan, i % 2 == 0 ? shared : AccountReview.Create(plan, AsOf))));

            Assert.AreEqual(Iterations, results.Count);
            var different = results.Where(r => r != expected).ToList();
            Assert.AreEqual(0, different.Count, plan.Account.Id + ": some threads saw another result, first:\n" + different.FirstOrDefault() + "\nexpected:\n" + expected);
        }
    }

    [TestMethod]
    public void ParseAndToJson_ManyThreadsAtOnce_SameAsOneThread()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "northwind.json"));
        var broken = text.Replace("\"rating\": 1", "\"rating\": 9", StringComparison.Ordinal).Replace("\"kind\": \"Knows\"", "\"kind\": \"Likes\"", StringComparison.Ordinal);
        var generated = PlanCases.Twisted(AccountGenerator.Generate(new AccountGeneratorOptions { People = 60, Opportunities = 2, Seed = 11 }), 11);
        var expectedSample = PlanFile.ToJson(PlanFile.Parse(text).Plan!);
        var expectedProblems = string.Join("\n", PlanFile.Parse(broken).Problems);
        var expectedGenerated = PlanFile.ToJson(generated);
        Assert.IsFalse(string.IsNullOrEmpty(expectedProblems), "the broken sample has problems to report");

        var differences = new ConcurrentBag<string>();
        Parallel.For(0, Iterations, EightThreads, i =>
        {
            var got = (i % 3) switch
            {
                0 => (Expected: expectedSample, Actual: PlanFile.ToJson(PlanFile.Parse(text).Plan!)),
                1 => (Expected: expectedProblems, Actual: string.Join("\n", PlanFile.Parse(broken).Problems)),
                _ => (Expected: expectedGenerated, Actual: PlanFile.ToJson(PlanFile.Parse(PlanFile.ToJson(generated)).Plan!)),
            };
            if (got.Actual != got.Expected)
            {
                differences.Add(got.Actual);
            }
        });

        Assert.AreEqual(0, differences.Count, "first difference:\n" + differences.FirstOrDefault());
    }

    /// <summary>
    /// style.md: every public type says in its docs whether it is immutable and thread-safe. Enums are plain values
    /// and are left out.
    /// </summary>
    [TestMethod]
    public void PublicTypes_OfAnalysisPlanningAndSerialization_SayInTheirRemarksWhetherTheyAreThreadSafe()
    {
        var assembly = typeof(AccountPlan).Assembly;
        var docFile = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.IsTrue(File.Exists(docFile), "the XML documentation ships next to the assembly: " + docFile);
        var remarks = XDocument.Load(docFile).Descendants("member")
            .Where(m => ((string?)m.Attribute("name"))?.StartsWith("T:", StringComparison.Ordinal) == true)
            .ToDictionary(m => ((string)m.Attribute("name")!).Substring(2), m => m.Element("remarks")?.Value ?? string.Empty, StringComparer.Ordinal);
        var namespaces = new[] { "BuyingCenter.Analysis", "BuyingCenter.Planning", "BuyingCenter.Serialization" };
        var types = assembly.GetExportedTypes().Where(t => namespaces.Contains(t.Namespace) && !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t)).ToList();
        Assert.IsTrue(types.Count >= 20, "the namespaces hold the public API: " + types.Count.ToString(CultureInfo.InvariantCulture));

        var silent = types
            .Where(t => !remarks.TryGetValue(t.FullName!.Replace('+', '.'), out var text) || !SaysThreadSafety(text))
            .Select(t => t.FullName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

        Assert.AreEqual(0, silent.Count, "types whose <remarks> do not say whether they are thread-safe:\n" + string.Join("\n", silent));
    }

    private static bool SaysThreadSafety(string remarks) =>
        remarks.Contains("thread-safe", StringComparison.OrdinalIgnoreCase) ||
        remarks.Contains("thread safe", StringComparison.OrdinalIgnoreCase) ||
        remarks.Contains("many threads", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<AccountPlan> Plans()
    {
        yield return PlanFile.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "northwind.json")).Plan!;
        yield return PlanCases.Twisted(AccountGenerator.Generate(new AccountGeneratorOptions { People = 25, Opportunities = 2, Seed = 5 }), 5);
    }

    /// <summary>Everything a user sees of the review and the planner for every opportunity, as text.</summary>
    private static string Everything(AccountPlan plan, AccountReview review)
    {
        var text = new StringBuilder(DeterminismTests.Describe(review));
        foreach (var opportunity in review.Opportunities)
        {
            foreach (var r in Planner.Recommend(opportunity))
            {
                text.Append(CultureInfo.InvariantCulture, $"rec {r.Rank} {r.Approach.Person.Id} {r.Score:R} {r.Approach.Owner?.Id} {PathText(r.Approach.Route)} {string.Join(",", r.Reasons)} {r.Goal.BestAction} / {r.Goal.MinimumAction} / {r.Breakdown.Explanation}\n");
            }

            foreach (var influence in opportunity.Opportunity.Influences)
            {
                var m = Planner.PlanMeeting(opportunity, influence.PersonId);
                text.Append(CultureInfo.InvariantCulture, $"meeting {m.Approach.Person.Id} {m.Approach.Owner?.Id} {PathText(m.Approach.Route)} {m.ValidBusinessReason} {m.Goal.BestAction} {m.Goal.MinimumAction} {m.SteppingStone} {string.Join(" ", m.Questions.Select(q => q.Kind + ":" + q.Text))} {string.Join(" ", m.Give)} {string.Join(" ", m.Preparation)}\n");
            }

            var campaign = Planner.PlanCampaign(plan, opportunity.Opportunity.Id, review.AsOf);
            foreach (var step in campaign.Steps)
            {
                text.Append(CultureInfo.InvariantCulture, $"step {step.Step} {step.Approach.Person.Id} {step.Approach.Owner?.Id} {PathText(step.Approach.Route)} {step.Date:yyyy-MM-dd} {step.Goal.BestAction} {step.Goal.MinimumAction} {step.SteppingStone}\n");
            }

            text.AppendLine(string.Join(" ", campaign.Assumptions));
        }

        return text.ToString();
    }

    private static string PathText(IntroductionPath? path) => path is null ? "-" : string.Join(">", path.Ids) + "@" + path.Strength.ToString("R", CultureInfo.InvariantCulture);
}
