using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace BuyingCenter;

/// <summary>
/// The rules of the plan format that hold between values (ids that resolve, ranges, uniqueness, no reporting cycle).
/// Problems carry the JSON path the value has in a plan file, so the reader can add the line and column.
/// </summary>
internal static class PlanValidator
{
    private static readonly IFormatProvider Invariant = CultureInfo.InvariantCulture;

    // The property names the plan format defines at each object level: the table the reader and writer use too.
    private static readonly string[] RootNames = Serialization.PlanSchema.Root;
    private static readonly string[] AccountNames = Serialization.PlanSchema.Account;
    private static readonly string[] SellerNames = Serialization.PlanSchema.Seller;
    private static readonly string[] PersonNames = Serialization.PlanSchema.Person;
    private static readonly string[] RelationshipNames = Serialization.PlanSchema.Relationship;
    private static readonly string[] OpportunityNames = Serialization.PlanSchema.Opportunity;
    private static readonly string[] InfluenceNames = Serialization.PlanSchema.Influence;
    private static readonly string[] WinResultNames = Serialization.PlanSchema.WinResult;
    private static readonly string[] MeetingNames = Serialization.PlanSchema.Meeting;

    public static IReadOnlyList<PlanProblem> Validate(AccountPlan plan)
    {
        var problems = new List<PlanProblem>();
        void Add(string path, string message) => problems.Add(new PlanProblem { Path = path, Message = message });

        ValidateAccount(plan.Account, Add);
        var parties = ValidateParties(plan, Add);
        ValidateRelationships(plan, parties, Add);
        ValidateOpportunities(plan, parties, Add);
        ValidateMeetings(plan, parties, Add);
        CheckExtensions(plan.Extensions, "$", RootNames, Add);
        return problems;
    }

    /// <summary>Whether two relationships are the same edge: same kind and ends (either direction for undirected kinds).</summary>
    public static bool SameEdge(Relationship a, Relationship b) =>
        a.Kind == b.Kind &&
        ((a.From == b.From && a.To == b.To) || (a.IsUndirected && a.From == b.To && a.To == b.From));

    private static void ValidateAccount(Account account, Action<string, string> add)
    {
        RequireId(account.Id, "$.account.id", "The account needs an id", add);
        RequireText(account.Name, "$.account.name", "The account needs a name", add);
        CheckExtensions(account.Extensions, "$.account", AccountNames, add);
    }

    private static PartyIndex ValidateParties(AccountPlan plan, Action<string, string> add)
    {
        // The first of duplicated ids wins.
        var parties = new PartyIndex(plan.Ordinals);

        // Paths are made only for problems: 20,000 valid people should not cost 80,000 strings.
        void Check(Party party, int position, bool isSeller)
        {
            string Path() => PartyIndex.PathOf(isSeller, position);
            var what = isSeller ? "A seller" : "A person";
            if (!IsWellFormedId(party.Id))
            {
                RequireId(party.Id, Path() + ".id", what + " needs an id", add);
            }
            else if (!parties.TryAdd(party.Id, isSeller, position, out var first))
            {
                add(Path() + ".id", string.Format(Invariant, "The id '{0}' is already used at {1}; ids must be unique across sellers and people.", party.Id, parties.PathOf(first)));
            }

            if (string.IsNullOrWhiteSpace(party.Name))
            {
                RequireText(party.Name, Path() + ".name", what + " needs a name", add);
            }

            if (party.Extensions.Count > 0)
            {
                CheckExtensions(party.Extensions, Path(), isSeller ? SellerNames : PersonNames, add);
            }

            if (party.Level is { } level && (level < 1 || level > 6))
            {
                add(Path() + ".level", string.Format(Invariant, "The level {0} is out of range: use 1 (individual contributor) to 6 (chief executive).", level));
            }
        }

        for (var i = 0; i < plan.Sellers.Count; i++)
        {
            Check(plan.Sellers[i], i, isSeller: true);
        }

        for (var i = 0; i < plan.People.Count; i++)
        {
            Check(plan.People[i], i, isSeller: false);
        }

        return parties;
    }

