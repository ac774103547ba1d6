using System;
using System.Linq;
using BuyingCenter;
using BuyingCenter.Analysis;

namespace BuyingCenter.Tests.Analysis;

/// <summary>Plans for the analysis tests, built with <see cref="AccountPlanBuilder"/>.</summary>
internal static class Plans
{
    public static readonly DateTime AsOf = new(2026, 11, 22);

    public const string Opportunity = "fleetview";

    /// <summary>
    /// A plan with no red flag: a known, covered, favourable Economic Buyer reached by two sellers, a proven Coach,
    /// Technical and User influences, everything known and recently in touch.
    /// </summary>
    public static AccountPlanBuilder Healthy(int anaLevel = 5, int rajLevel = 4)
    {
        var recent = AsOf.AddDays(-10);
        return new AccountPlanBuilder()
            .WithAccount("acme", "Acme Freight")
            .AddSeller("ana", "Ana Ruiz", "Account Executive", level: anaLevel)
            .AddSeller("raj", "Raj Mehta", "Solutions Engineer", level: rajLevel)
            .AddPerson("dana", "Dana Lee", "Chief Financial Officer", level: 5)
            .AddPerson("pat", "Pat Okafor", "Director of Planning", level: 4)
            .AddPerson("lin", "Lin Chen", "IT Director", level: 4)
            .AddPerson("kim", "Kim Berg", "Dispatch Lead", level: 2)
            .AddRelationship("ana", RelationshipKind.Knows, "dana", 0.8, recent)
            .AddRelationship("raj", RelationshipKind.Knows, "dana", 0.7, recent)
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.8, recent)
            .AddRelationship("raj", RelationshipKind.Knows, "lin", 0.8, recent)
            .AddRelationship("ana", RelationshipKind.Knows, "kim", 0.8, recent)
            .AddRelationship("pat", RelationshipKind.ReportsTo, "dana")
            .AddOpportunity(new Opportunity
            {
                Id = Opportunity,
                SingleSalesObjective = "Acme buys 400 FleetView seats by 2027-03-31",
                Quantity = 400,
                CloseDate = new DateTime(2027, 3, 31),
                Amount = 480_000m,
                Currency = "EUR",
                Influences = new[]
                {
                    Influence("dana", BuyingRoles.Economic, InfluenceDegree.High, ResponseMode.Growth, 4),
                    Influence("pat", BuyingRoles.Coach, InfluenceDegree.Medium, ResponseMode.Growth, 4),
                    Influence("lin", BuyingRoles.Technical, InfluenceDegree.High, ResponseMode.Trouble, 3),
                    Influence("kim", BuyingRoles.User, InfluenceDegree.Low, ResponseMode.Growth, 3),
                },
            })
            .AddMeeting(new Meeting { Date = recent, OpportunityId = Opportunity, SellerIds = new[] { "ana" }, PersonIds = new[] { "dana", "pat" }, Outcome = MeetingOutcome.BestAction });
    }

    public static BuyingInfluence Influence(string personId, BuyingRoles roles, InfluenceDegree degree, ResponseMode mode, int? rating) => new()
    {
        PersonId = personId,
        Roles = roles,
        Degree = degree,
        Mode = mode,
        Rating = rating,
        WinResults = new[] { new WinResult { Result = "Cut freight cost 8%", Win = "Recognised for it" } },
    };

    /// <summary>The Northwind sample plan (samples/northwind.json), rebuilt with the builder.</summary>
    public static AccountPlan Northwind()
    {
        return new AccountPlanBuilder()
            .WithAccount("northwind", "Northwind Logistics")
            .AddSeller("ana", "Ana Ruiz", "Account Executive", 3)
            .AddSeller("raj", "Raj Mehta", "Solutions Engineer", 3)
            .AddSeller("tom", "Tom Brandt", "VP Sales", 5)
            .AddPerson("dana", "Dana Lee", "Chief Financial Officer", 5)
            .AddPerson("omar", "Omar Haddad", "Chief Operating Officer", 5)
            .AddPerson("pat", "Pat Okafor", "Director of Network Planning", 4)
            .AddPerson(new Person { Id = "lin", Name = "Lin Chen", Title = "IT Director", Level = 4, NewInRole = true })
            .AddPerson("sam", "Sam Novak", "Head of Procurement", 4)
            .AddPerson("kim", "Kim Berg", "Dispatch Team Lead", 2)
            .AddPerson(new Person { Id = "eva", Name = "Eva Schulz", Title = "Supply-chain consultant", Level = 4, External = true })
            .AddRelationship("omar", RelationshipKind.Influences, "dana", 0.8)
            .AddRelationship("pat", RelationshipKind.ReportsTo, "omar")
            .AddRelationship("kim", RelationshipKind.ReportsTo, "pat")
            .AddRelationship("lin", RelationshipKind.ReportsTo, "dana")
            .AddRelationship("sam", RelationshipKind.ReportsTo, "dana")
            .AddRelationship("pat", RelationshipKind.Influences, "omar", 0.6)
            .AddRelationship("eva", RelationshipKind.Influences, "dana", 0.6)
            .AddRelationship("pat", RelationshipKind.Knows, "lin", 0.6)
            .AddRelationship("lin", RelationshipKind.Opposes, "sam", 0.5)
            .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.8, new DateTime(2026, 11, 2))
            .AddRelationship("ana", RelationshipKind.Knows, "dana", 0.3, new DateTime(2026, 6, 10))
            .AddRelationship("ana", RelationshipKind.Knows, "eva", 0.5, new DateTime(2026, 10, 15))
            .AddRelationship("raj", RelationshipKind.Knows, "lin", 0.5, new DateTime(2026, 9, 1))
            .AddRelationship("raj", RelationshipKind.Knows, "kim", 0.6, new DateTime(2026, 10, 20))
            .AddOpportunity(new Opportunity
            {
                Id = "fleetview-2027",
                SingleSalesObjective = "Northwind buys 400 FleetView seats by 2027-03-31",
                Quantity = 400,
                CloseDate = new DateTime(2027, 3, 31),
                Amount = 480_000m,
                Currency = "EUR",
                Stage = SalesStage.BestFew,
                Competitors = new[] { "RouteMax" },
                Influences = new[]
                {
                    new BuyingInfluence
                    {
                        PersonId = "dana", Roles = BuyingRoles.Economic, Degree = InfluenceDegree.High, Mode = ResponseMode.EvenKeel, Rating = 1,
                        WinResults = new[] { new WinResult { Result = "Cut freight cost 8% after the merger", Win = "Seen by the board as the one who made the merger pay" } },
                    },
                    new BuyingInfluence
                    {
                        PersonId = "pat", Roles = BuyingRoles.Coach | BuyingRoles.User, Degree = InfluenceDegree.Medium, Mode = ResponseMode.Growth, Rating = 4,
                        WinResults = new[] { new WinResult { Result = "One planning tool for all three carriers", Win = "Leads the merged planning team" } },
                    },
                    new BuyingInfluence { PersonId = "lin", Roles = BuyingRoles.Technical, Degree = InfluenceDegree.High, Mode = ResponseMode.Trouble, Rating = -1, Uncertain = InfluenceFacts.Mode },
                    new BuyingInfluence { PersonId = "sam", Roles = BuyingRoles.Technical, Degree = InfluenceDegree.Medium, Mode = ResponseMode.EvenKeel, Rating = 0 },
                    new BuyingInfluence { PersonId = "kim", Roles = BuyingRoles.User, Degree = InfluenceDegree.Low, Mode = ResponseMode.Growth, Rating = 3 },
                },
            })
            .AddMeeting(new Meeting { Id = "m-2026-06-10", Date = new DateTime(2026, 6, 10), OpportunityId = "fleetview-2027", SellerIds = new[] { "ana" }, PersonIds = new[] { "dana" }, Outcome = MeetingOutcome.MinimumAction })
            .AddMeeting(new Meeting { Id = "m-2026-09-01", Date = new DateTime(2026, 9, 1), OpportunityId = "fleetview-2027", SellerIds = new[] { "raj" }, PersonIds = new[] { "lin" }, Outcome = MeetingOutcome.NoCommitment })
            .AddMeeting(new Meeting { Id = "m-2026-11-02", Date = new DateTime(2026, 11, 2), OpportunityId = "fleetview-2027", SellerIds = new[] { "ana" }, PersonIds = new[] { "pat" }, Outcome = MeetingOutcome.MinimumAction })
            .Build();
    }

    /// <summary>Changes one influence of the plan's only opportunity.</summary>
    public static AccountPlanBuilder WithInfluence(this AccountPlanBuilder builder, string personId, Func<BuyingInfluence, BuyingInfluence> change)
    {
        var opportunity = builder.BuildUnvalidated().FindOpportunity(Opportunity)!;
        return builder.ReplaceOpportunity(opportunity with
        {
            Influences = opportunity.Influences.Select(i => i.PersonId == personId ? change(i) : i).ToArray(),
        });
    }

    /// <summary>Changes the plan's only opportunity.</summary>
    public static AccountPlanBuilder WithOpportunity(this AccountPlanBuilder builder, Func<Opportunity, Opportunity> change) =>
        builder.ReplaceOpportunity(change(builder.BuildUnvalidated().FindOpportunity(Opportunity)!));

    /// <summary>Removes the relationships that match.</summary>
    public static AccountPlanBuilder Without(this AccountPlanBuilder builder, Func<Relationship, bool> match) =>
        builder.Without(match, _ => false);

    /// <summary>Removes every meeting.</summary>
    public static AccountPlanBuilder WithoutMeetings(this AccountPlanBuilder builder) => builder.Without(_ => false, _ => true);

    /// <summary>Removes the relationships and meetings that match.</summary>
    public static AccountPlanBuilder Without(this AccountPlanBuilder builder, Func<Relationship, bool> match, Func<Meeting, bool> meetingMatch)
    {
        var plan = builder.BuildUnvalidated();
        var rebuilt = new AccountPlanBuilder().WithAccount(plan.Account);
        foreach (var seller in plan.Sellers)
        {
            rebuilt.AddSeller(seller);
        }

        foreach (var person in plan.People)
        {
            rebuilt.AddPerson(person);
        }

        foreach (var relationship in plan.Relationships.Where(r => !match(r)))
        {
            rebuilt.AddRelationship(relationship);
        }

        foreach (var opportunity in plan.Opportunities)
        {
            rebuilt.AddOpportunity(opportunity);
        }

        foreach (var meeting in plan.Meetings.Where(m => !meetingMatch(m)))
        {
            rebuilt.AddMeeting(meeting);
        }

        return rebuilt;
    }

    public static OpportunityReview Review(this AccountPlanBuilder builder, AnalysisOptions? options = null) =>
        AccountReview.Create(builder.Build(), AsOf, options).Opportunities.Single();
}
