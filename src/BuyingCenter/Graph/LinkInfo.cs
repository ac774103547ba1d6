using System;

namespace BuyingCenter.Graph;

/// <summary>
/// What one travellable link between two parties is made of, packed in an int so that the graph keeps it beside the
/// strength: the kind of its strongest relationship (the hop's kind on a route), and the facts that make an
/// introduction across it credible whatever the levels (domain.md, section 2): a ReportsTo line between the two, and
/// which of them influences the other. Directions are relative to the link's source and target.
/// </summary>
internal static class LinkInfo
{
    private const int KindMask = 3;
    private const int ReportsToLine = 4;
    private const int SourceInfluencesTarget = 8;
    private const int TargetInfluencesSource = SourceInfluencesTarget << 1;

    /// <summary>The info of one relationship of <paramref name="kind"/> from source to target.</summary>
    public static int Of(RelationshipKind kind) => kind switch
    {
        RelationshipKind.Influences => 1 | SourceInfluencesTarget,
        RelationshipKind.ReportsTo => 2 | ReportsToLine,
        _ => 0,
    };

    /// <summary>The same facts seen from the other end (target and source swapped).</summary>
    /// <remarks>The two directions are neighbouring bits, swapped by shifts: no branch, for every travel link a graph deals.</remarks>
    public static int Reversed(int info) =>
        (info & ~(SourceInfluencesTarget | TargetInfluencesSource))
        | ((info & SourceInfluencesTarget) << 1)
        | ((info & TargetInfluencesSource) >> 1);

    /// <summary>
    /// Two relationships between the same two parties as one link: the kind is the stronger one's (on equal strengths
    /// the lower kind, Knows before Influences before ReportsTo, so that the order of the plan's arrays does not matter);
    /// the credibility facts of both are kept.
    /// </summary>
    public static int Merge(double strength, int info, double otherStrength, int otherInfo)
    {
        var kind = otherStrength > strength ? otherInfo & KindMask
            : strength > otherStrength ? info & KindMask
            : Math.Min(info & KindMask, otherInfo & KindMask);
        return ((info | otherInfo) & ~KindMask) | kind;
    }

    /// <summary>The kind of the link's strongest relationship.</summary>
    public static RelationshipKind Kind(int info) => (info & KindMask) switch
    {
        1 => RelationshipKind.Influences,
        2 => RelationshipKind.ReportsTo,
        _ => RelationshipKind.Knows,
    };

    /// <summary>
    /// Whether the source, as an intermediary, vouches for the target whatever their levels: it is their own ReportsTo
    /// line (either way) or the source's Influences edge toward the target.
    /// </summary>
    public static bool VouchesAcrossLevels(int info) => (info & (ReportsToLine | SourceInfluencesTarget)) != 0;
}