    private static void ValidateRelationships(AccountPlan plan, PartyIndex parties, Action<string, string> add)
    {
        // Ends by ordinal, not by name: the plan numbered both ends of every relationship when it was made, so a valid
        // 100,000-relationship plan is checked with integer keys and no string lookup, and paths are built only for
        // problems, so it does not pay for 300,000 strings either.
        var numbered = plan.Ordinals;
        var seen = new Dictionary<long, int>(plan.Relationships.Count);
        var reportsTo = new List<(int From, int To, int Index)>();

        for (var i = 0; i < plan.Relationships.Count; i++)
        {
            var r = plan.Relationships[i];
            var from = numbered.From[i];
            var to = numbered.To[i];
            var fromOk = CheckEnd(r.From, from, i, ".from", parties, add);
            var toOk = CheckEnd(r.To, to, i, ".to", parties, add);
            if (r.Extensions.Count > 0)
            {
                CheckExtensions(r.Extensions, Index("$.relationships", i), RelationshipNames, add);
            }

            if (r.Kind < RelationshipKind.ReportsTo || r.Kind > RelationshipKind.Opposes)
            {
                add(Index("$.relationships", i) + ".kind", "The kind must be one of ReportsTo, Influences, Knows, Opposes.");
                continue;
            }

            if (double.IsNaN(r.Strength) || double.IsInfinity(r.Strength) || r.Strength < 0 || r.Strength > 1)
            {
                add(Index("$.relationships", i) + ".strength", string.Format(Invariant, "The strength {0} is out of range: use a number from 0 (none) to 1 (trusted).", r.Strength));
            }

            if (!fromOk || !toOk)
            {
                continue;
            }

            if (from == to)
            {
                add(Index("$.relationships", i) + ".to", string.Format(Invariant, "A relationship links two different ids; this one links '{0}' to itself.", r.From));
                continue;
            }

            if (r.Kind == RelationshipKind.ReportsTo && (parties.IsSeller(from) || parties.IsSeller(to)))
            {
                var fromSeller = parties.IsSeller(from);
                add(Index("$.relationships", i) + (fromSeller ? ".from" : ".to"), string.Format(Invariant, "ReportsTo links people only, and '{0}' is a seller; use Knows for our coverage.", fromSeller ? r.From : r.To));
                continue;
            }

            // Ordinals are below 2^31 and kinds below 4, so one long names the edge (ends sorted for undirected kinds).
            var (low, high) = r.IsUndirected && from > to ? (to, from) : (from, to);
            var key = ((long)r.Kind << 62) | ((long)low << 31) | (uint)high;
            if (seen.TryGetValue(key, out var first))
            {
                add(Index("$.relationships", i), string.Format(Invariant, "A {0} relationship between '{1}' and '{2}' is already given at {3}; keep one, since its strength would be ambiguous.", r.Kind, r.From, r.To, Index("$.relationships", first)));
                continue;
            }

            seen.Add(key, i);
            if (r.Kind == RelationshipKind.ReportsTo)
            {
                reportsTo.Add((from, to, i));
            }
        }

        ReportCycles(plan, parties.Count, reportsTo, add);
    }

