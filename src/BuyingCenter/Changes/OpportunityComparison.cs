using System;
using System.Collections.Generic;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;

namespace BuyingCenter.Changes;

/// <summary>Compares one opportunity's two reviews, matching every record by id (and flags by code and person).</summary>
internal static class OpportunityComparison
{
    public static OpportunityChanges Compare(string id, AccountReview reviewThen, AccountReview reviewNow, PlanChangesOptions options)
    {
        var then = reviewThen.FindOpportunity(id);
        var now = reviewNow.FindOpportunity(id);
        var presence = then is null ? OpportunityPresence.Added : now is null ? OpportunityPresence.Removed : OpportunityPresence.Both;
        return new OpportunityChanges(
            (now ?? then)!.Opportunity,
            presence,
            then?.CoverageScore,
            now?.CoverageScore,
            then?.Status,
            now?.Status,
            CompareDeductions(Deductions(then), Deductions(now)),
            CompareFlags(then?.RedFlags ?? Array.Empty<RedFlag>(), now?.RedFlags ?? Array.Empty<RedFlag>()),
            CompareInfluences(then, now),
            CompareCoverage(then, now),
            HeldInBetween(id, reviewThen.Plan, reviewNow.Plan, reviewNow.AsOf),
            Top(then, options),
            Top(now, options));
    }

    /// <summary>
    /// The one place that reads the review's deductions: each as (code, person, points, message). When the review's
    /// deductions change shape, only this adapter changes.
    /// </summary>
    internal static IReadOnlyList<(string Code, Person? Person, decimal Points, string Message)> Deductions(OpportunityReview? review) =>
        review is null
            ? Array.Empty<(string, Person?, decimal, string)>()
            : review.ScoreDeductions.Select(d => (d.Flag.Code.ToString(), d.Flag.Person, d.Points, d.Flag.Message)).ToList();

