using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Samples;

/// <summary>Runs each workshop sample in-process, as a facilitator would run it, and checks it tells something real.</summary>
[TestClass]
public sealed class SampleTests
{
    private static (int Exit, string Output) Run(Func<string[], TextWriter, int> sample, params string[] args)
    {
        using var output = new StringWriter();
        var exit = sample(args, output);
        return (exit, output.ToString());
    }

    [TestMethod]
    public void CrmMapping_Runs_MapsRolesAndReportsTheUnknownOne()
    {
        var (exit, output) = Run(CrmMapping.CrmMappingSample.Run);

        Assert.AreEqual(0, exit, output);
        StringAssert.Contains(output, "Amara Nwosu");
        StringAssert.Contains(output, "Economic");
        StringAssert.Contains(output, "Unknown CRM roles to add to the mapping: Gatekeeper");
        StringAssert.Contains(output, "line 4, Contact Role");
        StringAssert.Contains(output, "1 of another account skipped");
    }
}
