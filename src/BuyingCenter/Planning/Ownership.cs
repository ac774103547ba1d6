using System;
using System.Collections.Generic;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// Chooses the owner and companion of a contact (domain.md, section 2): the owner is the seller at the start of the
/// person's route; when the person is senior and the owner does not match their level, the seller of matching level
/// closest to them joins as companion. Seniority chooses the companion, never the route. next, meeting, campaign and
/// the portfolio all come here, so they name the same owner, companion and route for the same person.
/// </summary>
internal static class Ownership
{
    public static Approach Choose(OpportunityReview review, Person person, PlanningOptions options) =>
        Choose(review, person, options, review.FindInfluence(person.Id));

    /// <summary>The same, for a caller who already holds the person's assessment (whose reach is the opportunity's route).</summary>
    public static Approach Choose(OpportunityReview review, Person person, PlanningOptions options, InfluenceAssessment? assessment)
    {
        var analysis = review.Analysis;
        var path = assessment is not null ? assessment.Reach : analysis.GetRoute(person.Id, review.Opportunity.Id);
        var owner = path?.Seller.Id ?? OwnerWithoutRoute(review, person, options);
        var companion = Companion(analysis, person, owner, options);
        return new Approach(person, owner is null ? null : analysis.Plan.FindSeller(owner), companion is null ? null : analysis.Plan.FindSeller(companion), path);
    }

    /// <summary>
    /// Whom a Coach should introduce to the Economic Buyer besides the meeting's owner: for a senior Economic Buyer whom
    /// the owner does not match, the companion the Economic Buyer's own contact would have; otherwise the owner.
    /// </summary>
    public static string? ForIntroduction(AccountAnalysis analysis, Person economicBuyer, string? meetingOwnerId, PlanningOptions options) =>
        Companion(analysis, economicBuyer, meetingOwnerId, options) ?? meetingOwnerId;

    /// <summary>
    /// The companion of <paramref name="ownerId"/> with <paramref name="person"/>: only for a senior person (level at
    /// least <see cref="PlanningThresholds.SeniorLevel"/>) whose owner is not known to match them (a seller matches when at
    /// most <see cref="PlanningThresholds.SellerLevelGap"/> levels below). Among the other matching sellers, the closest in
    /// level to the person, then the one with the stronger Knows relationship of their own with the person, then the
    /// lower id. <see langword="null"/> when none matches.
    /// </summary>
    public static string? Companion(AccountAnalysis analysis, Person person, string? ownerId, PlanningOptions options)
    {
        if (person.Level is not { } level || level < options.Thresholds.SeniorLevel
            || (ownerId is not null && Matches(analysis.LevelOf(ownerId), level, options)))
        {
            return null;
        }

        var known = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (sellerId, strength) in analysis.SellersKnowing(person.Id))
        {
            known[sellerId] = strength;
        }

        string? best = null;
        int bestDistance = 0;
        double bestKnown = 0;
        var sellerList = analysis.Plan.Sellers;
        for (var sIndex = 0; sIndex < sellerList.Count; sIndex++)
        {
            var seller = sellerList[sIndex];
            if (string.Equals(seller.Id, ownerId, StringComparison.Ordinal) || !Matches(seller.Level, level, options))
            {
                continue;
            }

            var distance = Math.Abs(seller.Level!.Value - level);
            var strength = known.TryGetValue(seller.Id, out var s) ? s : 0;
            if (best is null || distance < bestDistance
                || (distance == bestDistance && (strength > bestKnown || (strength == bestKnown && string.CompareOrdinal(seller.Id, best) < 0))))
            {
                (best, bestDistance, bestKnown) = (seller.Id, distance, strength);
            }
        }

        return best;
    }

    private static bool Matches(int? sellerLevel, int personLevel, PlanningOptions options) =>
        sellerLevel is { } level && level >= personLevel - options.Thresholds.SellerLevelGap;

    // With no admissible route someone must still own building one: the seller who knows most of this opportunity's
    // influences (ties by id); a senior person then gets a companion as usual.
    private static string? OwnerWithoutRoute(OpportunityReview review, Person person, PlanningOptions options)
    {
        var analysis = review.Analysis;
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        var influenceList = review.Opportunity.Influences;
        for (var influenceAt = 0; influenceAt < influenceList.Count; influenceAt++)
        {
            var influence = influenceList[influenceAt];
            if (analysis.Plan.FindPerson(influence.PersonId) is null)
            {
                continue;
            }

            foreach (var (sellerId, _) in analysis.SellersKnowing(influence.PersonId))
            {
                known[sellerId] = (known.TryGetValue(sellerId, out var count) ? count : 0) + 1;
            }
        }

        string? owner = null;
        var most = -1;
        var sellerList = analysis.Plan.Sellers;
        for (var sIndex = 0; sIndex < sellerList.Count; sIndex++)
        {
            var seller = sellerList[sIndex];
            var count = known.TryGetValue(seller.Id, out var c) ? c : 0;
            if (count > most || (count == most && string.CompareOrdinal(seller.Id, owner) < 0))
            {
                owner = seller.Id;
                most = count;
            }
        }

        return owner;
    }
}
