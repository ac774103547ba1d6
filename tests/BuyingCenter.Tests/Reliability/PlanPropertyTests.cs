using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BuyingCenter.Tests.Reliability;

/// <summary>
/// Invariants over generated plans (<see cref="PlanCases"/>): what a user relies on whatever their plan holds.
/// A failure prints the recipe of the smallest failing plan CsCheck found and the plan as JSON.
/// </summary>
[TestClass]
public sealed class PlanPropertyTests
{
    private const int Iterations = 40;

    [TestMethod]
    public void ToJson_ThenParse_GivesTheSameCanonicalBytesUnknownPropertiesIncluded()
    {
        PlanCases.Gen.Sample(
            planCase =>
            {
                var plan = planCase.Build();
                var json = PlanFile.ToJson(plan);
                var read = PlanFile.Parse(json);

                Assert.IsTrue(read.Succeeded, "the writer's own output must read back:\n" + string.Join("\n", read.Problems));
                Assert.AreEqual(json, PlanFile.ToJson(read.Plan!));
                Assert.AreEqual(Extensions(plan), Extensions(read.Plan!), "every unknown property survives, in order");
            },
            iter: Iterations,
            print: PlanCases.Print);
    }

    [TestMethod]
    public void Format_OfAnyLayoutOfTheSamePlan_IsIdempotentAndCanonical()
    {
        // The same plan as a person might have typed it: other indentation, properties in another order, enum names
        // in other cases. Formatting it once gives the canonical text; formatting that again changes nothing.
        PlanCases.Gen.Select(CsCheck.Gen.Int).Sample(
            (planCase, layoutSeed) =>
            {
                var canonical = PlanFile.ToJson(planCase.Build());
                var retyped = Retyped(canonical, layoutSeed);

                var once = PlanFile.Parse(retyped);
                Assert.IsTrue(once.Succeeded, "a retyped plan is the same plan:\n" + string.Join("\n", once.Problems) + "\n" + retyped);
                var formatted = PlanFile.ToJson(once.Plan!);
                Assert.AreEqual(canonical, formatted, "layout, property order and enum case do not change the canonical text");
                Assert.AreEqual(formatted, PlanFile.ToJson(PlanFile.Parse(formatted).Plan!), "formatting twice changes nothing");
            },
            iter: Iterations,
            print: t => PlanCases.Print(t.Item1) + "\nlayout seed " + t.Item2.ToString(CultureInfo.InvariantCulture));
    }

    [TestMethod]
    public void ReviewAndPlanner_AnyValidPlan_NeverThrowAndStayInTheirDocumentedRanges()
    {
        PlanCases.Gen.Sample(
            planCase =>
            {
                var plan = planCase.Build();
                var review = AccountReview.Create(plan, planCase.AsOf);
                Assert.AreEqual(plan.Opportunities.Count, review.Opportunities.Count);
                foreach (var opportunity in review.Opportunities)
                {
                    CheckReview(plan, opportunity);
                    CheckRecommendations(plan, opportunity, Planner.Recommend(opportunity));
                    foreach (var influence in opportunity.Opportunity.Influences)
                    {
                        CheckMeeting(plan, influence.PersonId, Planner.PlanMeeting(opportunity, influence.PersonId));
                    }

                    var campaign = Planner.PlanCampaign(plan, opportunity.Opportunity.Id, planCase.AsOf, meetings: 3);
                    Assert.IsTrue(campaign.Steps.Count <= 3, "at most the meetings asked for");
                    for (var i = 0; i < campaign.Steps.Count; i++)
                    {
                        var step = campaign.Steps[i];
                        Assert.AreEqual(i + 1, step.Step);
                        Assert.IsNotNull(plan.FindPerson(step.Approach.Person.Id), "a campaign meets people, never sellers: " + step.Approach.Person.Id);
                        Assert.IsTrue(step.Date > planCase.AsOf, "campaign meetings lie ahead of the as-of day");
                        CheckPath(plan, step.Approach.Route, step.Approach.Person.Id);
                    }
                }
            },
            iter: Iterations,
            print: PlanCases.Print);
    }

