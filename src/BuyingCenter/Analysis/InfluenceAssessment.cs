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

    /// <summary>Whether <see cref="Coverage"/> reaches <see cref="AnalysisOptions.CoverageThreshold"/>.</summary>
    public required bool IsCovered { get; init; }

    /// <summary>The strongest introduction path from any seller, or <see langword="null"/> when no chain of relationships leads to the person.</summary>
    public IntroductionPath? Reach { get; init; }

    /// <summary>The person's network centrality in [0, 1] over Influences and ReportsTo.</summary>
    public required double Centrality { get; init; }

    /// <summary>The last contact: the latest meeting held with the person, or the latest interaction of a seller's Knows relationship; <see langword="null"/> when never contacted.</summary>
    public DateTime? LastContact { get; init; }

    /// <summary>The red flags on this person in this opportunity, most severe first, then by code.</summary>
    public required IReadOnlyList<RedFlag> RedFlags { get; init; }
}
