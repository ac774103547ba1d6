using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BuyingCenter.Import;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Import;

/// <summary>The presets against exports written as each CRM writes them (TestData/crm).</summary>
[TestClass]
public sealed class CrmPresetTests
{
    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "crm", file);

    private static CrmImportResult Read(string file, string account, CrmImportPreset preset)
    {
        using var csv = new StreamReader(PathOf(file));
        return CrmImport.Read(csv, account, preset);
    }

    private static string Roles(AccountPlan plan, string opportunityId, string personId) =>
        plan.FindOpportunity(opportunityId)!.FindInfluence(personId)!.Roles.ToString();

    private static string? ManagerOf(AccountPlan plan, string personId) =>
        plan.Relationships.SingleOrDefault(r => r.Kind == RelationshipKind.ReportsTo && r.From == personId)?.To;

    [TestMethod]
    public void Salesforce_OpportunitiesWithContactRolesReport_ImportsRolesAmountsDatesAndManagersByName()
    {
        var result = Read("salesforce-opportunities-with-contact-roles.csv", "Contoso Pharma", CrmImportPreset.Salesforce);

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));
        var plan = result.Plan;
        CollectionAssert.AreEqual(new[] { "dana-lee", "pat-okafor", "sam-nguyen", "lee-chen", "mara-jensen", "tomas-berg" }, plan.People.Select(p => p.Id).ToArray());
        Assert.AreEqual("Economic", Roles(plan, "contoso-lims-rollout", "dana-lee"));
        Assert.AreEqual("Coach", Roles(plan, "contoso-lims-rollout", "lee-chen"), "Executive Sponsor is a Coach");
        Assert.AreEqual("Economic", Roles(plan, "contoso-stability-study-module", "lee-chen"));
        var rollout = plan.FindOpportunity("contoso-lims-rollout")!;
        Assert.AreEqual(240000m, rollout.Amount);
        Assert.AreEqual(new DateTime(2027, 6, 30), rollout.CloseDate);
        StringAssert.Contains(rollout.Extensions.Single().Json, "\"currency\":\"USD\"");
        Assert.AreEqual("dana-lee", ManagerOf(plan, "pat-okafor"));
        Assert.AreEqual("pat-okafor", ManagerOf(plan, "lee-chen"));
        StringAssert.Contains(plan.FindPerson("dana-lee")!.Extensions.Single().Json, "0035g00000KxQ1aAAF");
        StringAssert.Contains(rollout.FindInfluence("pat-okafor")!.Extensions.Single().Json, "\"isPrimary\":true");

        // Sam's manager is not in the export: said, not guessed. The footer is no account's rows.
        var warning = result.Warnings.Single();
        Assert.AreEqual(4, warning.Line);
        StringAssert.Contains(warning.Message, "Ingrid Holm");
        Assert.AreEqual(2, result.RowsOfOtherAccounts);
        Assert.AreEqual(8, result.RowsImported);
    }

    [TestMethod]
    public void Salesforce_ReportWithTheDefaultMapping_FailsNamingTheColumnsInsteadOfLosingRoles()
    {
        using var csv = new StreamReader(PathOf("salesforce-opportunities-with-contact-roles.csv"));

        var result = CrmImport.Read(csv, "Contoso Pharma");

        Assert.IsFalse(result.Succeeded);
        CollectionAssert.IsSubsetOf(new[] { "Reports To Id", "Contact Role", "Is Primary" }, result.Errors.Select(e => e.Column).ToArray());
    }

    [TestMethod]
    public void Salesforce_FooterLineBetweenDataRows_IsAnErrorOnItsLine()
    {
        var text = File.ReadAllText(PathOf("salesforce-opportunities-with-contact-roles.csv"));
        var lines = text.Split('\n').ToList();
        lines.Insert(3, "\"Confidential Information - Do Not Distribute\"");

        var result = CrmImport.Read(new StringReader(string.Join("\n", lines)), "Contoso Pharma", CrmImportPreset.Salesforce);

        Assert.IsFalse(result.Succeeded);
        var error = result.Errors.Single();
        Assert.AreEqual(4, error.Line);
        StringAssert.Contains(error.Message, "one value");
    }

    [TestMethod]
    public void Dynamics_ConnectionsWithoutContactIds_KeepTwoJohnSmithsOfDifferentTitlesApart()
    {
        var result = Read("dynamics-opportunity-connections.csv", "Fabrikam Health", CrmImportPreset.Dynamics);

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));
        var plan = result.Plan;
        CollectionAssert.AreEqual(new[] { "maria-torres", "john-smith", "john-smith-2", "james-kowalski", "linda-park", "ravi-shah" }, plan.People.Select(p => p.Id).ToArray());
        Assert.AreEqual("Chief Financial Officer", plan.FindPerson("john-smith")!.Title);
        Assert.AreEqual("IT Manager", plan.FindPerson("john-smith-2")!.Title);
        Assert.AreEqual("Economic", Roles(plan, "fabrikam-patient-flow-rollout", "maria-torres"), "Decision Maker is Economic");
        Assert.AreEqual("Economic", Roles(plan, "fabrikam-patient-flow-rollout", "john-smith"));
        Assert.AreEqual("Technical", Roles(plan, "fabrikam-patient-flow-rollout", "john-smith-2"));
        Assert.AreEqual(250000m, plan.FindOpportunity("fabrikam-patient-flow-rollout")!.Amount);
        Assert.AreEqual(new DateTime(2027, 9, 30), plan.FindOpportunity("fabrikam-scheduling-add-on")!.CloseDate);
        Assert.AreEqual("maria-torres", ManagerOf(plan, "john-smith"));
        Assert.AreEqual("ravi-shah", ManagerOf(plan, "linda-park"));

        // Two people share the name: the import says so, and a manager given by that name is left out, not guessed.
        Assert.IsNull(ManagerOf(plan, "james-kowalski"));
        Assert.IsTrue(result.Warnings.Any(w => w.Message.Contains("2 contacts are named John Smith")), string.Join("\n", result.Warnings));
        Assert.IsTrue(result.Warnings.Any(w => w.Line == 5 && w.Message.Contains("2 contacts have that name")), string.Join("\n", result.Warnings));
    }

    [TestMethod]
    public void HubSpot_DealExportWithContactLists_ImportsOnePersonPerAssociatedContact()
    {
        var result = Read("hubspot-deals.csv", "Tailspin Toys", CrmImportPreset.HubSpot);

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));
        var plan = result.Plan;
        CollectionAssert.AreEqual(new[] { "kim-abercrombie", "raj-patel", "sofia-marin", "ola-nordmann" }, plan.People.Select(p => p.Id).ToArray());
        CollectionAssert.AreEqual(new[] { "tailspin-fleet-telematics", "tailspin-driver-app" }, plan.Opportunities.Select(o => o.Id).ToArray());
        Assert.AreEqual(2, plan.FindOpportunity("tailspin-driver-app")!.Influences.Count);
        Assert.AreEqual(24500.5m, plan.FindOpportunity("tailspin-driver-app")!.Amount);
        Assert.AreEqual(new DateTime(2027, 3, 31), plan.FindOpportunity("tailspin-fleet-telematics")!.CloseDate);
        StringAssert.Contains(plan.FindPerson("raj-patel")!.Extensions.Single().Json, "raj.patel@tailspintoys.com");
        Assert.IsTrue(plan.Opportunities.SelectMany(o => o.Influences).All(i => i.Roles == BuyingRoles.None));
        StringAssert.Contains(result.Warnings.Single().Message, "no role column");
        Assert.AreEqual(1, result.RowsOfOtherAccounts);
    }

    [TestMethod]
    public void HubSpot_ContactExportWithSeveralDealsPerCell_PutsTheContactInEachDeal()
    {
        var result = Read("hubspot-contacts.csv", "Tailspin Toys", CrmImportPreset.HubSpot);

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));
        var plan = result.Plan;
        CollectionAssert.AreEqual(new[] { "tailspin-fleet-telematics", "tailspin-driver-app" }, plan.Opportunities.Select(o => o.Id).ToArray());
        Assert.IsNotNull(plan.FindOpportunity("tailspin-driver-app")!.FindInfluence("kim-abercrombie"));
        Assert.IsNotNull(plan.FindOpportunity("tailspin-fleet-telematics")!.FindInfluence("kim-abercrombie"));
        Assert.AreEqual("Chief Financial Officer", plan.FindPerson("sofia-marin")!.Title);

        // A contact in no deal is one of the account's people, said so.
        Assert.IsNotNull(plan.FindPerson("ben-olsen"));
        Assert.IsTrue(result.Warnings.Any(w => w.Line == 7 && w.Message.Contains("Ben Olsen")), string.Join("\n", result.Warnings));
    }

    [TestMethod]
    public void HubSpot_DealExportWithoutThePreset_IsAnErrorNotOnePersonNamedAfterFour()
    {
        using var csv = new StreamReader(PathOf("hubspot-deals.csv"));

        var result = CrmImport.Read(csv, "Tailspin Toys");

        Assert.IsFalse(result.Succeeded);
        Assert.IsTrue(result.Errors.Any(e => e.Column == "Contact Id"));
    }

    [TestMethod]
    public void Read_FileMatchingNoShapeOfThePreset_SaysWhatEachShapeMisses()
    {
        var result = CrmImport.Read(new StringReader("Name,Company\nAnn Lee,Contoso\n"), "Contoso", CrmImportPreset.HubSpot);

        Assert.IsFalse(result.Succeeded);
        StringAssert.Contains(result.Errors[0].Message, "not a hubspot export");
        Assert.IsTrue(result.Errors.Any(e => e.Message.StartsWith("As a deal export: ", StringComparison.Ordinal) && e.Column == "Deal Name"));
        Assert.IsTrue(result.Errors.Any(e => e.Message.StartsWith("As a contact export: ", StringComparison.Ordinal) && e.Column == "Record ID"));
    }

    [TestMethod]
    public void Get_EveryPresetName_FindsItWithoutRegardToCaseAndRejectsOthers()
    {
        Assert.AreSame(CrmImportPreset.Salesforce, CrmImportPreset.Get("Salesforce"));
        Assert.AreSame(CrmImportPreset.Dynamics, CrmImportPreset.Get("dynamics"));
        Assert.AreSame(CrmImportPreset.HubSpot, CrmImportPreset.Get("HUBSPOT"));
        Assert.IsFalse(CrmImportPreset.TryGet("pipedrive", out _));
        var error = Assert.ThrowsExactly<ArgumentException>(() => CrmImportPreset.Get("pipedrive"));
        StringAssert.Contains(error.Message, "salesforce, dynamics, hubspot");
    }

    [TestMethod]
    public void With_ChangedRolesAndSellers_ApplyToEveryShape()
    {
        var preset = CrmImportPreset.HubSpot.With(o => o with { Sellers = new[] { new Seller { Id = "ana", Name = "Ana Ruiz" } } });

        var result = Read("hubspot-contacts.csv", "Tailspin Toys", preset);

        Assert.AreEqual("ana", result.Plan!.Sellers.Single().Id);
        Assert.AreEqual("hubspot", preset.Name);
        Assert.AreEqual(0, CrmImportPreset.HubSpot.Shapes[0].Options.Sellers.Count);
    }

    [TestMethod]
    public async Task ReadAsync_StreamOfAnExport_ReadsAsTheReaderDoes()
    {
        using var stream = File.OpenRead(PathOf("salesforce-opportunities-with-contact-roles.csv"));

        var result = await CrmImport.ReadAsync(stream, "Contoso Pharma", CrmImportPreset.Salesforce);

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));
        Assert.AreEqual(6, result.Plan.People.Count);
    }

    [TestMethod]
    public async Task ReadAsync_CancelledToken_Throws()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("Opportunity Name\n"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAsync<OperationCanceledException>(() => CrmImport.ReadAsync(stream, "Contoso", cancellationToken: cancelled.Token));
    }

    [TestMethod]
    [DataRow("40000", "", 40000.0, null)]
    [DataRow("USD 40,000.00", "en-US", 40000.0, "USD")]
    [DataRow("USD 40,000.00", "", 40000.0, "USD")]
    [DataRow("$40,000.00", "en-US", 40000.0, null)]
    [DataRow("40.000,50 EUR", "de-DE", 40000.5, "EUR")]
    [DataRow("EUR40000", "", 40000.0, "EUR")]
    public void TryParseAmount_CrmFormats_GiveTheNumberAndCurrency(string text, string culture, double expected, string? currency)
    {
        Assert.IsTrue(CrmImport.TryParseAmount(text, CultureInfo.GetCultureInfo(culture), out var amount, out var code));
        Assert.AreEqual((decimal)expected, amount);
        Assert.AreEqual(currency, code);
    }

    [TestMethod]
    [DataRow("lots")]
    [DataRow("-5")]
    [DataRow("USD")]
    [DataRow("USD 40,000.00 EUR")]
    public void TryParseAmount_NotAnAmount_IsRejected(string text)
    {
        Assert.IsFalse(CrmImport.TryParseAmount(text, CultureInfo.InvariantCulture, out _, out _));
    }
}
