using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using BuyingCenter.Graph;

namespace BuyingCenter.Analysis;

/// <summary>
/// The graph facts of one account as of a date: each person's coverage, reach (introduction paths), network centrality,
/// last contact, and the people or sellers every path to them depends on. The account graph is built once, in
/// <see cref="Create"/>; queries only read it.
/// </summary>
/// <remarks>
/// <para>
/// Strengths decay with time: a relationship counts strength x 0.5^(days since its last interaction / half-life)
/// (<see cref="AnalysisOptions.DecayHalfLifeDays"/>, 180 days by default); no date, or a date after the as-of date, means
/// no decay. Between two parties with several travellable relationships the strongest counts.
/// </para>
/// <para>
/// Records dated after the as-of date are not yet known on that date: a meeting whose outcome is recorded (not Planned)
/// and whose date is after it is left out of <see cref="Plan"/> and of everything computed from it, and so is a
/// relationship's last interaction after it (the relationship stays, undated), so a review as of an earlier date says
/// what was known then.
/// </para>
/// <para>Immutable and thread-safe: query one analysis from many threads at once.</para>
/// </remarks>
public sealed class AccountAnalysis
{
    private readonly AccountGraph graph;
    private readonly DateTime?[] lastMeeting;

    private AccountAnalysis(AccountPlan plan, DateTime asOf, AnalysisOptions options)
    {
        Plan = plan;
        AsOf = asOf;
        Options = options;
        graph = new AccountGraph(plan, asOf, options);
        lastMeeting = new DateTime?[graph.VertexCount];
        foreach (var meeting in plan.Meetings)
        {
            if (!IsOnRecord(meeting, asOf))
            {
                continue;
            }

            foreach (var personId in meeting.PersonIds)
            {
                if (graph.TryGetVertex(personId, out var vertex) && (lastMeeting[vertex] is not { } known || meeting.Date > known))
                {
                    lastMeeting[vertex] = meeting.Date;
                }
            }
        }
    }

    /// <summary>The plan analysed.</summary>
    public AccountPlan Plan { get; }

    /// <summary>The date the analysis is made as of: strengths decay to it, staleness is measured from it.</summary>
    public DateTime AsOf { get; }

    /// <summary>The thresholds and weights used.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>The plan's Opposes relationships, in plan order: a meeting plan looks for the person's opponents in them rather than in every relationship.</summary>
    internal IReadOnlyList<Relationship> OpposesRelationships => graph.Opposes;

    /// <summary>Builds the account graph of <paramref name="plan"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date of the analysis (the time of day is ignored).</param>
    /// <param name="options">Thresholds and weights, or <see langword="null"/> for <see cref="AnalysisOptions.Default"/>.</param>
    /// <returns>The analysis.</returns>
    public static AccountAnalysis Create(AccountPlan plan, DateTime asOf, AnalysisOptions? options = null)
    {
        Guard.Against.Null(plan);
        options = Validate(options ?? AnalysisOptions.Default);
        return new AccountAnalysis(KnownOn(plan, asOf.Date), asOf.Date, options);
    }

    /// <summary>The plan as it was known on <paramref name="asOf"/>: without the meetings held (outcome recorded) and the interactions after it.</summary>
    private static AccountPlan KnownOn(AccountPlan plan, DateTime asOf)
    {
        static bool Later(Meeting m, DateTime day) => m.Outcome != MeetingOutcome.Planned && m.Date.Date > day;
        var later = false;
        foreach (var meeting in plan.Meetings)
        {
            later |= Later(meeting, asOf);
        }

        foreach (var relationship in plan.Relationships)
        {
            later |= relationship.LastInteraction is { } last && last.Date > asOf;
        }

        if (!later)
        {
            return plan;
        }

        var builder = new AccountPlanBuilder().WithAccount(plan.Account).WithExtensions(plan.Extensions);
        foreach (var seller in plan.Sellers)
        {
            builder.AddSeller(seller);
        }

        foreach (var person in plan.People)
        {
            builder.AddPerson(person);
        }

        foreach (var relationship in plan.Relationships)
        {
            builder.AddRelationship(relationship.LastInteraction is { } last && last.Date > asOf ? relationship with { LastInteraction = null } : relationship);
        }

        foreach (var opportunity in plan.Opportunities)
        {
            builder.AddOpportunity(opportunity);
        }

        foreach (var meeting in plan.Meetings)
        {
            if (!Later(meeting, asOf))
            {
                builder.AddMeeting(meeting);
            }
        }

        return builder.BuildUnvalidated();
    }

