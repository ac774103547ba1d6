using System;
using System.Collections.Generic;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;

namespace BuyingCenter.Changes;

/// <summary>
/// What moved between two versions of an account plan, per opportunity: the score and its deductions, red flags opened
/// and closed, people added to or removed from the buying group, their role, degree, mode and rating moves, coverage
/// gained or lost, the meetings held in between, and the top recommendations then and now. Everything is matched by
/// id, so unknown properties and a different order of the same records are not changes.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlanChanges
{
    private PlanChanges(string accountId, DateTime then, DateTime now, IReadOnlyList<OpportunityChanges> opportunities)
    {
        AccountId = accountId;
        Then = then;
        Now = now;
        Opportunities = opportunities;
    }

    /// <summary>The account's id in the newer plan.</summary>
    public string AccountId { get; }

    /// <summary>The day the earlier plan was reviewed as of.</summary>
    public DateTime Then { get; }

    /// <summary>The day the newer plan was reviewed as of.</summary>
    public DateTime Now { get; }

    /// <summary>One entry per opportunity in either plan, in the newer plan's order, then those only the earlier plan had.</summary>
    public IReadOnlyList<OpportunityChanges> Opportunities { get; }

    /// <summary>Whether anything moved at all.</summary>
    public bool HasChanges => Opportunities.Any(o => o.HasChanges);

    /// <summary>Compares two versions of a plan, each reviewed with the library's own analysis.</summary>
    /// <param name="before">The earlier version.</param>
    /// <param name="after">The newer version.</param>
    /// <param name="asOf">The day the newer version is reviewed as of.</param>
    /// <param name="options">The day the earlier version is reviewed as of (default: <paramref name="asOf"/>), and the analysis and planning options.</param>
    public static PlanChanges Compare(AccountPlan before, AccountPlan after, DateTime asOf, PlanChangesOptions? options = null)
    {
        if (before is null)
        {
            throw new ArgumentNullException(nameof(before));
        }

        if (after is null)
        {
            throw new ArgumentNullException(nameof(after));
        }

        options ??= new PlanChangesOptions();
        options.Validate();
        var then = options.Then ?? asOf;
        var reviewThen = AccountReview.Create(before, then, options.Analysis);
        var reviewNow = AccountReview.Create(after, asOf, options.Analysis);
        var ids = after.Opportunities.Select(o => o.Id).Concat(before.Opportunities.Select(o => o.Id)).Distinct(StringComparer.Ordinal);
        var opportunities = ids
            .Select(id => OpportunityComparison.Compare(id, reviewThen, reviewNow, options))
            .ToList();
        return new PlanChanges(after.Account.Id, then, asOf, opportunities);
    }
}

/// <summary>How two versions of a plan are compared.</summary>
/// <remarks>
/// The .NET options pattern: settable members with defaults, validated as a whole when a comparison starts
/// (<see cref="Validate"/>, which validates the analysis and planning options too).
/// </remarks>
public sealed class PlanChangesOptions
{
    /// <summary>
    /// The day the earlier version is reviewed as of: its own date (the commit's, for a plan in git) shows the score as it
    /// stood then, stale contacts and faded relationships included; <see langword="null"/>: the newer version's date, so
    /// only what was edited in the plan moves.
    /// </summary>
    public DateTime? Then { get; set; }

    /// <summary>The analysis options of both reviews.</summary>
    public AnalysisOptions? Analysis { get; set; }

    /// <summary>The planning options of both recommendation lists.</summary>
    public PlanningOptions? Planning { get; set; }

    /// <summary>How many recommendations of each version are compared (default 3).</summary>
    public int TopRecommendations { get; set; } = 3;

    /// <summary>Checks every option, the analysis and planning options included, and reports every problem at once.</summary>
    /// <exception cref="InvalidOptionsException">An option is out of range or not a number.</exception>
    public void Validate()
    {
        var problems = new OptionProblems();
        problems.AtLeast("Changes", "TopRecommendations", TopRecommendations, 0);
        Analysis?.Validate(problems);
        Planning?.Validate(problems);
        problems.ThrowIfAny();
    }
}

/// <summary>Whether an opportunity is in both versions of a plan or only one.</summary>
public enum OpportunityPresence
{
    /// <summary>In both versions.</summary>
    Both,

    /// <summary>Only in the newer version.</summary>
    Added,

