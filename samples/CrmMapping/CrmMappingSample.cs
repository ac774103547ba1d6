using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BuyingCenter;
using BuyingCenter.Import;

namespace CrmMapping;

/// <summary>
/// Maps CRM records onto an account plan in code, the way a CRM developer does inside a plug-in or a web service:
/// the CRM's SDK hands over opportunity and contact-role records, and we turn them into a validated AccountPlan.
/// </summary>
public static class CrmMappingSample
{
    public static int Run(string[] args, TextWriter output)
    {
        // 1. The records, as a CRM SDK would return them. In Dynamics 365 these would be the opportunity,
        //    its connections (connection roles) and the contacts; in Salesforce, OpportunityContactRole rows.
        //    This CRM has its own role names: "Sponsor", "Signer", "Watcher" and an odd "Gatekeeper".
        var opportunity = new CrmOpportunity("OPP-0042", "Contoso Clinics", "Contoso tele-triage pilot", 120_000m, new DateTime(2027, 4, 30));
        var contacts = new[]
        {
            new CrmContact("C-1", "Amara", "Nwosu", "Chief Financial Officer", ManagerId: null, Role: "Signer"),
            new CrmContact("C-2", "Lukas", "Meyer", "Head of Clinical IT", ManagerId: "C-1", Role: "Technical Evaluator"),
            new CrmContact("C-3", "Sofia", "Alves", "Triage Nurse Lead", ManagerId: "C-2", Role: "Sponsor"),
            new CrmContact("C-4", "Tom", "Reid", "Practice Manager", ManagerId: "C-1", Role: "Watcher"),
            new CrmContact("C-5", "Ines", "Okoro", "Executive Assistant", ManagerId: "C-1", Role: "Gatekeeper"),
        };

        // 2. The role mapping. Start from the default table (Salesforce, Dynamics, SuiteCRM, HubSpot names)
        //    and teach it this CRM's words. Each With returns a new mapping: the default is never changed,
        //    so one mapping can be shared by every plug-in execution on every thread.
        var roles = CrmRoleMapping.Default
            .With("Signer", BuyingRoles.Economic)
            .With("Sponsor", BuyingRoles.Coach)
            .With("Watcher", BuyingRoles.None); // known to play a part, role still to be found out

        // 3. Build the plan with the builder. Person ids come from the CRM ids here (a plug-in writes results
        //    back to CRM records, so it wants to find them again); the CSV import can make readable ids instead.
        var builder = new AccountPlanBuilder()
            .WithAccount("contoso-clinics", opportunity.AccountName)
            .AddSeller("ana", "Ana Ruiz", "Account Executive", level: 3);
        foreach (var contact in contacts)
        {
            builder.AddPerson(contact.Id, contact.FirstName + " " + contact.LastName, contact.Title);
        }

        // Reporting lines are the formal hierarchy: they let the review find who can introduce us to whom.
        foreach (var contact in contacts.Where(c => c.ManagerId is not null))
        {
            builder.AddRelationship(contact.Id, RelationshipKind.ReportsTo, contact.ManagerId!);
        }

        // 4. Translate each contact role. An unknown name is NOT dropped: the contact still becomes an
        //    influence (with no role yet), and we tell the user which names the mapping should learn.
        var influences = new List<BuyingInfluence>();
        var unknown = new List<string>();
        foreach (var contact in contacts)
        {
            if (!roles.TryMap(contact.Role, out var buyingRoles))
            {
                unknown.Add(contact.Role);
            }

            influences.Add(new BuyingInfluence { PersonId = contact.Id, Roles = buyingRoles });
        }

        builder.AddOpportunity(new Opportunity
        {
            Id = opportunity.Id.ToLowerInvariant(),
            SingleSalesObjective = opportunity.Name,
            Amount = opportunity.Amount,
            CloseDate = opportunity.CloseDate,
            Influences = influences,
        });

        // 5. Build validates: a bad reference or a reporting cycle throws InvalidPlanException listing every
        //    problem. In a plug-in, TryBuild lets you show the problems instead of failing the transaction.
        if (!builder.TryBuild(out var plan, out var problems))
        {
            foreach (var problem in problems)
            {
                output.WriteLine(problem);
            }

            return 1;
        }

        output.WriteLine("1-5. Mapped CRM records of '{0}' to a plan:", plan!.Account.Name);
        foreach (var influence in plan.Opportunities[0].Influences)
        {
            var person = plan.FindPerson(influence.PersonId)!;
            output.WriteLine("   {0,-14} {1,-26} {2}", person.Name, person.Title, influence.Roles == BuyingRoles.None ? "(role to find out)" : influence.Roles.ToString());
        }

        output.WriteLine("   Unknown CRM roles to add to the mapping: {0}", string.Join(", ", unknown));

        // 6. The same mapping drives the CSV import: a consultant's export from the same CRM.
        //    No file is read here (a sandboxed plug-in may not read files): the CSV is a string.
        const string export = """
            Account Name,Opportunity Name,Amount,Close Date,Contact Id,First Name,Last Name,Title,Reports To Id,Contact Role,Is Primary
            Contoso Clinics,Contoso tele-triage pilot,120000,2027-04-30,C-1,Amara,Nwosu,Chief Financial Officer,,Signer,true
            Contoso Clinics,Contoso tele-triage pilot,120000,2027-04-30,C-3,Sofia,Alves,Triage Nurse Lead,C-2,Sponsor,false
            Contoso Clinics,Contoso tele-triage pilot,120000,2027-04-30,C-5,Ines,Okoro,Executive Assistant,C-1,Gatekeeper,false
            Northwind Logistics,FleetView,480000,2027-03-31,N-1,Dana,Lee,CFO,,Economic Buyer,true
            """;
        var result = CrmImport.Read(new StringReader(export), "Contoso Clinics", new CrmImportOptions { Roles = roles });

        output.WriteLine();
        output.WriteLine("6. Imported the CSV export: {0} rows, {1} of another account skipped.", result.RowsImported, result.RowsOfOtherAccounts);
        foreach (var problem in result.Problems)
        {
            // Each problem names its line and column, and says what the import did about it.
            output.WriteLine("   " + problem);
        }

        if (result.Plan is { } imported)
        {
            output.WriteLine("   People: {0}", string.Join(", ", imported.People.Select(p => p.Id)));
        }

        return result.Succeeded ? 0 : 1;
    }

    // The shapes a CRM SDK might hand over. Yours will differ: the mapping code above is what to copy.
    private sealed record CrmOpportunity(string Id, string AccountName, string Name, decimal Amount, DateTime CloseDate);

    private sealed record CrmContact(string Id, string FirstName, string LastName, string Title, string? ManagerId, string Role);
}