    /// <summary>
    /// Whether a meeting is on record as held: its outcome is known (not Planned), or it is dated on or before
    /// <paramref name="asOf"/> (a planned meeting whose day has passed is taken to have happened).
    /// </summary>
    /// <param name="meeting">The meeting.</param>
    /// <param name="asOf">The date of the analysis.</param>
    /// <returns><see langword="true"/> when the meeting counts as held.</returns>
    public static bool IsOnRecord(Meeting meeting, DateTime asOf)
    {
        Guard.Against.Null(meeting);
        return meeting.Outcome != MeetingOutcome.Planned || meeting.Date.Date <= asOf.Date;
    }

    /// <summary>The strength of a relationship as of <see cref="AsOf"/>: strength x 0.5^(days since last interaction / half-life).</summary>
    /// <param name="relationship">A relationship (of this plan or not).</param>
    /// <returns>The decayed strength in [0, 1]; a ReportsTo at the default strength counts <see cref="AnalysisOptions.ReportsToStrength"/>.</returns>
    public double DecayedStrength(Relationship relationship) => AccountGraph.DecayedStrength(Guard.Against.Null(relationship), AsOf, Options);

    /// <summary>The person's coverage: the strongest decayed Knows relationship with any seller, and with which seller.</summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The coverage; <see cref="PersonCoverage.None"/> when no seller knows them, or for a seller.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public PersonCoverage GetCoverage(string personId)
    {
        var vertex = VertexOf(personId);
        var seller = graph.CoveringSellerOf(vertex);
        return seller < 0 ? PersonCoverage.None : new PersonCoverage { Strength = graph.CoverageOf(vertex), SellerId = graph.IdOf(seller) };
    }

    /// <summary>Whether the person's coverage reaches <see cref="AnalysisOptions.CoverageThreshold"/>.</summary>
    /// <param name="personId">A person id.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public bool IsCovered(string personId)
    {
        var vertex = VertexOf(personId);
        return graph.CoveringSellerOf(vertex) >= 0 && graph.CoverageOf(vertex) >= Options.CoverageThreshold;
    }

    /// <summary>
    /// The person's reach: the strongest path from any seller through Knows, Influences and ReportsTo relationships
    /// travelled in either direction (never Opposes); its strength is the product of the decayed strengths.
    /// </summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The path, seller first; <see langword="null"/> when no chain of relationships leads to the person, or for a seller.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public IntroductionPath? GetReach(string personId)
    {
        var path = graph.BestPathTo(VertexOf(personId), out var strength);
        return path is null ? null : ToPath(path, strength);
    }

    /// <summary>The best path from each seller who can reach the person, strongest first, ties by seller id.</summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The paths, each seller first and the person last; empty when no seller reaches them, or for a seller.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public IReadOnlyList<IntroductionPath> GetPathsFromSellers(string personId)
    {
        var found = graph.PathsFromSellers(VertexOf(personId));
        var result = new IntroductionPath[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            result[i] = ToPath(found[i].Path, found[i].Strength);
        }

        return result;
    }

