using System;
using System.Linq;
using BuyingCenter.Import;
using BuyingCenter.Synthetic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Model;

/// <summary>What the core package must not carry: a CSV parser and the synthetic generator (issue 17, item 4).</summary>
[TestClass]
public sealed class PackageSplitTests
{
    [TestMethod]
    public void CoreAssembly_References_NoCsvHelper()
    {
        var references = typeof(AccountPlan).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        CollectionAssert.DoesNotContain(references, "CsvHelper", "the CSV import belongs in BuyingCenter.Import");
        CollectionAssert.DoesNotContain(references, "BuyingCenter.Synthetic");
    }

    [TestMethod]
    public void CoreAssembly_PublicTypes_NoCsvImportAndNoGenerator()
    {
        var shipped = typeof(AccountPlan).Assembly.GetExportedTypes();

        Assert.IsFalse(shipped.Any(t => t.Namespace == "BuyingCenter.Synthetic"), "the generator is not shipped to CRM developers");
        Assert.IsFalse(shipped.Any(t => t.Name.StartsWith("CrmImport", StringComparison.Ordinal) || t.Name == "CrmColumnMapping"), "the CSV import is BuyingCenter.Import");
        Assert.AreSame(typeof(AccountPlan).Assembly, typeof(CrmRoleMapping).Assembly, "mapping CRM records in code needs no CSV");
        Assert.AreSame(typeof(AccountPlan).Assembly, typeof(PlanMerge).Assembly);
    }

    [TestMethod]
    public void ImportAndGenerator_Assemblies_AreTheirOwn()
    {
        Assert.AreEqual("BuyingCenter.Import", typeof(CrmImport).Assembly.GetName().Name);
        Assert.AreEqual("BuyingCenter.Synthetic", typeof(AccountGenerator).Assembly.GetName().Name);
    }
}