    private static IReadOnlyList<DeductionChange> CompareDeductions(
        IReadOnlyList<(string Code, Person? Person, decimal Points, string Message)> then,
        IReadOnlyList<(string Code, Person? Person, decimal Points, string Message)> now)
    {
        // Several deductions of one code and person (none today) would be summed: the score moves by their total.
        // Keyed by the person's id: the two versions of the plan hold two objects for the same person.
        static Dictionary<(string, string), (Person? Person, decimal Points, string Message)> Index(IEnumerable<(string Code, Person? Person, decimal Points, string Message)> items) =>
            items.GroupBy(d => (d.Code, d.Person?.Id ?? string.Empty))
                .ToDictionary(g => g.Key, g => (g.First().Person, g.Sum(d => d.Points), g.First().Message));

        var before = Index(then);
        var after = Index(now);
        var changes = new List<DeductionChange>();
        foreach (var key in after.Keys.Union(before.Keys))
        {
            var had = before.TryGetValue(key, out var old);
            var has = after.TryGetValue(key, out var current);
            if (had && has && old.Points == current.Points)
            {
                continue;
            }

            changes.Add(new DeductionChange(
                !had ? ChangeKind.Added : !has ? ChangeKind.Removed : ChangeKind.Moved,
                key.Item1,
                has ? current.Person : old.Person,
                had ? old.Points : 0,
                has ? current.Points : 0,
                has ? current.Message : old.Message));
        }

        return changes
            .OrderByDescending(c => Math.Abs(c.PointsNow - c.PointsThen))
            .ThenBy(c => c.PersonId ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .ToList();
    }

    private static IReadOnlyList<FlagChange> CompareFlags(IReadOnlyList<RedFlag> then, IReadOnlyList<RedFlag> now)
    {
        var before = then.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var after = now.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var changes = new List<FlagChange>();

        // In the review's order: worst first.
        foreach (var flag in now)
        {
            if (!before.TryGetValue(Key(flag), out var old))
            {
                changes.Add(new FlagChange(ChangeKind.Added, flag));
            }
            else if (old.Severity != flag.Severity)
            {
                changes.Add(new FlagChange(ChangeKind.Moved, flag, old.Severity));
            }
        }

        changes.AddRange(then.Where(f => !after.ContainsKey(Key(f))).Select(f => new FlagChange(ChangeKind.Removed, f)));
        return changes;
    }

    private static (RedFlagCode, string) Key(RedFlag flag) => (flag.Code, flag.PersonId ?? string.Empty);

    private static IReadOnlyList<InfluenceChange> CompareInfluences(OpportunityReview? then, OpportunityReview? now)
    {
        var before = (then?.Opportunity.Influences ?? Array.Empty<BuyingInfluence>()).ToDictionary(i => i.PersonId, StringComparer.Ordinal);
        var after = (now?.Opportunity.Influences ?? Array.Empty<BuyingInfluence>()).ToDictionary(i => i.PersonId, StringComparer.Ordinal);
        var changes = new List<InfluenceChange>();
        foreach (var influence in now?.Opportunity.Influences ?? Array.Empty<BuyingInfluence>())
        {
            if (!before.TryGetValue(influence.PersonId, out var old))
            {
                changes.Add(new InfluenceChange(ChangeKind.Added, now!.Plan.FindPerson(influence.PersonId)!, null, influence));
                continue;
            }

            var change = new InfluenceChange(ChangeKind.Moved, now!.Plan.FindPerson(influence.PersonId)!, old, influence);
            if (change.RolesMoved || change.DegreeMoved || change.ModeMoved || change.RatingMoved)
            {
                changes.Add(change);
            }
        }

        changes.AddRange((then?.Opportunity.Influences ?? Array.Empty<BuyingInfluence>())
            .Where(i => !after.ContainsKey(i.PersonId))
            .Select(i => new InfluenceChange(ChangeKind.Removed, then!.Plan.FindPerson(i.PersonId)!, i, null)));
        return changes;
    }

    private static IReadOnlyList<CoverageChange> CompareCoverage(OpportunityReview? then, OpportunityReview? now)
    {
        if (then is null || now is null)
        {
            return Array.Empty<CoverageChange>();
        }

        var before = then.Influences.ToDictionary(i => i.Person.Id, StringComparer.Ordinal);
        var changes = new List<CoverageChange>();
        foreach (var current in now.Influences)
        {
            // A person new to the buying group is reported as added; their coverage is part of that news, not a move.
            if (before.TryGetValue(current.Person.Id, out var old) && old.IsCovered != current.IsCovered)
            {
                changes.Add(new CoverageChange(current.IsCovered ? ChangeKind.Added : ChangeKind.Removed, current.Person, old.Coverage, current.Coverage));
            }
        }

        return changes;
    }

    /// <summary>
    /// Meetings for the opportunity or the account held by <paramref name="asOf"/> in the newer plan that the earlier plan
    /// does not have as held: new records, and planned meetings that have since taken place. Matched by id, or by date,
    /// people and sellers (in any order) when a meeting has no id.
    /// </summary>
    private static IReadOnlyList<Meeting> HeldInBetween(string opportunityId, AccountPlan before, AccountPlan after, DateTime asOf)
    {
        bool Concerns(Meeting m) => m.OpportunityId is null || string.Equals(m.OpportunityId, opportunityId, StringComparison.Ordinal);
        var heldBefore = new HashSet<string>(before.Meetings.Where(m => m.HasTakenPlace).Select(MeetingKey), StringComparer.Ordinal);
        return after.Meetings
            .Where(m => m.HasTakenPlace && Concerns(m) && m.Date.Date <= asOf.Date && !heldBefore.Contains(MeetingKey(m)))
            .OrderBy(m => m.Date)
            .ThenBy(m => m.Id ?? string.Empty, StringComparer.Ordinal)
            .ToList();
    }

    private static string MeetingKey(Meeting meeting) =>
        meeting.Id is { } id
            ? "id:" + id
            : meeting.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "|"
              + string.Join(",", meeting.PersonIds.OrderBy(p => p, StringComparer.Ordinal)) + "|"
              + string.Join(",", meeting.SellerIds.OrderBy(s => s, StringComparer.Ordinal));

    private static IReadOnlyList<Recommendation> Top(OpportunityReview? review, PlanChangesOptions options) =>
        review is null ? Array.Empty<Recommendation>() : Planner.Recommend(review, options.Planning).Take(Math.Max(0, options.TopRecommendations)).ToList();
}
