using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BuyingCenter.Analysis;

namespace BuyingCenter.Cli.Rendering;

/// <summary>How plan facts read in text and Markdown: the same words in every renderer.</summary>
internal static class Describe
{
    public static string Roles(BuyingRoles roles) => roles == BuyingRoles.None ? "unknown" : roles.ToString();

    public static string Rating(int? rating) => rating is { } r ? r.ToString("+0;-0;0", CultureInfo.InvariantCulture) : "?";

    public static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Person(AccountPlan plan, string? id)
    {
        if (id is null)
        {
            return "-";
        }

        return plan.FindParty(id) is { } party ? $"{party.Name} ({id})" : id;
    }

    public static string Name(AccountPlan plan, string? id) =>
        id is null ? "-" : plan.FindParty(id)?.Name ?? id;

    /// <summary>The route as it reads, with its strength: "ana -> kim -> lee (0.42)", or a re-engagement with its last contact.</summary>
    public static string Path(IntroductionPath? path)
    {
        if (path is null)
        {
            return "no admissible route";
        }

        var text = string.Join(" -> ", path.Ids);
        if (path.IsReengagement)
        {
            text += path.DaysSinceLastInteraction is { } days
                ? ": re-engage, last contact " + days.ToString(CultureInfo.InvariantCulture) + (days == 1 ? " day ago" : " days ago")
                : ": re-engage";
        }

        return text + " (" + Number(path.Strength) + ")";
    }

    /// <summary>"Ana" or "Ana, with Tom": the owner and, for a senior person, the companion who joins.</summary>
    public static string Owner(AccountPlan plan, string? ownerId, string? companionId) =>
        companionId is null ? Name(plan, ownerId) : Name(plan, ownerId) + ", with " + Name(plan, companionId);

    public static string Coverage(PersonCoverage coverage) =>
        coverage.SellerId is null ? "none" : $"{Number(coverage.Strength)} ({coverage.SellerId})";

    public static string Date(DateTime? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "never";

    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "-" : string.Join(", ", list);
    }
}
