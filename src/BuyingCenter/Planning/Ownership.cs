using System;
using System.Collections.Generic;
using System.Linq;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>Chooses the seller who should own the contact with a person, and the introduction path from them.</summary>
internal static class Ownership
{
    public static (string? OwnerId, IntroductionPath? Path) Choose(AccountAnalysis analysis, OpportunityReview review, Person person, PlanningOptions options)
    {
        var plan = analysis.Plan;
        var paths = analysis.GetPathsFromSellers(person.Id);
        var senior = person.Level is { } level && level >= options.SeniorLevel;
        if (senior)
        {
            // A senior person expects a counterpart of matching level; take one whenever such a seller has any path.
            var matching = paths.FirstOrDefault(p => Matches(plan.FindSeller(p.SellerId), person, options));
            if (matching is not null)
            {
                return (matching.SellerId, matching);
            }
        }

        if (paths.Count > 0)
        {
            return (paths[0].SellerId, paths[0]);
        }

        return (OwnerWithoutPath(plan, review, person, senior, options), null);
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

        var influenceIds = new HashSet<string>(review.Opportunity.Influences.Select(i => i.PersonId), StringComparer.Ordinal);
        return plan.Sellers
            .Select(s => new
            {
                s.Id,
                Known = plan.Relationships.Count(r => r.Kind == RelationshipKind.Knows && r.Involves(s.Id) && (influenceIds.Contains(r.From) || influenceIds.Contains(r.To))),
            })
            .OrderByDescending(x => x.Known)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => x.Id)
            .FirstOrDefault();
    }
}
