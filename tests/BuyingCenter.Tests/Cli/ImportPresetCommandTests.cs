using System;
using System.IO;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Cli;

/// <summary><c>import --preset</c>: a CRM's export as that CRM writes it.</summary>
[TestClass]
public sealed class ImportPresetCommandTests
{
    private static string Export(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "crm", file);

    [TestMethod]
    [DataRow("salesforce", "salesforce-opportunities-with-contact-roles.csv", "Contoso Pharma", 6)]
    [DataRow("dynamics", "dynamics-opportunity-connections.csv", "Fabrikam Health", 6)]
    [DataRow("HubSpot", "hubspot-deals.csv", "Tailspin Toys", 4)]
    [DataRow("hubspot", "hubspot-contacts.csv", "Tailspin Toys", 5)]
    public void Import_Preset_WritesAValidPlanWithEveryContact(string preset, string file, string account, int people)
    {
        using var scratch = new ScratchFolder();
        var target = scratch.File("plan.json");

        var run = CliRun.Run("import", Export(file), "--account", account, "--preset", preset, "--output", target);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{people} people");
        var read = PlanFile.Read(target);
        Assert.IsTrue(read.Succeeded, string.Join("\n", read.Problems));
        Assert.AreEqual(people, read.Plan.People.Count);
    }

    [TestMethod]
    public void Import_SalesforceReportWithoutPreset_Exits65NamingTheMissingRoleColumn()
    {
        using var scratch = new ScratchFolder();
        var target = scratch.File("plan.json");

        var run = CliRun.Run("import", Export("salesforce-opportunities-with-contact-roles.csv"), "--account", "Contoso Pharma", "--output", target);

        Assert.AreEqual(65, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "'Contact Role'");
        Assert.IsFalse(File.Exists(target));
    }

    [TestMethod]
    public void Import_UnknownPreset_Exits64ListingThePresets()
    {
        var run = CliRun.Run("import", Export("hubspot-deals.csv"), "--account", "Tailspin Toys", "--preset", "pipedrive");

        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "salesforce");
    }

    [TestMethod]
    public void Import_PresetAndMapping_Exits64()
    {
        var run = CliRun.Run("import", Export("hubspot-deals.csv"), "--account", "Tailspin Toys", "--preset", "hubspot", "--mapping", Export("hubspot-deals.csv"));

        Assert.AreEqual(64, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "either --mapping or --preset");
    }
}
