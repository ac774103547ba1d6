using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BuyingCenter.Serialization;
using BuyingCenter.Synthetic;
using BuyingCenter.Tests.Analysis;
using CsCheck;
using Newtonsoft.Json;

namespace BuyingCenter.Tests.Reliability;

/// <summary>
/// One generated plan, described by the numbers that make it, so a failing case can be rebuilt from its printout:
/// the realistic plan of <see cref="AccountGenerator"/> (seed and sizes), then a seeded set of awkward twists that
/// the generator never makes (unknown roles, missing facts, no Economic Buyer, no Coach, isolated people, sellers
/// with no edges, extra Opposes edges, dates after the as-of day, unknown properties at every level, an empty plan).
/// </summary>
internal sealed record PlanCase
{
    public required long Seed { get; init; }

    public required int People { get; init; }

    public required int RelationshipsPerPerson { get; init; }

    public required int Sellers { get; init; }

    public required int Opportunities { get; init; }

    public required int BuyingGroupSize { get; init; }

    public required int Meetings { get; init; }

    /// <summary>Seeds the twists; 0 leaves the generated plan as it is.</summary>
    public required int Twist { get; init; }

    /// <summary>Days from the generator's as-of day (22 Nov 2026) to the analysis day; negative puts many facts in the future.</summary>
    public required int AsOfShift { get; init; }

    public DateTime AsOf => AccountGeneratorOptions.DefaultAsOf.AddDays(AsOfShift);

    public AccountPlan Build() => PlanCases.Twisted(AccountGenerator.Generate(new AccountGeneratorOptions
    {
        Seed = Seed,
        People = People,
        RelationshipsPerPerson = RelationshipsPerPerson,
        Sellers = Sellers,
        Opportunities = Opportunities,
        BuyingGroupSize = BuyingGroupSize,
        MeetingsPerOpportunity = Meetings,
    }), Twist);

    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "PlanCase {{ Seed = {0}, People = {1}, RelationshipsPerPerson = {2}, Sellers = {3}, Opportunities = {4}, BuyingGroupSize = {5}, Meetings = {6}, Twist = {7}, AsOfShift = {8} }}",
        Seed, People, RelationshipsPerPerson, Sellers, Opportunities, BuyingGroupSize, Meetings, Twist, AsOfShift);
}

/// <summary>CsCheck generators of valid plans for the reliability properties.</summary>
internal static class PlanCases
{
    private static readonly string[] Roles = { "Economic", "Technical", "User", "Coach" };

    /// <summary>Small to medium plans: enough variety to find bugs, small enough to run a hundred of them in seconds.</summary>
    public static readonly Gen<PlanCase> Gen =
        from seed in CsCheck.Gen.Long
        from people in CsCheck.Gen.Int[1, 30]
        from perPerson in CsCheck.Gen.Int[0, 6]
        from sellers in CsCheck.Gen.Int[0, 4]
        from opportunities in CsCheck.Gen.Int[0, 3]
        from groupSize in CsCheck.Gen.Int[0, 10]
        from meetings in CsCheck.Gen.Int[0, 4]
        from twist in CsCheck.Gen.Int[0, 1_000_000]
        from shift in CsCheck.Gen.Int[-800, 800]
        select new PlanCase
        {
            Seed = seed,
            People = people,
            RelationshipsPerPerson = perPerson,
            Sellers = sellers,
            Opportunities = opportunities,
            BuyingGroupSize = groupSize,
            Meetings = meetings,
            Twist = twist,
            AsOfShift = shift,
        };

    /// <summary>What a failing case prints: its recipe and the plan itself, so it can be replayed or saved as a file.</summary>
    public static string Print(PlanCase planCase)
    {
        string json;
        try
        {
            json = PlanFile.ToJson(planCase.Build());
        }
        catch (Exception e)
        {
            json = "(the plan cannot be built or written: " + e.GetType().Name + ": " + e.Message + ")";
        }

        return planCase + " as of " + planCase.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + Environment.NewLine + json;
    }

