using System;
using System.IO;
using BuyingCenter;
using BuyingCenter.Serialization;
using BuyingCenter.Synthetic;

namespace BuyingCenter.Tests.Maps;

/// <summary>Plans for the map tests: the Northwind sample, a plan with hostile names, and generated accounts.</summary>
internal static class MapPlans
{
    public static readonly DateTime AsOf = new(2026, 11, 22);

    public const string HostileName = "Ann \"The Boss\" O'Neil & Sons <CEO> \\N";

    public static AccountPlan Northwind()
    {
        var result = PlanFile.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "northwind.json"));
        return result.Plan ?? throw new InvalidOperationException("the Northwind sample no longer reads: " + string.Join("; ", result.Problems));
    }

    /// <summary>Ids a renderer must sanitise (a hyphen and dot, a Mermaid keyword) and labels it must escape.</summary>
    public static AccountPlan Hostile() => new AccountPlanBuilder()
        .WithAccount("acme", "Acme & <Partners>")
        .AddSeller("s.1", "Sam \"Closer\" Jones", "AE & friend")
        .AddPerson("a-b.c", HostileName, "Chief <Executive> & \"Owner\"", level: 6)
        .AddPerson("end", "Eve End", "CFO", level: 5)
        .AddPerson("x_2d_y", "Xavier Y", "Analyst", level: 2)
        .AddRelationship("end", RelationshipKind.ReportsTo, "a-b.c")
        .AddRelationship("x_2d_y", RelationshipKind.ReportsTo, "end")
        .AddRelationship("s.1", RelationshipKind.Knows, "a-b.c", 0.9)
        .AddRelationship("x_2d_y", RelationshipKind.Opposes, "a-b.c", 0.5)
        .AddOpportunity(new Opportunity
        {
            Id = "deal",
            SingleSalesObjective = "Acme buys 10 <units> & \"support\" by 2027-01-31",
            Quantity = 10,
            CloseDate = new DateTime(2027, 1, 31),
            Influences = new[]
            {
                new BuyingInfluence { PersonId = "a-b.c", Roles = BuyingRoles.Economic, Degree = InfluenceDegree.High, Mode = ResponseMode.Growth, Rating = 2 },
                new BuyingInfluence { PersonId = "end", Roles = BuyingRoles.Technical | BuyingRoles.Coach, Degree = InfluenceDegree.Medium, Mode = ResponseMode.Trouble, Rating = -4 },
            },
        })
        .Build();

    public static AccountPlan Generated(int people, long seed) =>
        AccountGenerator.Generate(new AccountGeneratorOptions { People = people, Seed = seed });
}
