using System;
using System.Collections.Generic;
using System.Linq;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>Chooses the seller who should own the contact with a person, and the introduction path from them.</summary>
internal static class Ownership
{
    public static (string? OwnerId, IntroductionPath? Path) Choose(AccountAnalysis analysis, OpportunityReview review, Person person, PlanningOptions options) =>
        Choose(analysis, review, person, options, review.FindInfluence(person.Id));

    /// <summary>
    /// The same, for a caller who already holds the person's assessment in <paramref name="review"/> (or knows there is
    /// none): a ranking chooses for every person, and looking each one up again is a scan of the influences per person.
    /// </summary>
    public static (string? OwnerId, IntroductionPath? Path) Choose(AccountAnalysis analysis, OpportunityReview review, Person person, PlanningOptions options, InfluenceAssessment? assessment)
    {
        var plan = analysis.Plan;
        var senior = person.Level is { } level && level >= options.SeniorLevel;
        if (!senior && assessment is not null)
        {
            // The review already holds the strongest path from any seller: the owner of anyone not senior.
            return assessment.Reach is { } reach ? (reach.SellerId, reach) : (OwnerWithoutPath(plan, review, person, senior, options), null);
        }

        // When the strongest path of all already starts from a matching seller, it is the strongest matching one too.
        if (senior && assessment?.Reach is { } best && Matches(plan.FindSeller(best.SellerId), person, options))
        {
            return (best.SellerId, best);
        }

        if (senior)
        {
            // A senior person expects a counterpart of matching level; take one whenever such a seller has any path.
            var matching = analysis.GetStrongestPathFromSellers(person.Id, person.Level!.Value - options.SellerLevelGap);
            if (matching is not null)
            {
                return (matching.SellerId, matching);
            }
        }

        if (analysis.GetStrongestPathFromSellers(person.Id, null) is { } strongest)
        {
            return (strongest.SellerId, strongest);
        }

        return (OwnerWithoutPath(plan, review, person, senior, options), null);
    }

    /// <summary>
    /// Whom a Coach should introduce to the Economic Buyer. A senior Economic Buyer expects a counterpart of matching
    /// level, and the introduction itself creates the path, so a matching seller is chosen even with no path yet
    /// (the one who already owns the Economic Buyer, else the most senior, ties by id); otherwise the meeting's owner.
    /// </summary>
    public static string? ForIntroduction(AccountAnalysis analysis, OpportunityReview review, Person economicBuyer, string? meetingOwnerId, PlanningOptions options)
    {
        if (economicBuyer.Level is not { } level || level < options.SeniorLevel)
        {
            return meetingOwnerId;
        }

        var plan = analysis.Plan;
        var (owner, _) = Choose(analysis, review, economicBuyer, options);
        if (owner is not null && Matches(plan.FindSeller(owner), economicBuyer, options))
        {
            return owner;
        }

        return plan.Sellers
            .Where(s => Matches(s, economicBuyer, options))
            .OrderByDescending(s => s.Level)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => s.Id)
            .FirstOrDefault() ?? meetingOwnerId;
    }

    private static bool Matches(Seller? seller, Person person, PlanningOptions options) =>
        seller?.Level is { } sellerLevel && person.Level is { } personLevel && sellerLevel >= personLevel - options.SellerLevelGap;

    // With no path at all someone must still own building one: a matching senior seller for a senior person,
    // otherwise the seller who knows most of this opportunity's influences.
    private static string? OwnerWithoutPath(AccountPlan plan, OpportunityReview review, Person person, bool senior, PlanningOptions options)
    {
        if (senior)
        {
            var matching = plan.Sellers
                .Where(s => Matches(s, person, options))
                .OrderByDescending(s => s.Level)
                .ThenBy(s => s.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (matching is not null)
            {
                return matching.Id;
            }
        }

        // One pass over the relationships counts for every seller at once.
        var influenceIds = new HashSet<string>(review.Opportunity.Influences.Select(i => i.PersonId), StringComparer.Ordinal);
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var seller in plan.Sellers)
        {
            known[seller.Id] = 0;
        }

        foreach (var r in plan.Relationships)
        {
            if (r.Kind != RelationshipKind.Knows || !(influenceIds.Contains(r.From) || influenceIds.Contains(r.To)))
            {
                continue;
            }

            if (known.TryGetValue(r.From, out var fromCount))
            {
                known[r.From] = fromCount + 1;
            }

            if (!string.Equals(r.From, r.To, StringComparison.Ordinal) && known.TryGetValue(r.To, out var toCount))
            {
                known[r.To] = toCount + 1;
            }
        }

        string? owner = null;
        var most = -1;
        foreach (var seller in plan.Sellers)
        {
            var count = known[seller.Id];
            if (count > most || (count == most && string.CompareOrdinal(seller.Id, owner) < 0))
            {
                owner = seller.Id;
                most = count;
            }
        }

        return owner;
    }
}