    /// <summary>Only in the earlier version.</summary>
    Removed,
}

/// <summary>Which way a record moved between the two versions.</summary>
public enum ChangeKind
{
    /// <summary>Only in the newer version (a flag opened, a deduction appeared, coverage gained).</summary>
    Added,

    /// <summary>Only in the earlier version (a flag closed, a deduction disappeared, coverage lost).</summary>
    Removed,

    /// <summary>In both, with a different value.</summary>
    Moved,
}

/// <summary>What moved in one opportunity.</summary>
/// <remarks>Made only by <see cref="PlanChanges.Compare"/>. Immutable and thread-safe.</remarks>
public sealed class OpportunityChanges
{
    internal OpportunityChanges(
        Opportunity opportunity,
        OpportunityPresence presence,
        int? scoreThen,
        int? scoreNow,
        CoverageStatus? statusThen,
        CoverageStatus? statusNow,
        IReadOnlyList<DeductionChange> deductions,
        IReadOnlyList<FlagChange> flags,
        IReadOnlyList<InfluenceChange> influences,
        IReadOnlyList<CoverageChange> coverage,
        IReadOnlyList<Meeting> meetingsHeld,
        IReadOnlyList<Recommendation> topThen,
        IReadOnlyList<Recommendation> topNow)
    {
        Opportunity = opportunity;
        Presence = presence;
        ScoreThen = scoreThen;
        ScoreNow = scoreNow;
        StatusThen = statusThen;
        StatusNow = statusNow;
        Deductions = deductions;
        Flags = flags;
        Influences = influences;
        Coverage = coverage;
        MeetingsHeld = meetingsHeld;
        TopThen = topThen;
        TopNow = topNow;
    }

    /// <summary>The opportunity as the newer version has it (the earlier one's when it was removed).</summary>
    public Opportunity Opportunity { get; }

    /// <summary>In both versions, or only one.</summary>
    public OpportunityPresence Presence { get; }

    /// <summary>The coverage score then (<see langword="null"/> when added).</summary>
    public int? ScoreThen { get; }

    /// <summary>The coverage score now (<see langword="null"/> when removed).</summary>
    public int? ScoreNow { get; }

    /// <summary>The status then.</summary>
    public CoverageStatus? StatusThen { get; }

    /// <summary>The status now.</summary>
    public CoverageStatus? StatusNow { get; }

    /// <summary>Deductions that appeared, disappeared or moved, by points moved (largest first).</summary>
    public IReadOnlyList<DeductionChange> Deductions { get; }

    /// <summary>Red flags opened, closed, or whose severity moved.</summary>
    public IReadOnlyList<FlagChange> Flags { get; }

    /// <summary>People added to or removed from the buying group, or whose role, degree, mode or rating moved.</summary>
    public IReadOnlyList<InfluenceChange> Influences { get; }

    /// <summary>Buying influences whose coverage was gained or lost.</summary>
    public IReadOnlyList<CoverageChange> Coverage { get; }

    /// <summary>Meetings the newer version has as held that the earlier one does not.</summary>
    public IReadOnlyList<Meeting> MeetingsHeld { get; }

    /// <summary>The top recommendations of the earlier version.</summary>
    public IReadOnlyList<Recommendation> TopThen { get; }

    /// <summary>The top recommendations of the newer version.</summary>
    public IReadOnlyList<Recommendation> TopNow { get; }

    /// <summary>Whether the top recommendations changed: other people, another order, or another goal for the same person.</summary>
    public bool TopChanged =>
        !TopThen.Select(r => (r.Approach.Person.Id, r.Goal.BestAction)).SequenceEqual(TopNow.Select(r => (r.Approach.Person.Id, r.Goal.BestAction)));

    /// <summary>Whether anything moved.</summary>
    public bool HasChanges =>
        Presence != OpportunityPresence.Both || ScoreThen != ScoreNow || Deductions.Count > 0 || Flags.Count > 0
        || Influences.Count > 0 || Coverage.Count > 0 || MeetingsHeld.Count > 0 || TopChanged;
}

/// <summary>A deduction from the coverage score that appeared, disappeared or moved.</summary>
/// <remarks>Made only by <see cref="PlanChanges.Compare"/>. Immutable and thread-safe.</remarks>
public sealed class DeductionChange
{
    internal DeductionChange(ChangeKind kind, string code, Person? person, decimal pointsThen, decimal pointsNow, string message)
    {
        Kind = kind;
        Code = code;
        Person = person;
        PointsThen = pointsThen;
        PointsNow = pointsNow;
        Message = message;
    }

