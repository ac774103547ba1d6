namespace BuyingCenter.Analysis;

/// <summary>The band of an opportunity's coverage score (bounds in <see cref="AnalysisOptions"/>).</summary>
public enum CoverageStatus
{
    /// <summary>Below <see cref="ScoreModel.AmberFrom"/> (40): the plan has serious gaps.</summary>
    Red = 0,

    /// <summary>From <see cref="ScoreModel.AmberFrom"/> (40) up to below <see cref="ScoreModel.GreenFrom"/> (70).</summary>
    Amber = 1,

    /// <summary><see cref="ScoreModel.GreenFrom"/> (70) and above: the plan is in good shape.</summary>
    Green = 2,
}
