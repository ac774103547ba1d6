namespace BuyingCenter.Analysis;

/// <summary>The thresholds at which the review's red flags, strengths and funnel position turn (domain.md, section 3).</summary>
/// <remarks>
/// A plain options class: settable, so that it binds from configuration; validated with the <see cref="AnalysisOptions"/>
/// that hold it, before the first analysis uses it.
/// Not thread-safe while being changed; once set up, many threads may share it.
/// </remarks>
public sealed class ReviewThresholds
{
    /// <summary>The coverage (strongest decayed Knows relationship with a seller) at and above which a person is covered.</summary>
    /// <value>0.5; from 0 to 1.</value>
    public double CoverageThreshold { get; set; } = 0.5;

    /// <summary>A person whose last contact is more than this many days before the as-of date is stale.</summary>
    /// <value>90 days; at least 0.</value>
    public int StaleAfterDays { get; set; } = 90;

    /// <summary>The amount at and above which an opportunity needs at least <see cref="MinInfluencesForLargeAmount"/> influences.</summary>
    /// <value>100,000 (in the opportunity's currency); at least 0.</value>
    public decimal LargeAmount { get; set; } = 100_000m;

    /// <summary>The fewest influences a large opportunity should have identified.</summary>
    /// <value>3; at least 0.</value>
    public int MinInfluencesForLargeAmount { get; set; } = 3;

    /// <summary>The lowest rating of a proven Coach; a Coach rated lower, or unrated, is unproven.</summary>
    /// <value>+3; from -5 to +5.</value>
    public int CoachMinRating { get; set; } = 3;

    /// <summary>A rating at or below this is strong opposition (a High <see cref="RedFlagCode.Opposes"/> flag); a negative rating above it is Medium.</summary>
    /// <value>-3; from -5 to -1.</value>
    public int StrongOppositionRating { get; set; } = -3;

    /// <summary>How many levels below the Economic Buyer every seller who knows them must be for <see cref="RedFlagCode.SellerLevelMismatch"/>.</summary>
    /// <value>2 levels; at least 1.</value>
    public int SellerLevelGap { get; set; } = 2;

    /// <summary>The lowest rating of a covered Economic Buyer that counts as the <see cref="StrengthCode.EconomicBuyerCovered"/> strength.</summary>
    /// <value>+3; from -5 to +5.</value>
    public int FavourableEconomicBuyerRating { get; set; } = 3;

    /// <summary>The number of proven coaches that counts as the <see cref="StrengthCode.SeveralCoaches"/> strength.</summary>
    /// <value>2; at least 2.</value>
    public int SeveralCoaches { get; set; } = 2;

    /// <summary>The lowest rating of the Economic Buyer for an opportunity to be among the best few.</summary>
    /// <value>+2; from -5 to +5.</value>
    public int BestFewEconomicBuyerRating { get; set; } = 2;

    internal void Validate(OptionProblems problems, string path)
    {
        problems.Range(path, "CoverageThreshold", CoverageThreshold, 0, 1);
        problems.AtLeast(path, "StaleAfterDays", StaleAfterDays, 0);
        problems.AtLeast(path, "LargeAmount", LargeAmount, 0m);
        problems.AtLeast(path, "MinInfluencesForLargeAmount", MinInfluencesForLargeAmount, 0);
        problems.Range(path, "CoachMinRating", CoachMinRating, -5, 5);
        problems.Range(path, "StrongOppositionRating", StrongOppositionRating, -5, -1);
        problems.AtLeast(path, "SellerLevelGap", SellerLevelGap, 1);
        problems.Range(path, "FavourableEconomicBuyerRating", FavourableEconomicBuyerRating, -5, 5);
        problems.AtLeast(path, "SeveralCoaches", SeveralCoaches, 2);
        problems.Range(path, "BestFewEconomicBuyerRating", BestFewEconomicBuyerRating, -5, 5);
    }
}