    /// <summary>Appeared, disappeared or moved.</summary>
    public ChangeKind Kind { get; }

    /// <summary>The deduction's code (the red flag's code).</summary>
    public string Code { get; }

    /// <summary>
    /// The person it concerns, as the version that has the deduction holds them (the newer one when both do),
    /// or <see langword="null"/> for the opportunity.
    /// </summary>
    public Person? Person { get; }

    /// <summary>The id of <see cref="Person"/>, or <see langword="null"/> for the opportunity.</summary>
    public string? PersonId => Person?.Id;

    /// <summary>The points it took then (0 when it appeared).</summary>
    public decimal PointsThen { get; }

    /// <summary>The points it takes now (0 when it disappeared).</summary>
    public decimal PointsNow { get; }

    /// <summary>The deduction's sentence, from the version that has it (the newer one when both do).</summary>
    public string Message { get; }
}

/// <summary>A red flag opened, closed, or whose severity moved.</summary>
/// <remarks>Made only by <see cref="PlanChanges.Compare"/>. Immutable and thread-safe.</remarks>
public sealed class FlagChange
{
    internal FlagChange(ChangeKind kind, RedFlag flag, Severity? severityThen = null)
    {
        Kind = kind;
        Flag = flag;
        SeverityThen = severityThen;
    }

    /// <summary>Opened (<see cref="ChangeKind.Added"/>), closed (<see cref="ChangeKind.Removed"/>) or its severity moved.</summary>
    public ChangeKind Kind { get; }

    /// <summary>The red flag as the newer version has it (the earlier one's for a closed flag).</summary>
    public RedFlag Flag { get; }

    /// <summary>The severity then, for a moved flag.</summary>
    public Severity? SeverityThen { get; }
}

/// <summary>A person added to or removed from the buying group, or whose role, degree, mode or rating moved.</summary>
/// <remarks>Made only by <see cref="PlanChanges.Compare"/>. Immutable and thread-safe.</remarks>
public sealed class InfluenceChange
{
    internal InfluenceChange(ChangeKind kind, Person person, BuyingInfluence? then, BuyingInfluence? now)
    {
        Kind = kind;
        Person = person;
        Then = then;
        Now = now;
    }

    /// <summary>Added to the buying group, removed from it, or moved.</summary>
    public ChangeKind Kind { get; }

    /// <summary>The person, as the newer version has them (the earlier one's when removed).</summary>
    public Person Person { get; }

    /// <summary>The influence then (<see langword="null"/> when added).</summary>
    public BuyingInfluence? Then { get; }

    /// <summary>The influence now (<see langword="null"/> when removed).</summary>
    public BuyingInfluence? Now { get; }

    /// <summary>Whether the roles moved.</summary>
    public bool RolesMoved => Then is not null && Now is not null && Then.Roles != Now.Roles;

    /// <summary>Whether the degree of influence moved.</summary>
    public bool DegreeMoved => Then is not null && Now is not null && Then.Degree != Now.Degree;

    /// <summary>Whether the response mode moved.</summary>
    public bool ModeMoved => Then is not null && Now is not null && Then.Mode != Now.Mode;

    /// <summary>Whether the rating moved.</summary>
    public bool RatingMoved => Then is not null && Now is not null && Then.Rating != Now.Rating;
}

/// <summary>A buying influence whose coverage was gained or lost.</summary>
/// <remarks>Made only by <see cref="PlanChanges.Compare"/>. Immutable and thread-safe.</remarks>
public sealed class CoverageChange
{
    internal CoverageChange(ChangeKind kind, Person person, PersonCoverage then, PersonCoverage now)
    {
        Kind = kind;
        Person = person;
        Then = then;
        Now = now;
    }

    /// <summary>Gained (<see cref="ChangeKind.Added"/>) or lost (<see cref="ChangeKind.Removed"/>).</summary>
    public ChangeKind Kind { get; }

    /// <summary>The person, as the newer version has them.</summary>
    public Person Person { get; }

    /// <summary>Their coverage then.</summary>
    public PersonCoverage Then { get; }

    /// <summary>Their coverage now.</summary>
    public PersonCoverage Now { get; }
}
