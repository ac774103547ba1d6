using System;
using System.Collections.Generic;

namespace BuyingCenter.Analysis;

/// <summary>
/// The graph facts of one influence, looked up once and shared by every rule, and kept by the flags on the person for
/// their sentences.
/// </summary>
/// <remarks>
/// A portfolio row keeps its flags, so these facts outlive the review: only what a rule or a sentence reads is here.
/// What only the review's own arithmetic needs (the meeting history, centrality, the score shares) stays with the
/// reviewer, and the coverage is two fields rather than an object of its own.
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
        Importance = Math.Round(analysis.Options.Importance.Of(influence.Roles, influence.Degree, centrality), 9);
        CoverageStrength = analysis.CoverageOf(vertex, out var coveringSeller);
        CoveringSeller = coveringSeller;
        IsCovered = analysis.IsCovered(vertex);
        IsUncontacted = analysis.IsUncontacted(vertex);
        ReachStrength = analysis.GetRouteStrength(vertex, opportunityId);
        LastContact = analysis.LastContactOf(vertex);
        Roles = RoleLabel(influence.Roles);
    }

    public Person Person { get; }

    public BuyingInfluence Influence { get; }

    public bool IsEconomic { get; }

    public bool IsCoach { get; }

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
    public string Roles { get; }

    /// <summary>
    /// "Dana Lee (Economic)": how every sentence names the person. Made when a sentence is first written (sentences are
    /// written when read), not for every influence of every review: about 0.7 KB per 40-person account.
    /// </summary>
    public string Label => label ??= LabelOf(Person, Influence.Roles);

    /// <summary>"Dana Lee (Economic)": a person named with the roles they hold.</summary>
    public static string LabelOf(Person person, BuyingRoles roles) => person.Name + " (" + RoleLabel(roles) + ")";

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
