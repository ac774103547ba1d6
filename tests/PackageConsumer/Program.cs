using System;
using System.IO;
using System.Diagnostics;
using System.Linq;
using BuyingCenter;
using BuyingCenter.Import;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;

// Beside the oldest Newtonsoft.Json the package supports (pinned in the project): reading, import and review
// must all run on it.
var newtonsoft = FileVersionInfo.GetVersionInfo(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location).FileVersion;
if (newtonsoft is null || !newtonsoft.StartsWith("13.0.1", StringComparison.Ordinal))
{
    Console.Error.WriteLine("FAIL: expected Newtonsoft.Json 13.0.1 to be loaded, found " + newtonsoft);
    return 1;
}

const string Export = "Account Name,Opportunity Name,Amount,Close Date,Contact Id,First Name,Last Name,Title,Reports To Id,Contact Role,Is Primary\n"
    + "Contoso Pharma,Contoso LIMS,\"USD 40,000.00\",2027-06-30,003A1,Dana,Lee,Chief Financial Officer,,Economic Buyer,true\n"
    + "Contoso Pharma,Contoso LIMS,\"USD 40,000.00\",2027-06-30,003A2,Pat,Okafor,Director of Operations,003A1,Champion,false\n";
var imported = CrmImport.Read(new StringReader(Export), "Contoso Pharma");
if (!imported.Succeeded || imported.Plan.People.Count != 2 || imported.Plan.Opportunities[0].Amount != 40000m)
{
    Console.Error.WriteLine("FAIL: the CRM import did not make the expected plan: " + string.Join("; ", imported.Problems));
    return 1;
}

var parsed = PlanFile.Parse(PlanFile.ToJson(imported.Plan));
if (!parsed.Succeeded || parsed.Plan.People[0].Extensions.Count == 0)
{
    Console.Error.WriteLine("FAIL: the imported plan does not read back with its x-crm extensions: " + string.Join("; ", parsed.Problems));
    return 1;
}

Console.WriteLine($"Newtonsoft.Json {newtonsoft}: imported and read back {imported.Plan.People.Count} people");

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
    Console.WriteLine($"Meet next: {next[0].Approach.Person.Id} (owner {next[0].Approach.Owner?.Id}): {next[0].Goal.BestAction}");
    if (next.Count == 0 || next.Any(r => read.Plan.FindSeller(r.Approach.Person.Id) is not null))
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
