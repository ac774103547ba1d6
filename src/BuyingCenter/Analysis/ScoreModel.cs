using System.Collections.Generic;

namespace BuyingCenter.Analysis;

/// <summary>
/// The coverage score's model (domain.md, section 3): an opportunity pool and a people pool of points that red flags
/// take from, and the bands of the status.
/// </summary>
/// <remarks>
/// A plain options class: settable, so that it binds from configuration; validated with the <see cref="AnalysisOptions"/>
/// that hold it, before the first analysis uses it.
/// Not thread-safe while being changed; once set up, many threads may share it.
/// </remarks>
public sealed class ScoreModel
{
    /// <summary>
    /// The points of the opportunity pool: opportunity-level red flags take the points <see cref="OpportunityFlagPoints"/>
    /// gives them, at most this many in all.
    /// </summary>
    /// <value>40; from 0 to 100, and with <see cref="PeoplePoolPoints"/> at most 100.</value>
    public double OpportunityPoolPoints { get; set; } = 40;

    /// <summary>
    /// The points each opportunity-level red flag takes from the opportunity pool. A code listed here is scored from the
    /// opportunity pool (SingleThreaded too, although it names the Economic Buyer); every other code from the people pool.
    /// </summary>
    /// <value>
    /// EconomicBuyerUnknown 25, NoGap 20, NoCoach 15, Reorganization 10, SingleThreaded 10, RoleUnfilled 5 (each),
    /// ObjectiveVague 5, TooFewInfluences 5; each from 0 to <see cref="OpportunityPoolPoints"/>.
    /// </value>
    public IDictionary<RedFlagCode, double> OpportunityFlagPoints
    {
        get => fixedPoints.Values;
        set => fixedPoints.Values = value;
    }

    private readonly FlagValues<double> fixedPoints = new(new Dictionary<RedFlagCode, double>
    {
        [RedFlagCode.EconomicBuyerUnknown] = 25,
        [RedFlagCode.NoGap] = 20,
        [RedFlagCode.NoCoach] = 15,
        [RedFlagCode.Reorganization] = 10,
        [RedFlagCode.SingleThreaded] = 10,
        [RedFlagCode.RoleUnfilled] = 5,
        [RedFlagCode.ObjectiveVague] = 5,
        [RedFlagCode.TooFewInfluences] = 5,
    });

    /// <summary>
    /// The points of the people pool, shared among the influences in proportion to their importance
    /// (<see cref="AnalysisOptions.Importance"/>), each Economic Buyer counted <see cref="EconomicBuyerShareFactor"/> times.
    /// </summary>
    /// <value>60; from 0 to 100.</value>
    public double PeoplePoolPoints { get; set; } = 60;

    /// <summary>How many times an Economic Buyer's importance counts in sharing the people pool.</summary>
    /// <value>2; from 1 to 10.</value>
    public double EconomicBuyerShareFactor { get; set; } = 2;

    /// <summary>The part of a person's share of the people pool that a High red flag on them takes (their flags take at most the whole share).</summary>
    /// <value>1.0 (100%); from 0 to 1, and at least <see cref="MediumFlagShare"/>.</value>
    public double HighFlagShare { get; set; } = 1.0;

    /// <summary>The part of a person's share of the people pool that a Medium red flag on them takes.</summary>
    /// <value>0.35 (35%); from 0 to 1, and at least <see cref="LowFlagShare"/>.</value>
    public double MediumFlagShare { get; set; } = 0.35;

    /// <summary>The part of a person's share of the people pool that a Low red flag on them takes.</summary>
    /// <value>0.10 (10%); from 0 to 1.</value>
    public double LowFlagShare { get; set; } = 0.10;

    /// <summary>The lowest coverage score with the <see cref="CoverageStatus.Amber"/> status; below it the status is Red.</summary>
    /// <value>40; from 0 to <see cref="GreenFrom"/>.</value>
    public int AmberFrom { get; set; } = 40;

    /// <summary>The lowest coverage score with the <see cref="CoverageStatus.Green"/> status.</summary>
    /// <value>70; from <see cref="AmberFrom"/> to 100.</value>
    public int GreenFrom { get; set; } = 70;

    /// <summary>The part of a person's share a red flag of <paramref name="severity"/> takes.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns><see cref="HighFlagShare"/>, <see cref="MediumFlagShare"/> or <see cref="LowFlagShare"/>.</returns>
    public double ShareFor(Severity severity) => severity switch
    {
        Severity.High => HighFlagShare,
        Severity.Medium => MediumFlagShare,
        _ => LowFlagShare,
    };

    /// <summary>The fixed points of a flag of <paramref name="code"/> (<see cref="OpportunityFlagPoints"/>), or <see langword="null"/> when it takes from a person's share.</summary>
    internal double? FixedPointsOf(RedFlagCode code) => fixedPoints.Of(code);

    internal void Validate(OptionProblems problems, string path)
    {
        // Read again from the dictionary, which may have changed since it was last read.
        fixedPoints.Reread();
        problems.Range(path, "OpportunityPoolPoints", OpportunityPoolPoints, 0, 100);
        problems.Range(path, "PeoplePoolPoints", PeoplePoolPoints, 0, 100);
        if (OpportunityPoolPoints + PeoplePoolPoints > 100)
        {
            problems.Add(
                path,
                "OpportunityPoolPoints",
                string.Format(System.Globalization.CultureInfo.InvariantCulture, "and {0}.PeoplePoolPoints add up to {1}; together they must be at most 100, the whole score.", path, OpportunityPoolPoints + PeoplePoolPoints));
        }

        problems.Required(path, "OpportunityFlagPoints", OpportunityFlagPoints);
        if (OpportunityFlagPoints is not null)
        {
            foreach (var pair in OpportunityFlagPoints)
            {
                problems.Defined(path, "OpportunityFlagPoints", pair.Key);
                var most = double.IsNaN(OpportunityPoolPoints) ? 100 : OpportunityPoolPoints;
                if (!(pair.Value >= 0 && pair.Value <= most))
                {
                    problems.Range(path, "OpportunityFlagPoints." + pair.Key, pair.Value, 0, most);
                }
            }
        }

        problems.Range(path, "EconomicBuyerShareFactor", EconomicBuyerShareFactor, 1, 10);
        problems.Range(path, "HighFlagShare", HighFlagShare, 0, 1);
        problems.Range(path, "MediumFlagShare", MediumFlagShare, 0, 1);
        problems.Range(path, "LowFlagShare", LowFlagShare, 0, 1);
        if (LowFlagShare > MediumFlagShare || MediumFlagShare > HighFlagShare)
        {
            problems.Add(path, "MediumFlagShare", "is out of order: a Low flag's share must be at most a Medium flag's, and a Medium flag's at most a High flag's.");
        }

        problems.Range(path, "AmberFrom", AmberFrom, 0, 100);
        problems.Range(path, "GreenFrom", GreenFrom, 0, 100);
        if (AmberFrom > GreenFrom)
        {
            problems.Add(path, "AmberFrom", string.Format(System.Globalization.CultureInfo.InvariantCulture, "is {0}, above GreenFrom ({1}); Amber must start at or below Green.", AmberFrom, GreenFrom));
        }
    }
}
