using System;
using System.IO;
using System.Linq;
using BuyingCenter.Import;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Import;

[TestClass]
public sealed class CrmImportTests
{
    private const string Header = "Account Name,Opportunity Name,Amount,Close Date,Contact Id,First Name,Last Name,Title,Reports To Id,Contact Role,Is Primary";

    private static CrmImportResult ReadSample(CrmImportOptions? options = null)
    {
        using var csv = new StreamReader(Path.Combine(AppContext.BaseDirectory, "TestData", "crm-contact-roles.csv"));
        return CrmImport.Read(csv, "Fabrikam Health", options);
    }

    private static CrmImportResult ReadText(string text, string account = "Fabrikam Health", CrmImportOptions? options = null) =>
        CrmImport.Read(new StringReader(text), account, options);

    private static BuyingInfluence Influence(AccountPlan plan, string opportunityId, string personId) =>
        plan.FindOpportunity(opportunityId)!.FindInfluence(personId) ?? throw new AssertFailedException(personId + " has no influence in " + opportunityId);

    [TestMethod]
    public void Read_SampleExport_BuildsOnePersonPerContactAndOneOpportunityPerName()
    {
        var result = ReadSample();

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));
        var plan = result.Plan!;
        Assert.AreEqual("fabrikam-health", plan.Account.Id);
        Assert.AreEqual("Fabrikam Health", plan.Account.Name);
        CollectionAssert.AreEqual(
            new[] { "maria-torres", "james-kowalski", "linda-park", "ravi-shah", "grace-obi", "henrik-dahl" },
            plan.People.Select(p => p.Id).ToArray());
        Assert.AreEqual("Head of Nursing Operations", plan.FindPerson("ravi-shah")!.Title);
        CollectionAssert.AreEqual(new[] { "fabrikam-patient-flow-rollout", "fabrikam-scheduling-add-on" }, plan.Opportunities.Select(o => o.Id).ToArray());

        var rollout = plan.Opportunities[0];
        Assert.AreEqual("Fabrikam patient-flow rollout", rollout.SingleSalesObjective);
        Assert.AreEqual(250000m, rollout.Amount);
        Assert.AreEqual(new DateTime(2027, 6, 30), rollout.CloseDate);
        Assert.AreEqual(6, rollout.Influences.Count);
        Assert.AreEqual(8, result.RowsImported);
        Assert.AreEqual(0, result.UnknownRoles.Count);
    }

    [TestMethod]
    public void Read_SampleExport_MapsContactRolesByTheDefaultTable()
    {
        var plan = ReadSample().Plan!;
        const string rollout = "fabrikam-patient-flow-rollout";

        Assert.AreEqual(BuyingRoles.Economic, Influence(plan, rollout, "maria-torres").Roles);
        Assert.AreEqual(BuyingRoles.Technical, Influence(plan, rollout, "james-kowalski").Roles);
        Assert.AreEqual(BuyingRoles.Coach, Influence(plan, rollout, "linda-park").Roles, "Champion is a Coach");
        Assert.AreEqual(BuyingRoles.User, Influence(plan, rollout, "ravi-shah").Roles);
        Assert.AreEqual(BuyingRoles.Technical, Influence(plan, rollout, "grace-obi").Roles, "Evaluator is Technical");
        Assert.AreEqual(BuyingRoles.None, Influence(plan, rollout, "henrik-dahl").Roles, "Influencer is an influence whose role is to be found out");
    }

    [TestMethod]
    public void Read_SampleSecondOpportunity_RaviIsTheEconomicBuyerThere()
    {
        var plan = ReadSample().Plan!;

        var addOn = plan.FindOpportunity("fabrikam-scheduling-add-on")!;
        Assert.AreEqual(40000m, addOn.Amount);
        Assert.AreEqual(new DateTime(2027, 9, 30), addOn.CloseDate);
        CollectionAssert.AreEqual(new[] { "ravi-shah", "linda-park" }, addOn.Influences.Select(i => i.PersonId).ToArray());
        Assert.AreEqual(BuyingRoles.Economic, Influence(plan, addOn.Id, "ravi-shah").Roles, "Decision Maker is Economic in this opportunity");
        Assert.AreEqual(BuyingRoles.User, Influence(plan, "fabrikam-patient-flow-rollout", "ravi-shah").Roles, "roles belong to the opportunity, not the person");
        StringAssert.Contains(Influence(plan, addOn.Id, "ravi-shah").Extensions.Single().Json, "\"isPrimary\":true");
    }

    [TestMethod]
    public void Read_SampleReportsTo_BecomesReportsToRelationships()
    {
        var plan = ReadSample().Plan!;

        var lines = plan.Relationships.Where(r => r.Kind == RelationshipKind.ReportsTo).Select(r => r.From + ">" + r.To).ToArray();
        CollectionAssert.AreEquivalent(
            new[] { "james-kowalski>maria-torres", "linda-park>ravi-shah", "ravi-shah>maria-torres", "grace-obi>maria-torres" },
            lines);
    }

    [TestMethod]
    public void Read_ManagerNotInFile_IsReportedWithItsLineAndLeftOut()
    {
        var csv = Header + "\nFabrikam Health,Rollout,100,2027-01-31,C1,Ann,Lee,CIO,C9,Economic Buyer,false\n";

        var result = ReadText(csv);

        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual(0, result.Plan!.Relationships.Count);
        var warning = result.Warnings.Single();
        Assert.AreEqual(2, warning.Line);
        Assert.AreEqual("Reports To Id", warning.Column);
        StringAssert.Contains(warning.Message, "C9");
    }

    [TestMethod]
    public void Read_ReportingCycle_IsReportedAndThePlanStaysValid()
    {
        var csv = Header + "\n"
            + "Fabrikam Health,Rollout,,,C1,Ann,Lee,,C2,Economic Buyer,\n"
            + "Fabrikam Health,Rollout,,,C2,Bo,Chan,,C1,Champion,\n";

        var result = ReadText(csv);

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));
        Assert.AreEqual(1, result.Plan!.Relationships.Count);
        Assert.AreEqual(3, result.Warnings.Single().Line);
        StringAssert.Contains(result.Warnings.Single().Message, "cycle");
    }

    [TestMethod]
    public void Read_UnknownRole_IsReportedAndImportedAsInfluenceWithNoRole()
    {
        var csv = Header + "\n"
            + "Fabrikam Health,Rollout,,,C1,Ann,Lee,,,Economic Buyer,\n"
            + "Fabrikam Health,Rollout,,,C2,Bo,Chan,,,Gatekeeper,\n"
            + "Fabrikam Health,Rollout,,,C3,Cy,Diaz,,,gatekeeper,\n";

        var result = ReadText(csv);

        Assert.IsTrue(result.Succeeded);
        CollectionAssert.AreEqual(new[] { "Gatekeeper" }, result.UnknownRoles.ToArray(), "each unknown name once, whatever its case");
        CollectionAssert.AreEqual(new int?[] { 3, 4 }, result.Warnings.Select(w => w.Line).ToArray());
        StringAssert.Contains(result.Warnings[0].Message, "'Gatekeeper'");
        var influence = result.Plan!.Opportunities[0].FindInfluence("bo-chan");
        Assert.IsNotNull(influence, "the contact is not dropped");
        Assert.AreEqual(BuyingRoles.None, influence.Roles);
        StringAssert.Contains(influence.Extensions.Single().Json, "Gatekeeper", "the CRM's role name is kept");
    }

    [TestMethod]
    public void Read_UnknownRoleWhenStrict_FailsTheImport()
    {
        var csv = Header + "\nFabrikam Health,Rollout,,,C2,Bo,Chan,,,Gatekeeper,\n";

        var result = ReadText(csv, options: new CrmImportOptions { UnknownRolesAreErrors = true });

        Assert.IsFalse(result.Succeeded);
        Assert.IsNull(result.Plan);
        Assert.AreEqual(2, result.Errors.Single().Line);
        CollectionAssert.AreEqual(new[] { "Gatekeeper" }, result.UnknownRoles.ToArray());
    }

    [TestMethod]
    public void Read_BadRows_AreNamedByLineNumberAndNoPlanIsMade()
    {
        var csv = Header + "\n"
            + "Fabrikam Health,Rollout,100,2027-01-31,C1,Ann,Lee,,,Economic Buyer,\n"
            + "Fabrikam Health,Rollout,100,2027-01-31,,Bo,Chan,,,Champion,\n"
            + "Fabrikam Health,Rollout,lots,2027-01-31,C3,Cy,Diaz,,,User,\n"
            + "\n"
            + "Fabrikam Health,Rollout,100,31.01.2027,C4,Di,Eze,,,User,\n";

        var result = ReadText(csv);

        Assert.IsNull(result.Plan);
        var errors = result.Errors.Select(e => (e.Line, e.Column)).ToArray();
        CollectionAssert.AreEqual(
            new (int?, string?)[] { (3, "Contact Id"), (4, "Amount"), (6, "Close Date") },
            errors,
            "line numbers count the header and the empty line");
        StringAssert.Contains(result.Errors[1].Message, "'lots'");
    }

    [TestMethod]
    public void Read_BadRowsWhenSkipping_ImportsTheRestWithWarnings()
    {
        var csv = Header + "\n"
            + "Fabrikam Health,Rollout,100,2027-01-31,C1,Ann,Lee,,,Economic Buyer,\n"
            + "Fabrikam Health,Rollout,lots,2027-01-31,C3,Cy,Diaz,,,User,\n";

        var result = ReadText(csv, options: new CrmImportOptions { SkipInvalidRows = true });

        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual(1, result.Plan!.People.Count);
        Assert.AreEqual(3, result.Warnings.Single().Line);
        StringAssert.Contains(result.Warnings.Single().Message, "skipped");
    }

    [TestMethod]
    public void Read_RowsOfOtherAccounts_AreSkippedAndCounted()
    {
        var csv = Header + "\n"
            + "Contoso,Other deal,,,X1,Xi,Yu,,,Economic Buyer,\n"
            + "fabrikam health,Rollout,,,C1,Ann,Lee,,,Economic Buyer,\n";

        var result = ReadText(csv);

        Assert.IsTrue(result.Succeeded);
        Assert.AreEqual(1, result.RowsOfOtherAccounts);
        Assert.AreEqual(1, result.RowsImported);
        Assert.IsNull(result.Plan!.People.FirstOrDefault(p => p.Name == "Xi Yu"));
    }

    [TestMethod]
    public void Read_NoRowOfTheAccount_ErrorNamesTheAccountsInTheFile()
    {
        var result = ReadText(Header + "\nContoso,Deal,,,X1,Xi,Yu,,,Coach,\n", "Northwind");

        Assert.IsFalse(result.Succeeded);
        StringAssert.Contains(result.Errors.Single().Message, "'Contoso'");
    }

    [TestMethod]
    public void Read_MissingRequiredColumn_IsAnErrorListingTheHeaders()
    {
        var result = ReadText("Account Name,Opportunity Name,First Name,Last Name,Amount,Close Date,Title,Reports To Id,Contact Role,Is Primary\nFabrikam Health,Rollout,Ann,Lee,,,,,Champion,\n");

        Assert.IsFalse(result.Succeeded);
        var error = result.Errors.Single();
        Assert.AreEqual(1, error.Line);
        Assert.AreEqual("Contact Id", error.Column);
        StringAssert.Contains(error.Message, "Opportunity Name");
    }

    [TestMethod]
    public void Read_RoleColumnRenamed_IsAnErrorNotAnImportWithoutRoles()
    {
        // A Salesforce report calls the column "Role": with the default mapping, no contact may be imported role-less.
        var result = ReadText(Header.Replace("Contact Role", "Role") + "\nFabrikam Health,Rollout,,,C1,Ann,Lee,,,Economic Buyer,\n");

        Assert.IsFalse(result.Succeeded);
        var error = result.Errors.Single();
        Assert.AreEqual("Contact Role", error.Column);
        StringAssert.Contains(error.Message, "Role");
        Assert.IsNull(result.Plan);
    }

    [TestMethod]
    public void Read_ContactTwiceInOneOpportunity_HoldsBothRoles()
    {
        var csv = Header + "\n"
            + "Fabrikam Health,Rollout,,,C1,Ann,Lee,,,Business User,\n"
            + "Fabrikam Health,Rollout,,,C1,Ann,Lee,,,Champion,\n"
            + "Fabrikam Health,Rollout,,,C2,Bo,Chan,,,Technical Buyer;Evaluator,\n";

        var plan = ReadText(csv).Plan!;

        Assert.AreEqual(BuyingRoles.User | BuyingRoles.Coach, plan.Opportunities[0].FindInfluence("ann-lee")!.Roles);
        Assert.AreEqual(BuyingRoles.Technical, plan.Opportunities[0].FindInfluence("bo-chan")!.Roles);
        Assert.AreEqual(2, plan.Opportunities[0].Influences.Count);
    }

    [TestMethod]
    public void Read_SameNameTwice_GetsDistinctPersonIds()
    {
        var csv = Header + "\n"
            + "Fabrikam Health,Rollout,,,C1,John,Smith,CFO,,Economic Buyer,\n"
            + "Fabrikam Health,Rollout,,,C2,John,Smith,Analyst,,User,\n";

        var plan = ReadText(csv).Plan!;

        CollectionAssert.AreEqual(new[] { "john-smith", "john-smith-2" }, plan.People.Select(p => p.Id).ToArray());
    }

    [TestMethod]
    public void Read_ContactIdsAsPersonIds_KeepsTheCrmIds()
    {
        var plan = ReadSample(new CrmImportOptions { UseContactIdsAsPersonIds = true }).Plan!;

        Assert.AreEqual("Maria Torres", plan.FindPerson("003A1")!.Name);
    }

    [TestMethod]
    public void Read_DifferentlyNamedExportWithMappingFile_ImportsRolesAndDates()
    {
        var mapping = CrmImportOptions.FromJson("""
            {
              "columns": {
                "accountName": "Company", "opportunityName": "Deal", "amount": "Value", "closeDate": "Due",
                "contactId": "ID", "firstName": null, "lastName": "Full Name", "title": "Job",
                "reportsToId": "Manager", "contactRole": "Role", "isPrimary": null
              },
              "roles": { "Sponsor": "Coach", "Signer": "Economic", "Watcher": null, "Power User": ["User", "Coach"] },
              "culture": "de-DE",
              "dateFormats": ["dd.MM.yyyy"]
            }
            """);
        var csv = "Company;Deal;Value;Due;ID;Full Name;Job;Manager;Role\n"
            + "Fabrikam Health;Scheduling;40.000,50;30.09.2027;h-1;Ravi Shah;Head of Nursing;;Signer\n"
            + "Fabrikam Health;Scheduling;40.000,50;30.09.2027;h-2;Linda Park;Coordinator;h-1;Sponsor\n"
            + "Fabrikam Health;Scheduling;40.000,50;30.09.2027;h-3;Ola Berg;Nurse;h-1;Watcher\n"
            + "Fabrikam Health;Scheduling;40.000,50;30.09.2027;h-4;Kim Roe;Nurse;h-1;power user\n";

        var result = ReadText(csv, options: mapping);

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));
        Assert.AreEqual(0, result.Problems.Count, string.Join("\n", result.Problems));
        var plan = result.Plan!;
        var deal = plan.Opportunities.Single();
        Assert.AreEqual(40000.50m, deal.Amount);
        Assert.AreEqual(new DateTime(2027, 9, 30), deal.CloseDate);
        Assert.AreEqual(BuyingRoles.Economic, deal.FindInfluence("ravi-shah")!.Roles);
        Assert.AreEqual(BuyingRoles.Coach, deal.FindInfluence("linda-park")!.Roles);
        Assert.AreEqual(BuyingRoles.None, deal.FindInfluence("ola-berg")!.Roles);
        Assert.AreEqual(BuyingRoles.User | BuyingRoles.Coach, deal.FindInfluence("kim-roe")!.Roles);
        Assert.AreEqual(3, plan.Relationships.Count(r => r.Kind == RelationshipKind.ReportsTo && r.To == "ravi-shah"));
        Assert.IsTrue(mapping.Roles.TryMap("Champion", out var champion) && champion == BuyingRoles.Coach, "roles extend the default table");
    }

    [TestMethod]
    public void FromJson_ReplaceDefaultRoles_ForgetsTheDefaultNames()
    {
        var options = CrmImportOptions.FromJson("""{ "roles": { "Signer": "Economic" }, "replaceDefaultRoles": true }""");

        Assert.IsFalse(options.Roles.TryMap("Champion", out _));
        Assert.IsTrue(options.Roles.TryMap("signer", out var signer));
        Assert.AreEqual(BuyingRoles.Economic, signer);
    }

    [TestMethod]
    public void FromJson_TyposAndBadValues_ListEveryProblemWithItsLine()
    {
        var ex = Assert.ThrowsExactly<FormatException>(() => CrmImportOptions.FromJson("""
            {
              "colums": {},
              "columns": { "contactRol": "Role" },
              "roles": { "Signer": "Boss" },
              "skipInvalidRows": "yes"
            }
            """));

        StringAssert.Contains(ex.Message, "4 problems");
        StringAssert.Contains(ex.Message, "line 2");
        StringAssert.Contains(ex.Message, "'colums' is not a mapping setting");
        StringAssert.Contains(ex.Message, "'contactRol' is not a column");
        StringAssert.Contains(ex.Message, "'Boss' (for the CRM role 'Signer') is not a buying role");
        StringAssert.Contains(ex.Message, "'skipInvalidRows' must be true or false");
    }

    [TestMethod]
    public void FromJson_NotJson_SaysWhere()
    {
        var ex = Assert.ThrowsExactly<FormatException>(() => CrmImportOptions.FromJson("{ \"roles\": { \"A\": \"Coach\" "));

        StringAssert.Contains(ex.Message, "not valid JSON");
        StringAssert.Contains(ex.Message, "line 1");
    }

    [TestMethod]
    public void Read_SampleExport_SurvivesAPlanFileRoundTripWithItsCrmIds()
    {
        var plan = ReadSample().Plan!;

        var json = PlanFile.ToJson(plan);
        var again = PlanFile.Parse(json);

        Assert.IsTrue(again.Succeeded, string.Join("\n", again.Problems));
        StringAssert.Contains(json, "\"x-crm\"");
        Assert.AreEqual("{\"contactId\":\"003A4\"}", again.Plan!.FindPerson("ravi-shah")!.Extensions.Single().Json);
        Assert.AreEqual(json, PlanFile.ToJson(again.Plan), "the imported plan is already canonical");
    }

    [TestMethod]
    public void Read_NoAccountAndNoTitleColumn_IsAnErrorForEachColumnTheMappingNames()
    {
        var result = ReadText("Opportunity Name,Contact Id,First Name,Last Name,Contact Role\nRollout,C1,Ann,Lee,Champion\n", "Anyone");

        Assert.IsFalse(result.Succeeded);
        CollectionAssert.AreEquivalent(
            new[] { "Account Name", "Amount", "Close Date", "Title", "Reports To Id", "Is Primary" },
            result.Errors.Select(e => e.Column).ToArray());
    }

    [TestMethod]
    public void Read_ColumnsMappedToNullOrOptional_ImportEveryRowWithAWarningForTheOptional()
    {
        var options = new CrmImportOptions
        {
            Columns = new CrmColumnMapping { AccountName = null, Amount = null, CloseDate = null, ReportsToId = null, IsPrimary = null, Optional = new[] { "Title" } },
        };

        var result = ReadText("Opportunity Name,Contact Id,First Name,Last Name,Contact Role\nRollout,C1,Ann,Lee,Champion\n", "Anyone", options);

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));
        var title = result.Warnings.Single();
        Assert.AreEqual("Title", title.Column);
        StringAssert.Contains(title.Message, "left empty");
        Assert.AreEqual("Anyone", result.Plan.Account.Name);
        Assert.AreEqual(BuyingRoles.Coach, result.Plan.Opportunities[0].FindInfluence("ann-lee")!.Roles);
    }

    [TestMethod]
    public void Read_BrokenQuoting_IsAnErrorOnItsLine()
    {
        var csv = Header + "\n"
            + "Fabrikam Health,Rollout,,,C1,Ann,Lee,,,Champion,\n"
            + "Fabrikam Health,\"Roll\"out,,,C2,Bo,Chan,,,User,\n";

        var result = ReadText(csv);

        Assert.IsFalse(result.Succeeded);
        var error = result.Errors.Single();
        Assert.AreEqual(3, error.Line);
        StringAssert.Contains(error.Message, "quot");
    }
}
