using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>Ranks whom to meet next, following the principles of docs/domain.md, section 4, in order.</summary>
internal static class RecommendationRanking
{
    public static IReadOnlyList<Recommendation> Rank(OpportunityReview review, PlanningOptions options)
    {
        var situations = new Situations(review);
        var assessments = Candidates(review, situations);
        var candidates = new Candidate[assessments.Count];
        for (var i = 0; i < candidates.Length; i++)
        {
            candidates[i] = Candidate.Of(assessments[i], options);
        }

        var identifierAt = review.EconomicBuyers.Count == 0 ? FindIdentifier(candidates, candidates.Length, options) : -1;
        var coachCandidateAt = HasCoach(candidates, candidates.Length) ? -1 : FindCoachCandidate(review, candidates, candidates.Length, options);
        var identifier = identifierAt < 0 ? null : assessments[identifierAt];
        var coachCandidate = coachCandidateAt < 0 ? null : assessments[coachCandidateAt];

        var ranked = new RankedCandidate[candidates.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            var principle = PrincipleOf(candidates[i], i, identifierAt, coachCandidateAt, situations);
            ranked[i] = new RankedCandidate(assessments[i], principle, Score(candidates[i], principle, options, situations), i);
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
            var row = MeetingGoalTable.Choose(context, principle == PlanningPrinciple.DevelopCoach);
            result[i] = new Recommendation(
                i + 1,
                context.Approach,
                breakdown,
                Reasons(assessment, assessment == identifier, assessment == coachCandidate, context.Path, situations, options),
                MeetingGoalTable.Goal(row, context));
        }

        return result;
    }

    /// <summary>
    /// The person <see cref="Rank"/> would put first, or <see langword="null"/> with no candidate; for callers that
    /// need only the first recommendation's person (the owner then comes from <c>Ownership.Choose</c>, as in a
    /// recommendation's context). Same candidates, principles, scores and order as <see cref="Rank"/>, read from the
    /// review's facts: only the first person's assessment is made, not every influence's. The coach search is skipped
    /// when an identifier outranks any coach candidate anyway.
    /// </summary>
    public static InfluenceAssessment? Top(OpportunityReview review, PlanningOptions options)
    {
        var situations = new Situations(review);
        var facts = review.Facts;

        // The candidates of Candidates, in its order: the influences first, then the hidden influencers outside them. The
        // urgency of their flags is added only when their scores decide (no identifier and no coach candidate).
        var hiddenInfluencers = situations.HiddenInfluencers;
        var candidates = new Candidate[facts.Length + hiddenInfluencers.Count];
        var count = 0;
        for (var i = 0; i < facts.Length; i++)
        {
            if (IsCandidate(facts[i].Influence, facts[i].Person, situations))
            {
                candidates[count++] = Candidate.Of(facts[i], review.CentralityAt(i));
            }
        }

        for (var i = 0; i < hiddenInfluencers.Count; i++)
        {
            if (OutsiderOf(review, hiddenInfluencers[i]) is { } person)
            {
                candidates[count++] = Candidate.OfOutsider(review, person, options);
            }
        }

        var best = review.EconomicBuyers.Count == 0 ? FindIdentifier(candidates, count, options) : -1;
        if (best < 0 && !HasCoach(candidates, count))
        {
            best = FindCoachCandidate(review, candidates, count, options);
        }

        if (best < 0)
        {
            // Each influence's urgency, its flags' weights added in the review's order, as Candidate.Of adds them.
            var urgency = new double[facts.Length];
            for (var i = 0; i < urgency.Length; i++)
            {
                urgency[i] = options.Priority.BaseUrgency;
            }

            foreach (var flag in review.FlagArray)
            {
                if (flag.Fact is { } owner)
                {
                    urgency[owner.Index] += UrgencyWeight(flag.Code, options);
                }
            }

            // The first in Rank's order, kept by its principle and score alone: no breakdown is written for those who are not first.
            var bestPrinciple = 0;
            var bestScore = 0.0;
            for (var i = 0; i < count; i++)
            {
                var candidate = candidates[i].Fact is { } fact ? candidates[i].WithUrgency(urgency[fact.Index]) : candidates[i];
                var principle = PrincipleOrder(PrincipleOf(candidate, i, -1, -1, situations));
                var score = Priority.Of(candidate, options, situations).Score;

                // Strictly before: between equals the earlier candidate stays first, as Rank's stable order keeps it.
                if (best < 0 || Precedence(principle, score, candidate.Person, bestPrinciple, bestScore, candidates[best].Person) < 0)
                {
                    (best, bestPrinciple, bestScore) = (i, principle, score);
                }
            }
        }

        return best < 0 ? null
            : candidates[best].Fact is { } first ? review.AssessmentOf(first)
            : Outsider(review, candidates[best].Person);
    }

