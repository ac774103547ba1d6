using System;
using System.Collections.Generic;
using System.Globalization;

namespace BuyingCenter.Analysis;

/// <summary>A named, explainable risk in one opportunity: its code, severity, the person it concerns and a sentence naming the facts.</summary>
/// <remarks>
/// Immutable and thread-safe. The sentence is written from the flag's own facts when first read, not when the review is
/// made: a portfolio ranks thousands of flags and prints few. Two flags are equal only when they are the same flag.
/// </remarks>
public sealed class RedFlag
{
    private readonly RedFlagRule rule;
    private string? message;

    internal RedFlag(RedFlagRule rule, Severity severity, FlagContext context, Person? person, PersonFacts? fact, object detail)
    {
        this.rule = rule;
        Severity = severity;
        Context = context;
        Person = person;
        Fact = fact;
        Detail = detail;
    }

    /// <summary>What kind of risk this is.</summary>
    public RedFlagCode Code => rule.Code;

    /// <summary>How serious the risk is: the rule's default, or the one <see cref="AnalysisOptions.Severities"/> gives its code.</summary>
    public Severity Severity { get; }

    /// <summary>The opportunity the risk concerns.</summary>
    public string OpportunityId => Context.Opportunity.Id;

    /// <summary>The person the risk concerns, or <see langword="null"/> for a flag on the whole opportunity.</summary>
    public Person? Person { get; }

    /// <summary>The id of <see cref="Person"/>, or <see langword="null"/> for a flag on the whole opportunity.</summary>
    public string? PersonId => Person?.Id;

    /// <summary>A sentence in domain words naming the facts ("Dana Lee (Economic) has coverage 0.18 from Ana Ruiz, below the 0.50 threshold").</summary>
    /// <remarks>
    /// Written on first read; reading it again, or from several threads, gives the same string. The flag keeps the facts
    /// it is written from (the person's facts and the opportunity's <see cref="FlagContext"/>), never the account's
    /// analysis, so a kept flag costs little.
    /// </remarks>
    public string Message => WrittenOnce.Get(ref message, this, static flag => flag.rule.Sentence(flag));

    /// <summary>Where the rule that raised the flag stands in the rule table: the last tie-breaker of the order of flags.</summary>
    internal int Order => rule.Order;

    /// <summary>The opportunity's facts the sentence may name.</summary>
    internal FlagContext Context { get; }

    /// <summary>The facts of the person flagged, or <see langword="null"/> for a flag on the whole opportunity or on someone outside it.</summary>
    internal PersonFacts? Fact { get; }

    /// <summary>What the rule's condition returned: <see cref="RedFlagRule.Fires"/>, or the facts the sentence needs beyond the person.</summary>
    internal object Detail { get; }

    /// <summary>
    /// The tenths of a point the flag took from the score (<see cref="ScoreDeduction.Points"/>), 0 when it took none. Set
    /// once by the reviewer while it takes the deductions, before the review is handed out; read-only from then on.
    /// </summary>
    internal int ChargedTenths { get; set; }

    /// <summary>"Dana Lee (Economic)".</summary>
    internal string Who => Fact!.Label;

    internal ReviewThresholds Thresholds => Context.Options.Thresholds;

    /// <inheritdoc/>
    public override string ToString() => Severity + " " + Code + ": " + Message;

    /// <summary>The rules of every table by <see cref="RedFlagRule.Order"/>: a kept flag names its rule by that number.</summary>
    internal static readonly RedFlagRule[] RulesByOrder = ByOrder();

    private static RedFlagRule[] ByOrder()
    {
        var all = new List<RedFlagRule>(RedFlagRules.Opportunity);
        all.AddRange(RedFlagRules.Person);
        all.AddRange(RedFlagRules.EconomicBuyer);
        all.Add(RedFlagRules.HiddenInfluencer);
        var rules = new RedFlagRule[all.Count];
        foreach (var rule in all)
        {
            rules[rule.Order] = rule;
        }

        return rules;
    }
}

