using System.Collections.Generic;

namespace BuyingCenter.Analysis;

/// <summary>
/// Every threshold and weight of the analyses and the review, grouped by concern. The defaults are the numbers of the
/// methodology; a consultant can tune them without forking, in code
/// (<c>new AnalysisOptions { Thresholds = { StaleAfterDays = 60 } }</c>) or from configuration
/// (<c>configuration.GetSection("BuyingCenter:Analysis").Get&lt;AnalysisOptions&gt;()</c>).
/// </summary>
/// <remarks>
/// The .NET options pattern: settable members with defaults, no required member, so that <c>IConfiguration</c> binding
/// and its source generator fill them. The options are validated as a whole before an analysis first uses them
/// (<see cref="Validate()"/>): every problem is reported together in one <see cref="InvalidOptionsException"/>, each
/// named by its path (<c>Analysis.Thresholds.CoverageThreshold</c>). Do not change options while an analysis made with
/// them is in use.
/// Not thread-safe while being changed; once set up, many threads may share it.
/// </remarks>
public sealed class AnalysisOptions
{
    /// <summary>How the account graph is read: decay, ReportsTo strength, route length, centrality.</summary>
    public GraphOptions Graph { get; set; } = new();

    /// <summary>The thresholds at which red flags, strengths and the funnel position turn.</summary>
    public ReviewThresholds Thresholds { get; set; } = new();

    /// <summary>The coverage score's pools, shares and status bands.</summary>
    public ScoreModel Score { get; set; } = new();

    /// <summary>
    /// How a person's importance is weighed: role weight x degree weight, raised toward 1 by network centrality
    /// (domain.md, section 4). It shares the people pool, orders red flags of equal severity and role, and ranks the
    /// planner's recommendations: one set of weights for both.
    /// </summary>
    public ImportanceWeights Importance { get; set; } = new();

    /// <summary>
    /// The severity of a red flag code, replacing the methodology's default for every flag of that code (domain.md,
    /// section 3, gives the defaults; some depend on the person, such as High for the Economic Buyer and Medium for others).
    /// </summary>
    /// <value>Empty: every flag has its default severity.</value>
    public IDictionary<RedFlagCode, Severity> Severities
    {
        get => severities.Values;
        set => severities.Values = value;
    }

    private readonly FlagValues<Severity> severities = new(new Dictionary<RedFlagCode, Severity>());

    /// <summary>Checks every option and reports every problem at once.</summary>
    /// <exception cref="InvalidOptionsException">One or more options are out of range, not a number, out of order or missing.</exception>
    public void Validate()
    {
        var problems = new OptionProblems();
        Validate(problems);
        problems.ThrowIfAny();
    }

    /// <summary>The severity of a flag of <paramref name="code"/> whose rule gives <paramref name="byDefault"/>.</summary>
    internal Severity SeverityOf(RedFlagCode code, Severity byDefault) =>
        severities.Of(code) ?? byDefault;

    /// <summary>The path every problem starts with, as the options sit in configuration.</summary>
    private const string Root = "Analysis";

    internal void Validate(OptionProblems problems)
    {
        // Read again from the dictionary, which may have changed since it was last read.
        severities.Reread();
        const string path = Root;
        problems.Required(path, "Graph", Graph);
        Graph?.Validate(problems, Root + ".Graph");
        problems.Required(path, "Thresholds", Thresholds);
        Thresholds?.Validate(problems, Root + ".Thresholds");
        problems.Required(path, "Score", Score);
        Score?.Validate(problems, Root + ".Score");
        problems.Required(path, "Importance", Importance);
        Importance?.Validate(problems, Root + ".Importance");
        problems.Required(path, "Severities", Severities);
        if (Severities is not null)
        {
            foreach (var pair in Severities)
            {
                problems.Defined(path, "Severities", pair.Key);
                if (!DefinedValues<Severity>.Values.Contains(pair.Value))
                {
                    problems.Defined(path, "Severities." + pair.Key, pair.Value);
                }
            }
        }
    }
}