    /// <summary>
    /// The person to develop into a Coach (principle 2) among the candidates of <see cref="Candidates(OpportunityReview)"/>,
    /// or <see langword="null"/>.
    /// </summary>
    public static Person? CoachCandidate(OpportunityReview review, PlanningOptions options)
    {
        var assessments = Candidates(review);
        var candidates = new Candidate[assessments.Count];
        for (var i = 0; i < candidates.Length; i++)
        {
            candidates[i] = Candidate.Of(assessments[i], options);
        }

        var found = FindCoachCandidate(review, candidates, candidates.Length, options);
        return found < 0 ? null : candidates[found].Person;
    }

    /// <summary>
    /// Only people with a role are recommended (people with no role appear as introducers on paths), in the review's
    /// order. Every pick among them is by a total order that ends with the person id (a person has one influence per
    /// opportunity), so sorting them by id first, as the ordered queries once did, changed no result; it was a quarter
    /// of the time to rank a 50-person group. Should two assessments of one person ever meet, the review's order
    /// settles between them, as the stable sort by id did.
    /// </summary>
    public static List<InfluenceAssessment> Candidates(OpportunityReview review) => Candidates(review, new Situations(review));

    /// <summary>
    /// The same, with the people principles 3 and 5 add: an opponent near the Economic Buyer whatever their role, and a
    /// hidden influencer (no role in the opportunity), assessed here as an influence whose roles are to be found out.
    /// </summary>
    private static List<InfluenceAssessment> Candidates(OpportunityReview review, Situations situations)
    {
        var influences = review.Influences;
        var candidates = new List<InfluenceAssessment>(influences.Count);
        for (var i = 0; i < influences.Count; i++)
        {
            if (IsCandidate(influences[i].Influence, influences[i].Person, situations))
            {
                candidates.Add(influences[i]);
            }
        }

        for (var i = 0; i < situations.HiddenInfluencers.Count; i++)
        {
            if (OutsiderOf(review, situations.HiddenInfluencers[i]) is { } person)
            {
                candidates.Add(Outsider(review, person));
            }
        }

        return candidates;
    }

    /// <summary>Whether an influence is recommended: one with a role, or an opponent near the Economic Buyer, or a hidden influencer.</summary>
    private static bool IsCandidate(BuyingInfluence influence, Person person, Situations situations) =>
        influence.Roles != BuyingRoles.None || situations.Opponent(person) is not null || situations.Hidden(person) is not null;

    /// <summary>A hidden influencer who is no influence of the opportunity but a person of the plan, or <see langword="null"/>.</summary>
    private static Person? OutsiderOf(OpportunityReview review, NearEconomicBuyer hidden) =>
        review.FactsOf(hidden.PersonId) is null ? review.Analysis.Plan.FindPerson(hidden.PersonId) : null;

    /// <summary>A person outside the opportunity's influences, assessed as an influence whose part is to be found out.</summary>
    private static InfluenceAssessment Outsider(OpportunityReview review, Person person)
    {
        var analysis = review.Analysis;

        // The person's facts read by their party number, found once rather than by id for each fact.
        var vertex = analysis.VertexOf(person.Id);
        var coverage = analysis.CoverageOf(vertex, out var coveringSeller);
        var centrality = analysis.CentralityOf(vertex);
        return new InfluenceAssessment
        {
            Person = person,
            Influence = new BuyingInfluence { PersonId = person.Id },
            Coverage = coveringSeller is null ? PersonCoverage.None : new PersonCoverage(coverage, coveringSeller),
            IsCovered = analysis.IsCovered(vertex),
            ReachAnalysis = analysis,
            ReachOpportunity = review.Opportunity.Id,
            ReachStrength = analysis.GetRouteStrength(vertex, review.Opportunity.Id) ?? 0,
            Centrality = centrality,
            LastContact = analysis.LastContactOf(vertex),
            RedFlags = review.FlagsOn(person.Id),
            Importance = analysis.Options.Importance.Of(BuyingRoles.None, InfluenceDegree.Unknown, centrality),
            ScoreShare = 0,
            CoachTests = CoachTests.None,
        };
    }

