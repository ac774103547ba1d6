namespace BuyingCenter.Maps;

/// <summary>What a <see cref="RelationshipMap"/> shows and how its lines are drawn.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RelationshipMapOptions
{
    /// <summary>The options every map uses when none are given.</summary>
    public static RelationshipMapOptions Default { get; } = new();

    /// <summary>Whether our sellers and their coverage (seller–person Knows edges) are drawn, in a band of their own.</summary>
    /// <value><see langword="true"/> by default.</value>
    public bool IncludeSellers { get; init; } = true;

    /// <summary>Whether people with no role in the mapped opportunity are drawn (greyed); they often matter as introducers.</summary>
    /// <value><see langword="true"/> by default.</value>
    public bool IncludePeopleWithoutRole { get; init; } = true;

    /// <summary>Whether job titles appear in the node labels.</summary>
    /// <value><see langword="true"/> by default.</value>
    public bool IncludeTitles { get; init; } = true;

    /// <summary>Whether a legend explaining shapes, colours and lines is drawn.</summary>
    /// <value><see langword="true"/> by default.</value>
    public bool IncludeLegend { get; init; } = true;

    /// <summary>The longest job-title line, in characters, before the title wraps (a label line that is longer anyway, such as the roles, widens this).</summary>
    /// <value>22 by default; at least 8 is used.</value>
    public int WrapTitleAt { get; init; } = 22;

    /// <summary>The line width of a coverage edge whose strength (after decay) is 0.</summary>
    /// <value>1 by default.</value>
    public double MinCoverageLineWidth { get; init; } = 1;

    /// <summary>The line width of a coverage edge whose strength (after decay) is 1 (trusted).</summary>
    /// <value>6 by default.</value>
    public double MaxCoverageLineWidth { get; init; } = 6;

    /// <summary>
    /// The widest a row of people may be in the SVG, in pixels, before reports who have no reports of their own are
    /// stacked in a column under their manager (a compact org chart) to keep a large account readable.
    /// </summary>
    /// <value>1600 by default.</value>
    public double MaxRowWidth { get; init; } = 1600;
}
