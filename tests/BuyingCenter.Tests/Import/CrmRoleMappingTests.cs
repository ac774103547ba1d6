using System.Linq;
using BuyingCenter.Import;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Import;

[TestClass]
public sealed class CrmRoleMappingTests
{
    [TestMethod]
    [DataRow("Economic Buyer", BuyingRoles.Economic)]
    [DataRow("decision maker", BuyingRoles.Economic)]
    [DataRow("  Budget   Holder ", BuyingRoles.Economic)]
    [DataRow("Legal", BuyingRoles.Technical)]
    [DataRow("Business Evaluator", BuyingRoles.User)]
    [DataRow("EXECUTIVE SPONSOR", BuyingRoles.Coach)]
    [DataRow("Stakeholder", BuyingRoles.None)]
    [DataRow("", BuyingRoles.None)]
    public void TryMap_DefaultTable_KnowsTheMethodologyNames(string crmName, BuyingRoles expected)
    {
        Assert.IsTrue(CrmRoleMapping.Default.TryMap(crmName, out var roles));
        Assert.AreEqual(expected, roles);
    }

    [TestMethod]
    public void TryMap_UnknownName_ReturnsFalse()
    {
        Assert.IsFalse(CrmRoleMapping.Default.TryMap("Gatekeeper", out var roles));
        Assert.AreEqual(BuyingRoles.None, roles);
    }

    [TestMethod]
    public void With_ChangesACopyOnly()
    {
        var custom = CrmRoleMapping.Default.With("influencer", BuyingRoles.Coach).Without("Legal");

        Assert.IsTrue(custom.TryMap("Influencer", out var roles));
        Assert.AreEqual(BuyingRoles.Coach, roles);
        Assert.IsFalse(custom.TryMap("Legal", out _));
        Assert.IsTrue(CrmRoleMapping.Default.TryMap("Influencer", out var unchanged));
        Assert.AreEqual(BuyingRoles.None, unchanged, "the default is immutable");
        Assert.AreEqual(CrmRoleMapping.Default.Entries.Count - 1, custom.Entries.Count);
        Assert.AreEqual(1, custom.Entries.Count(e => e.Key == "influencer"), "the caller's spelling replaces the default entry");
    }
}