    /// <summary>Reports each reporting cycle once, found by <see cref="ReportingLines"/> over the validator's own ordinals.</summary>
    private static void ReportCycles(AccountPlan plan, int partyCount, List<(int From, int To, int Index)> edges, Action<string, string> add)
    {
        foreach (var (_, lines) in ReportingLines.FindCycles(partyCount, edges))
        {
            var members = lines.Select(i => plan.Relationships[i].From).Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal);
            add(Index("$.relationships", lines[0]) + ".to", string.Format(Invariant, "ReportsTo forms a cycle among {0} (relationships {1}); someone in it must report outside it.", string.Join(", ", members), string.Join(", ", lines)));
        }
    }

    private static void ValidateOpportunities(AccountPlan plan, PartyIndex parties, Action<string, string> add)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Opportunities.Count; i++)
        {
            var o = plan.Opportunities[i];
            var path = Index("$.opportunities", i);
            if (RequireId(o.Id, path + ".id", "An opportunity needs an id", add))
            {
                if (ids.TryGetValue(o.Id, out var first))
                {
                    add(path + ".id", string.Format(Invariant, "The opportunity id '{0}' is already used at {1}.", o.Id, Index("$.opportunities", first)));
                }
                else
                {
                    ids.Add(o.Id, i);
                }
            }

            RequireText(o.SingleSalesObjective, path + ".singleSalesObjective", "An opportunity needs its Single Sales Objective", add);
            NotNegative(o.Quantity, path + ".quantity", "quantity", add);
            NotNegative(o.Amount, path + ".amount", "amount", add);
            if (o.Stage is { } stage && !Enum.IsDefined(typeof(SalesStage), stage))
            {
                add(path + ".stage", "The stage must be one of AboveTheFunnel, InTheFunnel, BestFew, Won, Lost.");
            }

            for (var j = 0; j < o.Competitors.Count; j++)
            {
                if (o.Competitors[j] is null)
                {
                    add(Index(path + ".competitors", j), "A competitor is a name; null is not.");
                }
            }

            CheckExtensions(o.Extensions, path, OpportunityNames, add);
            var people = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var j = 0; j < o.Influences.Count; j++)
            {
                ValidateInfluence(o.Influences[j], Index(path + ".influences", j), parties, people, j, add);
            }
        }
    }

    private static void ValidateInfluence(BuyingInfluence influence, string path, PartyIndex parties, Dictionary<string, int> people, int position, Action<string, string> add)
    {
        var personPath = path + ".person";
        if (RequireId(influence.PersonId, personPath, "An influence must name a person", add))
        {
            if (!parties.TryFind(influence.PersonId, out var ordinal))
            {
                add(personPath, string.Format(Invariant, "'{0}' names no one in people[].", influence.PersonId));
            }
            else if (parties.IsSeller(ordinal))
            {
                add(personPath, string.Format(Invariant, "'{0}' is a seller; a buying influence must be a person on the customer's side.", influence.PersonId));
            }
            else if (people.TryGetValue(influence.PersonId, out var first))
            {
                add(personPath, string.Format(Invariant, "'{0}' already has an influence in this opportunity (influences[{1}]); a person appears at most once per opportunity.", influence.PersonId, first));
            }
            else
            {
                people.Add(influence.PersonId, position);
            }
        }

        if (influence.Rating is { } rating && (rating < BuyingInfluence.MinRating || rating > BuyingInfluence.MaxRating))
        {
            add(path + ".rating", string.Format(Invariant, "The rating {0} is out of range: use -5 (opposes us) to +5 (favours us), or null when unknown.", rating));
        }

        if ((influence.Roles & ~(BuyingRoles.Economic | BuyingRoles.Technical | BuyingRoles.User | BuyingRoles.Coach)) != 0)
        {
            add(path + ".roles", "Roles must be among Economic, Technical, User, Coach.");
        }

        if (!Enum.IsDefined(typeof(InfluenceDegree), influence.Degree))
        {
            add(path + ".degree", "The degree must be one of High, Medium, Low, Unknown.");
        }

        if (!Enum.IsDefined(typeof(ResponseMode), influence.Mode))
        {
            add(path + ".mode", "The mode must be one of Growth, Trouble, EvenKeel, Overconfident, Unknown.");
        }

        if ((influence.Uncertain & ~(InfluenceFacts.Roles | InfluenceFacts.Degree | InfluenceFacts.Mode | InfluenceFacts.Rating | InfluenceFacts.WinResults)) != 0)
        {
            add(path + ".uncertain", "Uncertain facts must be among roles, degree, mode, rating, winResults.");
        }

        CheckExtensions(influence.Extensions, path, InfluenceNames, add);
        for (var k = 0; k < influence.WinResults.Count; k++)
        {
            CheckExtensions(influence.WinResults[k].Extensions, Index(path + ".winResults", k), WinResultNames, add);
        }
    }

    private static void ValidateMeetings(AccountPlan plan, PartyIndex parties, Action<string, string> add)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Meetings.Count; i++)
        {
            var m = plan.Meetings[i];
            var path = Index("$.meetings", i);
            if (m.Id is not null)
            {
                if (RequireId(m.Id, path + ".id", "A meeting id, when given, must not be blank", add))
                {
                    if (ids.TryGetValue(m.Id, out var first))
                    {
                        add(path + ".id", string.Format(Invariant, "The meeting id '{0}' is already used at {1}.", m.Id, Index("$.meetings", first)));
                    }
                    else
                    {
                        ids.Add(m.Id, i);
                    }
                }
            }

            if (m.OpportunityId is not null && plan.FindOpportunity(m.OpportunityId) is null)
            {
                add(path + ".opportunity", string.Format(Invariant, "'{0}' names no opportunity in this plan.", m.OpportunityId));
            }

            for (var j = 0; j < m.SellerIds.Count; j++)
            {
                CheckMember(m.SellerIds[j], Index(path + ".sellers", j), parties, expectSeller: true, add);
            }

            for (var j = 0; j < m.PersonIds.Count; j++)
            {
                CheckMember(m.PersonIds[j], Index(path + ".people", j), parties, expectSeller: false, add);
            }

            CheckExtensions(m.Extensions, path, MeetingNames, add);
            if (!Enum.IsDefined(typeof(MeetingOutcome), m.Outcome))
            {
                add(path + ".outcome", "The outcome must be one of BestAction, MinimumAction, NoCommitment, Planned.");
            }
        }
    }

    private static void CheckMember(string id, string path, PartyIndex parties, bool expectSeller, Action<string, string> add)
    {
        if (!parties.TryFind(id ?? string.Empty, out var ordinal))
        {
            add(path, string.Format(Invariant, "'{0}' names no one in this plan.", id));
        }
        else if (parties.IsSeller(ordinal) != expectSeller)
        {
            add(path, string.Format(Invariant, expectSeller ? "'{0}' is a person, not a seller; list them under people." : "'{0}' is a seller, not a person; list them under sellers.", id));
        }
    }

    private static bool CheckEnd(string id, int ordinal, int index, string end, PartyIndex parties, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            add(Index("$.relationships", index) + end, "A relationship must name a seller or a person at both ends.");
            return false;
        }

        if (!parties.Holds(ordinal))
        {
            add(Index("$.relationships", index) + end, string.Format(Invariant, "'{0}' names no seller or person in this plan.", id));
            return false;
        }

        return true;
    }

    private static void NotNegative(decimal? value, string path, string name, Action<string, string> add)
    {
        if (value < 0)
        {
            add(path, string.Format(Invariant, "The {0} {1} is negative; use a number of 0 or more.", name, value));
        }
    }

    private static bool RequireText(string? value, string path, string what, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            add(path, what + "; it is missing or blank.");
            return false;
        }

        return true;
    }

    private static bool RequireId(string? value, string path, string what, Action<string, string> add)
    {
        if (!RequireText(value, path, what, add))
        {
            return false;
        }

        if (HasControlCharacter(value!))
        {
            add(path, "An id must not contain control characters (tabs, line breaks, NUL); this one does.");
            return false;
        }

        return true;
    }

    private static bool IsWellFormedId(string? value) => !string.IsNullOrWhiteSpace(value) && !HasControlCharacter(value!);

    private static bool HasControlCharacter(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Unknown properties must not be blank, repeated, or shadow a property the format defines:
    /// any of those would write a file that cannot be read back as the same plan.
    /// </summary>
    private static void CheckExtensions(IReadOnlyList<ExtensionProperty> extensions, string path, string[] known, Action<string, string> add)
    {
        if (extensions.Count == 0)
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var extension in extensions)
        {
            if (extension is null || string.IsNullOrEmpty(extension.Name) || extension.Json is null)
            {
                add(path, "An unknown property needs a name and a JSON value.");
            }
            else if (Array.IndexOf(known, extension.Name) >= 0)
            {
                add(path, string.Format(Invariant, "The unknown property \"{0}\" has the name of a property the plan format defines; rename it.", extension.Name));
            }
            else if (!names.Add(extension.Name))
            {
                add(path, string.Format(Invariant, "The unknown property \"{0}\" appears twice; keep one.", extension.Name));
            }
            else if (!Serialization.StrictJson.IsOneValue(extension.Json))
            {
                add(path, string.Format(Invariant, "The unknown property \"{0}\" holds text that is not one JSON value (or is nested more than {1} levels); a plan file written with it could not be read back.", extension.Name, Serialization.StrictJson.MaxDepth));
            }
        }
    }

    private static string Index(string path, int index) => path + "[" + index.ToString(Invariant) + "]";

    /// <summary>
    /// Each distinct well-formed party id with the number the plan gave it (<see cref="PartyOrdinals"/>), and where in
    /// the file its first holder stands. The plan has already numbered every id and every relationship's two ends, so
    /// checking ends is reading two arrays, not looking up two strings per relationship.
    /// </summary>
    private sealed class PartyIndex
    {
        private readonly Dictionary<string, int> ordinals;

        // Per ordinal: the position in sellers[] or people[] of the first party holding that id, or -1 when no
        // well-formed id was added there (an id with control characters names no one).
        private readonly int[] positions;
        private readonly bool[] sellers;

        public PartyIndex(PartyOrdinals numbered)
        {
            ordinals = numbered.Index;
            positions = new int[numbered.Ids.Length];
            sellers = new bool[numbered.Ids.Length];
#if NET
            Array.Fill(positions, -1);
#else
            for (var i = 0; i < positions.Length; i++)
            {
                positions[i] = -1;
            }
#endif
        }

        /// <summary>The number of ordinals (of distinct ids, well-formed or not).</summary>
        public int Count => positions.Length;

        public static string PathOf(bool isSeller, int position) => Index(isSeller ? "$.sellers" : "$.people", position);

        /// <summary>Adds the first party holding <paramref name="id"/>; false (and its ordinal) when one already holds it.</summary>
        public bool TryAdd(string id, bool isSeller, int position, out int ordinal)
        {
            ordinal = ordinals[id];
            if (positions[ordinal] >= 0)
            {
                return false;
            }

            positions[ordinal] = position;
            sellers[ordinal] = isSeller;
            return true;
        }

        /// <summary>Where the party with this ordinal is in the file.</summary>
        public string PathOf(int ordinal) => PathOf(IsSeller(ordinal), positions[ordinal]);

        public bool TryFind(string id, out int ordinal) => ordinals.TryGetValue(id, out ordinal) && positions[ordinal] >= 0;

        /// <summary>Whether an end the plan numbered (-1 when it names no id) names a party that was added.</summary>
        public bool Holds(int ordinal) => ordinal >= 0 && positions[ordinal] >= 0;

        public bool IsSeller(int ordinal) => sellers[ordinal];
    }
}
