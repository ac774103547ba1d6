using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Ardalis.GuardClauses;

namespace BuyingCenter;

/// <summary>
/// Builds an immutable, validated <see cref="AccountPlan"/>.
/// <code>
/// var plan = new AccountPlanBuilder()
///     .WithAccount("northwind", "Northwind Logistics")
///     .AddSeller("ana", "Ana Ruiz", "Account Executive", level: 3)
///     .AddPerson("dana", "Dana Lee", "Chief Financial Officer", level: 5)
///     .AddRelationship("ana", RelationshipKind.Knows, "dana", strength: 0.3)
///     .AddOpportunity(new Opportunity { Id = "fleetview", SingleSalesObjective = "Northwind buys 400 seats by 2027-03-31" })
///     .Build();
/// </code>
/// </summary>
/// <remarks>A builder is not thread-safe; the plan it builds is.</remarks>
public sealed class AccountPlanBuilder
{
    private readonly List<Seller> sellers = new();
    private readonly List<Person> people = new();
    private readonly List<Relationship> relationships = new();
    private readonly List<Opportunity> opportunities = new();
    private readonly List<Meeting> meetings = new();
    private readonly List<ExtensionProperty> extensions = new();
    private Account? account;

    /// <summary>Starts an empty plan; <see cref="WithAccount(Account)"/> must be called before <see cref="Build"/>.</summary>
    public AccountPlanBuilder()
    {
    }

    internal AccountPlanBuilder(AccountPlan plan)
    {
        account = plan.Account;
        sellers.AddRange(plan.Sellers);
        people.AddRange(plan.People);
        relationships.AddRange(plan.Relationships);
        opportunities.AddRange(plan.Opportunities);
        meetings.AddRange(plan.Meetings);
        extensions.AddRange(plan.Extensions);
    }

    /// <summary>Sets the customer organisation.</summary>
    /// <param name="account">The account.</param>
    /// <returns>This builder.</returns>
    public AccountPlanBuilder WithAccount(Account account)
    {
        this.account = Guard.Against.Null(account);
        return this;
    }

    /// <summary>Sets the customer organisation by id and name.</summary>
    /// <param name="id">The account id, not blank.</param>
    /// <param name="name">The organisation's name, not blank.</param>
    /// <returns>This builder.</returns>
    public AccountPlanBuilder WithAccount(string id, string name) =>
        WithAccount(new Account { Id = Guard.Against.NullOrWhiteSpace(id), Name = Guard.Against.NullOrWhiteSpace(name) });

    /// <summary>Adds a member of our own team.</summary>
    /// <param name="seller">The seller.</param>
    /// <returns>This builder.</returns>
    public AccountPlanBuilder AddSeller(Seller seller)
    {
        sellers.Add(Guard.Against.Null(seller));
        return this;
    }

    /// <summary>Adds a member of our own team.</summary>
    /// <param name="id">The id, unique across sellers and people, not blank.</param>
    /// <param name="name">The full name, not blank.</param>
    /// <param name="title">The job title, or <see langword="null"/>.</param>
    /// <param name="level">The level from 1 (individual contributor) to 6 (chief executive), or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public AccountPlanBuilder AddSeller(string id, string name, string? title = null, int? level = null) =>
        AddSeller(new Seller { Id = Guard.Against.NullOrWhiteSpace(id), Name = Guard.Against.NullOrWhiteSpace(name), Title = title, Level = GuardLevel(level) });

    /// <summary>Adds a person on the customer's side (or an outsider who matters).</summary>
    /// <param name="person">The person.</param>
    /// <returns>This builder.</returns>
    public AccountPlanBuilder AddPerson(Person person)
    {
        people.Add(Guard.Against.Null(person));
        return this;
    }

    /// <summary>Adds a person on the customer's side.</summary>
    /// <param name="id">The id, unique across sellers and people, not blank.</param>
    /// <param name="name">The full name, not blank.</param>
    /// <param name="title">The job title, or <see langword="null"/>.</param>
    /// <param name="level">The level from 1 (individual contributor) to 6 (chief executive), or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public AccountPlanBuilder AddPerson(string id, string name, string? title = null, int? level = null) =>
        AddPerson(new Person { Id = Guard.Against.NullOrWhiteSpace(id), Name = Guard.Against.NullOrWhiteSpace(name), Title = title, Level = GuardLevel(level) });

    /// <summary>Replaces the person with the same id, keeping their place in the plan.</summary>
    /// <param name="person">The changed person.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="KeyNotFoundException">No person has that id.</exception>
    public AccountPlanBuilder ReplacePerson(Person person)
    {
        Guard.Against.Null(person);
        Replace(people, p => p.Id == person.Id, person, "person");
        return this;
    }

    /// <summary>Adds a relationship.</summary>
    /// <param name="relationship">The relationship.</param>
    /// <returns>This builder.</returns>
    public AccountPlanBuilder AddRelationship(Relationship relationship)
    {
        relationships.Add(Guard.Against.Null(relationship));
        return this;
    }

