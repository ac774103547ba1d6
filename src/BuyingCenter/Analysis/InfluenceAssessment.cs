using System;
using System.Collections.Generic;

namespace BuyingCenter.Analysis;

/// <summary>What the review found about one buying influence in one opportunity: the graph facts and the red flags on the person.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class InfluenceAssessment
{
    /// <summary>What <see cref="Reach"/> holds once found to be no route.</summary>
    private static readonly object NoRoute = new();

    private object? reach;

    /// <summary>The person.</summary>
    public required Person Person { get; init; }

    /// <summary>The person's part in the opportunity.</summary>
    public required BuyingInfluence Influence { get; init; }

    /// <summary>The strongest decayed Knows relationship between the person and a seller.</summary>
    public required PersonCoverage Coverage { get; init; }

    /// <summary>Whether <see cref="Coverage"/> reaches <see cref="ReviewThresholds.CoverageThreshold"/>.</summary>
    public required bool IsCovered { get; init; }

    /// <summary>The strongest introduction path from any seller, or <see langword="null"/> when no chain of relationships leads to the person.</summary>
    /// <remarks>
    /// In a review, written out when first read (reading it again, or from several threads, gives the same path): a
    /// review ranks everyone by the strength of their route and shows few of the routes themselves.
    /// </remarks>
    public IntroductionPath? Reach
    {
        get
        {
            // Set at construction, or found in the review's analysis on first read; none is kept as NoRoute.
            return ReachAnalysis is null
                ? reach as IntroductionPath
                : WrittenOnce.Get(ref reach, this, static a => (object?)a.ReachAnalysis!.GetRoute(a.Person.Id, a.ReachOpportunity) ?? NoRoute) as IntroductionPath;
        }

        init => reach = (object?)value ?? NoRoute;
    }

    /// <summary>The person's network centrality in [0, 1] over Influences and ReportsTo.</summary>
    public required double Centrality { get; init; }

    /// <summary>The last contact: the latest meeting held with the person, or the latest interaction of a seller's Knows relationship; <see langword="null"/> when never contacted.</summary>
    public DateTime? LastContact { get; init; }

    /// <summary>The red flags on this person in this opportunity, most severe first, then by code.</summary>
    public required IReadOnlyList<RedFlag> RedFlags { get; init; }

    /// <summary>
    /// How much this person's view weighs (<see cref="AnalysisOptions.Importance"/>): it shares the people pool of the
    /// coverage score and orders red flags of equal severity and role.
    /// </summary>
    public required double Importance { get; init; }

    /// <summary>The points of the people pool this person's flags can take at most (their share of <see cref="ScoreModel.PeoplePoolPoints"/>).</summary>
    public required double ScoreShare { get; init; }

    /// <summary>The coach tests this person passes (computed for everyone; it matters for those who hold the Coach role).</summary>
    public required CoachTests CoachTests { get; init; }

    /// <summary>The analysis <see cref="Reach"/> is written from when first read, when the review made the assessment.</summary>
    internal AccountAnalysis? ReachAnalysis { get; init; }

    /// <summary>The opportunity whose route rules <see cref="Reach"/> keeps.</summary>
    internal string? ReachOpportunity { get; init; }

    /// <summary>The strength of <see cref="Reach"/> (0 with none), known without writing the path out.</summary>
    internal double ReachStrength { get; init; }

    /// <summary>Whether this person holds the Coach role and passes all three coach tests: a proven Coach.</summary>
    public bool IsProvenCoach => IsProven(Influence, CoachTests);

    /// <summary>The one test of a proven Coach, for an assessment and for the review's facts alike.</summary>
    internal static bool IsProven(BuyingInfluence influence, CoachTests tests) => influence.Has(BuyingRoles.Coach) && tests == CoachTests.All;
}
