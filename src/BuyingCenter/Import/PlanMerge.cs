using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Newtonsoft.Json.Linq;

namespace BuyingCenter.Import;

/// <summary>
/// Merges what a CRM export says (a plan made by <c>CrmImport</c> of the BuyingCenter.Import package, or by a CRM adapter with <see cref="CrmRoleMapping"/>) into an existing, curated plan: the export's
/// people, roles and relationships are added, and everything the plan had (sellers, meetings, notes, the seller's own
/// judgement of degree, mode and rating, extensions) is kept. Where the two disagree the plan wins and the
/// disagreement is reported, so a consultant's curation is never overwritten by a CRM.
/// <code>
/// var merged = PlanMerge.Merge(PlanFile.Read("fabrikam.json").Plan!, CrmImport.Read(csv, "Fabrikam Health").Plan!);
/// foreach (var line in merged.Added.Concat(merged.Conflicts)) Console.WriteLine(line);
/// </code>
/// </summary>
/// <remarks>
/// A person of the export is the plan's person with the same CRM contact id (<c>x-crm.contactId</c>), else with the
/// same id. A pure function of its two arguments; thread-safe.
/// </remarks>
public static class PlanMerge
{
    /// <summary>Adds the export's people, roles and relationships to <paramref name="plan"/>.</summary>
    /// <param name="plan">The existing plan; it wins every disagreement.</param>
    /// <param name="imported">The plan made from the export.</param>
    /// <returns>The merged plan, what was added and what disagreed.</returns>
    public static PlanMergeResult Merge(AccountPlan plan, AccountPlan imported)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(imported);
        var added = new List<string>();
        var conflicts = new List<string>();
        var builder = plan.ToBuilder();

        // The export's person ids, as the plan knows them.
        var byContact = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in plan.People)
        {
            if (ContactId(person) is { } contact)
            {
                byContact[contact] = person.Id;
            }
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in imported.People)
        {
            var known = ContactId(person) is { } contact && byContact.TryGetValue(contact, out var same) ? same : person.Id;
            switch (plan.FindParty(known))
            {
                case Seller:
                    conflicts.Add($"Person {person.Id} ({person.Name}) of the export has the id of a seller of the plan; left out.");
                    continue;
                case Person existing:
                    ids[person.Id] = existing.Id;
                    if (!string.Equals(existing.Name, person.Name, StringComparison.Ordinal) || (person.Title is not null && !string.Equals(existing.Title, person.Title, StringComparison.Ordinal)))
                    {
                        conflicts.Add($"Person {existing.Id}: the plan has {Describe(existing)}, the export {Describe(person)}; kept the plan's.");
                    }

                    continue;
                default:
                    ids[person.Id] = person.Id;
                    builder.AddPerson(person);
                    added.Add($"Person {person.Id} ({Describe(person)}).");
                    continue;
            }
        }

        var relationships = plan.Relationships.ToList();
        foreach (var relationship in imported.Relationships)
        {
            if (!ids.TryGetValue(relationship.From, out var from) || !ids.TryGetValue(relationship.To, out var to))
            {
                continue;
            }

            var mapped = relationship with { From = from, To = to };
            var existing = relationships.FirstOrDefault(r => r.Kind == mapped.Kind && SameEnds(r, mapped));
            if (existing is null)
            {
                relationships.Add(mapped);
                builder.AddRelationship(mapped);
                added.Add($"Relationship {from} {mapped.Kind} {to}.");
            }
            else if (existing.Strength != mapped.Strength && mapped.Kind != RelationshipKind.ReportsTo)
            {
                conflicts.Add($"Relationship {from} {mapped.Kind} {to}: the plan has strength {Number(existing.Strength)}, the export {Number(mapped.Strength)}; kept the plan's.");
            }
        }

        foreach (var opportunity in imported.Opportunities)
        {
            var influences = opportunity.Influences
                .Where(i => ids.ContainsKey(i.PersonId))
                .Select(i => i with { PersonId = ids[i.PersonId] })
                .ToList();
            if (plan.FindOpportunity(opportunity.Id) is not { } existing)
            {
                builder.AddOpportunity(opportunity with { Influences = influences });
                added.Add($"Opportunity {opportunity.Id} with {influences.Count} buying influence(s).");
                continue;
            }

            var merged = existing.Influences.ToList();
            foreach (var influence in influences)
            {
                var index = merged.FindIndex(i => i.PersonId == influence.PersonId);
                if (index < 0)
                {
                    merged.Add(influence);
                    added.Add($"Opportunity {existing.Id}: {influence.PersonId} as {Roles(influence.Roles)}.");
                }
                else if (merged[index].Roles == BuyingRoles.None && influence.Roles != BuyingRoles.None)
                {
                    merged[index] = merged[index] with { Roles = influence.Roles };
                    added.Add($"Opportunity {existing.Id}: the roles of {influence.PersonId}, {Roles(influence.Roles)}.");
                }
                else if (influence.Roles != BuyingRoles.None && merged[index].Roles != influence.Roles)
                {
                    conflicts.Add($"Opportunity {existing.Id}: the plan has {influence.PersonId} as {Roles(merged[index].Roles)}, the export as {Roles(influence.Roles)}; kept the plan's.");
                }
            }

            builder.ReplaceOpportunity(existing with { Influences = merged });
        }

        return new PlanMergeResult { Plan = builder.Build(), Added = added, Conflicts = conflicts };
    }

    private static bool SameEnds(Relationship a, Relationship b) =>
        (a.From == b.From && a.To == b.To)
        || (a.Kind is RelationshipKind.Knows or RelationshipKind.Opposes && a.From == b.To && a.To == b.From);

    private static string Number(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(Party party) => party.Title is null ? party.Name : party.Name + ", " + party.Title;

    private static string Roles(BuyingRoles roles) => roles == BuyingRoles.None ? "no known role" : roles.ToString();

    private static string? ContactId(Party person)
    {
        foreach (var extension in person.Extensions)
        {
            if (extension.Name == "x-crm")
            {
                try
                {
                    return JObject.Parse(extension.Json)["contactId"]?.Value<string>();
                }
                catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidCastException or FormatException)
                {
                    return null;
                }
            }
        }

        return null;
    }
}

/// <summary>The result of <see cref="PlanMerge.Merge"/>: the merged plan and, in sentences, what changed and what disagreed.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlanMergeResult
{
    /// <summary>The merged plan.</summary>
    public required AccountPlan Plan { get; init; }

    /// <summary>What the export added, one sentence each.</summary>
    public required IReadOnlyList<string> Added { get; init; }

    /// <summary>Where the export and the plan disagree (the plan's was kept), one sentence each.</summary>
    public required IReadOnlyList<string> Conflicts { get; init; }
}
