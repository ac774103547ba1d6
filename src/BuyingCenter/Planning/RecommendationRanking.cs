using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>Ranks whom to meet next, following the principles of docs/domain.md, section 4, in order.</summary>
internal static class RecommendationRanking
{
    public const string IdentifyEconomicBuyerReason = "IdentifyEconomicBuyer";
    public const string DevelopCoachReason = "DevelopCoach";
    public const string CentralReason = "Central";
    public const string NoPathReason = "NoPath";

    public static IReadOnlyList<Recommendation> Rank(OpportunityReview review, PlanningOptions options)
    {
        // Only people with a role are recommended; people with no role appear as introducers on paths.
        var candidates = review.Influences
            .Where(a => a.Influence.Roles != BuyingRoles.None)
            .OrderBy(a => a.Person.Id, StringComparer.Ordinal)
            .ToList();

        var identifier = review.EconomicBuyers.Count == 0 ? FindIdentifier(candidates, options) : null;
        var coachCandidate = candidates.Any(a => a.Influence.Has(BuyingRoles.Coach))
            ? null
            : FindCoachCandidate(review, candidates, options);

        var ranked = new List<(InfluenceAssessment Assessment, PlanningPrinciple Principle, PriorityBreakdown Breakdown)>();
        foreach (var assessment in candidates)
        {
            var principle = assessment == identifier ? PlanningPrinciple.IdentifyEconomicBuyer
                : assessment == coachCandidate ? PlanningPrinciple.DevelopCoach
                : PlanningPrinciple.Priority;
            ranked.Add((assessment, principle, Score(assessment, principle, options)));
        }

        var ordered = ranked
            .OrderBy(r => (int)r.Principle)
            .ThenByDescending(r => r.Breakdown.Score)
            .ThenBy(r => r.Assessment.Person.Id, StringComparer.Ordinal)
            .ToList();

        var result = new Recommendation[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var (assessment, principle, breakdown) = ordered[i];
            var context = new MeetingContext(review, assessment.Person, options);
            var row = principle switch
            {
                PlanningPrinciple.IdentifyEconomicBuyer => GoalRow.IdentifyEconomicBuyer,
                PlanningPrinciple.DevelopCoach => GoalRow.DevelopCoach,
                _ => MeetingGoalTable.Choose(context),
            };
            result[i] = new Recommendation
            {
                Rank = i + 1,
                PersonId = assessment.Person.Id,
                Score = breakdown.Score,
                Breakdown = breakdown,
                Reasons = Reasons(assessment, assessment == identifier, assessment == coachCandidate, context.Path is null, options),
                OwnerId = context.OwnerId,
                Path = context.Path,
                PathStrength = context.Path?.Strength ?? 0,
                Goal = MeetingGoalTable.Goal(row, context),
            };
        }

        return result;
    }

    /// <summary>
    /// Principle 1: who can tell us who the Economic Buyer is. The Coach (the most favourable, then the best
    /// covered), or with no Coach the best-covered favourable person; with no favourable person, the best-covered
    /// person who does not oppose us, since someone must be asked.
    /// </summary>
    public static InfluenceAssessment? FindIdentifier(IReadOnlyList<InfluenceAssessment> candidates, PlanningOptions options)
    {
        var coach = candidates
            .Where(a => a.Influence.Has(BuyingRoles.Coach))
            .OrderByDescending(a => a.Influence.Rating ?? 0)
            .ThenByDescending(a => a.Coverage.Strength)
            .ThenBy(a => a.Person.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        if (coach is not null)
        {
            return coach;
        }

        var byCoverage = candidates
            .OrderByDescending(a => a.Coverage.Strength)
            .ThenByDescending(a => a.Influence.Rating ?? 0)
            .ThenBy(a => a.Person.Id, StringComparer.Ordinal)
            .ToList();
        return byCoverage.FirstOrDefault(a => a.Influence.Rating >= options.FavourableRating)
            ?? byCoverage.FirstOrDefault(a => (a.Influence.Rating ?? 0) >= 0);
    }

    /// <summary>
    /// Principle 2: the best person to develop into a Coach, by rating, our coverage and their own reach into the
    /// Economic Buyer. The Economic Buyer and people who oppose us are not candidates.
    /// </summary>
    public static InfluenceAssessment? FindCoachCandidate(OpportunityReview review, IReadOnlyList<InfluenceAssessment> candidates, PlanningOptions options)
    {
        var reachIntoEconomicBuyer = PeoplePaths.StrengthsTo(review.Analysis, review.EconomicBuyers.Select(p => p.Id));
        return candidates
            .Where(a => !a.Influence.Has(BuyingRoles.Economic) && (a.Influence.Rating ?? 0) >= 0)
            .Select(a => new
            {
                Assessment = a,
                Score = (options.CoachCandidateRatingWeight * (((a.Influence.Rating ?? 0) - BuyingInfluence.MinRating) / 10.0))
                    + (options.CoachCandidateCoverageWeight * a.Coverage.Strength)
                    + (options.CoachCandidateReachWeight * (reachIntoEconomicBuyer.TryGetValue(a.Person.Id, out var reach) ? reach : 0)),
            })
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Assessment.Person.Id, StringComparer.Ordinal)
            .Select(x => x.Assessment)
            .FirstOrDefault();
    }

