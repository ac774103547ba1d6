using System;
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

    /// <summary>What the flag is made of, to keep without keeping the flag itself (see <see cref="KeptFlag"/>).</summary>
    internal KeptFlag Keep() => new(rule, Severity, Person, Fact, Detail, ChargedTenths);

    /// <summary>The flag again, as <see cref="Keep"/> kept it: equal in everything but identity, its sentence written afresh from the same facts.</summary>
    internal static RedFlag Remake(in KeptFlag kept, FlagContext context) =>
        new(kept.Rule, kept.Severity, context, kept.Person, kept.Fact, kept.Detail) { ChargedTenths = kept.ChargedTenths };
}

/// <summary>
/// A red flag as a portfolio row keeps it: one item of an array rather than an object per flag. A portfolio keeps about
/// sixteen flags per opportunity for thousands of accounts while it reviews the next ones, and every collection during
/// the review copies what is kept: an array of these costs it a third of what as many flag objects did.
/// </summary>
internal readonly struct KeptFlag
{
    public KeptFlag(RedFlagRule rule, Severity severity, Person? person, PersonFacts? fact, object detail, int chargedTenths)
    {
        Rule = rule;
        Severity = severity;
        Person = person;
        Fact = fact;
        Detail = detail;
        ChargedTenths = chargedTenths;
    }

    public RedFlagRule Rule { get; }

    public Severity Severity { get; }

    public Person? Person { get; }

    public PersonFacts? Fact { get; }

    public object Detail { get; }

    public int ChargedTenths { get; }
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
