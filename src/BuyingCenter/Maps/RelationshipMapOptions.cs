namespace BuyingCenter.Maps;

/// <summary>What a <see cref="RelationshipMap"/> shows and how its lines are drawn.</summary>
/// <remarks>
/// The .NET options pattern, as <see cref="Analysis.AnalysisOptions"/>: settable members with defaults, bindable from
/// configuration, validated as a whole when a map is made (<see cref="Validate"/>). Do not change them while a map made
/// with them is in use.
/// </remarks>
public sealed class RelationshipMapOptions
{
    /// <summary>Whether our sellers and their coverage (seller–person Knows edges) are drawn, in a band of their own.</summary>
    /// <value><see langword="true"/> by default.</value>
    public bool IncludeSellers { get; set; } = true;

    /// <summary>Whether people with no role in the mapped opportunity are drawn (greyed); they often matter as introducers.</summary>
    /// <value><see langword="true"/> by default.</value>
    public bool IncludePeopleWithoutRole { get; set; } = true;

    /// <summary>Whether job titles appear in the node labels.</summary>
    /// <value><see langword="true"/> by default.</value>
    public bool IncludeTitles { get; set; } = true;

    /// <summary>Whether a legend explaining shapes, colours and lines is drawn.</summary>
    /// <value><see langword="true"/> by default.</value>
    public bool IncludeLegend { get; set; } = true;

    /// <summary>The longest job-title line, in characters, before the title wraps (a label line that is longer anyway, such as the roles, widens this).</summary>
    /// <value>22 by default; at least 8 is used.</value>
    public int WrapTitleAt { get; set; } = 22;

    /// <summary>The line width of a coverage edge whose strength (after decay) is 0.</summary>
    /// <value>1 by default.</value>
    public double MinCoverageLineWidth { get; set; } = 1;

    /// <summary>The line width of a coverage edge whose strength (after decay) is 1 (trusted).</summary>
    /// <value>6 by default.</value>
    public double MaxCoverageLineWidth { get; set; } = 6;

    /// <summary>
    /// The widest a row of people may be in the SVG, in pixels, before reports who have no reports of their own are
    /// stacked in a column under their manager (a compact org chart) to keep a large account readable.
    /// </summary>
    /// <value>1600 by default.</value>
    public double MaxRowWidth { get; set; } = 1600;

    /// <summary>Checks every option and reports every problem at once.</summary>
    /// <exception cref="InvalidOptionsException">A width is not a number, negative, or the thinnest line is wider than the thickest.</exception>
    public void Validate()
    {
        const string path = "Map";
        var problems = new OptionProblems();
        problems.AtLeast(path, "WrapTitleAt", WrapTitleAt, 1);
        problems.AtLeast(path, "MinCoverageLineWidth", MinCoverageLineWidth, 0);
        problems.AtLeast(path, "MaxCoverageLineWidth", MaxCoverageLineWidth, 0);
        if (MinCoverageLineWidth > MaxCoverageLineWidth)
        {
            problems.Add(path, "MinCoverageLineWidth", "is above MaxCoverageLineWidth: a weak relationship would be drawn thicker than a trusted one.");
        }

        problems.Above(path, "MaxRowWidth", MaxRowWidth, 0);
        problems.ThrowIfAny();
    }
}
