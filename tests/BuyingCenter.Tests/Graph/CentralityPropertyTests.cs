using System;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Graph;
using BuyingCenter.Synthetic;
using BuyingCenter.Tests.Analysis;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Graph;

/// <summary>
/// Centrality is solved circle by circle (<see cref="AccountGraph.ComputeCentrality"/>); the PageRank's power iteration
/// (<see cref="AccountGraph.IterateCentrality"/>), run to full convergence, is the oracle. A circle of at most
/// <see cref="AccountGraph.CentralityExactLimit"/> people is solved exactly, so the scores agree to rounding; a larger one
/// is swept to <see cref="AccountGraph.CentralityTolerance"/>, whose documented bound on any score is
/// tolerance x 2 x damping / (1 - damping).
/// </summary>
[TestClass]
public sealed class CentralityPropertyTests
{
    private static readonly double[] Dampings = { 0, 0.3, 0.85, 0.98 };

    [TestMethod]
    public void ComputeCentrality_RandomSmallGraphs_EqualsTheConvergedIterationToRounding()
    {
        // At most 64 parties, so every circle is solved exactly: cycles through Influences and ReportsTo, people who
        // listen to no one, sellers, the same link twice (both kinds one way: the strongest counts), strengths of 0.
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 60], Gen.Int[0, 5], Gen.Int[0, Dampings.Length - 1]).Sample(
            (seed, people, linksPerPerson, dampingAt) =>
            {
                var graph = RandomGraph(seed, people, linksPerPerson, Dampings[dampingAt]);
                AssertMatchesOracle(graph, 1e-9);
            },
            iter: 400);
    }

    [TestMethod]
    public void ComputeCentrality_RandomLargeCircles_WithinTheDocumentedToleranceOfTheConvergedIteration()
    {
        // 70 to 160 people densely linked: one circle beyond the exact limit, swept in place.
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[70, 160], Gen.Int[3, 6], Gen.Int[1, Dampings.Length - 1]).Sample(
            (seed, people, linksPerPerson, dampingAt) =>
            {
                var damping = Dampings[dampingAt];
                var graph = RandomGraph(seed, people, linksPerPerson, damping);
                AssertMatchesOracle(graph, Bound(damping));
            },
            iter: 40);
    }

    [TestMethod]
    [DataRow(40, 1L)]
    [DataRow(400, 50L)]
    [DataRow(5_000, 3L)]
    public void ComputeCentrality_GeneratedAccount_WithinTheDocumentedToleranceOfTheConvergedIteration(int people, long seed)
    {
        var plan = AccountGenerator.Generate(new AccountGeneratorOptions { People = people, Seed = seed });
        var graph = new AccountGraph(plan, AccountGeneratorOptions.DefaultAsOf, new AnalysisOptions());

        var worst = AssertMatchesOracle(graph, Bound(0.85));

        Console.WriteLine(people + " people: largest difference from the converged iteration " + worst);
    }

    [TestMethod]
    [DataRow(0.5)]
    [DataRow(0.85)]
    [DataRow(0.98)]
    public void ComputeCentrality_TwoPeopleListeningToEachOther_ExactScoreWorkedOutByHand(double damping)
    {
        // Ana reports to Ben and Ben listens to Ana (she influences him); Cy reports to Ana; Dee listens to no one.
        // a_Ana = d (2 + a_Ben), a_Ben = d (1 + a_Ana), so Ben's score a_Ben / a_Ana is (1 + 2d) / (2 + d) exactly,
        // where the iteration to its tolerance is only within about 1e-5.
        var plan = new AccountPlanBuilder()
            .WithAccount(new Account { Id = "a", Name = "Account" })
            .AddSeller("s", "Seller")
            .AddPerson("ana", "Ana")
            .AddPerson("ben", "Ben")
            .AddPerson("cy", "Cy")
            .AddPerson("dee", "Dee")
            .AddRelationship("ana", RelationshipKind.ReportsTo, "ben", 0.5)
            .AddRelationship("ana", RelationshipKind.Influences, "ben", 0.5)
            .AddRelationship("cy", RelationshipKind.ReportsTo, "ana", 0.5)
            .BuildUnvalidated();
        var graph = new AccountGraph(plan, Plans.AsOf, new AnalysisOptions { Graph = new GraphOptions { CentralityDamping = damping } });

        var scores = graph.ComputeCentrality();

        Assert.AreEqual(1, Score(graph, scores, "ana"));
        Assert.AreEqual((1 + (2 * damping)) / (2 + damping), Score(graph, scores, "ben"), 1e-14);
        Assert.AreEqual(0, Score(graph, scores, "cy"));
        Assert.AreEqual(0, Score(graph, scores, "dee"));
        Assert.AreEqual(0, Score(graph, scores, "s"));
    }

    [TestMethod]
    public void ComputeCentrality_PlanArraysReversed_SameScoresToTheBit()
    {
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 90], Gen.Int[0, 5]).Sample(
            (seed, people, linksPerPerson) =>
            {
                var plan = RandomPlan(seed, people, linksPerPerson);
                var reversed = new AccountPlanBuilder().WithAccount(plan.Account);
                foreach (var seller in plan.Sellers.Reverse())
                {
                    reversed.AddSeller(seller);
                }

                foreach (var person in plan.People.Reverse())
                {
                    reversed.AddPerson(person);
                }

                foreach (var relationship in plan.Relationships.Reverse())
                {
                    reversed.AddRelationship(relationship);
                }

                var options = new AnalysisOptions();

                var scores = new AccountGraph(plan, Plans.AsOf, options).ComputeCentrality();
                var again = new AccountGraph(reversed.BuildUnvalidated(), Plans.AsOf, options).ComputeCentrality();

                CollectionAssert.AreEqual(scores, again);
            },
            iter: 200);
    }

    [TestMethod]
    public void ComputeCentrality_ManyAccounts_SameBitsAsRecorded()
    {
        // Every score feeds importance, flags and rankings, so a faster solve must give the very same doubles: the bits of
        // every score over random plans (circles solved exactly and swept, several dampings) and generated accounts
        // (40 to 5,000 people), folded into one number recorded from the solve as it was before it was tuned (99e82bb).
        var hash = 14695981039346656037UL;
        var scores = 0;
        void Fold(AccountGraph graph)
        {
            foreach (var score in graph.ComputeCentrality())
            {
                hash = (hash ^ (ulong)BitConverter.DoubleToInt64Bits(score)) * 1099511628211UL;
                scores++;
            }
        }

        for (var seed = 0; seed < 400; seed++)
        {
            Fold(RandomGraph(seed, 1 + (seed % 90), seed % 6, Dampings[1 + (seed % 3)]));
        }

        for (var seed = 1; seed <= 200; seed++)
        {
            Fold(new AccountGraph(AccountGenerator.Generate(new AccountGeneratorOptions { People = 40, Seed = seed }), AccountGeneratorOptions.DefaultAsOf, new AnalysisOptions()));
        }

        foreach (var (people, seed) in new[] { (400, 50L), (5_000, 3L) })
        {
            Fold(new AccountGraph(AccountGenerator.Generate(new AccountGeneratorOptions { People = people, Seed = seed }), AccountGeneratorOptions.DefaultAsOf, new AnalysisOptions()));
        }

        Assert.AreEqual("32006 EF584729C424C3B1", scores + " " + hash.ToString("X16", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The documented bound of a score swept to the tolerance: tolerance x 2 x damping / (1 - damping).</summary>
    private static double Bound(double damping) => AccountGraph.CentralityTolerance * 2 * damping / (1 - damping);

    private static double AssertMatchesOracle(AccountGraph graph, double within)
    {
        var scores = graph.ComputeCentrality();
        var converged = graph.IterateCentrality(1e-15, 100_000, out _);

        Assert.AreEqual(converged.Length, scores.Length);
        var worst = 0.0;
        for (var v = 0; v < scores.Length; v++)
        {
            Assert.IsTrue(scores[v] >= 0 && scores[v] <= 1, graph.IdOf(v) + ": " + scores[v]);
            worst = Math.Max(worst, Math.Abs(scores[v] - converged[v]));
            Assert.AreEqual(converged[v], scores[v], within, graph.IdOf(v));
        }

        // The rescaling: the most listened-to person scores exactly 1 whenever anyone is listened to.
        Assert.AreEqual(converged.Max() > 0 ? 1 : 0, scores.Length == 0 ? 0 : scores.Max());
        return worst;
    }

    private static double Score(AccountGraph graph, double[] scores, string id) =>
        graph.TryGetVertex(id, out var vertex) ? scores[vertex] : throw new AssertFailedException("no vertex " + id);

    private static AccountGraph RandomGraph(int seed, int people, int linksPerPerson, double damping) =>
        new(RandomPlan(seed, people, linksPerPerson), Plans.AsOf, new AnalysisOptions { Graph = new GraphOptions { CentralityDamping = damping } });

    /// <summary>
    /// People and two sellers linked at random by Influences and ReportsTo (cycles, both kinds between the same two,
    /// a seller influencing someone), with strengths of 0 to 1 in quarters, some decayed by an old last interaction.
    /// Not a valid plan (ReportsTo may form a cycle): the graph takes any plan the reader hands it.
    /// </summary>
    private static AccountPlan RandomPlan(int seed, int people, int linksPerPerson)
    {
        var random = new Random(seed);
        var builder = new AccountPlanBuilder().WithAccount(new Account { Id = "a", Name = "Account" });
        builder.AddSeller("s0", "Seller 0").AddSeller("s1", "Seller 1");
        for (var p = 0; p < people; p++)
        {
            builder.AddPerson("p" + p.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), "Person " + p);
        }

        string Party(int index) => index < 2 ? "s" + index : "p" + (index - 2).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        for (var r = random.Next((linksPerPerson * people) + 1); r > 0; r--)
        {
            var kind = random.Next(3) == 0 ? RelationshipKind.ReportsTo : RelationshipKind.Influences;
            var from = kind == RelationshipKind.ReportsTo ? 2 + random.Next(people) : random.Next(people + 2);
            var to = 2 + random.Next(people);
            var strength = random.Next(5) * 0.25;
            builder.AddRelationship(Party(from), kind, Party(to), strength, random.Next(4) == 0 ? Plans.AsOf.AddDays(-random.Next(400)) : null);
        }

        return builder.BuildUnvalidated();
    }
}
