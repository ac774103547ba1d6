using System;
using System.Collections.Generic;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;

namespace BuyingCenter.Tests.Planning;

/// <summary>Small plans for the planner's tests, built with <see cref="AccountPlanBuilder"/>.</summary>
internal static class PlanningPlans
{
    public static readonly DateTime AsOf = new(2026, 11, 22);

    public const string OpportunityId = "fleet";

    public static AccountPlanBuilder Base() => new AccountPlanBuilder()
        .WithAccount("northwind", "Northwind Logistics")
        .AddSeller("ana", "Ana Ruiz", "Account Executive", level: 3)
        .AddSeller("tom", "Tom Brandt", "VP Sales", level: 5);

    public static Opportunity Opportunity(params BuyingInfluence[] influences) => new()
    {
        Id = OpportunityId,
        SingleSalesObjective = "Northwind buys 400 FleetView seats by 2027-03-31",
        Quantity = 400,
        CloseDate = new DateTime(2027, 3, 31),
        Amount = 480_000m,
        Currency = "EUR",
        Influences = influences,
    };

    public static BuyingInfluence Influence(string person, BuyingRoles roles, InfluenceDegree degree = InfluenceDegree.High, ResponseMode mode = ResponseMode.Growth, int? rating = 2, bool winResults = true) => new()
    {
        PersonId = person,
        Roles = roles,
        Degree = degree,
        Mode = mode,
        Rating = rating,
        WinResults = winResults ? new[] { new WinResult { Result = "Cut freight cost 8%", Win = "Recognised as the one who fixed the network" } } : Array.Empty<WinResult>(),
    };

    public static Meeting Met(string person, string seller, DateTime date, MeetingOutcome outcome = MeetingOutcome.MinimumAction) => new()
    {
        Id = "m-" + person + "-" + date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
        Date = date,
        OpportunityId = OpportunityId,
        SellerIds = new[] { seller },
        PersonIds = new[] { person },
        Outcome = outcome,
    };

    public static OpportunityReview Review(AccountPlan plan) => AccountReview.Create(plan, AsOf).FindOpportunity(OpportunityId)!;

    public static IReadOnlyList<Recommendation> Recommend(AccountPlan plan, PlanningOptions? options = null) => Planner.Recommend(Review(plan), options);

    public static MeetingPlan Meeting(AccountPlan plan, string personId) => Planner.PlanMeeting(Review(plan), personId);

    /// <summary>
    /// A Northwind-like account: Dana the Economic Buyer (CFO, level 5) barely covered; Pat a covered Coach who
    /// influences Omar, who influences Dana; Lin and Sam technical buyers who oppose each other; Kim a user;
    /// Eva an outside consultant with no role whom Dana listens to.
    /// </summary>
    public static AccountPlanBuilder Northwind() => Base()
        .AddSeller("raj", "Raj Mehta", "Solutions Engineer", level: 3)
        .AddPerson("dana", "Dana Lee", "Chief Financial Officer", level: 5)
        .AddPerson("omar", "Omar Haddad", "Chief Operating Officer", level: 5)
        .AddPerson("pat", "Pat Okafor", "Director of Network Planning", level: 4)
        .AddPerson(new Person { Id = "lin", Name = "Lin Chen", Title = "IT Director", Level = 4, NewInRole = true })
        .AddPerson("sam", "Sam Novak", "Head of Procurement", level: 4)
        .AddPerson("kim", "Kim Berg", "Dispatch Team Lead", level: 2)
        .AddPerson(new Person { Id = "eva", Name = "Eva Schulz", Title = "Consultant", Level = 4, External = true })
        .AddRelationship("omar", RelationshipKind.Influences, "dana", 0.8)
        .AddRelationship("pat", RelationshipKind.ReportsTo, "omar")
        .AddRelationship("pat", RelationshipKind.Influences, "omar", 0.6)
        .AddRelationship("kim", RelationshipKind.ReportsTo, "pat")
        .AddRelationship("lin", RelationshipKind.ReportsTo, "dana")
        .AddRelationship("sam", RelationshipKind.ReportsTo, "dana")
        .AddRelationship("eva", RelationshipKind.Influences, "dana", 0.6)
        .AddRelationship("lin", RelationshipKind.Opposes, "sam")
        .AddRelationship("ana", RelationshipKind.Knows, "pat", 0.8, new DateTime(2026, 11, 2))
        .AddRelationship("ana", RelationshipKind.Knows, "dana", 0.3, new DateTime(2026, 6, 10))
        .AddRelationship("ana", RelationshipKind.Knows, "eva", 0.5, new DateTime(2026, 10, 15))
        .AddRelationship("raj", RelationshipKind.Knows, "lin", 0.5, new DateTime(2026, 9, 1))
        .AddRelationship("raj", RelationshipKind.Knows, "kim", 0.6, new DateTime(2026, 10, 20))
        .AddOpportunity(Opportunity(
            Influence("dana", BuyingRoles.Economic, mode: ResponseMode.EvenKeel, rating: 1),
            Influence("pat", BuyingRoles.Coach | BuyingRoles.User, InfluenceDegree.Medium, rating: 4),
            Influence("lin", BuyingRoles.Technical, mode: ResponseMode.Trouble, rating: -1) with { Uncertain = InfluenceFacts.Mode, Notes = "Worried about another integration." },
            Influence("sam", BuyingRoles.Technical, InfluenceDegree.Medium, ResponseMode.EvenKeel, 0),
            Influence("kim", BuyingRoles.User, InfluenceDegree.Low, rating: 3),
            Influence("eva", BuyingRoles.None, InfluenceDegree.Unknown, ResponseMode.Unknown, null, winResults: false)) with { Competitors = new[] { "RouteMax" } })
        .AddMeeting(Met("dana", "ana", new DateTime(2026, 6, 10)) with { NextStep = "Follow up after the merger closes", Notes = "Dana sees no urgency." })
        .AddMeeting(Met("pat", "ana", new DateTime(2026, 11, 2)) with { NextStep = "Call to confirm the introduction to Omar" })
        .AddMeeting(Met("lin", "raj", new DateTime(2026, 9, 1), MeetingOutcome.NoCommitment));

    /// <summary>Rebuilds a plan with every array in another order (reversed, and rotated) to check order invariance.</summary>
    public static AccountPlan Shuffled(AccountPlan plan)
    {
        static IEnumerable<T> Mix<T>(IReadOnlyList<T> items) => items.Reverse().Skip(1).Concat(items.Reverse().Take(1));

        var builder = new AccountPlanBuilder().WithAccount(plan.Account);
        foreach (var seller in Mix(plan.Sellers))
        {
            builder.AddSeller(seller);
        }

        foreach (var person in Mix(plan.People))
        {
            builder.AddPerson(person);
        }

        foreach (var relationship in Mix(plan.Relationships))
        {
            builder.AddRelationship(relationship);
        }

        foreach (var opportunity in Mix(plan.Opportunities))
        {
            builder.AddOpportunity(opportunity with { Influences = Mix(opportunity.Influences).ToArray(), Competitors = opportunity.Competitors.Reverse().ToArray() });
        }

        foreach (var meeting in Mix(plan.Meetings))
        {
            builder.AddMeeting(meeting);
        }

        return builder.Build();
    }
}
