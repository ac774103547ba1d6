using System;
using System.Collections.Generic;

namespace BuyingCenter.Analysis;

/// <summary>
/// The graph facts of one influence, looked up once and shared by every rule, and kept by the flags on the person for
/// their sentences.
/// </summary>
/// <remarks>
/// Only what a rule or a sentence reads is here. The meeting history stays with the reviewer; centrality and the score
/// shares stay with the review, which makes the influences' assessments from them when first read; the coverage is two
/// fields rather than an object of its own. A portfolio row keeps these facts as values (<see cref="KeptFacts"/>) and
/// makes them again when its flags are first read.
/// </remarks>
internal sealed class PersonFacts
{
    /// <summary>The label of every combination of the four roles, made once: every influence of every review needs one.</summary>
    private static readonly string[] RoleLabels = MakeRoleLabels();

    private string? label;

    public PersonFacts(Person person, int vertex, BuyingInfluence influence, AccountAnalysis analysis, string opportunityId, double centrality)
    {
        // Everything read by the person's party number, looked up once by the reviewer, not by id fact by fact.
        Person = person;
        Influence = influence;
        IsEconomic = influence.Has(BuyingRoles.Economic);
        IsCoach = influence.Has(BuyingRoles.Coach);
        IsNewInRole = analysis.Plan.IsNewInRoleAt(vertex);
        Importance = Math.Round(analysis.Options.Importance.Of(influence.Roles, influence.Degree, centrality), 9);
        CoverageStrength = analysis.CoverageOf(vertex, out var coveringSeller);
        CoveringSeller = coveringSeller;
        IsCovered = analysis.IsCovered(vertex);
        IsUncontacted = analysis.IsUncontacted(vertex);
        ReachStrength = analysis.GetRouteStrength(vertex, opportunityId);
        LastContact = analysis.LastContactOf(vertex);
    }

    /// <summary>The facts again, as <see cref="Keep"/> kept them: equal in every value, the person and the seller the plan's own.</summary>
    public PersonFacts(in KeptFacts kept, AccountPlan plan, Opportunity opportunity, int index)
    {
        InfluenceAt = kept.Influence;
        Influence = opportunity.Influences[kept.Influence];
        Person = plan.FindPerson(Influence.PersonId)!;
        IsEconomic = Influence.Has(BuyingRoles.Economic);
        IsCoach = Influence.Has(BuyingRoles.Coach);
        IsNewInRole = Person.NewInRole;
        Importance = kept.Importance;
        CoverageStrength = kept.CoverageStrength;
        CoveringSeller = kept.Seller < 0 ? null : plan.Sellers[kept.Seller];
        IsCovered = kept.IsCovered;
        IsUncontacted = kept.IsUncontacted;
        ReachStrength = kept.ReachStrength;
        LastContact = kept.LastContact;
        CoachTests = kept.CoachTests;
        ChokePoints = kept.ChokePoints ?? Array.Empty<string>();
        Index = index;
    }

    public Person Person { get; }

    public BuyingInfluence Influence { get; }

    /// <summary>Where <see cref="Influence"/> stands in the opportunity's influences: a kept flag names it by this place.</summary>
    public int InfluenceAt { get; init; }

    public bool IsEconomic { get; }

    public bool IsCoach { get; }

    /// <summary>Whether the person is new in their role (<see cref="Person.NewInRole"/>), read from the plan by party number.</summary>
    public bool IsNewInRole { get; }

    public double Importance { get; }

    public CoachTests CoachTests { get; set; }

    /// <summary>Where the person stands in the review's list of influences.</summary>
    public int Index { get; init; }

    /// <summary>For an Economic Buyer we reach: the people or sellers every admissible route to them passes through.</summary>
    public IReadOnlyList<string> ChokePoints { get; set; } = Array.Empty<string>();

    /// <summary>The strength of the person's coverage (<see cref="PersonCoverage.Strength"/>).</summary>
    public double CoverageStrength { get; }

    /// <summary>The seller who covers the person (<see cref="PersonCoverage.Seller"/>), or <see langword="null"/>.</summary>
    public Seller? CoveringSeller { get; }

    public bool IsCovered { get; }

    /// <summary>Whether the person has no meeting on record and no seller knows them.</summary>
    public bool IsUncontacted { get; }

    /// <summary>
    /// Whether an admissible route from our team reaches the person. The route itself goes to the review's assessment,
    /// not here: a flag keeps these facts, and a portfolio keeps thousands of flags.
    /// </summary>
    public bool Reached => ReachStrength is not null;

    /// <summary>The strength of the route that reaches the person, or <see langword="null"/> when none does.</summary>
    public double? ReachStrength { get; }

    public DateTime? LastContact { get; }

    /// <summary>"Economic", "User, Coach", or "role unknown".</summary>
    public string Roles => RoleLabel(Influence.Roles);

    /// <summary>
    /// "Dana Lee (Economic)": how every sentence names the person. Made when a sentence is first written (sentences are
    /// written when read), not for every influence of every review: about 0.7 KB per 40-person account.
    /// </summary>
    public string Label => label ??= LabelOf(Person, Influence.Roles);

    /// <summary>"Dana Lee (Economic)": a person named with the roles they hold.</summary>
    public static string LabelOf(Person person, BuyingRoles roles) => person.Name + " (" + RoleLabel(roles) + ")";

