using System;
using System.IO;
using System.Linq;
using BuyingCenter;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;

// A CRM developer's first lines against the packed library: build a plan, save and read it back, review it,
// and ask whom to meet next. Exits non-zero when anything a consumer relies on is missing or wrong.
var plan = new AccountPlanBuilder()
    .WithAccount("contoso", "Contoso Pharma")
    .AddSeller("ana", "Ana Ruiz", "Account Executive", level: 3)
    .AddPerson("dana", "Dana Lee", "Chief Financial Officer", level: 5)
    .AddPerson("pat", "Pat Okafor", "Director of Operations", level: 4)
    .AddRelationship("pat", RelationshipKind.ReportsTo, "dana")
    .AddRelationship("ana", RelationshipKind.Knows, "pat", strength: 0.8, lastInteraction: new DateTime(2026, 11, 2))
    .AddOpportunity(new Opportunity
    {
        Id = "lims",
        SingleSalesObjective = "Contoso buys 200 LIMS seats by 2027-06-30",
        Quantity = 200,
        CloseDate = new DateTime(2027, 6, 30),
        Influences = new[]
        {
            new BuyingInfluence { PersonId = "dana", Roles = BuyingRoles.Economic, Degree = InfluenceDegree.High },
            new BuyingInfluence { PersonId = "pat", Roles = BuyingRoles.Coach | BuyingRoles.User, Rating = 4 },
        },
    })
    .Build();

var path = Path.Combine(Path.GetTempPath(), "buyingcenter-consumer-" + Guid.NewGuid().ToString("N") + ".json");
try
{
    PlanFile.Save(plan, path);
    var read = PlanFile.Read(path);
    if (!read.Succeeded || read.Plan is null)
    {
        Console.Error.WriteLine("FAIL: the saved plan does not read back: " + string.Join("; ", read.Problems));
        return 1;
    }

    var review = AccountReview.Create(read.Plan, new DateTime(2026, 11, 22));
    var opportunity = review.Opportunities.Single();
    var next = Planner.Recommend(opportunity);
    Console.WriteLine($"{opportunity.Opportunity.Id}: score {opportunity.CoverageScore} ({opportunity.Status}), {opportunity.RedFlags.Count} red flags");
    Console.WriteLine($"Meet next: {next[0].PersonId} (owner {next[0].OwnerId}): {next[0].Goal.BestAction}");
    if (next.Count == 0 || next.Any(r => plan.FindSeller(r.PersonId) is not null))
    {
        Console.Error.WriteLine("FAIL: the recommendations are empty or name a seller.");
        return 1;
    }

    return 0;
}
finally
{
    File.Delete(path);
}
