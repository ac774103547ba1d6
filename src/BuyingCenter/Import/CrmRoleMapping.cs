using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Ardalis.GuardClauses;

namespace BuyingCenter.Import;

/// <summary>
/// Translates the contact-role names of a CRM (Salesforce, Dynamics 365, SuiteCRM, HubSpot...) into buying roles.
/// Names are matched without regard to case, surrounding spaces or repeated inner spaces. A blank role always
/// maps to <see cref="BuyingRoles.None"/>: an influence whose role is still to be found out.
/// <code>
/// var roles = CrmRoleMapping.Default
///     .With("Sponsor", BuyingRoles.Coach)
///     .With("Signer", BuyingRoles.Economic)
///     .With("Watcher", BuyingRoles.None);
/// </code>
/// </summary>
/// <remarks>Immutable and thread-safe: <see cref="With"/> and <see cref="Without"/> return new mappings.</remarks>
public sealed class CrmRoleMapping
{
    private readonly Dictionary<string, BuyingRoles> roles;

    /// <summary>Creates a mapping holding exactly <paramref name="entries"/> (no default names).</summary>
    /// <param name="entries">CRM role names and the buying roles each means; a later duplicate name replaces an earlier one.</param>
    public CrmRoleMapping(IEnumerable<KeyValuePair<string, BuyingRoles>> entries)
    {
        Guard.Against.Null(entries);
        roles = new Dictionary<string, BuyingRoles>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            roles[Key(Guard.Against.NullOrWhiteSpace(entry.Key, nameof(entries)))] = CheckRoles(entry.Value);
        }
    }

    private CrmRoleMapping(Dictionary<string, BuyingRoles> roles) => this.roles = roles;

    /// <summary>
    /// The default mapping of the methodology: Economic Buyer, Economic Decision Maker, Decision Maker, Budget Holder,
    /// Approver: Economic; Technical Buyer, Technical Decision Maker, Technical Evaluator, Evaluator, Procurement, Legal:
    /// Technical; Business User, End User, User, Business Evaluator: User; Champion, Coach, Executive Sponsor: Coach;
    /// Influencer, Stakeholder, Other: no role.
    /// </summary>
    public static CrmRoleMapping Default { get; } = new(new[]
    {
        Entry("Economic Buyer", BuyingRoles.Economic),
        Entry("Economic Decision Maker", BuyingRoles.Economic),
        Entry("Decision Maker", BuyingRoles.Economic),
        Entry("Budget Holder", BuyingRoles.Economic),
        Entry("Approver", BuyingRoles.Economic),
        Entry("Technical Buyer", BuyingRoles.Technical),
        Entry("Technical Decision Maker", BuyingRoles.Technical),
        Entry("Technical Evaluator", BuyingRoles.Technical),
        Entry("Evaluator", BuyingRoles.Technical),
        Entry("Procurement", BuyingRoles.Technical),
        Entry("Legal", BuyingRoles.Technical),
        Entry("Business User", BuyingRoles.User),
        Entry("End User", BuyingRoles.User),
        Entry("User", BuyingRoles.User),
        Entry("Business Evaluator", BuyingRoles.User),
        Entry("Champion", BuyingRoles.Coach),
        Entry("Coach", BuyingRoles.Coach),
        Entry("Executive Sponsor", BuyingRoles.Coach),
        Entry("Influencer", BuyingRoles.None),
        Entry("Stakeholder", BuyingRoles.None),
        Entry("Other", BuyingRoles.None),
    });

    /// <summary>A mapping that knows no names: every non-blank role is unknown. Start here to replace the default entirely.</summary>
    public static CrmRoleMapping Empty { get; } = new(Array.Empty<KeyValuePair<string, BuyingRoles>>());

    /// <summary>The CRM role names this mapping knows and what each means, ordered by name (ordinal, ignoring case).</summary>
    public IReadOnlyList<KeyValuePair<string, BuyingRoles>> Entries =>
        roles.OrderBy(e => e.Key, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Key, StringComparer.Ordinal).ToArray();

    /// <summary>Returns a copy of this mapping in which <paramref name="crmRoleName"/> means <paramref name="buyingRoles"/>.</summary>
    /// <param name="crmRoleName">The CRM's role name, not blank.</param>
    /// <param name="buyingRoles">The buying roles it means; <see cref="BuyingRoles.None"/> for "an influence with no role yet".</param>
    /// <returns>A new mapping; this one is not changed.</returns>
    public CrmRoleMapping With(string crmRoleName, BuyingRoles buyingRoles)
    {
        var key = Key(Guard.Against.NullOrWhiteSpace(crmRoleName));
        var copy = new Dictionary<string, BuyingRoles>(roles, StringComparer.OrdinalIgnoreCase);
        copy.Remove(key);
        copy.Add(key, CheckRoles(buyingRoles));
        return new CrmRoleMapping(copy);
    }

    /// <summary>Returns a copy of this mapping that no longer knows <paramref name="crmRoleName"/> (it will be reported as unknown).</summary>
    /// <param name="crmRoleName">The CRM's role name.</param>
    /// <returns>A new mapping; this one is not changed.</returns>
    public CrmRoleMapping Without(string crmRoleName)
    {
        var copy = new Dictionary<string, BuyingRoles>(roles, StringComparer.OrdinalIgnoreCase);
        copy.Remove(Key(Guard.Against.NullOrWhiteSpace(crmRoleName)));
        return new CrmRoleMapping(copy);
    }

    /// <summary>Translates one CRM role name.</summary>
    /// <param name="crmRoleName">The role name as the CRM wrote it; blank or <see langword="null"/> means no role.</param>
    /// <param name="buyingRoles">The buying roles, or <see cref="BuyingRoles.None"/> when the name means no role or is unknown.</param>
    /// <returns><see langword="true"/> when the name is blank or known; <see langword="false"/> when this mapping does not know it.</returns>
    public bool TryMap(string? crmRoleName, out BuyingRoles buyingRoles)
    {
        buyingRoles = BuyingRoles.None;
        return string.IsNullOrWhiteSpace(crmRoleName) || roles.TryGetValue(Key(crmRoleName!), out buyingRoles);
    }

    internal static string Key(string name)
    {
        // CRM exports are typed by people: "Economic  Buyer " must match "Economic Buyer".
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[text.Length - 1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static BuyingRoles CheckRoles(BuyingRoles value)
    {
        const BuyingRoles all = BuyingRoles.Economic | BuyingRoles.Technical | BuyingRoles.User | BuyingRoles.Coach;
        if ((value & ~all) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Buying roles are a combination of Economic, Technical, User and Coach.");
        }

        return value;
    }

    private static KeyValuePair<string, BuyingRoles> Entry(string name, BuyingRoles value) => new(name, value);
}
