using System;
using System.Collections.Generic;
using System.Threading;
using Ardalis.GuardClauses;

namespace BuyingCenter.Analysis;

/// <summary>
/// The review of one opportunity: red flags, strengths, the coverage score with its deductions, and the funnel
/// position derived from the plan rather than asserted.
/// </summary>
/// <remarks>
/// <para>
/// The coverage score (domain.md, section 3) measures how much of the buying group's influence is known and on our
/// side. It is 100 minus two pools of deductions. The <b>opportunity pool</b> (<see cref="ScoreModel.OpportunityPoolPoints"/>, 40)
/// takes fixed points per opportunity-level flag (<see cref="ScoreModel.OpportunityFlagPoints"/>: EconomicBuyerUnknown 25,
/// NoGap 20, NoCoach 15, ...), at most the pool. The <b>people pool</b> (<see cref="ScoreModel.PeoplePoolPoints"/>, 60) is
/// shared among the influences in proportion to their importance, each Economic Buyer counted twice; a person's flags take
/// a part of their share (High 100%, Medium 35%, Low 10%), at most the whole share. A flag on someone outside the
/// influences (HiddenInfluencer) takes from the share of the person they influence. For example, with an Economic Buyer and
/// two others of equal importance, the Economic Buyer's share is 30 points; an Uncovered (High) Economic Buyer costs 30.
/// The status is Red below 40, Amber from 40 to 69, Green from 70, and never Green while the derived funnel position is
/// AboveTheFunnel.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class OpportunityReview
{
    private readonly Func<string> explainFunnel;

    // Searched by index, not through the interface: an enumerator of an array seen as a list is an object and a call per item.
    private readonly RedFlag[] flags;
    private readonly PersonFacts[] facts;
    private readonly double[] centrality;
    private readonly double[] shares;

    // Each influence's party number, by its index in the facts: a person is found by number, not by reading every
    // influence's id from its person's object.
    private readonly int[] vertices;
    private InfluenceAssessment[]? influenceArray;
    private string? funnelExplanation;
    private ScoreDeduction[]? scoreDeductions;

    // Made only by the reviewer, with the analysis it reviewed: a review always has the plan and paths behind it.
    internal OpportunityReview(
        AccountAnalysis analysis,
        Opportunity opportunity,
        int coverageScore,
        CoverageStatus status,
        RedFlag[] chargedFlags,
        SalesStage funnelPosition,
        SalesStage? claimedStage,
        bool stageOverstated,
        Func<string> explainFunnel,
        RedFlag[] redFlags,
        IReadOnlyList<PlanStrength> strengths,
        PersonFacts[] facts,
        double[] centrality,
        double[] shares,
        int[] vertices,
        IReadOnlyList<Person> economicBuyers,
        IReadOnlyList<Person> provenCoaches,
        bool isSingleThreaded,
        IReadOnlyList<NearEconomicBuyer> opponentsNearEconomicBuyer,
        IReadOnlyList<NearEconomicBuyer> hiddenInfluencers)
    {
        Analysis = analysis;
        Opportunity = opportunity;
        CoverageScore = coverageScore;
        Status = status;
        ChargedFlags = chargedFlags;
        FunnelPosition = funnelPosition;
        ClaimedStage = claimedStage;
        StageOverstated = stageOverstated;
        this.explainFunnel = explainFunnel;
        flags = redFlags;
        Strengths = strengths;
        this.facts = facts;
        this.centrality = centrality;
        this.shares = shares;
        this.vertices = vertices;
        EconomicBuyers = economicBuyers;
        ProvenCoaches = provenCoaches;
        IsSingleThreaded = isSingleThreaded;
        OpponentsNearEconomicBuyer = opponentsNearEconomicBuyer;
        HiddenInfluencers = hiddenInfluencers;
    }

    /// <summary>
    /// The opponents near an Economic Buyer and the hidden influencers (<see cref="EconomicBuyerSurroundings"/>), found once
    /// by the review and kept for the planner, which ranks by the same situations: finding them again cost about 2 KB
    /// per 40-person account.
    /// </summary>
    internal IReadOnlyList<NearEconomicBuyer> OpponentsNearEconomicBuyer { get; }

    /// <inheritdoc cref="OpponentsNearEconomicBuyer"/>
    internal IReadOnlyList<NearEconomicBuyer> HiddenInfluencers { get; }

    /// <summary>The graph facts (plan, date, options) the review was made from: the planner reads the plan and the paths through it.</summary>
    public AccountAnalysis Analysis { get; }

    /// <summary>The plan reviewed.</summary>
    public AccountPlan Plan => Analysis.Plan;

    /// <summary>The date of the review.</summary>
    public DateTime AsOf => Analysis.AsOf;

    /// <summary>The opportunity reviewed.</summary>
    public Opportunity Opportunity { get; }

    /// <summary>The coverage score from 0 to 100: 100 minus the deductions of both pools, rounded to a whole number.</summary>
    public int CoverageScore { get; }

    /// <summary>The band of <see cref="CoverageScore"/>: Red below 40, Amber 40 to 69, Green 70 and above (by default); never Green while <see cref="FunnelPosition"/> is AboveTheFunnel.</summary>
    public CoverageStatus Status { get; }

    /// <summary>Each red flag that cost points, with its points, in the order of <see cref="RedFlags"/>; they sum exactly to 100 - <see cref="CoverageScore"/>.</summary>
    /// <remarks>Made when first read from the flags, which keep their points (see <see cref="ScoreDeduction"/>).</remarks>
    public IReadOnlyList<ScoreDeduction> ScoreDeductions => WrittenOnce.Get(ref scoreDeductions, ChargedFlags, static charged => ScoreDeduction.Of(charged));

    /// <summary>The flags that cost points, in the order of <see cref="RedFlags"/>: what <see cref="ScoreDeductions"/> is made of.</summary>
    internal RedFlag[] ChargedFlags { get; }

    /// <summary>Where the opportunity stands, derived from the plan: AboveTheFunnel, InTheFunnel or BestFew.</summary>
    public SalesStage FunnelPosition { get; }

    /// <summary>The stage the plan claims (<see cref="BuyingCenter.Opportunity.Stage"/>), or <see langword="null"/>.</summary>
    public SalesStage? ClaimedStage { get; }

    /// <summary>Whether the claimed stage is ahead of the derived position (AboveTheFunnel &lt; InTheFunnel &lt; BestFew; Won and Lost are never compared).</summary>
    public bool StageOverstated { get; }

    /// <summary>A sentence explaining the derived position and, when overstated, the claim.</summary>
    /// <remarks>Written on first read from the review's facts (a portfolio derives thousands of positions and prints none of these); reading it again, or from several threads, gives the same string.</remarks>
    public string FunnelExplanation => WrittenOnce.Get(ref funnelExplanation, explainFunnel, static explain => explain());

    /// <summary>
    /// Every red flag, the worst risk first: by severity, then opportunity-wide flags before flags on a person, then the
    /// person's role (Economic, Coach, Technical, User, none), then their importance (highest first), then code and person id.
    /// </summary>
    public IReadOnlyList<RedFlag> RedFlags => flags;

    /// <summary>Every strength, by code, then by person id.</summary>
    public IReadOnlyList<PlanStrength> Strengths { get; }

    /// <summary>One assessment per buying influence, in plan order.</summary>
    /// <remarks>
    /// Made on first read from the facts the review gathered (reading them again, or from several threads, gives the same
    /// assessments): a portfolio ranks every opportunity's people from those facts and reads no assessment but the first
    /// recommendation's.
    /// </remarks>
    public IReadOnlyList<InfluenceAssessment> Influences => Assessments;

    /// <summary>The facts of each influence, in plan order (an influence's <see cref="PersonFacts.Index"/> is its place here).</summary>
    /// <remarks>Arrays, not lists: read by index through an interface, every item is a call.</remarks>
    internal PersonFacts[] Facts => facts;

    /// <summary>The flags of <see cref="RedFlags"/>, as the array they are.</summary>
    internal RedFlag[] FlagArray => flags;

    /// <summary>The network centrality of the influence at <paramref name="index"/> of <see cref="Facts"/>.</summary>
    internal double CentralityAt(int index) => centrality[index];

    /// <summary>The party number (the account graph's vertex) of the influence at <paramref name="index"/> of <see cref="Facts"/>.</summary>
    internal int VertexAt(int index) => vertices[index];

    private InfluenceAssessment[] Assessments => WrittenOnce.Get(ref influenceArray, this, static review => review.Assess());

    /// <summary>The people who hold the Economic role, in plan order; empty when the Economic Buyer is unknown.</summary>
    public IReadOnlyList<Person> EconomicBuyers { get; }

    /// <summary>The people who hold the Coach role and pass all three coach tests, in plan order: "a Coach is in place" means one of them.</summary>
    public IReadOnlyList<Person> ProvenCoaches { get; }

    /// <summary>Whether some Economic Buyer is reached only through one person or one seller (a <see cref="RedFlagCode.SingleThreaded"/> flag).</summary>
    public bool IsSingleThreaded { get; }

    /// <summary>Reviews one opportunity of <paramref name="plan"/> as of <paramref name="asOf"/>, and no other.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date of the review (the time of day is ignored).</param>
    /// <param name="opportunityId">The id of the opportunity to review.</param>
    /// <param name="options">Thresholds and weights, or <see langword="null"/> for the defaults.</param>
    /// <returns>The review of that opportunity.</returns>
    /// <exception cref="PlanArgumentException">The plan has no opportunity with that id.</exception>
    public static OpportunityReview Create(AccountPlan plan, DateTime asOf, string opportunityId, AnalysisOptions? options = null) =>
        Create(AccountAnalysis.Create(Guard.Against.Null(plan), asOf, options), opportunityId);

    /// <summary>Reviews one opportunity from an analysis already made (its plan, date and options).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="opportunityId">The id of the opportunity to review.</param>
    /// <returns>The review of that opportunity.</returns>
    /// <exception cref="PlanArgumentException">The plan has no opportunity with that id.</exception>
    public static OpportunityReview Create(AccountAnalysis analysis, string opportunityId)
    {
        Guard.Against.Null(analysis);
        Guard.Against.Null(opportunityId);
        var opportunity = analysis.Plan.FindOpportunity(opportunityId)
            ?? throw new PlanArgumentException("The plan has no opportunity with the id '" + opportunityId + "'.", nameof(opportunityId));
        return OpportunityReviewer.Review(analysis, opportunity);
    }

    /// <summary>The red flags on one person, in the order of <see cref="RedFlags"/>: also those on someone outside the influences (HiddenInfluencer).</summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The flags; empty when there are none.</returns>
    public IReadOnlyList<RedFlag> FlagsOn(string personId)
    {
        // A flag on an influence carries their facts (a hidden influencer's too, when they are an influence here), and a
        // flag without facts is on the opportunity or on someone outside the influences: the flags are told apart by their
        // facts, and only those on outsiders by their person's id, not every flag's person read.
        var fact = FactsOf(personId);
        List<RedFlag>? found = null;
        for (var i = 0; i < flags.Length; i++)
        {
            var flag = flags[i];
            if (fact is not null ? flag.Fact == fact : flag.Fact is null && string.Equals(flag.PersonId, personId, StringComparison.Ordinal))
            {
                (found ??= new List<RedFlag>()).Add(flag);
            }
        }

        return found is null ? Array.Empty<RedFlag>() : found;
    }

    /// <summary>Finds the assessment of one person's influence.</summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The assessment, or <see langword="null"/> when the person plays no part in the opportunity.</returns>
    public InfluenceAssessment? FindInfluence(string personId) => FactsOf(personId) is { } fact ? Assessments[fact.Index] : null;

    /// <summary>The facts of one person's influence, or <see langword="null"/> when the person plays no part in the opportunity.</summary>
    internal PersonFacts? FactsOf(string personId)
    {
        if (personId is null || !Analysis.TryGetVertex(personId, out var vertex))
        {
            return null;
        }

        for (var i = 0; i < facts.Length; i++)
        {
            if (vertices[i] == vertex)
            {
                return facts[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The assessment of one influence: the one <see cref="Influences"/> holds once they are made, else made alone, so
    /// that a caller who needs one person's assessment does not make everyone's.
    /// </summary>
    internal InfluenceAssessment AssessmentOf(PersonFacts fact)
    {
        if (Volatile.Read(ref influenceArray) is { } made)
        {
            return made[fact.Index];
        }

        List<RedFlag>? own = null;
        for (var i = 0; i < flags.Length; i++)
        {
            if (flags[i].Fact == fact)
            {
                (own ??= new List<RedFlag>()).Add(flags[i]);
            }
        }

        return fact.ToAssessment(Analysis, Opportunity.Id, own is null ? Array.Empty<RedFlag>() : own.ToArray(), centrality[fact.Index], shares[fact.Index]);
    }

    private InfluenceAssessment[] Assess()
    {
        // Grouped once, by the facts each flag carries: scanning every flag for every person would be quadratic on large
        // accounts. Counted first, then copied into arrays of their final size: a dictionary of growing lists was about
        // 1.2 KB per 40-person account.
        var own = new RedFlag[facts.Length][];
        var ownCounts = new int[facts.Length];
        foreach (var flag in flags)
        {
            if (flag.Fact is { } owner)
            {
                ownCounts[owner.Index]++;
            }
        }

        for (var i = 0; i < facts.Length; i++)
        {
            own[i] = ownCounts[i] == 0 ? Array.Empty<RedFlag>() : new RedFlag[ownCounts[i]];
            ownCounts[i] = 0;
        }

        foreach (var flag in flags)
        {
            if (flag.Fact is { } owner)
            {
                own[owner.Index][ownCounts[owner.Index]++] = flag;
            }
        }

        var assessments = new InfluenceAssessment[facts.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            assessments[i] = facts[i].ToAssessment(Analysis, Opportunity.Id, own[i], centrality[i], shares[i]);
        }

        return assessments;
    }
}
