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
        var candidates = Candidates(review);
        var identifier = review.EconomicBuyers.Count == 0 ? FindIdentifier(candidates, options) : null;
        var coachCandidate = HasCoach(candidates) ? null : FindCoachCandidate(review, candidates, options);

        var ranked = new RankedCandidate[candidates.Count];
        for (var i = 0; i < ranked.Length; i++)
        {
            var assessment = candidates[i];
            var principle = PrincipleOf(assessment, identifier, coachCandidate);
            ranked[i] = new RankedCandidate(assessment, principle, Score(assessment, principle, options), i);
        }

        Array.Sort(ranked, RankOrder);

        // Every context of one ranking shares the review's first Economic Buyer and whether we cover them.
        var economicBuyer = MeetingContext.FirstEconomicBuyer(review);
        var economicBuyerCovered = economicBuyer is not null && review.Analysis.IsCovered(economicBuyer.Id);
        var result = new Recommendation[ranked.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            var (assessment, principle, breakdown) = (ranked[i].Assessment, ranked[i].Principle, ranked[i].Breakdown);
            var context = new MeetingContext(review, assessment.Person, options, assessment, economicBuyer, economicBuyerCovered);
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
    /// The person <see cref="Rank"/> would put first, or <see langword="null"/> with no candidate; for callers that
    /// need only the first recommendation's person (the owner then comes from <c>Ownership.Choose</c>, as in a
    /// recommendation's context). Same candidates, principles, scores and order as <see cref="Rank"/>; the coach
    /// search is skipped when an identifier outranks any coach candidate anyway.
    /// </summary>
    public static InfluenceAssessment? Top(OpportunityReview review, PlanningOptions options)
    {
        var candidates = Candidates(review);
        var identifier = review.EconomicBuyers.Count == 0 ? FindIdentifier(candidates, options) : null;
        if (identifier is not null)
        {
            return identifier;
        }

        var coachCandidate = HasCoach(candidates) ? null : FindCoachCandidate(review, candidates, options);
        if (coachCandidate is not null)
        {
            return coachCandidate;
        }

        RankedCandidate? best = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = new RankedCandidate(candidates[i], PlanningPrinciple.Priority, Score(candidates[i], PlanningPrinciple.Priority, options), i);
            if (best is null || RankOrder.Compare(candidate, best.Value) < 0)
            {
                best = candidate;
            }
        }

        return best?.Assessment;
    }

    /// <summary>
    /// Only people with a role are recommended (people with no role appear as introducers on paths), in the review's
    /// order. Every pick among them is by a total order that ends with the person id (a person has one influence per
    /// opportunity), so sorting them by id first, as the ordered queries once did, changed no result; it was a quarter
    /// of the time to rank a 50-person group. Should two assessments of one person ever meet, the review's order
    /// settles between them, as the stable sort by id did.
    /// </summary>
    public static List<InfluenceAssessment> Candidates(OpportunityReview review)
    {
        var influences = review.Influences;
        var candidates = new List<InfluenceAssessment>(influences.Count);
        for (var i = 0; i < influences.Count; i++)
        {
            if (influences[i].Influence.Roles != BuyingRoles.None)
            {
                candidates.Add(influences[i]);
            }
        }

        return candidates;
    }

    public static bool HasCoach(List<InfluenceAssessment> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Influence.Has(BuyingRoles.Coach))
            {
                return true;
            }
        }

        return false;
    }

    // Principle first, then higher score, then person id; the position among the candidates settles the rest.
    private static readonly Comparer<RankedCandidate> RankOrder = Comparer<RankedCandidate>.Create((a, b) =>
    {
        var order = ((int)a.Principle).CompareTo((int)b.Principle);
        if (order == 0)
        {
            order = b.Breakdown.Score.CompareTo(a.Breakdown.Score);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Assessment.Person.Id, b.Assessment.Person.Id);
        }

        return order != 0 ? order : a.Index.CompareTo(b.Index);
    });

    private static PlanningPrinciple PrincipleOf(InfluenceAssessment assessment, InfluenceAssessment? identifier, InfluenceAssessment? coachCandidate) =>
        assessment == identifier ? PlanningPrinciple.IdentifyEconomicBuyer
        : assessment == coachCandidate ? PlanningPrinciple.DevelopCoach
        : PlanningPrinciple.Priority;

    /// <summary>
    /// Principle 1: who can tell us who the Economic Buyer is. The Coach (the most favourable, then the best
    /// covered), or with no Coach the best-covered favourable person; with no favourable person, the best-covered
    /// person who does not oppose us, since someone must be asked.
    /// </summary>
    public static InfluenceAssessment? FindIdentifier(IReadOnlyList<InfluenceAssessment> candidates, PlanningOptions options)
    {
        // Each pick is the first of the candidates that no later one beats: the orders end with the id, so any order of the candidates gives the same picks.
        InfluenceAssessment? coach = null;
        InfluenceAssessment? favourable = null;
        InfluenceAssessment? notOpposed = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var a = candidates[i];
            if (a.Influence.Has(BuyingRoles.Coach) && (coach is null || CoachOrder(a, coach) < 0))
            {
                coach = a;
            }

            if (a.Influence.Rating >= options.FavourableRating && (favourable is null || CoverageOrder(a, favourable) < 0))
            {
                favourable = a;
            }

            if ((a.Influence.Rating ?? 0) >= 0 && (notOpposed is null || CoverageOrder(a, notOpposed) < 0))
            {
                notOpposed = a;
            }
        }

        return coach ?? favourable ?? notOpposed;
    }

    private static int CoachOrder(InfluenceAssessment a, InfluenceAssessment b)
    {
        var order = (b.Influence.Rating ?? 0).CompareTo(a.Influence.Rating ?? 0);
        if (order == 0)
        {
            order = b.Coverage.Strength.CompareTo(a.Coverage.Strength);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Person.Id, b.Person.Id);
    }

    private static int CoverageOrder(InfluenceAssessment a, InfluenceAssessment b)
    {
        var order = b.Coverage.Strength.CompareTo(a.Coverage.Strength);
        if (order == 0)
        {
            order = (b.Influence.Rating ?? 0).CompareTo(a.Influence.Rating ?? 0);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Person.Id, b.Person.Id);
    }

    /// <summary>
    /// Principle 2: the best person to develop into a Coach, by rating, our coverage and their own reach into the
    /// Economic Buyer. The Economic Buyer and people who oppose us are not candidates.
    /// </summary>
    public static InfluenceAssessment? FindCoachCandidate(OpportunityReview review, IReadOnlyList<InfluenceAssessment> candidates, PlanningOptions options)
    {
        var economicBuyerIds = new string[review.EconomicBuyers.Count];
        for (var i = 0; i < economicBuyerIds.Length; i++)
        {
            economicBuyerIds[i] = review.EconomicBuyers[i].Id;
        }

        var reachIntoEconomicBuyer = PeoplePaths.StrengthsTo(review.Analysis, economicBuyerIds);
        InfluenceAssessment? best = null;
        var bestScore = 0.0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var a = candidates[i];
            if (a.Influence.Has(BuyingRoles.Economic) || (a.Influence.Rating ?? 0) < 0)
            {
                continue;
            }

            var score = (options.CoachCandidateRatingWeight * (((a.Influence.Rating ?? 0) - BuyingInfluence.MinRating) / 10.0))
                + (options.CoachCandidateCoverageWeight * a.Coverage.Strength)
                + (options.CoachCandidateReachWeight * (reachIntoEconomicBuyer.TryGetValue(a.Person.Id, out var reach) ? reach : 0));
            if (best is null)
            {
                (best, bestScore) = (a, score);
                continue;
            }

            var order = bestScore.CompareTo(score);
            if (order == 0)
            {
                order = string.CompareOrdinal(a.Person.Id, best.Person.Id);
            }

            if (order < 0)
            {
                (best, bestScore) = (a, score);
            }
        }

        return best;
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

        var urgencySum = options.BaseUrgency;
        var flags = assessment.RedFlags;
        for (var i = 0; i < flags.Count; i++)
        {
            urgencySum += UrgencyWeight(flags[i].Code, options);
        }

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
            var code = CodeName(flag.Code);
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

    // The codes' names, read for every flag of every person ranked: an array read instead of Enum.ToString's lookup.
    private static readonly string[] FlagCodeNames = FlagNames();

    private static string CodeName(RedFlagCode code) => (uint)code < (uint)FlagCodeNames.Length ? FlagCodeNames[(int)code] : code.ToString();

    private static string[] FlagNames()
    {
        var max = 0;
        foreach (RedFlagCode code in Enum.GetValues(typeof(RedFlagCode)))
        {
            max = Math.Max(max, (int)code);
        }

        var names = new string[max + 1];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = ((RedFlagCode)i).ToString();
        }

        return names;
    }

    private readonly struct RankedCandidate
    {
        public RankedCandidate(InfluenceAssessment assessment, PlanningPrinciple principle, PriorityBreakdown breakdown, int index)
        {
            Assessment = assessment;
            Principle = principle;
            Breakdown = breakdown;
            Index = index;
        }

        public InfluenceAssessment Assessment { get; }

        public PlanningPrinciple Principle { get; }

        public PriorityBreakdown Breakdown { get; }

        public int Index { get; }
    }
}
