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

    /// <summary>"Dana Lee (dana)", or "-" for no one.</summary>
    public static string Person(Party? party) => party is null ? "-" : $"{party.Name} ({party.Id})";

    /// <summary>"Dana Lee", or "-" for no one.</summary>
    public static string Name(Party? party) => party?.Name ?? "-";

    /// <summary>The route as it reads, with its strength: "ana -> kim -> lee (0.42)", or a re-engagement with its last contact.</summary>
    public static string Path(IntroductionPath? path)
    {
        if (path is null)
        {
            return "no admissible route";
        }

        var text = string.Join(" -> ", path.Parties.Select(p => p.Id));
        if (path.IsReengagement)
        {
            text += path.DaysSinceLastInteraction is { } days
                ? ": re-engage, last contact " + days.ToString(CultureInfo.InvariantCulture) + (days == 1 ? " day ago" : " days ago")
                : ": re-engage";
        }

        return text + " (" + Number(path.Strength) + ")";
    }

    /// <summary>"Ana" or "Ana, with Tom": the owner and, for a senior person, the companion who joins.</summary>
    public static string Owner(Planning.Approach approach) =>
        approach.Companion is null ? Name(approach.Owner) : Name(approach.Owner) + ", with " + Name(approach.Companion);

    /// <summary>A coverage beside its verdict (covered or not): never rounded across the threshold.</summary>
    public static string Coverage(PersonCoverage coverage, double threshold) =>
        coverage.Seller is null ? "none" : $"{Analysis.Figures.AgainstThreshold(coverage.Strength, threshold)} ({coverage.Seller.Id})";

    /// <summary>The coach tests a Coach passes, in domain words; "-" for someone who does not hold the Coach role.</summary>
    public static string CoachTests(Analysis.InfluenceAssessment influence)
    {
        if (!influence.Influence.Has(BuyingRoles.Coach))
        {
            return "-";
        }

        if (influence.IsProvenCoach)
        {
            return "proven";
        }

        var passed = new List<string>(3);
        if ((influence.CoachTests & Analysis.CoachTests.CredibleWithBuyer) != 0)
        {
            passed.Add("credible with the buyer");
        }

        if ((influence.CoachTests & Analysis.CoachTests.CredibleWithUs) != 0)
        {
            passed.Add("credible with us");
        }

        if ((influence.CoachTests & Analysis.CoachTests.WantsUsToWin) != 0)
        {
            passed.Add("wants us to win");
        }

        return "candidate" + (passed.Count == 0 ? ", no test passed" : ": " + string.Join(", ", passed));
    }

    /// <summary>Deduction points to one decimal ("12.5").</summary>
    public static string Points(decimal points) => points.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Date(DateTime? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "never";

    public static string List<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "-" : string.Join(", ", list);
    }
}
