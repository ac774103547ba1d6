using System.Diagnostics;
using System.Reflection;
using System.Runtime.Versioning;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.NetStandard;

[TestClass]
public sealed class AssetTests
{
    [TestMethod]
    public void Library_LoadedAsset_IsTheNetStandard20Build()
    {
        // Every other test in this project is only worth running if it exercises the netstandard2.0 binary.
        var framework = typeof(AccountPlan).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();

        Assert.IsNotNull(framework);
        Assert.AreEqual(".NETStandard,Version=v2.0", framework.FrameworkName);
    }

    [TestMethod]
    public void Newtonsoft_LoadedAssembly_IsTheOldestVersionThePackageSupports()
    {
        // The package declares Newtonsoft.Json 13.0.1 as its minimum: this project's reading, import and review tests
        // run on exactly that build, so a member newer than 13.0.1 fails here rather than in a CRM host.
        var version = FileVersionInfo.GetVersionInfo(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location).FileVersion;

        Assert.IsNotNull(version);
        StringAssert.StartsWith(version, "13.0.1.");
    }
}