    public static PriorityBreakdown Score(InfluenceAssessment assessment, PlanningPrinciple principle, PlanningOptions options)
    {
        var influence = assessment.Influence;
        var roleWeight = RoleWeight(influence.Roles, options);
        var degreeWeight = influence.Degree switch
        {
            InfluenceDegree.High => options.HighDegreeWeight,
            InfluenceDegree.Medium => options.MediumDegreeWeight,
            InfluenceDegree.Low => options.LowDegreeWeight,
            _ => options.UnknownDegreeWeight,
        };
        var baseImportance = Math.Min(1, roleWeight * degreeWeight);
        var centrality = assessment.Centrality;
        var importance = baseImportance + ((1 - baseImportance) * Math.Min(1, options.CentralityBoost * centrality));

        var urgencySum = options.BaseUrgency + assessment.RedFlags.Sum(f => UrgencyWeight(f.Code, options));
        var urgency = 1 - Math.Exp(-urgencySum);

        var reach = assessment.Reach?.Strength ?? 0;
        var feasibility = options.FeasibilityFloor + ((1 - options.FeasibilityFloor) * reach);
        var score = importance * urgency * feasibility;

        return new PriorityBreakdown(deferredExplanation: true)
        {
            Principle = principle,
            RoleWeight = roleWeight,
            DegreeWeight = degreeWeight,
            Centrality = centrality,
            CentralityBoost = importance - baseImportance,
            Importance = importance,
            UrgencySum = urgencySum,
            Urgency = urgency,
            Reach = reach,
            Feasibility = feasibility,
            Score = score,
        };
    }

    private static double RoleWeight(BuyingRoles roles, PlanningOptions options)
    {
        var weight = 0.0;
        if ((roles & BuyingRoles.Economic) != 0)
        {
            weight = Math.Max(weight, options.EconomicRoleWeight);
        }

        if ((roles & BuyingRoles.Coach) != 0)
        {
            weight = Math.Max(weight, options.CoachRoleWeight);
        }

        if ((roles & BuyingRoles.Technical) != 0)
        {
            weight = Math.Max(weight, options.TechnicalRoleWeight);
        }

        if ((roles & BuyingRoles.User) != 0)
        {
            weight = Math.Max(weight, options.UserRoleWeight);
        }

        return weight;
    }

    private static double UrgencyWeight(RedFlagCode code, PlanningOptions options) =>
        options.FlagUrgencyWeights.TryGetValue(code, out var weight) ? weight : options.OtherFlagUrgencyWeight;

    private static IReadOnlyList<string> Reasons(InfluenceAssessment assessment, bool identify, bool developCoach, bool noPath, PlanningOptions options)
    {
        var reasons = new List<string>();
        if (identify)
        {
            reasons.Add(IdentifyEconomicBuyerReason);
        }

        if (developCoach)
        {
            reasons.Add(DevelopCoachReason);
        }

        foreach (var flag in assessment.RedFlags)
        {
            var code = flag.Code.ToString();
            if (!reasons.Contains(code))
            {
                reasons.Add(code);
            }
        }

        if (assessment.Centrality >= options.CentralReasonThreshold)
        {
            reasons.Add(CentralReason);
        }

        if (noPath)
        {
            reasons.Add(NoPathReason);
        }

        return reasons;
    }
}
