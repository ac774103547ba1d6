using System;
using System.Collections.Generic;
using System.Linq;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// What the planner knows about one person in one opportunity: their influence (if any), the Economic Buyer,
/// the owner and path, and the texts that fill the templates' placeholders.
/// </summary>
internal sealed class MeetingContext
{
    private string? economicBuyerNames;

    public MeetingContext(OpportunityReview review, Person person, PlanningOptions options)
    {
        Review = review;
        Analysis = review.Analysis;
        Plan = Analysis.Plan;
        Person = person;
        Options = options;
        Opportunity = review.Opportunity;
        Assessment = review.FindInfluence(person.Id);
        Influence = Assessment?.Influence;
        EconomicBuyer = review.EconomicBuyers.OrderBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault();
        EconomicBuyerCovered = EconomicBuyer is not null && Analysis.IsCovered(EconomicBuyer.Id);
        (OwnerId, Path) = Ownership.Choose(Analysis, review, person, options);
    }

    /// <summary>The seller a Coach should introduce to the Economic Buyer: one of matching level for a senior Economic Buyer, else this meeting's owner.</summary>
    // Computed on first use: it needs a path search that most meetings never ask for.
    public string? EconomicBuyerOwnerId
    {
        get
        {
            if (!economicBuyerOwnerKnown)
            {
                economicBuyerOwnerId = EconomicBuyer is null ? OwnerId : Ownership.ForIntroduction(Analysis, Review, EconomicBuyer, OwnerId, Options);
                economicBuyerOwnerKnown = true;
            }

            return economicBuyerOwnerId;
        }
    }

    private string? economicBuyerOwnerId;
    private bool economicBuyerOwnerKnown;

    public OpportunityReview Review { get; }

    public AccountAnalysis Analysis { get; }

    public AccountPlan Plan { get; }

    public Person Person { get; }

    public PlanningOptions Options { get; }

    public Opportunity Opportunity { get; }

    public InfluenceAssessment? Assessment { get; }

    public BuyingInfluence? Influence { get; }

    public BuyingRoles Roles => Influence?.Roles ?? BuyingRoles.None;

    public Person? EconomicBuyer { get; }

    public bool EconomicBuyerCovered { get; }

    public string? OwnerId { get; }

    public IntroductionPath? Path { get; }

    public bool Has(BuyingRoles role) => Influence?.Has(role) == true;

    public string? FirstResult => Influence?.WinResults.Select(w => w.Result).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r));

    public string? FirstWin => Influence?.WinResults.Select(w => w.Win).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r));

    public string NameOf(string? id) => id is null ? "our team" : Plan.FindParty(id)?.Name ?? id;

    /// <summary>Fills the placeholders of a template with this meeting's names and facts.</summary>
    public string Fill(string template, string? competitor = null)
    {
        var economicBuyer = EconomicBuyerNames();
        var text = template
            .Replace("{person}", Person.Name)
            .Replace("{owner}", NameOf(OwnerId))
            .Replace("{economicBuyerOwner}", template.IndexOf("{economicBuyerOwner}", StringComparison.Ordinal) >= 0 ? NameOf(EconomicBuyerOwnerId) : string.Empty)
            .Replace("{economicBuyer}", economicBuyer)
            .Replace("{objective}", Opportunity.SingleSalesObjective)
            .Replace("{result}", FirstResult ?? Options.UnknownResultText)
            .Replace("{win}", FirstWin ?? Options.UnknownWinText);
        return competitor is null ? text : text.Replace("{competitor}", competitor);
    }

    // Every template fill needs the names; sorting and joining them once per context instead of once per template
    // was a third of the time to recommend for a 50-person buying group.
    private string EconomicBuyerNames() => economicBuyerNames ??= JoinEconomicBuyerNames();

    private string JoinEconomicBuyerNames()
    {
        var names = Review.EconomicBuyers.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Name).ToList();
        return names.Count == 0 ? Options.UnknownEconomicBuyerText : string.Join(" and ", names);
    }
}
