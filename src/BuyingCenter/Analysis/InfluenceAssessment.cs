using System;
using System.Collections.Generic;

namespace BuyingCenter.Analysis;

/// <summary>What the review found about one buying influence in one opportunity: the graph facts and the red flags on the person.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class InfluenceAssessment
{
    /// <summary>The person.</summary>
    public required Person Person { get; init; }

    /// <summary>The person's part in the opportunity.</summary>
    public required BuyingInfluence Influence { get; init; }

    /// <summary>The strongest decayed Knows relationship between the person and a seller.</summary>
    public required PersonCoverage Coverage { get; init; }

    /// <summary>Whether <see cref="Coverage"/> reaches <see cref="ReviewThresholds.CoverageThreshold"/>.</summary>
    public required bool IsCovered { get; init; }

    /// <summary>The strongest introduction path from any seller, or <see langword="null"/> when no chain of relationships leads to the person.</summary>
    public IntroductionPath? Reach { get; init; }

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

    /// <summary>Whether this person holds the Coach role and passes all three coach tests: a proven Coach.</summary>
    public bool IsProvenCoach => Influence.Has(BuyingRoles.Coach) && CoachTests == CoachTests.All;
}