/// <summary>
/// The red flags a portfolio row keeps, as values rather than objects: a portfolio keeps about sixteen flags on about
/// eight people per opportunity for thousands of accounts while it reviews the next ones, and every collection during the
/// review copies what is kept. Each flag is one small item naming its rule by number and its person's facts by their
/// place in one array of facts; what a flag holds beyond that (the facts its sentence needs, a person outside the
/// opportunity) is in one array of details, in the flags' order. The flags, their facts and their context are made again
/// when first read, equal in everything but identity, their sentences written afresh from the same facts.
/// </summary>
internal readonly struct KeptFlags
{
    [ThreadStatic]
    private static int[]? sparePlaces;
    [ThreadStatic]
    private static List<PersonFacts>? sparePeople;

    private readonly KeptFlag[] flags;
    private readonly KeptFacts[] facts;
    private readonly object?[] details;
    private readonly AnalysisOptions? options;
    private readonly DateTime asOf;
    private readonly int influenceCount;

    private KeptFlags(KeptFlag[] flags, KeptFacts[] facts, object?[] details, FlagContext context)
    {
        this.flags = flags;
        this.facts = facts;
        this.details = details;
        options = context.Options;
        asOf = context.AsOf;
        influenceCount = context.InfluenceCount;
    }

    /// <summary>How many flags are kept.</summary>
    public int Count => flags?.Length ?? 0;

    /// <summary>
    /// Keeps the first <paramref name="worst"/> of <paramref name="flags"/> (one opportunity's review, most severe first) and
    /// those that cost points, in the review's order.
    /// </summary>
    public static KeptFlags Keep(IReadOnlyList<RedFlag> flags, int worst, AccountPlan plan, Opportunity opportunity)
    {
        // Each person's facts once, at the place their first flag gives them, found by the review's index of the facts
        // (plus one: 0 is "not yet placed"). Working space kept per thread, left cleared.
        var places = sparePlaces is { } spare && spare.Length >= opportunity.Influences.Count ? spare : sparePlaces = new int[opportunity.Influences.Count];
        var people = sparePeople ??= new List<PersonFacts>();
        try
        {
            var count = 0;
            var detailCount = 0;
            for (var i = 0; i < flags.Count; i++)
            {
                var flag = flags[i];
                if (!IsKept(flag, i, worst))
                {
                    continue;
                }

                count++;
                Place(flag.Fact, places, people);
                if (flag.Detail is List<PersonFacts> named)
                {
                    foreach (var fact in named)
                    {
                        Place(fact, places, people);
                    }
                }

                detailCount += (HasOwnPerson(flag) ? 1 : 0) + (ReferenceEquals(flag.Detail, RedFlagRule.Fires) ? 0 : 1);
            }

            if (count == 0)
            {
                return default;
            }

            var facts = new KeptFacts[people.Count];
            for (var i = 0; i < facts.Length; i++)
            {
                facts[i] = people[i].Keep(plan, opportunity);
            }

            var kept = new KeptFlag[count];
            var details = detailCount == 0 ? Array.Empty<object?>() : new object?[detailCount];
            count = 0;
            detailCount = 0;
            for (var i = 0; i < flags.Count; i++)
            {
                var flag = flags[i];
                if (!IsKept(flag, i, worst))
                {
                    continue;
                }

                var ownPerson = HasOwnPerson(flag);
                var ownDetail = !ReferenceEquals(flag.Detail, RedFlagRule.Fires);
                if (ownPerson)
                {
                    details[detailCount++] = flag.Person;
                }

                if (ownDetail)
                {
                    details[detailCount++] = flag.Detail is List<PersonFacts> named ? PlacesOf(named, places) : flag.Detail;
                }

                kept[count++] = new KeptFlag(flag.Order, flag.Severity, flag.Fact is null ? -1 : places[flag.Fact.Index] - 1, ownPerson, ownDetail, flag.ChargedTenths);
            }

            return new KeptFlags(kept, facts, details, flags[0].Context);
        }
        finally
        {
            foreach (var fact in people)
            {
                places[fact.Index] = 0;
            }

            people.Clear();
        }
    }

    /// <summary>The flags again, in the order kept, with one context and one set of facts shared by them all.</summary>
    public RedFlag[] Remake(AccountPlan plan, Opportunity opportunity)
    {
        if (Count == 0)
        {
            return Array.Empty<RedFlag>();
        }

        var context = new FlagContext(plan, opportunity, options!, asOf) { InfluenceCount = influenceCount };
        var people = new PersonFacts[facts.Length];
        for (var i = 0; i < people.Length; i++)
        {
            people[i] = new PersonFacts(facts[i], plan, opportunity, i);
        }

        var remade = new RedFlag[flags.Length];
        var detailAt = 0;
        for (var i = 0; i < remade.Length; i++)
        {
            var kept = flags[i];
            var fact = kept.Fact < 0 ? null : people[kept.Fact];
            var person = kept.OwnPerson ? (Person?)details[detailAt++] : fact?.Person;
            var detail = kept.OwnDetail ? details[detailAt++]! : RedFlagRule.Fires;
            if (detail is int[] named)
            {
                var deciders = new List<PersonFacts>(named.Length);
                foreach (var place in named)
                {
                    deciders.Add(people[place]);
                }

                detail = deciders;
            }

            remade[i] = new RedFlag(RedFlag.RulesByOrder[kept.Rule], kept.Severity, context, person, fact, detail) { ChargedTenths = kept.ChargedTenths };
        }

        return remade;
    }

    private static bool IsKept(RedFlag flag, int at, int worst) => at < worst || flag.ChargedTenths > 0;

    /// <summary>Whether the flag names a person other than the one whose facts it carries (a hidden influencer outside the opportunity).</summary>
    private static bool HasOwnPerson(RedFlag flag) => !ReferenceEquals(flag.Person, flag.Fact?.Person);

    private static void Place(PersonFacts? fact, int[] places, List<PersonFacts> people)
    {
        if (fact is not null && places[fact.Index] == 0)
        {
            people.Add(fact);
            places[fact.Index] = people.Count;
        }
    }

    /// <summary>The people a detail names (the deciders of NoGap), by their places in the kept facts.</summary>
    private static int[] PlacesOf(List<PersonFacts> named, int[] places)
    {
        var kept = new int[named.Count];
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] = places[named[i].Index] - 1;
        }

        return kept;
    }
}