    /// <summary>
    /// These facts as a portfolio row keeps them (see <see cref="KeptFacts"/>): the influence and the covering seller by
    /// their places in <paramref name="opportunity"/> and <paramref name="plan"/>.
    /// </summary>
    public KeptFacts Keep(AccountPlan plan, Opportunity opportunity)
    {
        // The place the reviewer found the influence at, checked rather than searched for.
        if (!ReferenceEquals(opportunity.Influences[InfluenceAt], Influence))
        {
            throw new InvalidOperationException("The facts name an influence that is not in the opportunity they were kept with.");
        }

        var seller = CoveringSeller is null ? -1 : IndexOf(plan.Sellers, CoveringSeller);
        return new KeptFacts(InfluenceAt, seller, this);
    }

    public InfluenceAssessment ToAssessment(AccountAnalysis analysis, string opportunityId, RedFlag[] own, double centrality, double share)
    {
        return new InfluenceAssessment
        {
            Person = Person,
            Influence = Influence,
            Coverage = CoveringSeller is null ? PersonCoverage.None : new PersonCoverage(CoverageStrength, CoveringSeller),
            IsCovered = IsCovered,
            ReachAnalysis = analysis,
            ReachOpportunity = opportunityId,
            ReachStrength = ReachStrength ?? 0,
            Centrality = centrality,
            LastContact = LastContact,
            RedFlags = own,
            Importance = Importance,
            ScoreShare = share,
            CoachTests = CoachTests,
        };
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, T item)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (ReferenceEquals(items[i], item))
            {
                return i;
            }
        }

        throw new InvalidOperationException("The facts name a party that is not in the plan they were kept with.");
    }

    private static string RoleLabel(BuyingRoles roles) =>
        (int)roles >= 0 && (int)roles < RoleLabels.Length ? RoleLabels[(int)roles] : MakeRoleLabel(roles);

    private static string[] MakeRoleLabels()
    {
        var all = BuyingRoles.Economic | BuyingRoles.Technical | BuyingRoles.User | BuyingRoles.Coach;
        var labels = new string[(int)all + 1];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = MakeRoleLabel((BuyingRoles)i);
        }

        return labels;
    }

    private static string MakeRoleLabel(BuyingRoles roles)
    {
        if (roles == BuyingRoles.None)
        {
            return "role unknown";
        }

        var names = new List<string>(4);
        foreach (var role in new[] { BuyingRoles.Economic, BuyingRoles.Technical, BuyingRoles.User, BuyingRoles.Coach })
        {
            if ((roles & role) != 0)
            {
                names.Add(role.ToString());
            }
        }

        return string.Join(", ", names);
    }
}

/// <summary>
/// The facts of one person as a portfolio row keeps them: one item of the row's array rather than an object, with the
/// influence and the covering seller by their places in the plan. A row keeps the facts of about eight people for
/// thousands of accounts while the next ones are reviewed, and every collection during the review copies them; the
/// facts are made again, as <see cref="PersonFacts"/>, when the row's flags are first read.
/// </summary>
internal readonly struct KeptFacts
{
    // The small facts, one bit or field each: the coach tests passed (three bits), covered, uncontacted, reached, whether
    // the last contact is known, and the kind of its date.
    private const int CoachTestBits = 0x7;
    private const int CoveredBit = 1 << 3;
    private const int UncontactedBit = 1 << 4;
    private const int ReachedBit = 1 << 5;
    private const int ContactedBit = 1 << 6;
    private const int KindShift = 7;

    private readonly double reachStrength;
    private readonly long lastContactTicks;
    private readonly int bits;

    public KeptFacts(int influence, int seller, PersonFacts facts)
    {
        Influence = influence;
        Seller = seller;
        ChokePoints = facts.ChokePoints.Count == 0 ? null : facts.ChokePoints;
        Importance = facts.Importance;
        CoverageStrength = facts.CoverageStrength;
        reachStrength = facts.ReachStrength ?? 0;
        lastContactTicks = facts.LastContact?.Ticks ?? 0;
        bits = ((int)facts.CoachTests & CoachTestBits)
            | (facts.IsCovered ? CoveredBit : 0)
            | (facts.IsUncontacted ? UncontactedBit : 0)
            | (facts.ReachStrength is null ? 0 : ReachedBit)
            | (facts.LastContact is { } last ? ContactedBit | ((int)last.Kind << KindShift) : 0);
    }

    /// <summary>Where the person's influence stands in the opportunity's influences.</summary>
    public int Influence { get; }

    /// <summary>Where the covering seller stands in the plan's sellers, or -1 when nobody covers the person.</summary>
    public int Seller { get; }

    /// <summary>The choke points of an Economic Buyer we reach, or <see langword="null"/> when there are none.</summary>
    public IReadOnlyList<string>? ChokePoints { get; }

    public double Importance { get; }

    public double CoverageStrength { get; }

    public CoachTests CoachTests => (CoachTests)(bits & CoachTestBits);

    public bool IsCovered => (bits & CoveredBit) != 0;

    public bool IsUncontacted => (bits & UncontactedBit) != 0;

    public double? ReachStrength => (bits & ReachedBit) != 0 ? reachStrength : null;

    public DateTime? LastContact => (bits & ContactedBit) != 0 ? new DateTime(lastContactTicks, (DateTimeKind)(bits >> KindShift)) : null;
}