    /// <summary>Adds a relationship: <paramref name="from"/> <paramref name="kind"/> <paramref name="to"/>.</summary>
    /// <param name="from">The first party's id (the report, the influencer).</param>
    /// <param name="kind">The kind of relationship.</param>
    /// <param name="to">The second party's id (the manager, the influenced).</param>
    /// <param name="strength">The strength in [0, 1].</param>
    /// <param name="lastInteraction">The date of the last interaction, or <see langword="null"/> for no decay.</param>
    /// <returns>This builder.</returns>
    public AccountPlanBuilder AddRelationship(string from, RelationshipKind kind, string to, double strength = Relationship.DefaultStrength, DateTime? lastInteraction = null) =>
        AddRelationship(new Relationship
        {
            From = Guard.Against.NullOrWhiteSpace(from),
            Kind = Guard.Against.EnumOutOfRange(kind),
            To = Guard.Against.NullOrWhiteSpace(to),
            Strength = GuardStrength(strength),
            LastInteraction = lastInteraction?.Date,
        });

    /// <summary>
    /// Adds a relationship, or replaces the one of the same kind between the same two parties
    /// (in either direction for <see cref="RelationshipKind.Knows"/> and <see cref="RelationshipKind.Opposes"/>).
    /// </summary>
    /// <param name="relationship">The relationship.</param>
    /// <returns>This builder.</returns>
    public AccountPlanBuilder SetRelationship(Relationship relationship)
    {
        Guard.Against.Null(relationship);
        var index = relationships.FindIndex(r => PlanValidator.SameEdge(r, relationship));
        if (index < 0)
        {
            relationships.Add(relationship);
        }
        else
        {
            relationships[index] = relationship;
        }

        return this;
    }

    /// <summary>Adds an opportunity.</summary>
    /// <param name="opportunity">The opportunity with its buying influences.</param>
    /// <returns>This builder.</returns>
    public AccountPlanBuilder AddOpportunity(Opportunity opportunity)
    {
        opportunities.Add(Guard.Against.Null(opportunity));
        return this;
    }

    /// <summary>Replaces the opportunity with the same id, keeping its place in the plan.</summary>
    /// <param name="opportunity">The changed opportunity.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="KeyNotFoundException">No opportunity has that id.</exception>
    public AccountPlanBuilder ReplaceOpportunity(Opportunity opportunity)
    {
        Guard.Against.Null(opportunity);
        Replace(opportunities, o => o.Id == opportunity.Id, opportunity, "opportunity");
        return this;
    }

    /// <summary>Adds a meeting, held or planned.</summary>
    /// <param name="meeting">The meeting.</param>
    /// <returns>This builder.</returns>
    public AccountPlanBuilder AddMeeting(Meeting meeting)
    {
        meetings.Add(Guard.Against.Null(meeting));
        return this;
    }

    /// <summary>
    /// Records a CRM activity (a meeting, a call, a visit) as a meeting of the plan, and the coverage it gives: for each
    /// seller present and each person met, when the activity took place, the Knows relationship between them is created
    /// or strengthened as a debrief does (methodology, "Debriefs: the plan learns"). A first meeting creates it at 0.5
    /// (NoCommitment), 0.6 (MinimumAction) or 0.7 (BestAction); a later one moves the existing relationship by -0.05,
    /// +0.05 or +0.15 within [0.25, 1] and sets its last interaction to the activity's date (never back in time), so
    /// one relationship per seller and person however many activities are recorded. A planned activity
    /// (<see cref="MeetingOutcome.Planned"/>) is recorded without coverage. Record a CRM's activities oldest first.
    /// <code>
    /// foreach (var activity in crmActivities.OrderBy(a => a.Date))
    ///     builder.RecordActivity(new Meeting
    ///     {
    ///         Date = activity.Date, OpportunityId = activity.OpportunityId,
    ///         SellerIds = new[] { activity.OwnerId }, PersonIds = activity.ContactIds,
    ///         Outcome = activity.IsCompleted ? MeetingOutcome.NoCommitment : MeetingOutcome.Planned,
    ///     });
    /// </code>
    /// </summary>
    /// <param name="activity">The activity as a meeting: its sellers, people, date and outcome.</param>
    /// <returns>This builder.</returns>
    public AccountPlanBuilder RecordActivity(Meeting activity)
    {
        Guard.Against.Null(activity);
        meetings.Add(activity);
        if (!activity.HasTakenPlace)
        {
            return this;
        }

        foreach (var sellerId in activity.SellerIds.Distinct(StringComparer.Ordinal))
        {
            foreach (var personId in activity.PersonIds.Distinct(StringComparer.Ordinal))
            {
                var index = relationships.FindIndex(r => r.Kind == RelationshipKind.Knows && r.Involves(sellerId) && r.Involves(personId));
                if (index < 0)
                {
                    relationships.Add(MeetingCoverage.FirstMeeting(sellerId, personId, activity.Outcome, activity.Date));
                }
                else
                {
                    relationships[index] = MeetingCoverage.LaterMeeting(relationships[index], activity.Outcome, activity.Date);
                }
            }
        }

        return this;
    }

