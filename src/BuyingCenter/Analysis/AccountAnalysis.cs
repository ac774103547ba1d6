using System;
using System.Collections.Generic;
using System.Threading;
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
/// (<see cref="GraphOptions.DecayHalfLifeDays"/>, 180 days by default); no date, or a date after the as-of date, means
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
    private readonly OptionalDates lastMeeting;
    private readonly Dictionary<string, OpportunityRoutes> routesByOpportunity = new(StringComparer.Ordinal);

    // The routes asked for last: a review asks for one opportunity's a dozen times in a row (every influence's reach, the
    // Economic Buyer's choke points, the ranking), each a lock and a look-up by id without it.
    private OpportunityRoutes? lastRoutes;

    private AccountAnalysis(AccountPlan plan, DateTime asOf, AnalysisOptions options)
    {
        Plan = plan;
        AsOf = asOf;
        Options = options;
        graph = new AccountGraph(plan, asOf, options);
        lastMeeting = new OptionalDates(graph.VertexCount);
        // Each meeting's people by party number, laid out when the plan was made (see PartyOrdinals.Meetings): no meeting,
        // list or id is read here. On record as IsOnRecord says, from the day laid out.
        var meetings = plan.Ordinals.Meetings;
        var attendees = plan.Ordinals.Attendees;
        var asOfTicks = asOf.Date.Ticks;
        for (var m = 0; m < meetings.Length; m++)
        {
            var meeting = meetings[m];
            if (meeting.OnRecordFromTicks > asOfTicks)
            {
                continue;
            }

            var end = m + 1 < meetings.Length ? meetings[m + 1].FirstAttendee : attendees.Length;
            for (var a = meeting.FirstAttendee; a < end; a++)
            {
                var vertex = attendees[a];
                if (vertex >= 0 && (lastMeeting[vertex] is not { } known || meeting.Date > known))
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
    /// <param name="options">Thresholds and weights, or <see langword="null"/> for the defaults.</param>
    /// <returns>The analysis.</returns>
    public static AccountAnalysis Create(AccountPlan plan, DateTime asOf, AnalysisOptions? options = null)
    {
        Guard.Against.Null(plan);
        // No shared default instance: the analysis hands its options out (Options), and a caller who changed a shared one
        // would change every later review in the process.
        return CreateValidated(plan, asOf, Validate(options ?? new AnalysisOptions()));
    }

    /// <summary>As <see cref="Create"/>, with options the caller has validated (a portfolio validates once, not per account).</summary>
    internal static AccountAnalysis CreateValidated(AccountPlan plan, DateTime asOf, AnalysisOptions options) =>
        new(KnownOn(plan, asOf.Date), asOf.Date, options);

    /// <summary>The plan as it was known on <paramref name="asOf"/>: without the meetings held (outcome recorded) and the interactions after it.</summary>
    private static AccountPlan KnownOn(AccountPlan plan, DateTime asOf)
    {
        static bool Later(Meeting m, DateTime day) => m.Outcome != MeetingOutcome.Planned && m.Date.Date > day;
        if (plan.LatestFact <= asOf)
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

        // The sellers and people are the plan's own, already frozen: results name them by reference, as the caller's plan has them.
        return builder.BuildUnvalidated(partiesOwned: true);
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
    /// <returns>The decayed strength in [0, 1]; a ReportsTo at the default strength counts <see cref="GraphOptions.ReportsToStrength"/>.</returns>
    public double DecayedStrength(Relationship relationship) => AccountGraph.DecayedStrength(Guard.Against.Null(relationship), AsOf, Options);

    /// <summary>The same for the plan's relationship at <paramref name="index"/> (plan order), without reading the relationship object.</summary>
    internal double DecayedStrengthAt(int index) => AccountGraph.DecayedStrength(Plan, index, AsOf, Options);

    /// <summary>The person's coverage: the strongest decayed Knows relationship with any seller, and with which seller.</summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The coverage; <see cref="PersonCoverage.None"/> when no seller knows them, or for a seller.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public PersonCoverage GetCoverage(string personId)
    {
        var strength = CoverageOf(personId, out var seller);
        return seller is null ? PersonCoverage.None : new PersonCoverage(strength, seller);
    }

    /// <summary>The person's coverage as <see cref="GetCoverage"/> gives it, without making its object: its strength, and its seller (or none).</summary>
    internal double CoverageOf(string personId, out Seller? seller) => CoverageOf(VertexOf(personId), out seller);

    /// <summary>The same by party number (<see cref="TryGetVertex"/>), for callers that have it: no lookup by id.</summary>
    internal double CoverageOf(int vertex, out Seller? seller)
    {
        var covering = graph.CoveringSellerOf(vertex);
        seller = covering < 0 ? null : Plan.SellerAt(covering);
        return seller is null ? 0 : graph.CoverageOf(vertex);
    }

    /// <summary>Whether the person's coverage reaches <see cref="ReviewThresholds.CoverageThreshold"/>.</summary>
    /// <param name="personId">A person id.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public bool IsCovered(string personId) => IsCovered(VertexOf(personId));

    internal bool IsCovered(int vertex)
    {
        return graph.CoveringSellerOf(vertex) >= 0 && graph.CoverageOf(vertex) >= Options.Thresholds.CoverageThreshold;
    }

    /// <summary>
    /// The person's reach, whatever the opportunity: the route <see cref="GetRoute"/> finds when no one is barred from
    /// introducing us by their part in an opportunity. Use <see cref="GetRoute"/> with the opportunity for the route the
    /// review and the planner use.
    /// </summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The route, seller first; <see langword="null"/> when no admissible route leads to the person, or for a seller.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public IntroductionPath? GetReach(string personId) => GetRoute(personId, null);

    /// <summary>
    /// The person's route in an opportunity (domain.md, section 2): the strongest <em>admissible</em> route from any
    /// seller through Knows, Influences and ReportsTo relationships travelled in either direction (never Opposes), of at
    /// most <see cref="GraphOptions.MaxIntroducers"/> intermediaries, none of them rated 0 or below or an Economic
    /// Buyer of the opportunity, none of our sellers, each introducing us to someone at most
    /// <see cref="GraphOptions.MaxIntroductionLevelsUp"/> levels above them unless along their own ReportsTo line or
    /// Influences edge; or, when a seller's own Knows relationship with the person had at least the coverage threshold
    /// before decay, that relationship (re-engaged). Its strength is the product of the decayed strengths of its hops.
    /// Ties: fewer edges, then the lower seller id, then the lower id of the party just before the person.
    /// </summary>
    /// <param name="personId">A person id.</param>
    /// <param name="opportunityId">The opportunity whose ratings and Economic Buyers bar intermediaries, or <see langword="null"/> for none.</param>
    /// <returns>The route, seller first; <see langword="null"/> when no admissible route leads to the person, or for a seller.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan, or no opportunity of the plan.</exception>
    public IntroductionPath? GetRoute(string personId, string? opportunityId)
    {
        var vertex = VertexOf(personId);
        var routes = RoutesOf(opportunityId);
        var route = graph.RouteTo(routes.Tree, routes.Rules, vertex);
        return route is null ? null : ToPath(route);
    }

    /// <summary>The route from each seller who has one to the person, strongest first, ties by seller id (the rules of <see cref="GetReach"/>).</summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The routes, each seller first and the person last; empty when no seller reaches them, or for a seller.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public IReadOnlyList<IntroductionPath> GetPathsFromSellers(string personId)
    {
        var vertex = VertexOf(personId);
        var rules = RoutesOf(null).Rules;
        var found = new List<IntroductionPath>();
        foreach (var seller in graph.Sellers)
        {
            if (graph.RouteTo(graph.SearchRoutes(rules, seller), rules, vertex, seller) is { } route)
            {
                found.Add(ToPath(route));
            }
        }

        found.Sort((a, b) =>
        {
            var byStrength = b.Strength.CompareTo(a.Strength);
            return byStrength != 0 ? byStrength : string.CompareOrdinal(a.Seller.Id, b.Seller.Id);
        });
        return found;
    }

    /// <summary>
    /// The person's network centrality in [0, 1]: a PageRank over Influences and ReportsTo in which authority flows to
    /// the people others listen to (from the influenced to the influencer, from a report to their manager), rescaled
    /// so that someone no one listens to scores 0 and the most listened-to person in the account scores 1. The PageRank
    /// is iterated until the ranks change by less than 1e-6 (L1 norm) of the spread the scores are rescaled by, so each
    /// score is within about 1e-5 of the fully converged one; 1,000 iterations are a safeguard ceiling only.
    /// </summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The centrality; 0 for everyone when the plan has no Influences or ReportsTo relationships.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public double GetCentrality(string personId) => graph.CentralityOf(VertexOf(personId));

    internal double CentralityOf(int vertex) => graph.CentralityOf(vertex);

    /// <summary>The last contact with the person: the latest meeting on record with them, or the latest interaction of a seller's Knows relationship with them.</summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The date, or <see langword="null"/> when they were never contacted.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public DateTime? GetLastContact(string personId) => LastContactOf(VertexOf(personId));

    internal DateTime? LastContactOf(int vertex)
    {
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

    /// <summary>Whether the party has no meeting on record and no seller knows them: never contacted.</summary>
    internal bool IsUncontacted(int vertex) => lastMeeting[vertex] is null && !graph.IsKnownBySeller(vertex);

    /// <summary>
    /// The sellers and people through whom every admissible route from our team to the person passes, in route order
    /// (seller side first), with the rules of <see cref="GetReach"/>. A single seller holding the only relationships
    /// counts too. Empty when the person is reached by routes that share no one, or not reached at all.
    /// </summary>
    /// <param name="personId">A person id.</param>
    /// <returns>The ids of the choke points.</returns>
    /// <exception cref="ArgumentException">The id names no one in the plan.</exception>
    public IReadOnlyList<string> GetChokePoints(string personId) => GetChokePoints(personId, null);

    /// <summary>The choke points of the person's admissible routes in an opportunity (see <see cref="GetRoute"/>).</summary>
    internal IReadOnlyList<string> GetChokePoints(string personId, string? opportunityId)
    {
        var vertex = VertexOf(personId);
        var routes = RoutesOf(opportunityId);
        if (graph.RouteTo(routes.Tree, routes.Rules, vertex) is not { } route)
        {
            return Array.Empty<string>();
        }

        var vertices = graph.ChokePoints(route, routes.Rules);
        var result = new string[vertices.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = graph.IdOf(vertices[i]);
        }

        return result;
    }

    /// <summary>The strength of the strongest travellable relationship (after decay) between two parties, 0 with none.</summary>
    internal double LinkStrength(string fromId, string toId) =>
        LinkStrength(VertexOf(fromId), VertexOf(toId));

    /// <summary>The same by party numbers (<see cref="TryGetVertex"/>), for callers that have them: no lookup by id.</summary>
    internal double LinkStrength(int from, int to) => graph.Travel.TryGetEdge(from, to, out var edge) ? edge.Strength : 0;

    /// <summary>The level of a seller or person, or <see langword="null"/> when unknown.</summary>
    internal int? LevelOf(string id) => graph.LevelOf(VertexOf(id));

    /// <summary>The sellers with a Knows relationship to the person (above 0 after decay), in seller id order, with its decayed strength.</summary>
    internal IEnumerable<(string SellerId, double Strength)> SellersKnowing(string personId)
    {
        foreach (var (seller, strength) in graph.SellersKnowing(VertexOf(personId)))
        {
            yield return (graph.IdOf(seller), strength);
        }
    }

    /// <summary>
    /// The rules and the routes of one opportunity (or none), searched once from every seller and kept: the review asks
    /// for every influence's route, the planner for the same routes again.
    /// </summary>
    private OpportunityRoutes RoutesOf(string? opportunityId)
    {
        var key = opportunityId ?? string.Empty;
        if (Volatile.Read(ref lastRoutes) is { } last && string.Equals(last.Key, key, StringComparison.Ordinal))
        {
            return last;
        }

        lock (routesByOpportunity)
        {
            if (routesByOpportunity.TryGetValue(key, out var known))
            {
                Volatile.Write(ref lastRoutes, known);
                return known;
            }
        }

        // Opportunities whose rules bar the same people (the same Economic Buyer, no one rated 0 or below, say) have the same
        // routes: one search serves them all, and the account without an opportunity when no one is barred.
        var rules = RulesFor(opportunityId);
        OpportunityRoutes? same = null;
        lock (routesByOpportunity)
        {
            foreach (var other in routesByOpportunity.Values)
            {
                if (SameBarred(other.Rules.Barred, rules.Barred))
                {
                    same = other;
                    break;
                }
            }
        }

        var routes = same is not null ? new OpportunityRoutes(key, same.Rules, same.Tree) : new OpportunityRoutes(key, rules, graph.SearchRoutes(rules));
        lock (routesByOpportunity)
        {
            if (!routesByOpportunity.TryGetValue(key, out var known))
            {
                routesByOpportunity.Add(key, routes);
                known = routes;
            }

            Volatile.Write(ref lastRoutes, known);
            return known;
        }
    }

    /// <summary>Whether two sets of barred people are the same, <see langword="null"/> being no one.</summary>
    private static bool SameBarred(bool[]? one, bool[]? other)
    {
        if (one is null || other is null)
        {
            return one == other;
        }

        for (var i = 0; i < one.Length; i++)
        {
            if (one[i] != other[i])
            {
                return false;
            }
        }

        return true;
    }

    private RouteRules RulesFor(string? opportunityId)
    {
        bool[]? barred = null;
        if (opportunityId is not null)
        {
            var opportunity = Plan.FindOpportunity(opportunityId)
                ?? throw new PlanArgumentException("'" + opportunityId + "' names no opportunity in this plan.", nameof(opportunityId));
            // No array when no one is barred: the search reads none, and such an opportunity shares the account's routes.
            var influenceList = opportunity.Influences;
            for (var influenceAt = 0; influenceAt < influenceList.Count; influenceAt++)
            {
                var influence = influenceList[influenceAt];
                // Whether the influence bars them is read first: only the one or two barred are looked up by id.
                if ((influence.Has(BuyingRoles.Economic) || influence.Rating is <= 0)
                    && influence.PersonId is not null && graph.TryGetVertex(influence.PersonId, out var vertex))
                {
                    (barred ??= new bool[graph.VertexCount])[vertex] = true;
                }
            }
        }

        return new RouteRules
        {
            MaxEdges = Options.Graph.MaxIntroducers + 1,
            Barred = barred,
            MaxLevelsUp = Options.Graph.MaxIntroductionLevelsUp,
            ReengageFrom = Options.Thresholds.CoverageThreshold,
        };
    }

    /// <summary>The strength of the route <see cref="GetRoute"/> gives, without writing it out; <see langword="null"/> when it gives none.</summary>
    internal double? GetRouteStrength(string personId, string? opportunityId) => GetRouteStrength(VertexOf(personId), opportunityId);

    /// <summary>The same by party number (<see cref="TryGetVertex"/>), for callers that have it: no lookup by id.</summary>
    internal double? GetRouteStrength(int vertex, string? opportunityId)
    {
        var routes = RoutesOf(opportunityId);
        return graph.RouteStrengthTo(routes.Tree, routes.Rules, vertex);
    }

    private IntroductionPath ToPath(Route route)
    {
        var parties = new Party[route.Vertices.Length];
        for (var i = 0; i < parties.Length; i++)
        {
            parties[i] = Plan.FindParty(graph.IdOf(route.Vertices[i]))!;
        }

        var hops = new RouteHop[parties.Length - 1];
        for (var i = 0; i < hops.Length; i++)
        {
            var (kind, strength) = graph.HopOf(route, i);
            hops[i] = new RouteHop(parties[i], parties[i + 1], kind, strength);
        }

        return new IntroductionPath(
            parties,
            hops,
            route.Strength,
            route.Reengaged,
            route.LastContact,
            route.LastContact is { } last ? Math.Max(0, (int)(AsOf - last.Date).TotalDays) : null);
    }

    /// <summary>The number of parties of the plan: the vertices of the account graph, numbered from 0.</summary>
    internal int VertexCount => graph.VertexCount;

    /// <summary>The vertex of a seller or person of the plan, if there is one (no exception for an unknown id).</summary>
    internal bool TryGetVertex(string id, out int vertex) => graph.TryGetVertex(id, out vertex);

    /// <summary>The party number of a seller or person of the plan; an unknown id is an error that names it.</summary>
    internal int VertexOf(string personId)
    {
        Guard.Against.Null(personId);
        return graph.TryGetVertex(personId, out var vertex)
            ? vertex
            : throw new PlanArgumentException("'" + personId + "' names no seller or person in this plan.", nameof(personId));
    }

    internal static AnalysisOptions Validate(AnalysisOptions options)
    {
        options.Validate();
        return options;
    }

    private sealed class OpportunityRoutes
    {
        public OpportunityRoutes(string key, RouteRules rules, RouteTree tree)
        {
            Key = key;
            Rules = rules;
            Tree = tree;
        }

        /// <summary>The opportunity's id (empty for none) these routes are kept under; another may share its rules and tree.</summary>
        public string Key { get; }

        public RouteRules Rules { get; }

        public RouteTree Tree { get; }
    }
}