    /// <summary>
    /// The strongest path to the person from a seller of at least <paramref name="minimumSellerLevel"/> (sellers of unknown
    /// level never qualify), or from any seller when it is <see langword="null"/>; ties by seller id. The same path
    /// <see cref="GetPathsFromSellers"/> lists first among the qualifying sellers, at the cost of reading one path.
    /// </summary>
    /// <param name="personId">A person id.</param>
    /// <param name="minimumSellerLevel">The lowest seller level that qualifies, or <see langword="null"/> for every seller.</param>
    /// <returns>The path, seller first; <see langword="null"/> when no qualifying seller reaches the person, or for a seller.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    internal IntroductionPath? GetStrongestPathFromSellers(string personId, int? minimumSellerLevel)
    {
        var path = graph.StrongestPathFromSellers(VertexOf(personId), minimumSellerLevel, out var strength);
        return path is null ? null : ToPath(path, strength);
    }

    /// <summary>
    /// The person's network centrality in [0, 1]: a PageRank over Influences and ReportsTo in which authority flows to
    /// the people others listen to (from the influenced to the influencer, from a report to their manager), rescaled
    /// so that someone no one listens to scores 0 and the most listened-to person in the account scores 1.
    /// </summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The centrality; 0 for everyone when the plan has no Influences or ReportsTo relationships.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public double GetCentrality(string personId) => graph.CentralityOf(VertexOf(personId));

    /// <summary>The last contact with the person: the latest meeting on record with them, or the latest interaction of a seller's Knows relationship with them.</summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The date, or <see langword="null"/> when they were never contacted.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public DateTime? GetLastContact(string personId)
    {
        var vertex = VertexOf(personId);
        var meeting = lastMeeting[vertex];
        var interaction = graph.LastSellerInteraction(vertex);
        return meeting is { } m && (interaction is not { } i || m >= i) ? m : interaction;
    }

    /// <summary>Whether the person has a meeting on record (see <see cref="IsOnRecord"/>) in any opportunity or at account level.</summary>
    /// <param name="personId">A person id.</param>
    /// <returns><see langword="true"/> when some meeting with them is on record.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public bool HasMeetingOnRecord(string personId) => lastMeeting[VertexOf(personId)] is not null;

    /// <summary>Whether some seller has a Knows relationship (of any strength above 0) with the person.</summary>
    /// <param name="personId">A person id.</param>
    /// <returns><see langword="true"/> when a seller knows them.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public bool IsKnownBySeller(string personId) => graph.IsKnownBySeller(VertexOf(personId));

    /// <summary>
    /// The sellers and people through whom every path from our team to the person passes, in path order (seller side
    /// first). A single seller holding the only relationships counts too. Empty when the person is reached by paths that
    /// share no one, or not reached at all (see <see cref="GetReach"/>).
    /// </summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The ids of the choke points.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public IReadOnlyList<string> GetChokePoints(string personId)
    {
        var vertices = graph.ChokePoints(VertexOf(personId));
        var result = new string[vertices.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = graph.IdOf(vertices[i]);
        }

        return result;
    }

    private IntroductionPath ToPath(int[] path, double strength)
    {
        var pathIds = new string[path.Length];
        for (var i = 0; i < path.Length; i++)
        {
            pathIds[i] = graph.IdOf(path[i]);
        }

        return new IntroductionPath { Ids = pathIds, Strength = strength, SellerId = pathIds[0] };
    }

    private int VertexOf(string personId)
    {
        Guard.Against.Null(personId);
        return graph.TryGetVertex(personId, out var vertex)
            ? vertex
            : throw new ArgumentException("'" + personId + "' names no seller or person in this plan.", nameof(personId));
    }

    private static AnalysisOptions Validate(AnalysisOptions options)
    {
        if (!(options.DecayHalfLifeDays > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.DecayHalfLifeDays, "The decay half-life must be a positive number of days.");
        }

        if (!(options.CentralityDamping >= 0 && options.CentralityDamping < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.CentralityDamping, "The centrality damping must be at least 0 and below 1.");
        }

        if (!(options.ReportsToStrength >= 0 && options.ReportsToStrength <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ReportsToStrength, "The ReportsTo strength must be from 0 to 1.");
        }

        return options;
    }
}
