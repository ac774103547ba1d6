using System;
using System.Collections.Generic;

namespace BuyingCenter;

/// <summary>
/// An account plan: the account, our sellers, the customer's people, the relationships between them,
/// the opportunities with their buying influences, and the meetings held or planned.
/// Made by an <see cref="AccountPlanBuilder"/>, which validates it; every id it holds resolves.
/// </summary>
/// <remarks>Immutable and thread-safe: analyses can read one plan from many threads at once.</remarks>
public sealed class AccountPlan
{
    /// <summary>The plan file version this library reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;

    // Each party by its position in Ordinals (ordinal id order, the account graph's vertex numbers, as Ordinals.Index
    // gives them): the first seller with the id, else the first person; the validator reports the duplicates. Found
    // through Ordinals.Index, the one map of ids a plan keeps, rather than through a dictionary of parties of its own;
    // sellers and people apart, so that a reader who has the position gets the seller or the person without reading the
    // object's type (a person's slot is empty where a seller has the id).
    private readonly Seller?[] sellerAt;
    private readonly Person?[] personAt;

    // By the same position, whether the person is new in their role: a review asks it of every influence, and read here,
    // where the plan was made, it spares the review a read of each person's object, cold in a portfolio of plans.
    private readonly bool[] newInRoleAt;

    private readonly Dictionary<string, Opportunity> opportunities;

    internal AccountPlan(
        Account account,
        Seller[] sellers,
        Person[] people,
        Relationship[] relationships,
        Opportunity[] opportunities,
        Meeting[] meetings,
        ExtensionProperty[] extensions)
    {
        Account = account;
        Sellers = sellers;
        People = people;
        Relationships = relationships;
        Opportunities = opportunities;
        Meetings = meetings;
        Extensions = extensions;

        this.opportunities = new Dictionary<string, Opportunity>(opportunities.Length, StringComparer.Ordinal);
        foreach (var opportunity in opportunities)
        {
            AddFirst(this.opportunities, opportunity.Id, opportunity);
        }

        Ordinals = new PartyOrdinals(sellers, people, relationships, meetings);

        // Lookups keep the first of duplicated ids, sellers before people; the validator reports the duplicates.
        var index = Ordinals.Index;
        sellerAt = new Seller?[Ordinals.Ids.Length];
        personAt = new Person?[sellerAt.Length];
        newInRoleAt = new bool[sellerAt.Length];
        foreach (var seller in sellers)
        {
            if (seller.Id is not null && index.TryGetValue(seller.Id, out var position) && sellerAt[position] is null)
            {
                sellerAt[position] = seller;
            }
        }

        foreach (var person in people)
        {
            if (person.Id is not null && index.TryGetValue(person.Id, out var position) && sellerAt[position] is null && personAt[position] is null)
            {
                personAt[position] = person;
                newInRoleAt[position] = person.NewInRole;
            }
        }

        // Found once per plan: every analysis asks whether the plan knows anything after its as-of day.
        var latest = DateTime.MinValue;
        foreach (var meeting in meetings)
        {
            if (meeting.Outcome != MeetingOutcome.Planned && meeting.Date.Date > latest)
            {
                latest = meeting.Date.Date;
            }
        }

        foreach (var relationship in relationships)
        {
            if (relationship.LastInteraction is { } last && last.Date > latest)
            {
                latest = last.Date;
            }
        }

        LatestFact = latest;
    }

    /// <summary>The customer organisation.</summary>
    public Account Account { get; }

    /// <summary>Our own team, in plan order.</summary>
    public IReadOnlyList<Seller> Sellers { get; }

    /// <summary>The customer's people (and outsiders who matter), in plan order.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>The relationships, in plan order.</summary>
    public IReadOnlyList<Relationship> Relationships { get; }

    /// <summary>The opportunities, in plan order.</summary>
    public IReadOnlyList<Opportunity> Opportunities { get; }

    /// <summary>The meetings held or planned, in plan order.</summary>
    public IReadOnlyList<Meeting> Meetings { get; }

    /// <summary>Top-level properties from the plan file that this format version does not define, kept unchanged.</summary>
    public IReadOnlyList<ExtensionProperty> Extensions { get; }

    /// <summary>The parties numbered in ordinal id order and the relationships' ends as those numbers, for the account graph.</summary>
    internal PartyOrdinals Ordinals { get; }

    /// <summary>The day of the latest held meeting or relationship interaction on record (<see cref="DateTime.MinValue"/> with none): an analysis as of an earlier day must leave the later facts out.</summary>
    internal DateTime LatestFact { get; }

    /// <summary>Finds a seller or a person by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The party, or <see langword="null"/> when the plan has no one with that id.</returns>
    public Party? FindParty(string id) => id is not null && Ordinals.Index.TryGetValue(id, out var position) ? (Party?)sellerAt[position] ?? personAt[position] : null;

    /// <summary>Finds a person (never a seller) by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The person, or <see langword="null"/> when the id names no one or names a seller.</returns>
    public Person? FindPerson(string id) => id is not null && Ordinals.Index.TryGetValue(id, out var position) ? personAt[position] : null;

    /// <summary>The person <see cref="FindPerson"/> finds by the id at <paramref name="position"/> in <see cref="Ordinals"/> (an account graph's vertex), or <see langword="null"/>.</summary>
    internal Person? PersonAt(int position) => personAt[position];

    /// <summary>Whether the person at <paramref name="position"/> (see <see cref="PersonAt"/>) is new in their role; <see langword="false"/> where there is none.</summary>
    internal bool IsNewInRoleAt(int position) => newInRoleAt[position];

    /// <summary>Finds a seller (never a person) by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The seller, or <see langword="null"/> when the id names no one or names a person.</returns>
    public Seller? FindSeller(string id) => id is not null && Ordinals.Index.TryGetValue(id, out var position) ? sellerAt[position] : null;

    /// <summary>The seller <see cref="FindSeller"/> finds by the id at <paramref name="position"/> in <see cref="Ordinals"/> (an account graph's vertex), or <see langword="null"/>.</summary>
    internal Seller? SellerAt(int position) => sellerAt[position];

    /// <summary>Finds an opportunity by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The opportunity, or <see langword="null"/>.</returns>
    public Opportunity? FindOpportunity(string id) => id is not null && opportunities.TryGetValue(id, out var found) ? found : null;

    /// <summary>Starts a builder holding everything this plan holds, to make a changed copy.</summary>
    /// <returns>A new builder; this plan is not changed.</returns>
    public AccountPlanBuilder ToBuilder() => new(this);

    private static void AddFirst<T>(Dictionary<string, T> map, string key, T value)
    {
        if (key is not null && !map.ContainsKey(key))
        {
            map.Add(key, value);
        }
    }
}
