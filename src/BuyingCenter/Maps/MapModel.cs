using System;
using System.Collections.Generic;
using System.Globalization;

namespace BuyingCenter.Maps;

/// <summary>What a map shows about one party, read from the plan and the review; the renderers only format it.</summary>
internal sealed class MapNode
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Title { get; init; }

    public bool IsSeller { get; init; }

    /// <summary>Whether the person is a buying influence of the mapped opportunity (greyed otherwise).</summary>
    public bool IsInfluence { get; init; }

    public BuyingRoles Roles { get; init; }

    public ResponseMode Mode { get; init; }

    public int? Rating { get; init; }

    public int? Level { get; init; }

    public int HighFlagCount { get; init; }

    /// <summary>The red-flag sentences, for tooltips.</summary>
    public IReadOnlyList<string> FlagMessages { get; init; } = Array.Empty<string>();

    public MapRole Role => IsSeller ? MapRole.Seller
        : !IsInfluence ? MapRole.NoRole
        : (Roles & BuyingRoles.Economic) != 0 ? MapRole.Economic
        : (Roles & BuyingRoles.Coach) != 0 ? MapRole.Coach
        : (Roles & BuyingRoles.Technical) != 0 ? MapRole.Technical
        : (Roles & BuyingRoles.User) != 0 ? MapRole.User
        : MapRole.RoleUnknown;

    /// <summary>"Economic · EvenKeel · +1": the influence line of the label, or "no role in this opportunity".</summary>
    public string? InfluenceLine
    {
        get
        {
            if (IsSeller)
            {
                return null;
            }

            if (!IsInfluence)
            {
                // Greyed and dashed already say it; a line of text per bystander would only widen the map.
                return null;
            }

            var roles = new List<string>(4);
            foreach (var role in new[] { BuyingRoles.Economic, BuyingRoles.Technical, BuyingRoles.User, BuyingRoles.Coach })
            {
                if ((Roles & role) != 0)
                {
                    roles.Add(role.ToString());
                }
            }

            var roleText = roles.Count == 0 ? "Role?" : string.Join("+", roles);
            var modeText = Mode == ResponseMode.Unknown ? "Mode?" : Mode.ToString();
            var ratingText = Rating is null ? "Rating?"
                : Rating.Value > 0 ? "+" + Rating.Value.ToString(CultureInfo.InvariantCulture)
                : Rating.Value.ToString(CultureInfo.InvariantCulture);
            return roleText + " \u00B7 " + modeText + " \u00B7 " + ratingText;
        }
    }
}

/// <summary>The visual family of a node: its shape and colour. The first role held in the order Economic, Coach, Technical, User wins.</summary>
internal enum MapRole
{
    Economic,
    Coach,
    Technical,
    User,
    RoleUnknown,
    NoRole,
    Seller,
}

/// <summary>One relationship as drawn.</summary>
internal sealed class MapEdge
{
    public required string From { get; init; }

    public required string To { get; init; }

    public required RelationshipKind Kind { get; init; }

    /// <summary>The strength after decay, as the review's analysis computed it.</summary>
    public double Strength { get; init; }

    /// <summary>Whether this is a seller's Knows edge: our coverage of a person.</summary>
    public bool IsCoverage { get; init; }
}

/// <summary>Everything a renderer needs, in a deterministic order: sellers in plan order, then people in plan order.</summary>
internal sealed class MapModel
{
    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    public required IReadOnlyList<MapNode> Nodes { get; init; }

    public required IReadOnlyList<MapEdge> Edges { get; init; }

    public MapNode? Find(string id)
    {
        foreach (var node in Nodes)
        {
            if (string.Equals(node.Id, id, StringComparison.Ordinal))
            {
                return node;
            }
        }

        return null;
    }
}