    /// <summary>Records a CRM activity held by one seller; see <see cref="RecordActivity(Meeting)"/>.</summary>
    /// <param name="sellerId">The seller who held it.</param>
    /// <param name="personIds">The people on the customer's side who took part.</param>
    /// <param name="date">The day it took place.</param>
    /// <param name="outcome">What it achieved; <see cref="MeetingOutcome.NoCommitment"/> when the CRM records none.</param>
    /// <param name="opportunityId">The opportunity it was about, or <see langword="null"/> for the account.</param>
    /// <returns>This builder.</returns>
    public AccountPlanBuilder RecordActivity(string sellerId, IEnumerable<string> personIds, DateTime date, MeetingOutcome outcome = MeetingOutcome.NoCommitment, string? opportunityId = null) =>
        RecordActivity(new Meeting
        {
            Date = date.Date,
            OpportunityId = opportunityId,
            SellerIds = new[] { Guard.Against.NullOrWhiteSpace(sellerId) },
            PersonIds = Guard.Against.Null(personIds).ToArray(),
            Outcome = outcome,
        });

    /// <summary>Sets the top-level properties that this format version does not define.</summary>
    /// <param name="properties">The properties, kept in order.</param>
    /// <returns>This builder.</returns>
    public AccountPlanBuilder WithExtensions(IEnumerable<ExtensionProperty> properties)
    {
        Guard.Against.Null(properties);
        extensions.Clear();
        extensions.AddRange(properties);
        return this;
    }

    /// <summary>Builds the plan after checking every rule of the plan format.</summary>
    /// <returns>The immutable plan.</returns>
    /// <exception cref="InvalidPlanException">The plan breaks one or more rules; the exception lists every problem.</exception>
    public AccountPlan Build()
    {
        var plan = BuildUnvalidated();
        var problems = PlanValidator.Validate(plan);
        return problems.Count == 0 ? plan : throw new InvalidPlanException(problems);
    }

    /// <summary>Builds the plan, or lists every problem that prevents it.</summary>
    /// <param name="plan">The plan, or <see langword="null"/> when there are problems.</param>
    /// <param name="problems">Every problem found; empty when the plan was built.</param>
    /// <returns><see langword="true"/> when the plan was built.</returns>
    public bool TryBuild([NotNullWhen(true)] out AccountPlan? plan, out IReadOnlyList<PlanProblem> problems)
    {
        var candidate = BuildUnvalidated();
        problems = PlanValidator.Validate(candidate);
        plan = problems.Count == 0 ? candidate : null;
        return plan is not null;
    }

    /// <summary>Makes the plan object without checking its rules: the reader validates it next, with file positions.</summary>
    /// <param name="partiesOwned">
    /// True when the sellers, people and relationships were made by the caller (the plan reader), hold arrays no one
    /// else can reach, and so need no copy: a 100,000-relationship file then makes 100,000 records, not 200,000.
    /// </param>
    internal AccountPlan BuildUnvalidated(bool partiesOwned = false)
    {
        // Copy every collection so that a caller's list changed later cannot change the plan.
        return new AccountPlan(
            account ?? new Account { Id = string.Empty, Name = string.Empty },
            partiesOwned ? sellers.ToArray() : sellers.Select(s => s with { Extensions = s.Extensions.ToArray() }).ToArray(),
            partiesOwned ? people.ToArray() : people.Select(p => p with { Extensions = p.Extensions.ToArray() }).ToArray(),
            partiesOwned ? relationships.ToArray() : relationships.Select(r => r with { Extensions = r.Extensions.ToArray() }).ToArray(),
            opportunities.Select(Freeze).ToArray(),
            meetings.Select(m => m with { SellerIds = m.SellerIds.ToArray(), PersonIds = m.PersonIds.ToArray(), Extensions = m.Extensions.ToArray() }).ToArray(),
            extensions.ToArray());
    }

    private static Opportunity Freeze(Opportunity opportunity) => opportunity with
    {
        Competitors = opportunity.Competitors.ToArray(),
        Extensions = opportunity.Extensions.ToArray(),
        Influences = opportunity.Influences.Select(i => i with
        {
            WinResults = i.WinResults.Select(w => w with { Extensions = w.Extensions.ToArray() }).ToArray(),
            Extensions = i.Extensions.ToArray(),
        }).ToArray(),
    };

    private static int? GuardLevel(int? level) =>
        level is { } value ? Guard.Against.OutOfRange(value, nameof(level), 1, 6) : null;

    private static double GuardStrength(double strength)
    {
        if (double.IsNaN(strength) || strength < 0 || strength > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(strength), strength, "A relationship's strength is a number from 0 to 1.");
        }

        return strength;
    }

    private static void Replace<T>(List<T> items, Predicate<T> match, T replacement, string what)
    {
        var index = items.FindIndex(match);
        if (index < 0)
        {
            throw new KeyNotFoundException("The plan has no " + what + " with that id.");
        }

        items[index] = replacement;
    }
}
