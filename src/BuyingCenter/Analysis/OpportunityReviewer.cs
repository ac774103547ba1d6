using System;
using System.Collections.Generic;
using System.Globalization;

namespace BuyingCenter.Analysis;

/// <summary>
/// Reviews one opportunity (domain.md, section 3): gathers each influence's facts once, runs the red-flag rules of
/// <see cref="RedFlagRules"/> over them, finds the strengths, takes the score's deductions and derives the funnel position
/// (<see cref="FunnelDerivation"/>).
/// </summary>
internal sealed class OpportunityReviewer
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>How many flags the deductions' working arrays kept per thread can hold.</summary>
    private const int KeptFlags = 256;

    /// <summary>How many people a flag's sort key can place (22 bits each for the person and their role and importance).</summary>
    private const int KeyedPeople = (1 << 22) - 1;

    [ThreadStatic]
    private static double[]? spareExact;
    [ThreadStatic]
    private static long[]? spareTenths;
    [ThreadStatic]
    private static double[]? spareRemainders;
    [ThreadStatic]
    private static int[]? spareOrder;
    [ThreadStatic]
    private static long[]? spareKeys;

    private readonly AccountAnalysis analysis;
    private readonly AnalysisOptions options;
    private readonly AccountPlan plan;
    private readonly Opportunity opportunity;
    private readonly List<RedFlag> flags;
    private readonly List<PlanStrength> strengths = new();
    private readonly List<PersonFacts> facts;
    private readonly PersonFacts?[] byVertex;
    private readonly List<Person> economicBuyers = new();
    private IReadOnlyList<NearEconomicBuyer> opponents = Array.Empty<NearEconomicBuyer>();
    private HeldMeetings[] history = Array.Empty<HeldMeetings>();

    // By the influence's index in the facts: what only the review's arithmetic needs, kept here rather than in the facts
    // that flags keep (see PersonFacts).
    private double[] centrality = Array.Empty<double>();
    private double[] share = Array.Empty<double>();

    // Each influence's party number: the numbers follow the ordinal order of the ids, so the orders by person id compare
    // these instead of reading each person's id from their object (cold in a portfolio of plans).
    private int[] vertices = Array.Empty<int>();

    private OpportunityReviewer(AccountAnalysis analysis, Opportunity opportunity)
    {
        this.analysis = analysis;
        options = analysis.Options;
        plan = analysis.Plan;
        this.opportunity = opportunity;
        facts = new List<PersonFacts>(opportunity.Influences.Count);

        // About three flags per influence on a real account: sized once rather than grown four times.
        flags = new List<RedFlag>(8 + (3 * opportunity.Influences.Count));
        Context = new FlagContext(plan, opportunity, options, analysis.AsOf);
        // The influences' facts by party number: a dictionary by id cost a kilobyte and a hash of every id per review.
        byVertex = new PersonFacts?[analysis.VertexCount];
    }

    public AccountAnalysis Analysis => analysis;

    public AnalysisOptions Options => options;

    /// <summary>What this opportunity's flags may name in their sentences.</summary>
    public FlagContext Context { get; }

    public AccountPlan Plan => plan;

    public Opportunity Opportunity => opportunity;

    /// <summary>The facts of each influence, in the plan's order.</summary>
    public List<PersonFacts> Influences => facts;

    public List<Person> EconomicBuyers => economicBuyers;

    public int Coaches { get; private set; }

    public bool HasTechnical { get; private set; }

    public bool HasUser { get; private set; }

    /// <summary>The deciders when nobody who decides sees a reason to change (the NoGap condition), else null.</summary>
    public List<PersonFacts>? NoGapDeciders { get; private set; }

    public static OpportunityReview Review(AccountAnalysis analysis, Opportunity opportunity) =>
        new OpportunityReviewer(analysis, opportunity).Review();

    /// <summary>The opponent-near-the-Economic-Buyer situation of an influence whose Economic Buyer is an influence here, else null.</summary>
    /// <summary>The held meetings with an influence: the outcomes of the last two, and whether any ended with a commitment.</summary>
    public HeldMeetings HistoryOf(PersonFacts fact) =>
        history[fact.Index];

    public NearEconomicBuyer? OpponentNear(PersonFacts fact) =>
        opponents.Count > 0 && EconomicBuyerSurroundings.Of(opponents, fact.Person.Id) is { } near && FactsOf(near.NearId) is not null ? near : null;

    /// <summary>The facts of the influence with this id, or <see langword="null"/> when they are no influence here.</summary>
    public PersonFacts? FactsOf(string? id) => id is not null && analysis.TryGetVertex(id, out var vertex) ? byVertex[vertex] : null;

    public string NameOf(string id) => Context.NameOf(id);

    public static List<PersonFacts> ByPersonId(List<PersonFacts> facts)
    {
        // Sentences name people in id order so that they do not depend on the order of the plan's arrays.
        var sorted = new List<PersonFacts>(facts);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Person.Id, b.Person.Id));
        return sorted;
    }

    private OpportunityReview Review()
    {
        var influenceList = opportunity.Influences;
        centrality = new double[influenceList.Count];
        vertices = new int[influenceList.Count];
        for (var influenceAt = 0; influenceAt < influenceList.Count; influenceAt++)
        {
            // One look-up of the id: the party number first, then the person the plan finds by it (FindPerson's answer,
            // null for a seller's id), without reading the person's own object here.
            var influence = influenceList[influenceAt];
            var id = influence.PersonId;
            if (id is null || !analysis.TryGetVertex(id, out var vertex) || plan.PersonAt(vertex) is not { } person || byVertex[vertex] is not null)
            {
                continue;
            }

            var personCentrality = analysis.CentralityOf(vertex);
            centrality[facts.Count] = personCentrality;
            vertices[facts.Count] = vertex;
            var fact = new PersonFacts(person, vertex, influence, analysis, opportunity.Id, personCentrality) { Index = facts.Count, InfluenceAt = influenceAt };
            facts.Add(fact);
            byVertex[vertex] = fact;
            if (influence.Has(BuyingRoles.Economic))
            {
                economicBuyers.Add(person);
            }

            Coaches += influence.Has(BuyingRoles.Coach) ? 1 : 0;
            HasTechnical |= influence.Has(BuyingRoles.Technical);
            HasUser |= influence.Has(BuyingRoles.User);
        }

        history = MeetingHistory();
        foreach (var fact in facts)
        {
            fact.CoachTests = TestCoach(fact);
        }

        // Summed in person-id order and rounded: the shares, and so the points shown, never depend on the order of the
        // plan's arrays (floating-point sums do).
        // The party numbers follow the ordinal order of the ids, so the influences by party number are in person-id order.
        var weights = 0.0;
        foreach (var fact in byVertex)
        {
            weights += fact is null ? 0 : Weight(fact);
        }

        share = new double[facts.Count];
        foreach (var fact in facts)
        {
            share[fact.Index] = weights > 0 ? Math.Round(options.Score.PeoplePoolPoints * Weight(fact) / weights, 9) : 0;
            if (fact.IsEconomic && fact.Reached)
            {
                fact.ChokePoints = analysis.GetChokePoints(fact.Person.Id, opportunity.Id);
            }
        }

        Context.InfluenceCount = facts.Count;
        NoGapDeciders = NoGap(facts);
        var (opponentsNear, hiddenInfluencers) = EconomicBuyerSurroundings.Find(analysis, opportunity);
        opponents = opponentsNear;

        Apply(RedFlagRules.Opportunity, null);
        foreach (var fact in facts)
        {
            Apply(RedFlagRules.Person, fact);
        }

        // A hidden influencer's flag takes from the share of the person they influence: it is a gap in what we know of them
        // (see ChargedTo).
        var hiddenRule = RedFlagRules.HiddenInfluencer;
        List<Person>? outsiders = null;
        for (var i = 0; i < hiddenInfluencers.Count; i++)
        {
            // When the hidden influencer is an influence here (one whose roles are still to be found out), the flag
            // carries their facts, as a flag on an influence does: its order and whose share it takes follow from them.
            var hidden = hiddenInfluencers[i];
            var known = FactsOf(hidden.PersonId);
            var person = known is not null ? known.Person : plan.FindPerson(hidden.PersonId);
            flags.Add(new RedFlag(hiddenRule, hiddenRule.SeverityFor(options, null), Context, person, known, hidden));
            if (known is null && person is not null)
            {
                (outsiders ??= new List<Person>()).Add(person);
            }
        }

        var singleThreaded = false;
        foreach (var fact in facts)
        {
            if (fact.IsEconomic)
            {
                singleThreaded |= !fact.Reached || fact.ChokePoints.Count > 0;
                Apply(RedFlagRules.EconomicBuyer, fact);
            }
        }

        var provenCoaches = new List<Person>();
        foreach (var fact in facts)
        {
            if (InfluenceAssessment.IsProven(fact.Influence, fact.CoachTests))
            {
                provenCoaches.Add(fact.Person);
            }
        }

        PersonStrengths(facts, provenCoaches);

        var ordered = InOrder(outsiders);
        if (strengths.Count > 1)
        {
            strengths.Sort(CompareStrengths);
        }

        var highFlags = 0;
        foreach (var flag in ordered)
        {
            highFlags += flag.Severity == Severity.High ? 1 : 0;
        }

        var charged = Charge(ordered, out var score);

        var provenCoachCount = provenCoaches.Count;
        var position = FunnelDerivation.Derive(this, provenCoachCount, highFlags);
        var status = score >= options.Score.GreenFrom ? CoverageStatus.Green : score >= options.Score.AmberFrom ? CoverageStatus.Amber : CoverageStatus.Red;
        var capped = status == CoverageStatus.Green && position == SalesStage.AboveTheFunnel;
        if (capped)
        {
            // Known people on our side are no deal while nobody sees a reason to buy: the status is capped.
            status = CoverageStatus.Amber;
        }

        var claimed = opportunity.Stage;
        var overstated = claimed is { } claim && claim <= SalesStage.BestFew && claim > position;
        string ExplainFunnel()
        {
            var explanation = FunnelDerivation.Explain(this, provenCoachCount, highFlags);
            if (capped)
            {
                explanation += string.Format(Invariant, " The score of {0} would be Green, but a deal above the funnel is at most Amber.", score);
            }

            if (overstated)
            {
                explanation += string.Format(Invariant, " The plan claims {0}, ahead of the derived position {1}.", claimed, position);
            }

            return explanation;
        }

        return new OpportunityReview(
            analysis,
            opportunity: opportunity,
            coverageScore: score,
            status: status,
            chargedFlags: charged,
            funnelPosition: position,
            claimedStage: claimed,
            stageOverstated: overstated,
            explainFunnel: ExplainFunnel,
            redFlags: ordered,
            strengths: strengths.ToArray(),
            facts: facts.ToArray(),
            centrality: centrality,
            shares: share,
            vertices: vertices,
            economicBuyers: economicBuyers.ToArray(),
            provenCoaches: provenCoaches.ToArray(),
            isSingleThreaded: singleThreaded,
            opponentsNearEconomicBuyer: opponentsNear,
            hiddenInfluencers: hiddenInfluencers);
    }

    /// <summary>Runs each rule of a table on one influence (or on the opportunity, when <paramref name="fact"/> is null).</summary>
    private void Apply(RedFlagRule[] rules, PersonFacts? fact)
    {
        foreach (var rule in rules)
        {
            if (rule.Condition(this, fact) is { } detail)
            {
                flags.Add(new RedFlag(rule, rule.SeverityFor(options, fact), Context, fact?.Person, fact, detail));
            }
        }
    }

    /// <summary>
    /// The deductions of both pools (domain.md, section 3), exact first, then shown to one decimal so that they add up to
    /// exactly 100 - score: the exact total is rounded to the whole score (half away from zero), and its tenths are
    /// apportioned among the flags by largest remainder (ties: the earlier flag, which is the worse risk).
    /// </summary>
    /// <param name="flags">The flags in their order (<see cref="InOrder"/>).</param>
    /// <param name="score">The coverage score: 100 less the deductions rounded to the whole point.</param>
    /// <returns>The flags that cost points, each holding its tenths (<see cref="RedFlag.ChargedTenths"/>), in the flags' order.</returns>
    private RedFlag[] Charge(RedFlag[] flags, out int score)
    {
        // Working space, written in full before it is read, and reused per thread up to a portfolio account's size.
        var exact = flags.Length <= KeptFlags ? spareExact ??= new double[KeptFlags] : new double[flags.Length];

        // What is left of each person's share once the worse flags have taken theirs.
        var shareLeft = (double[])share.Clone();
        var opportunityLeft = options.Score.OpportunityPoolPoints;
        var total = 0.0;
        for (var i = 0; i < flags.Length; i++)
        {
            var flag = flags[i];
            double points;
            if (options.Score.FixedPointsOf(flag.Code) is { } fixedPoints)
            {
                points = Math.Max(0, Math.Min(fixedPoints, opportunityLeft));
                opportunityLeft -= points;
            }
            else if ((flag.Fact ?? ChargedTo(flag)) is { } owner)
            {
                points = Math.Max(0, Math.Min(share[owner.Index] * options.Score.ShareFor(flag.Severity), shareLeft[owner.Index]));
                shareLeft[owner.Index] -= points;
            }
            else
            {
                points = 0;
            }

            exact[i] = Math.Round(points, 9);
            total += exact[i];
        }

        var whole = (int)Math.Round(Math.Round(total, 6), MidpointRounding.AwayFromZero);
        whole = Math.Min(100, Math.Max(0, whole));
        score = 100 - whole;

        var tenths = flags.Length <= KeptFlags ? spareTenths ??= new long[KeptFlags] : new long[flags.Length];
        var remainders = flags.Length <= KeptFlags ? spareRemainders ??= new double[KeptFlags] : new double[flags.Length];
        var target = whole * 10L;
        var given = 0L;
        for (var i = 0; i < flags.Length; i++)
        {
            var quota = total > 0 ? exact[i] * target / total : 0;
            tenths[i] = (long)Math.Floor(quota + 1e-9);
            given += tenths[i];
            remainders[i] = Remainder(exact[i], target, total, tenths[i]);
        }

        if (given < target)
        {
            // The tenths still to give go one each to the largest remainders, ties to the earlier, worse flag: only as many
            // flags as tenths are missing are kept in that order (inserted one by one, the order of the flags keeping
            // ties), rather than every flag searched for every tenth or every flag with points put in order. Every quota
            // rounded down lost less than one tenth, so fewer tenths are missing than flags have points, and none gets two.
            var missing = (int)(target - given);
            var order = flags.Length <= KeptFlags ? spareOrder ??= new int[KeptFlags] : new int[flags.Length];
            var kept = 0;
            for (var i = 0; i < flags.Length; i++)
            {
                if (exact[i] > 0 && (kept < missing || remainders[order[kept - 1]] < remainders[i]))
                {
                    var at = kept < missing ? kept++ : kept - 1;
                    for (; at > 0 && remainders[order[at - 1]] < remainders[i]; at--)
                    {
                        order[at] = order[at - 1];
                    }

                    order[at] = i;
                }
            }

            for (var i = 0; i < missing; i++)
            {
                tenths[order[i]]++;
            }
        }

        var count = 0;
        for (var i = 0; i < flags.Length; i++)
        {
            count += tenths[i] > 0 ? 1 : 0;
        }

        var charged = new RedFlag[count];
        var k = 0;
        for (var i = 0; i < flags.Length; i++)
        {
            if (tenths[i] > 0)
            {
                flags[i].ChargedTenths = checked((int)tenths[i]);
                charged[k++] = flags[i];
            }
        }

        return charged;
    }

    /// <summary>What a flag's exact points exceed its whole tenths by, in tenths (rounded to 9 places so that ties are ties).</summary>
    /// <remarks>Only read while tenths are still to be given, so never with a total of 0.</remarks>
    private static double Remainder(double exact, long target, double total, long tenths) =>
        Math.Round((exact * target / total) - tenths, 9);

    private CoachTests TestCoach(PersonFacts fact)
    {
        var passed = CoachTests.None;
        if (fact.Influence.Degree is InfluenceDegree.High or InfluenceDegree.Medium)
        {
            passed |= CoachTests.CredibleWithBuyer;
        }

        if (fact.IsCovered || HistoryOf(fact).CommittedOnce)
        {
            passed |= CoachTests.CredibleWithUs;
        }

        if (fact.Influence.Rating is { } rating && rating >= options.Thresholds.CoachMinRating)
        {
            passed |= CoachTests.WantsUsToWin;
        }

        return passed;
    }

    /// <summary>Importance, the Economic Buyer's counted twice: what the people pool is shared by.</summary>
    private double Weight(PersonFacts fact) => fact.Importance * (fact.IsEconomic ? options.Score.EconomicBuyerShareFactor : 1);

    /// <summary>Whether nobody who decides sees a reason to change (the NoGap condition), and who they are.</summary>
    private List<PersonFacts>? NoGap(List<PersonFacts> facts)
    {
        var deciders = new List<PersonFacts>();
        var known = false;
        foreach (var fact in facts)
        {
            if (fact.IsEconomic || fact.Influence.Degree == InfluenceDegree.High)
            {
                if (fact.Influence.Mode is ResponseMode.Growth or ResponseMode.Trouble)
                {
                    return null;
                }

                known |= fact.Influence.Mode != ResponseMode.Unknown;
                deciders.Add(fact);
            }
        }

        return known ? deciders : null;
    }

    /// <summary>The held meetings with each influence, by their index in the facts: the outcomes of the last two, and whether any ended with a commitment.</summary>
    private HeldMeetings[] MeetingHistory()
    {
        var held = new HeldMeetings[facts.Count];
        var meetingList = plan.Meetings;
        for (var mIndex = 0; mIndex < meetingList.Count; mIndex++)
        {
            var meeting = meetingList[mIndex];
            if (!HeldMeetings.IsHeld(meeting, analysis.AsOf))
            {
                continue;
            }

            var personIdList = meeting.PersonIds;
            for (var pIndex = 0; pIndex < personIdList.Count; pIndex++)
            {
                if (FactsOf(personIdList[pIndex]) is { } fact)
                {
                    held[fact.Index] = held[fact.Index].With(meeting);
                }
            }
        }

        return held;
    }

    private void PersonStrengths(List<PersonFacts> facts, List<Person> provenCoaches)
    {
        if (provenCoaches.Count >= options.Thresholds.SeveralCoaches)
        {
            strengths.Add(new PlanStrength(StrengthCode.SeveralCoaches, Context, null, null, provenCoaches.ToArray(), SeveralCoachesSentence));
        }

        foreach (var fact in facts)
        {
            if (fact.IsEconomic && fact.Reached && fact.ChokePoints.Count == 0)
            {
                strengths.Add(new PlanStrength(StrengthCode.MultiThreaded, Context, fact.Person, fact, null, MultiThreadedSentence));
            }
        }

        foreach (var fact in facts)
        {
            var influence = fact.Influence;
            if (fact.IsEconomic && fact.IsCovered && influence.Rating is { } rating && rating >= options.Thresholds.FavourableEconomicBuyerRating)
            {
                strengths.Add(new PlanStrength(StrengthCode.EconomicBuyerCovered, Context, fact.Person, fact, null, EconomicBuyerCoveredSentence));
            }

            if (influence.Degree == InfluenceDegree.High && influence.Mode is ResponseMode.Growth or ResponseMode.Trouble)
            {
                strengths.Add(new PlanStrength(StrengthCode.ReceptiveHighInfluence, Context, fact.Person, fact, null, ReceptiveHighInfluenceSentence));
            }
        }
    }

    private static string SeveralCoachesSentence(PlanStrength s)
    {
        // Named in id order, as every sentence names people: the plan's order of influences must not show.
        var sorted = new List<Person>((Person[])s.Detail!);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var names = new List<string>(sorted.Count);
        foreach (var coach in sorted)
        {
            names.Add(coach.Name);
        }

        return string.Format(Invariant, "{0} proven coaches ({1}): their views can be compared.", sorted.Count, RedFlagRules.JoinWords(names));
    }

    private static string MultiThreadedSentence(PlanStrength s) =>
        string.Format(Invariant, "Our team reaches {0} by admissible routes that share no single person or seller.", s.Fact!.Label);

    private static string EconomicBuyerCoveredSentence(PlanStrength s)
    {
        var fact = s.Fact!;
        return string.Format(Invariant, "{0} is covered ({1:0.00} from {2}) and rated {3}.", fact.Label, fact.CoverageStrength, s.Context.NameOf(fact.CoveringSeller!.Id), RedFlagRules.Signed(fact.Influence.Rating!.Value));
    }

    private static string ReceptiveHighInfluenceSentence(PlanStrength s) =>
        string.Format(Invariant, "{0} has High influence and is in {1} mode: they see a gap and want it closed.", s.Fact!.Label, s.Fact.Influence.Mode);

    /// <summary>
    /// Whose share a flag without facts of its own takes from: for a hidden influencer outside the opportunity, the
    /// person they influence; <see langword="null"/> for a flag on the whole opportunity. (Every flag on an influence,
    /// a hidden influencer's included, carries that influence's facts.) The hidden influencer's flag holds whom they
    /// influence as its detail.
    /// </summary>
    private PersonFacts? ChargedTo(RedFlag flag) =>
        flag.Code == RedFlagCode.HiddenInfluencer && flag.Detail is NearEconomicBuyer hidden ? FactsOf(hidden.NearId) : null;

    /// <summary>
    /// The flags in the order of section 3 (<see cref="CompareFlags"/>). The people are put in order once, by role,
    /// importance and id (about ten of them against about thirty flags), and each flag then sorts as one number: its
    /// severity, the place of the first person of its person's role and importance, its code, its person's place and its
    /// rule's place in the table, highest bits first. Sorting numbers reads no flag, where comparing flags read a dozen
    /// fields each time, a hundred times per review.
    /// </summary>
    private RedFlag[] InOrder(List<Person>? outsiders)
    {
        var ordered = flags.ToArray();
        var people = new People(facts, vertices, outsiders);
        if (people.Count > KeyedPeople)
        {
            // Through a lambda, not the method itself: a delegate to a static method goes through a shuffling stub on every call.
            Array.Sort(ordered, static (a, b) => CompareFlags(a, b));
            return ordered;
        }

        // Each person's place from 1 (0 is the whole opportunity), and the place of the first person of the same role and
        // importance: between people of one role and importance, the code decides before the person.
        var byPlace = new int[people.Count];
        for (var i = 0; i < byPlace.Length; i++)
        {
            byPlace[i] = i;
        }

        people.Sort(byPlace);
        var who = new long[byPlace.Length];
        var first = 0;
        for (var i = 0; i < byPlace.Length; i++)
        {
            first = i > 0 && people.CompareRoleAndImportance(byPlace[i - 1], byPlace[i]) == 0 ? first : i + 1;
            who[byPlace[i]] = ((long)first << 38) | ((long)(i + 1) << 8);
        }

        var keys = ordered.Length <= KeptFlags ? spareKeys ??= new long[KeptFlags] : new long[ordered.Length];
        var outsider = facts.Count;
        for (var i = 0; i < ordered.Length; i++)
        {
            // A flag on nobody (the opportunity, or a hidden influencer who is no person of the plan) sorts with the
            // opportunity's flags, as its person id is null; the flags on people outside the influences come in the order
            // of the outsiders.
            var flag = ordered[i];
            var person = flag.Fact is { } fact ? fact.Index : flag.Person is null ? -1 : outsider++;
            keys[i] = ((long)(Severity.High - flag.Severity) << 60) | (person < 0 ? 0 : who[person]) | ((long)flag.Code << 30) | (long)flag.Order;
        }

        Array.Sort(keys, ordered, 0, ordered.Length);
        return ordered;
    }

    /// <summary>The order of section 3: severity, opportunity-wide flags first, then role, importance, code and person id.</summary>
    private static int CompareFlags(RedFlag a, RedFlag b)
    {
        // Enums compared as ints: Enum.CompareTo takes an object and would box on every comparison.
        var bySeverity = (int)b.Severity - (int)a.Severity;
        if (bySeverity != 0)
        {
            return bySeverity;
        }

        if ((a.PersonId is null) != (b.PersonId is null))
        {
            return a.PersonId is null ? -1 : 1;
        }

        // A flag on an influence carries its facts (a hidden influencer's too, when they are an influence here).
        var factA = a.Fact;
        var factB = b.Fact;

        var byRole = RoleRank(factA) - RoleRank(factB);
        if (byRole != 0)
        {
            return byRole;
        }

        var byImportance = (factB?.Importance ?? 0).CompareTo(factA?.Importance ?? 0);
        if (byImportance != 0)
        {
            return byImportance;
        }

        var byCode = (int)a.Code - (int)b.Code;
        if (byCode != 0)
        {
            return byCode;
        }

        var byPerson = string.CompareOrdinal(a.PersonId, b.PersonId);

        // Last, the rule's place in the table (RoleUnfilled: Technical before User): the order needs no sentence written.
        return byPerson != 0 ? byPerson : a.Order - b.Order;
    }

    /// <summary>Economic 0, Coach 1, Technical 2, User 3, none (or not an influence) 4.</summary>
    private static int RoleRank(PersonFacts? fact)
    {
        var roles = fact?.Influence.Roles ?? BuyingRoles.None;
        return (roles & BuyingRoles.Economic) != 0 ? 0
            : (roles & BuyingRoles.Coach) != 0 ? 1
            : (roles & BuyingRoles.Technical) != 0 ? 2
            : (roles & BuyingRoles.User) != 0 ? 3
            : 4;
    }

    /// <summary>
    /// The people flags can be on, in the order of section 3: the influences (by their index in the facts), then the
    /// hidden influencers outside them; by role, importance and id.
    /// </summary>
    private sealed class People
    {
        private readonly List<PersonFacts> facts;
        private readonly int[] vertices;
        private readonly List<Person>? outsiders;

        // Each person's role rank and importance, read once rather than from the facts and their influences at every
        // comparison (a dozen people are compared some forty times per review).
        private readonly int[] ranks;
        private readonly double[] importances;

        public People(List<PersonFacts> facts, int[] vertices, List<Person>? outsiders)
        {
            this.facts = facts;
            this.vertices = vertices;
            this.outsiders = outsiders;
            ranks = new int[Count];
            importances = new double[Count];
            for (var i = 0; i < ranks.Length; i++)
            {
                var fact = i < facts.Count ? facts[i] : null;
                ranks[i] = RoleRank(fact);
                importances[i] = fact?.Importance ?? 0;
            }
        }

        public int Count => facts.Count + (outsiders?.Count ?? 0);

        /// <summary>
        /// Puts the people at <paramref name="places"/> in order by insertion: a dozen of them, where a general sort's
        /// set-up and a call through a comparer per comparison cost more than the comparisons. The order is total (no two
        /// people share an id), so any sort gives the same.
        /// </summary>
        public void Sort(int[] places)
        {
            for (var i = 1; i < places.Length; i++)
            {
                var place = places[i];
                var at = i;
                for (; at > 0 && Compare(places[at - 1], place) > 0; at--)
                {
                    places[at] = places[at - 1];
                }

                places[at] = place;
            }
        }

        public int Compare(int x, int y)
        {
            // Between two influences, their party numbers are in the order of their ids.
            var order = CompareRoleAndImportance(x, y);
            return order != 0 ? order
                : x < facts.Count && y < facts.Count ? vertices[x] - vertices[y]
                : string.CompareOrdinal(PersonAt(x).Id, PersonAt(y).Id);
        }

        /// <summary>Role first (Economic, Coach, Technical, User, none), then the higher importance; someone outside the influences has neither.</summary>
        public int CompareRoleAndImportance(int x, int y)
        {
            var byRole = ranks[x] - ranks[y];
            return byRole != 0 ? byRole : importances[y].CompareTo(importances[x]);
        }

        private Person PersonAt(int at) => at < facts.Count ? facts[at].Person : outsiders![at - facts.Count];
    }

    /// <summary>By code, then person id (the party numbers of two influences are in the order of their ids).</summary>
    private int CompareStrengths(PlanStrength a, PlanStrength b)
    {
        var byCode = (int)a.Code - (int)b.Code;
        return byCode != 0 ? byCode
            : a.Fact is { } factA && b.Fact is { } factB ? vertices[factA.Index] - vertices[factB.Index]
            : string.CompareOrdinal(a.PersonId, b.PersonId);
    }
}
