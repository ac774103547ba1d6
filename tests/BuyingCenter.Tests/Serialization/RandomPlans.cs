using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace BuyingCenter.Tests.Serialization;

/// <summary>
/// Valid random plans for round-trip properties: every field of the format used, awkward text,
/// and unknown properties at every object level.
/// </summary>
internal static class RandomPlans
{
    // Unknown property values in the compact form the reader keeps (Newtonsoft's own compact writing).
    private static readonly string[] ExtensionValues =
    {
        "1", "-7", "2.5", "0.10", "\"text\"", "\"quo\\\"te \\\\ back\"", "true", "false", "null", "[]", "{}",
        "{\"a\":[1,2.5,\"t\",true,null]}", "{\"$type\":\"System.IO.FileInfo, System.IO\"}", "[{\"x\":{\"y\":[]}}]",
        "123456789012345678901234567890", "1e400", "{\"nested\":{\"deeper\":{\"deepest\":[[[\"ok\"]]]}}}",
    };

    private static readonly string[] Words = { "Dana", "Pat", "O'Brien", "Zoë", "李雷", "quote \" inside", "back\\slash", "tab\there", "line\nbreak", "emoji 🚚", "  spaced  ", "<b>&amp;</b>" };

    public static Gen<AccountPlan> Plans { get; } = Gen.Int[0, int.MaxValue].Select(Create);

    public static AccountPlan Create(int seed)
    {
        var random = new Random(seed);
        var builder = new AccountPlanBuilder().WithAccount(new Account
        {
            Id = "acct-" + random.Next(1000),
            Name = Text(random),
            Industry = Maybe(random, () => Text(random)),
            Reorganizing = random.Next(2) == 0,
            Notes = Maybe(random, () => Text(random)),
            Extensions = Extensions(random),
        });

        var sellers = Enumerable.Range(0, random.Next(1, 4)).Select(i => "s" + i).ToList();
        var people = Enumerable.Range(0, random.Next(1, 9)).Select(i => "p" + i).ToList();
        foreach (var id in sellers)
        {
            builder.AddSeller(new Seller { Id = id, Name = Text(random), Title = Maybe(random, () => Text(random)), Level = MaybeValue(random, () => random.Next(1, 7)), Extensions = Extensions(random) });
        }

        foreach (var id in people)
        {
            builder.AddPerson(new Person
            {
                Id = id,
                Name = Text(random),
                Title = Maybe(random, () => Text(random)),
                Level = MaybeValue(random, () => random.Next(1, 7)),
                NewInRole = random.Next(3) == 0,
                External = random.Next(4) == 0,
                Extensions = Extensions(random),
            });
        }

        AddRelationships(random, builder, sellers, people);
        var opportunities = Enumerable.Range(0, random.Next(0, 3)).Select(i => Opportunity(random, "o" + i, people)).ToList();
        foreach (var opportunity in opportunities)
        {
            builder.AddOpportunity(opportunity);
        }

        for (var i = random.Next(0, 3); i > 0; i--)
        {
            builder.AddMeeting(new Meeting
            {
                Id = Maybe(random, () => "m" + i),
                Date = Date(random),
                OpportunityId = opportunities.Count > 0 && random.Next(2) == 0 ? opportunities[random.Next(opportunities.Count)].Id : null,
                SellerIds = sellers.Where(_ => random.Next(2) == 0).ToList(),
                PersonIds = people.Where(_ => random.Next(2) == 0).ToList(),
                BestAction = Maybe(random, () => Text(random)),
                MinimumAction = Maybe(random, () => Text(random)),
                Outcome = (MeetingOutcome)random.Next(4),
                NextStep = Maybe(random, () => Text(random)),
                Notes = Maybe(random, () => Text(random)),
                Extensions = Extensions(random),
            });
        }

        return builder.WithExtensions(Extensions(random)).Build();
    }

    private static void AddRelationships(Random random, AccountPlanBuilder builder, List<string> sellers, List<string> people)
    {
        var parties = sellers.Concat(people).ToList();
        for (var i = random.Next(0, 12); i > 0; i--)
        {
            var kind = (RelationshipKind)random.Next(4);
            string from, to;
            if (kind == RelationshipKind.ReportsTo)
            {
                if (people.Count < 2)
                {
                    continue;
                }

                // Reports point from a higher index to a lower one: never a cycle.
                var a = random.Next(1, people.Count);
                from = people[a];
                to = people[random.Next(a)];
            }
            else
            {
                from = parties[random.Next(parties.Count)];
                to = parties[random.Next(parties.Count)];
                if (from == to)
                {
                    continue;
                }
            }

            builder.SetRelationship(new Relationship
            {
                From = from,
                To = to,
                Kind = kind,
                Strength = random.Next(3) switch { 0 => random.Next(0, 5) / 4.0, 1 => random.NextDouble(), _ => Math.Round(random.NextDouble(), 2) },
                LastInteraction = random.Next(2) == 0 ? Date(random) : null,
                Extensions = Extensions(random),
            });
        }
    }

    private static Opportunity Opportunity(Random random, string id, List<string> people) => new()
    {
        Id = id,
        SingleSalesObjective = Text(random),
        Quantity = MaybeValue(random, () => (decimal)random.Next(0, 5000)),
        CloseDate = random.Next(2) == 0 ? Date(random) : null,
        Amount = MaybeValue(random, () => new decimal(random.Next(), random.Next(0, 3), 0, false, (byte)random.Next(0, 4))),
        Currency = Maybe(random, () => "EUR"),
        Stage = random.Next(2) == 0 ? (SalesStage)random.Next(5) : null,
        Competitors = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Text(random)).ToList(),
        Influences = people.Where(_ => random.Next(2) == 0).Select(person => new BuyingInfluence
        {
            PersonId = person,
            Roles = (BuyingRoles)random.Next(16),
            Degree = (InfluenceDegree)random.Next(4),
            Mode = (ResponseMode)random.Next(5),
            Rating = MaybeValue(random, () => random.Next(-5, 6)),
            WinResults = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new WinResult
            {
                Result = Maybe(random, () => Text(random)),
                Win = Maybe(random, () => Text(random)),
                Extensions = Extensions(random),
            }).ToList(),
            Uncertain = (InfluenceFacts)random.Next(32),
            Notes = Maybe(random, () => Text(random)),
            Extensions = Extensions(random),
        }).ToList(),
        Extensions = Extensions(random),
    };

    private static IReadOnlyList<ExtensionProperty> Extensions(Random random) =>
        random.Next(3) != 0
            ? Array.Empty<ExtensionProperty>()
            : Enumerable.Range(0, random.Next(1, 4))
                .Select(i => new ExtensionProperty { Name = i == 0 && random.Next(2) == 0 ? "$type" : "x-ext" + i, Json = ExtensionValues[random.Next(ExtensionValues.Length)] })
                .ToList();

    private static DateTime Date(Random random) => new DateTime(2020, 1, 1).AddDays(random.Next(0, 3650));

    private static string Text(Random random) => Words[random.Next(Words.Length)] + (random.Next(2) == 0 ? string.Empty : " " + random.Next(100));

    private static string? Maybe(Random random, Func<string> value) => random.Next(2) == 0 ? value() : null;

    private static T? MaybeValue<T>(Random random, Func<T> value)
        where T : struct => random.Next(2) == 0 ? value() : null;
}
