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

    /// <summary>The longest label line, in characters, before a job title is wrapped onto the next line.</summary>
    /// <value>22 by default; at least 8 is used.</value>
    public int WrapTitleAt { get; init; } = 22;

    /// <summary>The line width of a coverage edge whose strength (after decay) is 0.</summary>
    /// <value>1 by default.</value>
    public double MinCoverageLineWidth { get; init; } = 1;

    /// <summary>The line width of a coverage edge whose strength (after decay) is 1 (trusted).</summary>
    /// <value>6 by default.</value>
    public double MaxCoverageLineWidth { get; init; } = 6;
}