    /// <summary>Whether a proven Coach is in place (principle 2): a candidate Coach is still to be tested.</summary>
    private static bool HasCoach(Candidate[] candidates, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (candidates[i].IsProvenCoach)
            {
                return true;
            }
        }

        return false;
    }

    // Principle first (in the order of domain.md, section 4), then higher score, then person id; the position among
    // the candidates settles the rest.
    private static readonly Comparer<RankedCandidate> RankOrder = Comparer<RankedCandidate>.Create((a, b) =>
    {
        var order = Precedence(PrincipleOrder(a.Principle), a.Breakdown.Score, a.Assessment.Person, PrincipleOrder(b.Principle), b.Breakdown.Score, b.Assessment.Person);
        return order != 0 ? order : a.Index.CompareTo(b.Index);
    });

    /// <summary>The order of the ranking before the candidates' positions: principle, then higher score, then person id.</summary>
    private static int Precedence(int principleA, double scoreA, Person a, int principleB, double scoreB, Person b)
    {
        var order = principleA.CompareTo(principleB);
        if (order == 0)
        {
            order = scoreB.CompareTo(scoreA);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
    }

    // Neutralise (principle 3) was added after Priority took the value 3: the order is the methodology's, not the values'.
    private static int PrincipleOrder(PlanningPrinciple principle) => principle switch
    {
        PlanningPrinciple.IdentifyEconomicBuyer => 1,
        PlanningPrinciple.DevelopCoach => 2,
        PlanningPrinciple.Neutralise => 3,
        _ => 4,
    };

    /// <summary>The principle of the candidate at <paramref name="at"/>, given where the identifier and the coach candidate are (-1: none).</summary>
    private static PlanningPrinciple PrincipleOf(in Candidate candidate, int at, int identifierAt, int coachCandidateAt, Situations situations) =>
        at == identifierAt ? PlanningPrinciple.IdentifyEconomicBuyer
        : at == coachCandidateAt ? PlanningPrinciple.DevelopCoach
        : situations.Opponent(candidate.Person) is not null ? PlanningPrinciple.Neutralise
        : PlanningPrinciple.Priority;

    /// <summary>
    /// Principle 1: who can tell us who the Economic Buyer is. The Coach (the most favourable, then the best
    /// covered), or with no Coach the best-covered favourable person; with no favourable person, the best-covered
    /// person who does not oppose us, since someone must be asked.
    /// </summary>
    /// <returns>Where the identifier is among the candidates, or -1 with none.</returns>
    private static int FindIdentifier(Candidate[] candidates, int count, PlanningOptions options)
    {
        // Each pick is the first of the candidates that no later one beats: the orders end with the id, so any order of the candidates gives the same picks.
        var coach = -1;
        var favourable = -1;
        var notOpposed = -1;
        for (var i = 0; i < count; i++)
        {
            ref readonly var a = ref candidates[i];
            if (a.Influence.Roles == BuyingRoles.None)
            {
                // Someone whose part is still to be found out (principle 5) is not who we ask who decides.
                continue;
            }

            if (a.Influence.Has(BuyingRoles.Coach) && (coach < 0 || CoachOrder(a, candidates[coach]) < 0))
            {
                coach = i;
            }

            if (a.Influence.Rating >= options.Thresholds.FavourableRating && (favourable < 0 || CoverageOrder(a, candidates[favourable]) < 0))
            {
                favourable = i;
            }

            if ((a.Influence.Rating ?? 0) >= 0 && (notOpposed < 0 || CoverageOrder(a, candidates[notOpposed]) < 0))
            {
                notOpposed = i;
            }
        }

        return coach >= 0 ? coach : favourable >= 0 ? favourable : notOpposed;
    }

    private static int CoachOrder(in Candidate a, in Candidate b)
    {
        // A proven Coach before a candidate; then the most favourable, then the best covered.
        var order = b.IsProvenCoach.CompareTo(a.IsProvenCoach);
        if (order == 0)
        {
            order = (b.Influence.Rating ?? 0).CompareTo(a.Influence.Rating ?? 0);
        }

        if (order == 0)
        {
            order = b.Coverage.CompareTo(a.Coverage);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Person.Id, b.Person.Id);
    }

    private static int CoverageOrder(in Candidate a, in Candidate b)
    {
        var order = b.Coverage.CompareTo(a.Coverage);
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
    /// <returns>Where that person is among the candidates, or -1 with none.</returns>
    private static int FindCoachCandidate(OpportunityReview review, Candidate[] candidates, int count, PlanningOptions options)
    {
        var best = -1;
        var bestScore = 0.0;
        for (var i = 0; i < count; i++)
        {
            ref readonly var a = ref candidates[i];
            if (a.Influence.Roles == BuyingRoles.None || a.Influence.Has(BuyingRoles.Economic) || (a.Influence.Rating ?? 0) < 0)
            {
                continue;
            }

            // An existing candidate Coach is tested before a new one is sought: holding the role outranks any score.
            var score = (options.Priority.CoachCandidateRatingWeight * (((a.Influence.Rating ?? 0) - BuyingInfluence.MinRating) / 10.0))
                + (options.Priority.CoachCandidateCoverageWeight * a.Coverage)
                + (options.Priority.CoachCandidateReachWeight * (a.Fact is { } fact ? OwnEdgeToEconomicBuyer(review, fact) : OwnEdgeToEconomicBuyer(review, a.Person.Id)))
                + (a.Influence.Has(BuyingRoles.Coach) ? 1 : 0);
            if (best < 0)
            {
                (best, bestScore) = (i, score);
                continue;
            }

            var order = bestScore.CompareTo(score);
            if (order == 0)
            {
                order = string.CompareOrdinal(a.Person.Id, candidates[best].Person.Id);
            }

            if (order < 0)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }

    /// <summary>The priority, with every factor that makes it (see <see cref="Priority"/>).</summary>
    private static PriorityBreakdown Score(in Candidate candidate, PlanningPrinciple principle, PlanningOptions options, Situations situations)
    {
        var p = Priority.Of(candidate, options, situations);
        return new PriorityBreakdown(
            principle,
            p.RoleWeight,
            p.DegreeWeight,
            p.Centrality,
            p.Importance - p.BaseImportance,
            p.Importance,
            p.UrgencySum,
            p.Urgency,
            p.Reach,
            p.Feasibility,
            p.Score);
    }

    private static double UrgencyWeight(RedFlagCode code, PlanningOptions options) => options.Priority.UrgencyWeightOf(code);

    private static IReadOnlyList<ReasonCode> Reasons(InfluenceAssessment assessment, bool identify, bool developCoach, IntroductionPath? route, Situations situations, PlanningOptions options)
    {
        var reasons = new List<ReasonCode>(4);
        if (identify)
        {
            reasons.Add(ReasonCode.IdentifyEconomicBuyer);
        }

        if (developCoach)
        {
            reasons.Add(ReasonCode.DevelopCoach);
        }

        if (situations.Opponent(assessment.Person) is not null)
        {
            reasons.Add(ReasonCode.Neutralise);
        }

        if (situations.Hidden(assessment.Person) is not null)
        {
            reasons.Add(ReasonCode.HiddenInfluencer);
        }

        foreach (var flag in assessment.RedFlags)
        {
            var code = (ReasonCode)flag.Code; // the same names and numbers (ReasonCodeTests keeps them so)
            if (!reasons.Contains(code))
            {
                reasons.Add(code);
            }
        }

        if (assessment.Centrality >= options.Priority.CentralReasonThreshold)
        {
            reasons.Add(ReasonCode.Central);
        }

        if (route is null)
        {
            reasons.Add(ReasonCode.NoAdmissibleRoute);
        }
        else if (route.IsReengagement)
        {
            // A seller's own relationship gone cold: re-engage it rather than be introduced.
            reasons.Add(ReasonCode.Reengage);
        }

        return reasons;
    }

    /// <summary>
    /// The factors of a priority. A hidden influencer holds no role of their own: their role weight is that of the person
    /// they influence times the strength of that influence; their urgency comes from the review's HiddenInfluencer flag.
    /// Worked out as a value: finding the first recommendation compares every candidate's score and writes no breakdown.
    /// </summary>
    private readonly struct Priority
    {
        private Priority(double roleWeight, double degreeWeight, double centrality, double baseImportance, double importance, double urgencySum, double reach, double feasibility)
        {
            RoleWeight = roleWeight;
            DegreeWeight = degreeWeight;
            Centrality = centrality;
            BaseImportance = baseImportance;
            Importance = importance;
            UrgencySum = urgencySum;
            Urgency = 1 - Math.Exp(-urgencySum);
            Reach = reach;
            Feasibility = feasibility;
            Score = importance * Urgency * feasibility;
        }

        public double RoleWeight { get; }

        public double DegreeWeight { get; }

        public double Centrality { get; }

        public double BaseImportance { get; }

        public double Importance { get; }

        public double UrgencySum { get; }

        public double Urgency { get; }

        public double Reach { get; }

        public double Feasibility { get; }

        public double Score { get; }

        public static Priority Of(in Candidate candidate, PlanningOptions options, Situations situations)
        {
            var influence = candidate.Influence;
            // The review's importance weights, one set for both; a person with no role weighs only through whom they influence.
            var weights = situations.Review.Analysis.Options.Importance;
            var roleWeight = weights.RoleWeight(influence.Roles);
            var hidden = situations.Hidden(candidate.Person);
            if (hidden is not null && situations.Review.FactsOf(hidden.NearId) is { } near)
            {
                roleWeight = Math.Max(roleWeight, weights.RoleWeight(near.Influence.Roles) * hidden.Strength);
            }

            var degreeWeight = weights.DegreeWeight(influence.Degree);
            var baseImportance = Math.Min(1, roleWeight * degreeWeight);
            var centrality = candidate.Centrality;
            var importance = baseImportance + ((1 - baseImportance) * Math.Min(1, weights.CentralityBoost * centrality));

            var urgencySum = candidate.UrgencySum;
            var reach = candidate.ReachStrength;
            var feasibility = options.Priority.FeasibilityFloor + ((1 - options.Priority.FeasibilityFloor) * reach);
            return new Priority(roleWeight, degreeWeight, centrality, baseImportance, importance, urgencySum, reach, feasibility);
        }
    }

    /// <summary>
    /// What the ranking reads of one candidate, from their assessment or, for the first recommendation alone, from the
    /// review's facts (<see cref="Top"/>): whether they are a proven Coach, our coverage of them, their centrality, the
    /// urgency of their flags and the strength of their route.
    /// </summary>
    private readonly struct Candidate
    {
        public Candidate(Person person, BuyingInfluence influence, double coverage, bool isProvenCoach, double centrality, double urgencySum, double reachStrength, PersonFacts? fact)
        {
            Person = person;
            Influence = influence;
            Coverage = coverage;
            IsProvenCoach = isProvenCoach;
            Centrality = centrality;
            UrgencySum = urgencySum;
            ReachStrength = reachStrength;
            Fact = fact;
        }

        public Person Person { get; }

        public BuyingInfluence Influence { get; }

        /// <summary>The strength of our coverage of the person (<see cref="PersonCoverage.Strength"/>).</summary>
        public double Coverage { get; }

        public bool IsProvenCoach { get; }

        public double Centrality { get; }

        /// <summary>The base urgency plus the urgency weight of each of the person's flags, added in the review's order.</summary>
        public double UrgencySum { get; }

        public double ReachStrength { get; }

        /// <summary>The influence's facts, when the candidate was read from them.</summary>
        public PersonFacts? Fact { get; }

        /// <summary>The same candidate with the urgency of their flags.</summary>
        public Candidate WithUrgency(double urgencySum) =>
            new(Person, Influence, Coverage, IsProvenCoach, Centrality, urgencySum, ReachStrength, Fact);

        /// <summary>An influence read from the review's facts, the urgency of their flags not yet added (see <see cref="WithUrgency"/>).</summary>
        public static Candidate Of(PersonFacts fact, double centrality) =>
            new(fact.Person, fact.Influence, fact.CoverageStrength, InfluenceAssessment.IsProven(fact.Influence, fact.CoachTests), centrality, 0, fact.ReachStrength ?? 0, fact);

        /// <summary>
        /// A hidden influencer outside the influences, read as <see cref="Outsider"/> assesses them, without the
        /// assessment: only the first recommendation's person needs one.
        /// </summary>
        public static Candidate OfOutsider(OpportunityReview review, Person person, PlanningOptions options)
        {
            var analysis = review.Analysis;
            var vertex = analysis.VertexOf(person.Id);
            var coverage = analysis.CoverageOf(vertex, out _);

            // Their flags are those on them, as their assessment would hold them.
            var urgencySum = UrgencyOf(review.FlagsOn(person.Id), options);
            var reach = analysis.GetRouteStrength(vertex, review.Opportunity.Id) ?? 0;
            // An influence whose part is to be found out: no role, degree or rating known.
            return new Candidate(person, new BuyingInfluence { PersonId = person.Id }, coverage, false, analysis.CentralityOf(vertex), urgencySum, reach, null);
        }

        public static Candidate Of(InfluenceAssessment assessment, PlanningOptions options)
        {
            return new Candidate(assessment.Person, assessment.Influence, assessment.Coverage.Strength, assessment.IsProvenCoach, assessment.Centrality, UrgencyOf(assessment.RedFlags, options), assessment.ReachStrength, null);
        }

        /// <summary>The base urgency and the urgency weight of each flag on the person.</summary>
        private static double UrgencyOf(IReadOnlyList<RedFlag> flags, PlanningOptions options)
        {
            var urgencySum = options.Priority.BaseUrgency;
            for (var i = 0; i < flags.Count; i++)
            {
                urgencySum += UrgencyWeight(flags[i].Code, options);
            }

            return urgencySum;
        }
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

    /// <summary>
    /// A Coach candidate's own reach into the Economic Buyer, as by id below, for an influence of the review: by party
    /// numbers, the Economic Buyers being the influences who hold the Economic role, so that neither person's id is read
    /// from their object (cold in a portfolio of plans) or looked up.
    /// </summary>
    private static double OwnEdgeToEconomicBuyer(OpportunityReview review, PersonFacts fact)
    {
        var best = 0.0;
        var facts = review.Facts;
        var from = review.VertexAt(fact.Index);
        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i].IsEconomic)
            {
                best = Math.Max(best, review.Analysis.LinkStrength(from, review.VertexAt(i)));
            }
        }

        return best;
    }

    /// <summary>
    /// A Coach candidate's own reach into the Economic Buyer: their strongest relationship of their own with an Economic
    /// Buyer (the edge a Coach introduces us across; domain.md, section 5), 0 with none.
    /// </summary>
    private static double OwnEdgeToEconomicBuyer(OpportunityReview review, string personId)
    {
        var best = 0.0;
        var economicBuyers = review.EconomicBuyers;
        for (var i = 0; i < economicBuyers.Count; i++)
        {
            best = Math.Max(best, review.Analysis.LinkStrength(personId, economicBuyers[i].Id));
        }

        return best;
    }

    /// <summary>The situations of principles 3 and 5 in one opportunity, as the review found them, by person.</summary>
    private sealed class Situations
    {
        // The review's lists, in person id order, searched by halves (EconomicBuyerSurroundings.Of): no dictionary per ranking.
        private readonly IReadOnlyList<NearEconomicBuyer> opponents;

        public Situations(OpportunityReview review)
        {
            Review = review;
            opponents = review.OpponentsNearEconomicBuyer;
            HiddenInfluencers = review.HiddenInfluencers;
        }

        public OpportunityReview Review { get; }

        public IReadOnlyList<NearEconomicBuyer> HiddenInfluencers { get; }

        // The person's id is read only when the list has someone: most accounts have neither situation, and each person's
        // object is cold in a portfolio of plans.
        public NearEconomicBuyer? Opponent(Person person) => opponents.Count == 0 ? null : EconomicBuyerSurroundings.Of(opponents, person.Id);

        public NearEconomicBuyer? Hidden(Person person) => HiddenInfluencers.Count == 0 ? null : EconomicBuyerSurroundings.Of(HiddenInfluencers, person.Id);
    }
}
