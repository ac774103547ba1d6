using System;
using System.Linq;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Reliability;

/// <summary>
/// A CRM plug-in adds unknown properties in code. Whatever the builder accepts must be saved to a file that reads
/// back: before, <c>Json = "{oops"</c> built a valid plan, and <see cref="PlanFile.Save"/> wrote a file the reader refused.
/// </summary>
[TestClass]
public sealed class ExtensionJsonTests
{
    [TestMethod]
    [DataRow("{oops")]
    [DataRow("'single quotes'")]
    [DataRow("1 2")]
    [DataRow("NaN")]
    [DataRow("")]
    [DataRow("{\"a\":1,}")]
    [DataRow("\"unterminated")]
    [DataRow("/* comment */ 1")]
    public void Build_ExtensionThatIsNotOneJsonValue_IsRefusedWithItsName(string json)
    {
        var builder = new AccountPlanBuilder().WithAccount("a", "A").WithExtensions(new[] { new ExtensionProperty { Name = "x-crm", Json = json } });

        var error = Assert.ThrowsExactly<InvalidPlanException>(() => builder.Build());

        Assert.IsTrue(error.Problems.Any(p => p.Path == "$" && p.Message.Contains("x-crm", StringComparison.Ordinal)), error.Message);
    }

    [TestMethod]
    [DataRow("{\"a\":1}")]
    [DataRow(" [ 1 , \"two\" , null , true , -0.5e-3 ] ")]
    [DataRow("\"caf\\u00e9 \\\"quoted\\\"\"")]
    [DataRow("123456789012345678901234567890123")]
    public void Build_ExtensionThatIsOneJsonValue_SavesToAFileThatReadsBack(string json)
    {
        var plan = new AccountPlanBuilder().WithAccount("a", "A").WithExtensions(new[] { new ExtensionProperty { Name = "x-crm", Json = json } }).Build();

        var read = PlanFile.Parse(PlanFile.ToJson(plan));

        Assert.IsTrue(read.Succeeded, string.Join("\n", read.Problems));
        Assert.AreEqual("x-crm", read.Plan!.Extensions.Single().Name);
    }
}
