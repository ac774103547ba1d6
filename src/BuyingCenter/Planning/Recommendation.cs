using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Threading;
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
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PriorityBreakdown
{
    /// <summary>The principle that placed the recommendation (principles 1 and 2 rank above any priority).</summary>
    public required PlanningPrinciple Principle { get; init; }

    /// <summary>The weight of the highest role the person holds (Economic 1.0, Coach 0.8, Technical 0.7, User 0.6 by default).</summary>
    public required double RoleWeight { get; init; }

    /// <summary>The weight of the person's degree of influence (High 1.0, Medium 0.6, Low 0.3, Unknown 0.6 by default).</summary>
    public required double DegreeWeight { get; init; }

    /// <summary>The person's network centrality over Influences and ReportsTo, 0..1, from the analysis.</summary>
    public required double Centrality { get; init; }

    /// <summary>How much centrality raised importance: importance - role weight x degree weight.</summary>
    public required double CentralityBoost { get; init; }

    /// <summary>How much meeting this person matters: role weight x degree weight, raised toward 1 by centrality. In [0, 1].</summary>
    public required double Importance { get; init; }

    /// <summary>The red-flag weights on the person, added up, plus the base urgency.</summary>
    public required double UrgencySum { get; init; }

    /// <summary>How much the plan needs this meeting now: 1 - e^(-urgency sum), so every flag adds but urgency stays below 1; near zero with no flag.</summary>
    public required double Urgency { get; init; }

    /// <summary>The strength of the best path from our team to the person, 0 when there is none.</summary>
    public required double Reach { get; init; }

    /// <summary>How likely we are to get the meeting: floor + (1 - floor) x reach, from 0.5 (no known path) to 1 (direct, trusted) by default.</summary>
    public required double Feasibility { get; init; }

    /// <summary>The priority: importance x urgency x feasibility, in [0, 1).</summary>
    public required double Score { get; init; }

    // The sentence is rarely read (the tool prints it for the first few rows at most), and formatting eleven numbers
    // for every person was the largest single cost of ranking; it is written on first read, from the numbers above
    // as they were when the breakdown was made (a `with` copy keeps the original's sentence, as before).
    private ExplanationText explanation = null!;

    /// <summary>Creates an empty breakdown; set every required property.</summary>
    public PriorityBreakdown()
    {
    }

    // For the ranking, which sets every other property in its object initializer (not with `with`, whose copy would
    // keep this empty instance's sentence).
    // The nullable analysis cannot see that Explanation reads the field set here.
#pragma warning disable CS8618
    [SetsRequiredMembers]
    internal PriorityBreakdown(bool deferredExplanation)
    {
        explanation = deferredExplanation ? new ExplanationText(this) : new ExplanationText(string.Empty);
    }
#pragma warning restore CS8618

    /// <summary>The breakdown in one sentence, for people.</summary>
    public required string Explanation
    {
        get => explanation.Text;
        init => explanation = new ExplanationText(value);
    }

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

    // Equal when the sentences are equal, however each was made, so the record's generated equality is unchanged.
    private sealed class ExplanationText
    {
        private readonly PriorityBreakdown? source;
        private string? text;

        public ExplanationText(string text)
        {
            this.text = text;
        }

        public ExplanationText(PriorityBreakdown source)
        {
            this.source = source;
        }

        // Racing first reads both format the same immutable numbers; every reader then returns the one string published.
        public string Text => Volatile.Read(ref text) ?? (source is null ? text! : Interlocked.CompareExchange(ref text, source.Explain(), null) ?? text!);

        public override bool Equals(object? obj) => obj is ExplanationText other && string.Equals(Text, other.Text, StringComparison.Ordinal);

        public override int GetHashCode() => Text is { } value ? StringComparer.Ordinal.GetHashCode(value) : 0;
    }
}

/// <summary>
/// One person to meet next, with why, who owns the contact, who introduces us and what the meeting must achieve.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Recommendation
{
    /// <summary>The rank, 1 for the first meeting to hold.</summary>
    public required int Rank { get; init; }

    /// <summary>The person to meet (never a seller).</summary>
    public required string PersonId { get; init; }

    /// <summary>
    /// The priority in [0, 1): importance x urgency x feasibility (see <see cref="Breakdown"/>). Recommendations
    /// placed by principles 1 and 2 (identify the Economic Buyer, develop a Coach) rank above all others whatever
    /// their score; within a principle, higher scores rank first and ties go by person id.
    /// </summary>
    public required double Score { get; init; }

    /// <summary>How the score was built, and which principle placed the recommendation.</summary>
    public required PriorityBreakdown Breakdown { get; init; }

    /// <summary>
    /// Why: the codes of the red flags on the person (as <see cref="RedFlagCode"/> names), then the planner's own codes:
    /// <c>IdentifyEconomicBuyer</c>, <c>DevelopCoach</c>, <c>Neutralise</c> (an opponent near the Economic Buyer, met
    /// first), <c>HiddenInfluencer</c> (no role here, but an Influences relationship of 0.5 or more into the Economic Buyer
    /// or a High influence: find out their part), <c>Central</c> (centrality at or above the threshold),
    /// <c>NoAdmissibleRoute</c> (no admissible route from our team), <c>Reengage</c> (the route is a seller's own
    /// relationship gone cold, to be re-engaged).
    /// </summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>The seller who should own the contact, or <see langword="null"/> when the plan has no seller.</summary>
    public string? OwnerId { get; init; }

    /// <summary>The seller of matching level who joins the owner with a senior person (domain.md, section 2), or <see langword="null"/>.</summary>
    public string? CompanionId { get; init; }

    /// <summary>The introduction path from the owner to the person (a direct relationship is a path of two), or <see langword="null"/> when there is none.</summary>
    public IntroductionPath? Path { get; init; }

    /// <summary>The strength of <see cref="Path"/>, 0 when there is none.</summary>
    public required double PathStrength { get; init; }

    /// <summary>What the meeting must achieve.</summary>
    public required MeetingGoal Goal { get; init; }
}