    /// <summary>Applies the twists chosen by <paramref name="twist"/>; every twist keeps the plan valid.</summary>
    public static AccountPlan Twisted(AccountPlan plan, int twist)
    {
        if (twist == 0)
        {
            return plan;
        }

        var random = new Random(twist);
        if (random.Next(25) == 0)
        {
            // An account and nothing else: every analysis must cope with empty arrays.
            return new AccountPlanBuilder().WithAccount(plan.Account with { Extensions = Extensions(random) }).Build();
        }

        var builder = new AccountPlanBuilder().WithAccount(plan.Account with { Extensions = Extensions(random) }).WithExtensions(Extensions(random));
        foreach (var seller in plan.Sellers)
        {
            builder.AddSeller(seller with { Extensions = Extensions(random) });
        }

        foreach (var person in plan.People)
        {
            builder.AddPerson(person with { Extensions = Extensions(random) });
        }

        var sellerIds = new HashSet<string>(plan.Sellers.Select(s => s.Id), StringComparer.Ordinal);
        var dropCoverage = random.Next(6) == 0;
        var futureDates = random.Next(4) == 0;
        foreach (var relationship in plan.Relationships)
        {
            if (dropCoverage && (sellerIds.Contains(relationship.From) || sellerIds.Contains(relationship.To)))
            {
                continue;
            }

            var r = relationship with { Extensions = Extensions(random) };
            if (futureDates && random.Next(3) == 0)
            {
                r = r with { LastInteraction = AccountGeneratorOptions.DefaultAsOf.AddDays(random.Next(1, 900)) };
            }

            builder.AddRelationship(r);
        }

        // People and sellers nobody is linked to; a lonely person may still be an influence.
        var isolated = new List<string>();
        for (var i = random.Next(3); i > 0; i--)
        {
            var id = "lonely-" + i.ToString(CultureInfo.InvariantCulture);
            isolated.Add(id);
            builder.AddPerson(new Person { Id = id, Name = "Lonely Person " + i.ToString(CultureInfo.InvariantCulture), Level = random.Next(2) == 0 ? null : random.Next(1, 7) });
        }

        for (var i = random.Next(3); i > 0; i--)
        {
            builder.AddSeller(new Seller { Id = "idle-seller-" + i.ToString(CultureInfo.InvariantCulture), Name = "Idle Seller " + i.ToString(CultureInfo.InvariantCulture) });
        }

        AddOpposes(builder, plan, random);

        foreach (var opportunity in plan.Opportunities)
        {
            builder.AddOpportunity(TwistOpportunity(opportunity, isolated, random));
        }

        foreach (var meeting in plan.Meetings)
        {
            var m = meeting with { Extensions = Extensions(random) };
            if (futureDates && random.Next(3) == 0)
            {
                m = m with { Date = AccountGeneratorOptions.DefaultAsOf.AddDays(random.Next(1, 400)), Outcome = (MeetingOutcome)random.Next(4) };
            }

            builder.AddMeeting(m);
        }

        return builder.Build();
    }

    /// <summary>The plan's arrays in another order, undirected edges written either way round, meeting attendees shuffled.</summary>
    public static AccountPlan Shuffled(AccountPlan plan, int seed)
    {
        var shuffled = DeterminismTests.Shuffled(plan, seed);
        var random = new Random(seed ^ 0x5bd1e995);
        var builder = new AccountPlanBuilder().WithAccount(shuffled.Account).WithExtensions(shuffled.Extensions);
        foreach (var seller in shuffled.Sellers)
        {
            builder.AddSeller(seller);
        }

        foreach (var person in shuffled.People)
        {
            builder.AddPerson(person);
        }

        foreach (var relationship in shuffled.Relationships)
        {
            builder.AddRelationship(relationship);
        }

        foreach (var opportunity in shuffled.Opportunities)
        {
            builder.AddOpportunity(opportunity);
        }

        foreach (var meeting in shuffled.Meetings)
        {
            builder.AddMeeting(meeting with
            {
                SellerIds = meeting.SellerIds.OrderBy(_ => random.Next()).ToArray(),
                PersonIds = meeting.PersonIds.OrderBy(_ => random.Next()).ToArray(),
            });
        }

        return builder.Build();
    }

