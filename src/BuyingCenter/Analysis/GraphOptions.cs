namespace BuyingCenter.Analysis;

/// <summary>
/// How the account graph is read: how relationships age, what a ReportsTo line counts for, how long a route may be
/// and how network centrality is computed (domain.md, section 2).
/// </summary>
/// <remarks>
/// A plain options class: settable, so that it binds from configuration (<c>IConfiguration</c>); validated with the
/// <see cref="AnalysisOptions"/> that hold it, before the first analysis uses it. Do not change it while an analysis
/// made with it is in use.
/// Not thread-safe while being changed; once set up, many threads may share it.
/// </remarks>
public sealed class GraphOptions
{
    /// <summary>
    /// The half-life of a relationship's strength, in days: a relationship last used this long before the as-of date
    /// counts half its strength (strength x 0.5^(days since last interaction / half-life)). A relationship with no date,
    /// or a date after the as-of date, does not decay.
    /// </summary>
    /// <value>180 days; above 0.</value>
    public double DecayHalfLifeDays { get; set; } = 180;

    /// <summary>
    /// The strength a ReportsTo relationship counts for when the plan gives the plan's default strength (0.5, which is
    /// also what the file format gives a ReportsTo relationship without a strength). Other strengths are used as given.
    /// </summary>
    /// <value>0.5; from 0 to 1.</value>
    public double ReportsToStrength { get; set; } = 0.5;

    /// <summary>
    /// The most intermediaries a route may have (domain.md, section 2): a longer chain of introductions is no plan.
    /// A route has at most this many + 1 relationships.
    /// </summary>
    /// <value>2; from 0 to 10.</value>
    public int MaxIntroducers { get; set; } = 2;

    /// <summary>
    /// How many levels above themselves an intermediary may credibly introduce us; further up only along their own
    /// ReportsTo line or their Influences edge toward that person. People or sellers of unknown level are not held to it.
    /// </summary>
    /// <value>2 levels; at least 0.</value>
    public int MaxIntroductionLevelsUp { get; set; } = 2;

    /// <summary>
    /// The damping factor of the network centrality (a PageRank over Influences and ReportsTo): the share of a person's
    /// authority that comes from the people who listen to them rather than from being in the account at all.
    /// </summary>
    /// <value>0.85; at least 0 and below 1.</value>
    public double CentralityDamping { get; set; } = 0.85;

    internal void Validate(OptionProblems problems, string path)
    {
        problems.Above(path, "DecayHalfLifeDays", DecayHalfLifeDays, 0);
        problems.Range(path, "ReportsToStrength", ReportsToStrength, 0, 1);
        problems.Range(path, "MaxIntroducers", MaxIntroducers, 0, 10);
        problems.AtLeast(path, "MaxIntroductionLevelsUp", MaxIntroductionLevelsUp, 0);
        if (!(CentralityDamping >= 0 && CentralityDamping < 1))
        {
            problems.Add(path, "CentralityDamping", "is " + CentralityDamping.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "; it must be at least 0 and below 1.");
        }
    }
}
