using System;
using System.Collections.Generic;
using System.Globalization;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>Which principle of the methodology (docs/domain.md, section 4) placed a recommendation where it is.</summary>
public enum PlanningPrinciple
{
    /// <summary>Principle 1: the Economic Buyer is unknown; this meeting identifies them and the decision process. Ranked above everything.</summary>
    IdentifyEconomicBuyer = 1,

    /// <summary>Principle 2: there is no Coach; this person is the best candidate to develop into one. Ranked next.</summary>
    DevelopCoach = 2,

    /// <summary>Principle 4: ranked by priority = importance x urgency x feasibility (ranked after <see cref="Neutralise"/>).</summary>
    Priority = 3,

    /// <summary>
    /// Principle 3: an opponent near the Economic Buyer (rated -2 or lower, with a Knows relationship of 0.5 or more or an
    /// Influences relationship to them) is met before the Economic Buyer: neutralise, do not bypass. Ranked after
    /// principles 1 and 2 and before every priority.
    /// </summary>
    Neutralise = 4,
}

/// <summary>
/// Why a person got their score, in domain words: <see cref="Score"/> = <see cref="Importance"/> x
/// <see cref="Urgency"/> x <see cref="Feasibility"/>, each in [0, 1].
/// </summary>
/// <remarks>Made only by the planner. Immutable and thread-safe.</remarks>
public sealed class PriorityBreakdown
{
    // The sentence is rarely read (the tool prints it for the first few rows at most), and formatting eleven numbers
    // for every person was the largest single cost of ranking: it is written from the numbers below on first read.
    // Racing first reads format the same immutable numbers into equal strings; either may be kept.
    private string? explanation;

    internal PriorityBreakdown(
        PlanningPrinciple principle,
        double roleWeight,
        double degreeWeight,
        double centrality,
        double centralityBoost,
        double importance,
        double urgencySum,
        double urgency,
        double reach,
        double feasibility,
        double score)
    {
        Principle = principle;
        RoleWeight = roleWeight;
        DegreeWeight = degreeWeight;
        Centrality = centrality;
        CentralityBoost = centralityBoost;
        Importance = importance;
        UrgencySum = urgencySum;
        Urgency = urgency;
        Reach = reach;
        Feasibility = feasibility;
        Score = score;
    }

    /// <summary>The principle that placed the recommendation (principles 1 and 2 rank above any priority).</summary>
    public PlanningPrinciple Principle { get; }

    /// <summary>The weight of the highest role the person holds (Economic 1.0, Coach 0.8, Technical 0.7, User 0.6 by default).</summary>
    public double RoleWeight { get; }

    /// <summary>The weight of the person's degree of influence (High 1.0, Medium 0.6, Low 0.3, Unknown 0.6 by default).</summary>
    public double DegreeWeight { get; }

    /// <summary>The person's network centrality over Influences and ReportsTo, 0..1, from the analysis.</summary>
    public double Centrality { get; }

    /// <summary>How much centrality raised importance: importance - role weight x degree weight.</summary>
    public double CentralityBoost { get; }

    /// <summary>How much meeting this person matters: role weight x degree weight, raised toward 1 by centrality. In [0, 1].</summary>
    public double Importance { get; }

    /// <summary>The red-flag weights on the person, added up, plus the base urgency.</summary>
    public double UrgencySum { get; }

    /// <summary>How much the plan needs this meeting now: 1 - e^(-urgency sum), so every flag adds but urgency stays below 1; near zero with no flag.</summary>
    public double Urgency { get; }

    /// <summary>The strength of the best path from our team to the person, 0 when there is none.</summary>
    public double Reach { get; }

    /// <summary>How likely we are to get the meeting: floor + (1 - floor) x reach, from 0.5 (no known path) to 1 (direct, trusted) by default.</summary>
    public double Feasibility { get; }

    /// <summary>The priority: importance x urgency x feasibility, in [0, 1).</summary>
    public double Score { get; }

    /// <summary>The breakdown in one sentence, for people, written from the numbers above.</summary>
    public string Explanation => explanation ??= Explain();

    private string Explain() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}: importance {1:0.00} (role {2:0.00} x degree {3:0.00}, +{4:0.00} for centrality {5:0.00}) x urgency {6:0.00} (flags add up to {7:0.00}) x feasibility {8:0.00} (reach {9:0.00}) = {10:0.000}.",
        PrincipleText(Principle),
        Importance,
        RoleWeight,
        DegreeWeight,
        CentralityBoost,
        Centrality,
        Urgency,
        UrgencySum,
        Feasibility,
        Reach,
        Score);

    private static string PrincipleText(PlanningPrinciple principle) => principle switch
    {
        PlanningPrinciple.IdentifyEconomicBuyer => "First because the Economic Buyer is unknown and this meeting identifies them",
        PlanningPrinciple.DevelopCoach => "Next because there is no Coach and this is the best person to develop into one",
        PlanningPrinciple.Neutralise => "Before the Economic Buyer because this opponent is close to them: neutralise, do not bypass",
        _ => "Ranked by priority",
    };
}

/// <summary>
/// One person to meet next, with why, who owns the contact, who introduces us and what the meeting must achieve.
/// </summary>
/// <remarks>Made only by the planner. Immutable and thread-safe.</remarks>
public sealed class Recommendation
{
    internal Recommendation(int rank, Approach approach, PriorityBreakdown breakdown, IReadOnlyList<ReasonCode> reasons, MeetingGoal goal)
    {
        Rank = rank;
        Approach = approach;
        Breakdown = breakdown;
        Reasons = reasons;
        Goal = goal;
    }

    /// <summary>The rank, 1 for the first meeting to hold.</summary>
    public int Rank { get; }

    /// <summary>The person to meet (never a seller), the seller who owns the contact, the companion and the route in.</summary>
    public Approach Approach { get; }

    /// <summary>
    /// The priority in [0, 1): importance x urgency x feasibility (see <see cref="Breakdown"/>). Recommendations
    /// placed by principles 1 and 2 (identify the Economic Buyer, develop a Coach) rank above all others whatever
    /// their score; within a principle, higher scores rank first and ties go by person id.
    /// </summary>
    public double Score => Breakdown.Score;

    /// <summary>How the score was built, and which principle placed the recommendation.</summary>
    public PriorityBreakdown Breakdown { get; }

    /// <summary>
    /// Why: the planner's principle codes first (<see cref="ReasonCode.IdentifyEconomicBuyer"/>,
    /// <see cref="ReasonCode.DevelopCoach"/>, <see cref="ReasonCode.Neutralise"/>, <see cref="ReasonCode.HiddenInfluencer"/>),
    /// then the codes of the red flags on the person, then <see cref="ReasonCode.Central"/>, then the route's
    /// (<see cref="ReasonCode.NoAdmissibleRoute"/> or <see cref="ReasonCode.Reengage"/>); each at most once.
    /// </summary>
    public IReadOnlyList<ReasonCode> Reasons { get; }

    /// <summary>What the meeting must achieve.</summary>
    public MeetingGoal Goal { get; }
}
