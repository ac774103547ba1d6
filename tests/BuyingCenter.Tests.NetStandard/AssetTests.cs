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
}