    private static Opportunity TwistOpportunity(Opportunity opportunity, List<string> isolated, Random random)
    {
        var noEconomic = random.Next(4) == 0;
        var noCoach = random.Next(4) == 0;
        var influences = new List<BuyingInfluence>();
        foreach (var influence in opportunity.Influences)
        {
            var i = influence with { Extensions = Extensions(random) };
            if (noEconomic)
            {
                i = i with { Roles = i.Roles & ~BuyingRoles.Economic };
            }

            if (noCoach)
            {
                i = i with { Roles = i.Roles & ~BuyingRoles.Coach };
            }

            switch (random.Next(8))
            {
                case 0:
                    // An influence whose role is still to be found out (a CRM "Stakeholder").
                    i = i with { Roles = BuyingRoles.None };
                    break;
                case 1:
                    // Nothing known yet.
                    i = i with { Degree = InfluenceDegree.Unknown, Mode = ResponseMode.Unknown, Rating = null, WinResults = Array.Empty<WinResult>() };
                    break;
                case 2:
                    i = i with { Rating = random.Next(BuyingInfluence.MinRating, BuyingInfluence.MaxRating + 1), Uncertain = (InfluenceFacts)random.Next(32) };
                    break;
                case 3:
                    i = i with { WinResults = new[] { new WinResult { Result = random.Next(2) == 0 ? null : "Result", Win = null, Extensions = Extensions(random) } } };
                    break;
            }

            influences.Add(i);
        }

        foreach (var id in isolated)
        {
            if (random.Next(2) == 0)
            {
                influences.Add(new BuyingInfluence
                {
                    PersonId = id,
                    Roles = noEconomic ? (BuyingRoles)(random.Next(16) & ~1) : (BuyingRoles)random.Next(16),
                    Degree = (InfluenceDegree)random.Next(4),
                    Mode = (ResponseMode)random.Next(5),
                    Rating = random.Next(3) == 0 ? null : random.Next(-5, 6),
                });
            }
        }

        if (noCoach)
        {
            influences = influences.Select(i => i with { Roles = i.Roles & ~BuyingRoles.Coach }).ToList();
        }

        return opportunity with
        {
            Influences = influences,
            Extensions = Extensions(random),
            Quantity = random.Next(10) == 0 ? null : opportunity.Quantity,
            Amount = random.Next(10) == 0 ? 0 : opportunity.Amount,
        };
    }

    /// <summary>A few Opposes edges between people who have none yet (either way round).</summary>
    private static void AddOpposes(AccountPlanBuilder builder, AccountPlan plan, Random random)
    {
        if (plan.People.Count < 2)
        {
            return;
        }

        var taken = new HashSet<string>(
            plan.Relationships.Where(r => r.Kind == RelationshipKind.Opposes).Select(r => Pair(r.From, r.To)),
            StringComparer.Ordinal);
        for (var i = random.Next(4); i > 0; i--)
        {
            var a = plan.People[random.Next(plan.People.Count)].Id;
            var b = plan.People[random.Next(plan.People.Count)].Id;
            if (a != b && taken.Add(Pair(a, b)))
            {
                builder.AddRelationship(new Relationship { From = a, To = b, Kind = RelationshipKind.Opposes, Strength = Math.Round(random.NextDouble(), 3) });
            }
        }
    }

    private static string Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? a + "\n" + b : b + "\n" + a;

    /// <summary>Unknown properties, as a CRM would add them: compact JSON of any shape (the form the reader keeps).</summary>
    public static IReadOnlyList<ExtensionProperty> Extensions(Random random)
    {
        if (random.Next(4) != 0)
        {
            return Array.Empty<ExtensionProperty>();
        }

        var list = new List<ExtensionProperty>();
        for (var i = random.Next(1, 3); i > 0; i--)
        {
            var name = random.Next(5) switch
            {
                0 => "$type",
                1 => "x-crm",
                2 => "Id",
                3 => "ünïcødé ☃ " + i.ToString(CultureInfo.InvariantCulture),
                _ => "x-" + random.Next(1000).ToString(CultureInfo.InvariantCulture),
            };
            if (list.Any(e => e.Name == name))
            {
                continue;
            }

            list.Add(new ExtensionProperty { Name = name, Json = CompactJson(random, 0) });
        }

        return list;
    }

    private static string CompactJson(Random random, int depth)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
        {
            WriteValue(writer, random, depth);
        }

        return text.ToString();
    }

    private static void WriteValue(JsonTextWriter writer, Random random, int depth)
    {
        switch (random.Next(depth > 2 ? 5 : 7))
        {
            case 0: writer.WriteNull(); break;
            case 1: writer.WriteValue(random.Next(2) == 0); break;
            case 2: writer.WriteRawValue(random.Next(-1_000_000, 1_000_000).ToString(CultureInfo.InvariantCulture)); break;
            case 3: writer.WriteRawValue((random.Next(100_000) / 100m).ToString(CultureInfo.InvariantCulture)); break;
            case 4: writer.WriteValue(random.Next(3) switch { 0 => "plain", 1 => "quote \" backslash \\ tab \t line\nbreak", _ => "émoji 😀 and </script>" }); break;
            case 5:
                writer.WriteStartArray();
                for (var i = random.Next(3); i > 0; i--)
                {
                    WriteValue(writer, random, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStartObject();
                for (var i = random.Next(3); i > 0; i--)
                {
                    writer.WritePropertyName("k" + i.ToString(CultureInfo.InvariantCulture));
                    WriteValue(writer, random, depth + 1);
                }

                writer.WriteEndObject();
                break;
        }
    }
}
