using System;
using System.Collections.Generic;
using System.Text;
using BuyingCenter.Serialization;
using BuyingCenter.Synthetic;

namespace BuyingCenter.Benchmarks;

/// <summary>The plans the benchmarks run on, made by <see cref="AccountGenerator"/> so anyone can regenerate them.</summary>
public static class Fixtures
{
    /// <summary>The day every benchmark analyses plans as of.</summary>
    public static readonly DateTime AsOf = AccountGeneratorOptions.DefaultAsOf;

    /// <summary>
    /// Set by <see cref="Program"/> for <c>--job Dry</c>: the CI smoke run only has to prove every benchmark method runs,
    /// so the largest sizes (whose set-up alone takes seconds) are left out.
    /// </summary>
    public static bool Smoke { get; set; }

    /// <summary>A plan with one opportunity whose buying group has 50 people, in an account of 400.</summary>
    public static AccountPlan BuyingGroup50() =>
        AccountGenerator.Generate(new AccountGeneratorOptions { People = 400, BuyingGroupSize = 50, Sellers = 5, MeetingsPerOpportunity = 12, Seed = 50 });

    /// <summary>A plan of <paramref name="people"/> people and five relationships per person, with a buying group of 12.</summary>
    public static AccountPlan Large(int people) =>
        AccountGenerator.Generate(new AccountGeneratorOptions { People = people, BuyingGroupSize = 12, Sellers = 8, Seed = people });

    /// <summary>A scenario by name: <c>group50</c> or <c>people-N</c>.</summary>
    public static AccountPlan Scenario(string name) =>
        name == "group50" ? BuyingGroup50()
        : name.StartsWith("people-", StringComparison.Ordinal) ? Large(int.Parse(name.Substring(7), System.Globalization.CultureInfo.InvariantCulture))
        : throw new ArgumentException("Unknown scenario " + name, nameof(name));

    /// <summary>The canonical plan file of <paramref name="plan"/>, as UTF-8 bytes.</summary>
    public static byte[] Utf8Json(AccountPlan plan) => new UTF8Encoding(false).GetBytes(PlanFile.ToJson(plan));

    /// <summary>The big scenario (20,000 people, 100,000 relationships), or a 2,000-person one in a smoke run.</summary>
    public static string BigScenario => Smoke ? "people-2000" : "people-20000";

    /// <summary>The scenarios with a ratio claim: a 50-person buying group and the big plan.</summary>
    public static IEnumerable<string> ClaimScenarios() => new[] { "group50", BigScenario };
}