/// <summary>One kept red flag: its rule by number, its severity, the tenths it was charged and its facts by place, in eight bytes.</summary>
internal readonly struct KeptFlag
{
    private const int RuleBits = 0xFF;
    private const int SeverityShift = 8;
    private const int OwnPersonBit = 1 << 12;
    private const int OwnDetailBit = 1 << 13;
    private const int TenthsShift = 16;

    private readonly int packed;

    public KeptFlag(int rule, Severity severity, int fact, bool ownPerson, bool ownDetail, int chargedTenths)
    {
        // A flag takes at most the whole score, 1,000 tenths; the rule tables hold a few dozen rules.
        if (rule is < 0 or > RuleBits || chargedTenths is < 0 or > short.MaxValue)
        {
            throw new InvalidOperationException("A kept flag holds a rule number below 256 and at most 32,767 tenths of a point.");
        }

        packed = rule | ((int)severity << SeverityShift) | (ownPerson ? OwnPersonBit : 0) | (ownDetail ? OwnDetailBit : 0) | (chargedTenths << TenthsShift);
        Fact = fact;
    }

    /// <summary>The rule's place in the rule tables (<see cref="RedFlagRule.Order"/>).</summary>
    public int Rule => packed & RuleBits;

    public Severity Severity => (Severity)((packed >> SeverityShift) & 0xF);

    /// <summary>Where the flag's facts stand in the kept facts, or -1 for a flag without facts.</summary>
    public int Fact { get; }

    /// <summary>Whether the next detail is the flag's person (one without facts in the opportunity).</summary>
    public bool OwnPerson => (packed & OwnPersonBit) != 0;

    /// <summary>Whether the next detail is the flag's own (else its detail is <see cref="RedFlagRule.Fires"/>).</summary>
    public bool OwnDetail => (packed & OwnDetailBit) != 0;

    public int ChargedTenths => packed >> TenthsShift;
}

/// <summary>
/// What the red flags of one opportunity's review may name in their sentences, beyond each person's facts: the plan, the
/// opportunity, the options and the day. One per opportunity, shared by its flags; it holds no part of the account's
/// analysis, so a portfolio that keeps flags keeps neither their graph nor their routes.
/// </summary>
internal sealed class FlagContext
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public FlagContext(AccountPlan plan, Opportunity opportunity, AnalysisOptions options, DateTime asOf)
    {
        Plan = plan;
        Opportunity = opportunity;
        Options = options;
        AsOf = asOf;
    }

    public AccountPlan Plan { get; }

    public Opportunity Opportunity { get; }

    public AnalysisOptions Options { get; }

    public DateTime AsOf { get; }

    /// <summary>How many influences the review found (each person once).</summary>
    public int InfluenceCount { get; set; }

    public string NameOf(string id) => Plan.FindParty(id)?.Name ?? id;

    /// <summary>"Dana Lee (Economic)" for an influence of the opportunity, else the party's name (or the id).</summary>
    public string LabelOf(string id)
    {
        foreach (var influence in Opportunity.Influences)
        {
            if (influence.PersonId == id && Plan.FindPerson(id) is { } person)
            {
                return PersonFacts.LabelOf(person, influence.Roles);
            }
        }

        return NameOf(id);
    }

    public string Money(decimal amount) =>
        Opportunity.Currency is { } currency ? amount.ToString("#,0.##", Invariant) + " " + currency : amount.ToString("#,0.##", Invariant);

    /// <summary>Whole days from <paramref name="last"/> to the day of the review.</summary>
    public int DaysSince(DateTime last) => (int)(AsOf - last.Date).TotalDays;
}
