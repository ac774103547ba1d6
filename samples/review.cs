#!/usr/bin/env -S dotnet run
// A consultant's account review in one file: no project to create, nothing to install but the .NET 10 SDK.
//
//   dotnet run review.cs northwind.json                 # from this folder
//   dotnet run review.cs northwind.json -- 2026-11-22   # review as of a given date (reproducible output)
//
// The directive below builds the library from this repository. Outside the repository, replace it with
// the package:   #:package BuyingCenter@<version>
#:project ../src/BuyingCenter/BuyingCenter.csproj

using System;
using System.Globalization;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: dotnet run review.cs <plan.json> [-- <as-of yyyy-MM-dd>]");
    return 64;
}

// 1. Read the plan. A bad file is not an exception: every problem comes back with its JSON path, line and column.
var read = PlanFile.Read(args[0]);
if (!read.Succeeded)
{
    foreach (var problem in read.Problems)
    {
        Console.Error.WriteLine(problem);
    }

    return 65;
}

// 2. The date of the review. The library never reads the clock; this script chooses today unless told otherwise,
//    so a review can be reproduced exactly by passing the same date.
var asOf = args.Length > 1
    ? DateTime.ParseExact(args[1], "yyyy-MM-dd", CultureInfo.InvariantCulture)
    : DateTime.Today;

var plan = read.Plan!;
var review = AccountReview.Create(plan, asOf);
Console.WriteLine($"{plan.Account.Name}: review as of {asOf:yyyy-MM-dd}");

// 3. Per opportunity: the score and its status, what the plan lacks, and whom to meet next.
foreach (var opportunity in review.Opportunities)
{
    Console.WriteLine();
    Console.WriteLine($"{opportunity.Opportunity.Id}: {opportunity.Opportunity.SingleSalesObjective}");
    Console.WriteLine($"  coverage score {opportunity.CoverageScore}/100 ({opportunity.Status}), funnel position {opportunity.FunnelPosition}");
    foreach (var flag in opportunity.RedFlags)
    {
        Console.WriteLine($"  {flag.Severity,-6} {flag.Code,-20} {flag.Message}");
    }

    foreach (var next in Planner.Recommend(opportunity).Take(3))
    {
        var approach = next.Approach;
        var via = approach.Route is { IsDirect: false } route ? " via " + string.Join(" -> ", route.Parties.Select(p => p.Id)) : string.Empty;
        Console.WriteLine($"  next {next.Rank}: {approach.Person.Name} (owner {approach.Owner?.Id ?? "-"}{via}): {next.Goal.BestAction}");
    }
}

return 0;
