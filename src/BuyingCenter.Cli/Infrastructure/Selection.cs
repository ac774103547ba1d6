using System;
using System.Linq;

namespace BuyingCenter.Cli.Infrastructure;

/// <summary>Turns ids typed on the command line into things of the plan, or says exactly what to type instead.</summary>
internal static class Selection
{
    public static Opportunity ChooseOpportunity(AccountPlan plan, string? id)
    {
        var ids = string.Join(", ", plan.Opportunities.Select(o => o.Id));
        if (id is not null)
        {
            return plan.FindOpportunity(id)
                ?? throw new UsageException(plan.Opportunities.Count == 0
                    ? $"--opportunity {id}: the plan has no opportunities at all. Add one to the plan file first."
                    : $"--opportunity {id}: the plan has no opportunity with that id.{Nearest("--opportunity", id, plan.Opportunities.Select(o => (o.Id, o.Id)))} Type one of: {Options("--opportunity", plan.Opportunities.Select(o => o.Id))}.");
        }

        return plan.Opportunities.Count switch
        {
            1 => plan.Opportunities[0],
            0 => throw new UsageException("The plan has no opportunities: add one to the plan file first."),
            _ => throw new UsageException($"The plan has {plan.Opportunities.Count} opportunities ({ids}); choose one with {Options("--opportunity", plan.Opportunities.Select(o => o.Id))}."),
        };
    }

    public static Person RequirePerson(AccountPlan plan, string id, string optionName) =>
        plan.FindPerson(id) ?? throw PersonRefused(plan, id, optionName);

    /// <summary>
    /// The usage error for an id that names no person of the plan (the library refused it, or <see cref="RequirePerson"/>
    /// found none): what the id is instead, the person it most likely meant, and the ids to type.
    /// </summary>
    public static UsageException PersonRefused(AccountPlan plan, string id, string optionName)
    {
        var people = Options(optionName, plan.People.Select(p => p.Id));
        return plan.FindSeller(id) is not null
            ? new UsageException($"{optionName} {id}: '{id}' is one of our sellers; {optionName} needs a person on the customer's side. Type one of: {people}.")
            : new UsageException($"{optionName} {id}: the plan has no person with that id.{Nearest(optionName, id, plan.People.Select(p => (p.Id, p.Name)))} Type one of: {people}.");
    }

    public static Seller RequireSeller(AccountPlan plan, string id, string optionName)
    {
        if (plan.FindSeller(id) is { } seller)
        {
            return seller;
        }

        var sellers = Options(optionName, plan.Sellers.Select(s => s.Id));
        if (plan.FindPerson(id) is not null)
        {
            throw new UsageException($"{optionName} {id}: '{id}' is a person on the customer's side; {optionName} needs one of our sellers. Type one of: {sellers}.");
        }

        throw new UsageException($"{optionName} {id}: the plan has no seller with that id.{Nearest(optionName, id, plan.Sellers.Select(s => (s.Id, s.Name)))} Type one of: {sellers}.");
    }

    public static TEnum ParseEnum<TEnum>(string text, string optionName, params TEnum[] allowed)
        where TEnum : struct, Enum
    {
        foreach (var value in allowed)
        {
            if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new UsageException($"{optionName} takes one of {string.Join(", ", allowed)}, not '{text}'. Type {optionName} {allowed[0]}, for example.");
    }

    /// <summary>
    /// " Did you mean --person dana (Dana Lee)?": the id that differs only in case, the one whose name holds the typed
    /// word (a surname), or the nearest by spelling; empty when none is close.
    /// </summary>
    private static string Nearest(string optionName, string typed, System.Collections.Generic.IEnumerable<(string Id, string Name)> candidates)
    {
        var all = candidates.ToList();
        var match = all.FirstOrDefault(c => string.Equals(c.Id, typed, StringComparison.OrdinalIgnoreCase));
        if (match.Id is null)
        {
            var named = all.Where(c => c.Name.Split(' ', '-').Any(w => string.Equals(w, typed, StringComparison.OrdinalIgnoreCase))).ToList();
            match = named.Count == 1 ? named[0] : default;
        }

        if (match.Id is null && DidYouMean.Closest(typed, all.Select(c => c.Id)) is { } near)
        {
            match = all.First(c => c.Id == near);
        }

        return match.Id is null ? string.Empty
            : match.Name == match.Id ? $" Did you mean {optionName} {match.Id}?"
            : $" Did you mean {optionName} {match.Id} ({match.Name})?";
    }

    private static string Options(string optionName, System.Collections.Generic.IEnumerable<string> ids)
    {
        var list = ids.Take(12).Select(i => optionName + " " + i).ToList();
        return list.Count == 0 ? "(none in this plan)" : string.Join(", ", list);
    }
}