    [TestMethod]
    public void ReviewAndRecommend_ArraysShuffled_SameFlagsAndRecommendations()
    {
        PlanCases.Gen.Select(CsCheck.Gen.Int).Sample(
            (planCase, shuffleSeed) =>
            {
                var plan = planCase.Build();
                var shuffled = PlanCases.Shuffled(plan, shuffleSeed);
                Assert.AreEqual(Projection(plan, planCase.AsOf), Projection(shuffled, planCase.AsOf));
            },
            iter: Iterations,
            print: t => PlanCases.Print(t.Item1) + "\nshuffle seed " + t.Item2.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>What a user compares between two runs: flags as (code, severity, person) and the ranked recommendations.</summary>
    internal static string Projection(AccountPlan plan, DateTime asOf)
    {
        var review = AccountReview.Create(plan, asOf);
        var lines = new List<string>();
        foreach (var o in review.Opportunities.OrderBy(o => o.Opportunity.Id, StringComparer.Ordinal))
        {
            lines.Add(o.Opportunity.Id + " score " + o.CoverageScore.ToString(CultureInfo.InvariantCulture) + " " + o.Status + " " + o.FunnelPosition);
            lines.AddRange(o.RedFlags.Select(f => "  flag " + f.Code + " " + f.Severity + " " + f.PersonId));
            lines.AddRange(Planner.Recommend(o).Select(r => string.Format(
                CultureInfo.InvariantCulture,
                "  #{0} {1} owner {2} path {3} score {4:F9}",
                r.Rank,
                r.Approach.Person.Id,
                r.Approach.Owner?.Id,
                r.Approach.Route is null ? "-" : string.Join(">", r.Approach.Route.Ids),
                Math.Round(r.Score, 9))));
        }

        return string.Join("\n", lines);
    }

    private static void CheckReview(AccountPlan plan, OpportunityReview review)
    {
        var id = review.Opportunity.Id;
        Assert.IsTrue(review.CoverageScore is >= 0 and <= 100, id + ": coverage score " + review.CoverageScore);
        var band = review.CoverageScore >= 70 ? CoverageStatus.Green : review.CoverageScore >= 40 ? CoverageStatus.Amber : CoverageStatus.Red;
        if (band == CoverageStatus.Green && review.FunnelPosition == SalesStage.AboveTheFunnel)
        {
            band = CoverageStatus.Amber;
        }

        Assert.AreEqual(band, review.Status, id + ": the status band follows the score, at most Amber above the funnel");
        Assert.IsTrue(review.ScoreDeductions.All(d => d.Points > 0), id + ": deductions only take points away");
        Assert.AreEqual(100 - review.CoverageScore, review.ScoreDeductions.Sum(d => d.Points), id + ": deductions sum exactly to 100 - score");
        Assert.AreEqual(review.Opportunity.Influences.Count, review.Influences.Count, id + ": one assessment per influence");
        foreach (var flag in review.RedFlags)
        {
            Assert.AreEqual(id, flag.OpportunityId);
            Assert.IsFalse(string.IsNullOrWhiteSpace(flag.Message), "every flag has a sentence");
            Assert.IsTrue(flag.PersonId is null || plan.FindPerson(flag.PersonId) is not null, "a flag names a person of the plan, never a seller: " + flag.PersonId);
        }

        foreach (var assessment in review.Influences)
        {
            Assert.IsTrue(InUnitRange(assessment.Coverage.Strength), "coverage strength " + assessment.Coverage.Strength);
            Assert.IsTrue(InUnitRange(assessment.Centrality), "centrality " + assessment.Centrality);
            Assert.IsTrue(assessment.Coverage.Seller is null || ReferenceEquals(plan.FindSeller(assessment.Coverage.Seller.Id), assessment.Coverage.Seller), "the covering seller is the plan's own");
            CheckPath(plan, assessment.Reach, assessment.Person.Id);
        }
    }

    private static void CheckRecommendations(AccountPlan plan, OpportunityReview review, IReadOnlyList<Recommendation> recommendations)
    {
        for (var i = 0; i < recommendations.Count; i++)
        {
            var r = recommendations[i];
            Assert.AreEqual(i + 1, r.Rank);
            Assert.IsNull(plan.FindSeller(r.Approach.Person.Id), "a seller is never recommended: " + r.Approach.Person.Id);
            var influence = review.Opportunity.FindInfluence(r.Approach.Person.Id);
            if (influence is null || influence.Roles == BuyingRoles.None)
            {
                // Principles 3 and 5: people with no role are recommended only as opponents to neutralise or hidden influencers.
                Assert.IsTrue(r.Reasons.Contains(ReasonCode.HiddenInfluencer) || r.Reasons.Contains(ReasonCode.Neutralise), "people with no role appear only as introducers: " + r.Approach.Person.Id);
            }

            Assert.IsTrue(r.Score >= 0 && r.Score < 1 && double.IsFinite(r.Score), "score in [0, 1): " + r.Score);
            var b = r.Breakdown;
            foreach (var part in new[] { b.Importance, b.Urgency, b.Feasibility, b.Reach, b.Centrality })
            {
                Assert.IsTrue(InUnitRange(part), r.Approach.Person.Id + ": every factor of the score is in [0, 1]: " + b.Explanation);
            }

            Assert.AreEqual(b.Importance * b.Urgency * b.Feasibility, r.Score, 1e-12, "score = importance x urgency x feasibility");
            Assert.IsTrue(InUnitRange(r.Approach.RouteStrength), "path strength " + r.Approach.RouteStrength);
            Assert.IsTrue(r.Approach.Owner is null || ReferenceEquals(plan.FindSeller(r.Approach.Owner.Id), r.Approach.Owner), "the owner is the plan's own seller: " + r.Approach.Owner?.Id);
            Assert.AreSame(plan.FindPerson(r.Approach.Person.Id), r.Approach.Person, "the person is the plan's own");
            CheckPath(plan, r.Approach.Route, r.Approach.Person.Id);
            Assert.IsTrue(r.Approach.Route is null || r.Approach.Route.Seller.Id == r.Approach.Owner?.Id, "the path starts with the owner");
            Assert.IsFalse(string.IsNullOrWhiteSpace(r.Goal.BestAction) || string.IsNullOrWhiteSpace(r.Goal.MinimumAction), "every recommendation has a goal");
        }

        // Principles 1, 2 and 3 (Neutralise) first, in that order, then priority by score.
        var principles = recommendations.Select(r => r.Breakdown.Principle switch
        {
            PlanningPrinciple.IdentifyEconomicBuyer => 1,
            PlanningPrinciple.DevelopCoach => 2,
            PlanningPrinciple.Neutralise => 3,
            _ => 4,
        }).ToList();
        CollectionAssert.AreEqual(principles.OrderBy(p => p).ToList(), principles, "principles rank in order");
        var byPriority = recommendations.Where(r => r.Breakdown.Principle == PlanningPrinciple.Priority).Select(r => r.Score).ToList();
        CollectionAssert.AreEqual(byPriority.OrderByDescending(s => s).ToList(), byPriority, "higher priority first");
    }

    private static void CheckMeeting(AccountPlan plan, string personId, MeetingPlan meeting)
    {
        Assert.AreEqual(personId, meeting.Approach.Person.Id);
        Assert.IsFalse(string.IsNullOrWhiteSpace(meeting.Goal.BestAction) || string.IsNullOrWhiteSpace(meeting.Goal.MinimumAction) || string.IsNullOrWhiteSpace(meeting.ValidBusinessReason));
        Assert.IsTrue(meeting.Approach.Owner is null || ReferenceEquals(plan.FindSeller(meeting.Approach.Owner.Id), meeting.Approach.Owner));
        CheckPath(plan, meeting.Approach.Route, personId);
    }

    /// <summary>
    /// A path starts with a seller, ends with the person, visits nobody twice and has a strength in [0, 1]. It may pass
    /// through another of our sellers (a colleague's introduction): the methodology does not forbid it.
    /// </summary>
    private static void CheckPath(AccountPlan plan, IntroductionPath? path, string personId)
    {
        if (path is null)
        {
            return;
        }

        Assert.IsTrue(path.Ids.Count >= 2, "a path has at least the seller and the person");
        Assert.IsNotNull(plan.FindSeller(path.Ids[0]), "a path starts with a seller: " + string.Join(">", path.Ids));
        Assert.AreEqual(path.Seller.Id, path.Ids[0]);
        Assert.AreEqual(personId, path.Ids[path.Ids.Count - 1]);
        Assert.IsTrue(path.Parties.All(party => ReferenceEquals(plan.FindParty(party.Id), party)), "a path carries the plan's own people and sellers: " + string.Join(">", path.Ids));
        Assert.IsTrue(path.Hops.Select((hop, i) => ReferenceEquals(hop.From, path.Parties[i]) && ReferenceEquals(hop.To, path.Parties[i + 1])).All(x => x), "each hop joins two neighbours of the path");
        Assert.IsNotNull(plan.FindPerson(personId), "a path leads to a person: " + personId);
        Assert.AreEqual(path.Ids.Count, path.Ids.Distinct(StringComparer.Ordinal).Count(), "a path visits nobody twice");
        Assert.IsTrue(InUnitRange(path.Strength), "path strength in [0, 1]: " + path.Strength);
    }

    private static bool InUnitRange(double value) => double.IsFinite(value) && value >= 0 && value <= 1;

    private static string Extensions(AccountPlan plan)
    {
        var all = plan.Extensions.Concat(plan.Account.Extensions)
            .Concat(plan.Sellers.SelectMany(s => s.Extensions))
            .Concat(plan.People.SelectMany(p => p.Extensions))
            .Concat(plan.Relationships.SelectMany(r => r.Extensions))
            .Concat(plan.Opportunities.SelectMany(o => o.Extensions.Concat(o.Influences.SelectMany(i => i.Extensions.Concat(i.WinResults.SelectMany(w => w.Extensions))))))
            .Concat(plan.Meetings.SelectMany(m => m.Extensions));
        return string.Join("\n", all.Select(e => e.Name + "=" + e.Json));
    }

    /// <summary>The same JSON with another layout: properties of every object in a random order, other indentation, enum names in other cases.</summary>
    private static string Retyped(string canonical, int seed)
    {
        var random = new Random(seed);
        using var reader = new JsonTextReader(new System.IO.StringReader(canonical)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        var token = JToken.ReadFrom(reader);
        Reorder(token, random);
        var formatting = random.Next(2) == 0 ? Formatting.None : Formatting.Indented;
        using var text = new System.IO.StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = formatting, Indentation = random.Next(0, 5), IndentChar = random.Next(3) == 0 ? '\t' : ' ' })
        {
            token.WriteTo(writer);
        }

        return (random.Next(2) == 0 ? "\uFEFF" : string.Empty) + text.ToString().Replace("\n", random.Next(2) == 0 ? "\r\n" : "\n", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> EnumProperties = new(StringComparer.Ordinal) { "kind", "degree", "mode", "stage", "outcome" };

    private static void Reorder(JToken token, Random random)
    {
        if (token is JObject obj)
        {
            var properties = obj.Properties().ToList();
            foreach (var property in properties)
            {
                // The value of an unknown property is its owner's data: it is kept exactly, so it is not touched.
                if (IsExtension(property.Name))
                {
                    continue;
                }

                Reorder(property.Value, random);
                if (EnumProperties.Contains(property.Name) && property.Value is JValue { Type: JTokenType.String } value && random.Next(2) == 0)
                {
                    property.Value = ((string)value!).ToUpperInvariant();
                }
                else if (property.Name == "roles" && property.Value is JArray roles && random.Next(2) == 0)
                {
                    property.Value = new JArray(roles.Select(r => (object)((string)r!).ToLowerInvariant()));
                }
            }

            // Known properties move anywhere before the unknown ones, which keep their order (the writer keeps it).
            obj.RemoveAll();
            foreach (var property in properties.OrderBy(p => IsExtension(p.Name) ? 1 : 0).ThenBy(p => IsExtension(p.Name) ? 0 : random.Next()))
            {
                obj.Add(property);
            }
        }
        else if (token is JArray array)
        {
            foreach (var item in array)
            {
                Reorder(item, random);
            }
        }
    }

    // Unknown properties keep their relative order (the writer writes them back in the order it read them).
    private static bool IsExtension(string name) => !KnownNames.Contains(name);

    private static readonly HashSet<string> KnownNames = new(StringComparer.Ordinal)
    {
        "schemaVersion", "account", "sellers", "people", "relationships", "opportunities", "meetings",
        "id", "name", "industry", "reorganizing", "notes", "title", "level", "newInRole", "external",
        "from", "to", "kind", "strength", "lastInteraction", "singleSalesObjective", "quantity", "closeDate", "amount",
        "currency", "stage", "competitors", "influences", "person", "roles", "degree", "mode", "rating", "winResults",
        "uncertain", "result", "win", "date", "opportunity", "bestAction", "minimumAction", "outcome", "nextStep",
    };
}
