using System.Collections.Generic;

namespace BuyingCenter.Analysis;

/// <summary>
/// Every threshold and weight of the analyses and the review. The defaults are the numbers of the methodology;
/// a consultant can tune them without forking: <c>new AnalysisOptions { StaleAfterDays = 60 }</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AnalysisOptions
{
    /// <summary>The default options, shared.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>
    /// The half-life of a relationship's strength, in days: a relationship last used this long before the as-of date
    /// counts half its strength (strength x 0.5^(days since last interaction / half-life)). A relationship with no date,
    /// or a date after the as-of date, does not decay.
    /// </summary>
    /// <value>180 days.</value>
    public double DecayHalfLifeDays { get; init; } = 180;

    /// <summary>The coverage (strongest decayed Knows relationship with a seller) at and above which a person is covered.</summary>
    /// <value>0.5.</value>
    public double CoverageThreshold { get; init; } = 0.5;

    /// <summary>A person whose last contact is more than this many days before the as-of date is stale.</summary>
    /// <value>90 days.</value>
    public int StaleAfterDays { get; init; } = 90;

    /// <summary>The amount at and above which an opportunity needs at least <see cref="MinInfluencesForLargeAmount"/> influences.</summary>
    /// <value>100,000 (in the opportunity's currency).</value>
    public decimal LargeAmount { get; init; } = 100_000m;

    /// <summary>The fewest influences a large opportunity should have identified.</summary>
    /// <value>3.</value>
    public int MinInfluencesForLargeAmount { get; init; } = 3;

    /// <summary>The lowest rating of a proven Coach; a Coach rated lower, or unrated, is unproven.</summary>
    /// <value>+3.</value>
    public int CoachMinRating { get; init; } = 3;

    /// <summary>
    /// The strength a ReportsTo relationship counts for when the plan gives the plan's default strength (0.5, which is
    /// also what the file format gives a ReportsTo relationship without a strength). Other strengths are used as given.
    /// </summary>
    /// <value>0.5.</value>
    public double ReportsToStrength { get; init; } = 0.5;

    /// <summary>
    /// The most intermediaries a route may have (domain.md, section 2): a longer chain of introductions is no plan.
    /// A route has at most this many + 1 relationships.
    /// </summary>
    /// <value>2.</value>
    public int MaxIntroducers { get; init; } = 2;

    /// <summary>
    /// How many levels above themselves an intermediary may credibly introduce us; further up only along their own
    /// ReportsTo line or their Influences edge toward that person. People or sellers of unknown level are not held to it.
    /// </summary>
    /// <value>2 levels.</value>
    public int MaxIntroductionLevelsUp { get; init; } = 2;

    /// <summary>A rating at or below this is strong opposition (a High <see cref="RedFlagCode.Opposes"/> flag); a negative rating above it is Medium.</summary>
    /// <value>-3.</value>
    public int StrongOppositionRating { get; init; } = -3;

    /// <summary>How many levels below the Economic Buyer every seller who knows them must be for <see cref="RedFlagCode.SellerLevelMismatch"/>.</summary>
    /// <value>2 levels.</value>
    public int SellerLevelGap { get; init; } = 2;

    /// <summary>The lowest rating of a covered Economic Buyer that counts as the <see cref="StrengthCode.EconomicBuyerCovered"/> strength.</summary>
    /// <value>+3.</value>
    public int FavourableEconomicBuyerRating { get; init; } = 3;

    /// <summary>The number of coaches that counts as the <see cref="StrengthCode.SeveralCoaches"/> strength.</summary>
    /// <value>2.</value>
    public int SeveralCoaches { get; init; } = 2;

    /// <summary>The lowest rating of the Economic Buyer for an opportunity to be among the best few.</summary>
    /// <value>+2.</value>
    public int BestFewEconomicBuyerRating { get; init; } = 2;

    /// <summary>
    /// The points of the opportunity pool: opportunity-level red flags take the points <see cref="OpportunityFlagPoints"/>
    /// gives them, at most this many in all (domain.md, section 3).
    /// </summary>
    /// <value>40.</value>
    public double OpportunityPoolPoints { get; init; } = 40;

    /// <summary>
    /// The points each opportunity-level red flag takes from the opportunity pool. A code listed here is scored from the
    /// opportunity pool (SingleThreaded too, although it names the Economic Buyer); every other code from the people pool.
    /// </summary>
    /// <value>
    /// EconomicBuyerUnknown 25, NoGap 20, NoCoach 15, Reorganization 10, SingleThreaded 10, RoleUnfilled 5 (each),
    /// ObjectiveVague 5, TooFewInfluences 5.
    /// </value>
    public IReadOnlyDictionary<RedFlagCode, double> OpportunityFlagPoints { get; init; } = new Dictionary<RedFlagCode, double>
    {
        [RedFlagCode.EconomicBuyerUnknown] = 25,
        [RedFlagCode.NoGap] = 20,
        [RedFlagCode.NoCoach] = 15,
        [RedFlagCode.Reorganization] = 10,
        [RedFlagCode.SingleThreaded] = 10,
        [RedFlagCode.RoleUnfilled] = 5,
        [RedFlagCode.ObjectiveVague] = 5,
        [RedFlagCode.TooFewInfluences] = 5,
    };

    /// <summary>
    /// The points of the people pool, shared among the influences in proportion to their importance
    /// (<see cref="Importance"/>), each Economic Buyer counted <see cref="EconomicBuyerShareFactor"/> times.
    /// </summary>
    /// <value>60.</value>
    public double PeoplePoolPoints { get; init; } = 60;

    /// <summary>How many times an Economic Buyer's importance counts in sharing the people pool.</summary>
    /// <value>2.</value>
    public double EconomicBuyerShareFactor { get; init; } = 2;

    /// <summary>The part of a person's share of the people pool that a High red flag on them takes (their flags take at most the whole share).</summary>
    /// <value>1.0 (100%).</value>
    public double HighFlagShare { get; init; } = 1.0;

    /// <summary>The part of a person's share of the people pool that a Medium red flag on them takes.</summary>
    /// <value>0.35 (35%).</value>
    public double MediumFlagShare { get; init; } = 0.35;

    /// <summary>The part of a person's share of the people pool that a Low red flag on them takes.</summary>
    /// <value>0.10 (10%).</value>
    public double LowFlagShare { get; init; } = 0.10;

    /// <summary>
    /// How a person's importance is weighed: role weight x degree weight, raised toward 1 by network centrality
    /// (domain.md, section 4). It shares the people pool and orders red flags of equal severity and role.
    /// </summary>
    /// <value><see cref="ImportanceWeights.Default"/>.</value>
    public ImportanceWeights Importance { get; init; } = ImportanceWeights.Default;

    /// <summary>The lowest coverage score with the <see cref="CoverageStatus.Amber"/> status; below it the status is Red.</summary>
    /// <value>40.</value>
    public int AmberFrom { get; init; } = 40;

    /// <summary>The lowest coverage score with the <see cref="CoverageStatus.Green"/> status.</summary>
    /// <value>70.</value>
    public int GreenFrom { get; init; } = 70;

    /// <summary>
    /// The damping factor of the network centrality (a PageRank over Influences and ReportsTo): the share of a person's
    /// authority that comes from the people who listen to them rather than from being in the account at all.
    /// </summary>
    /// <value>0.85.</value>
    public double CentralityDamping { get; init; } = 0.85;

    /// <summary>The part of a person's share a red flag of <paramref name="severity"/> takes.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns><see cref="HighFlagShare"/>, <see cref="MediumFlagShare"/> or <see cref="LowFlagShare"/>.</returns>
    public double ShareFor(Severity severity) => severity switch
    {
        Severity.High => HighFlagShare,
        Severity.Medium => MediumFlagShare,
        _ => LowFlagShare,
    };
}
