using System;
using System.IO;

namespace BuyingCenter.Tests.Serialization;

internal static class TestFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static string ReadText(string name) => File.ReadAllText(PathOf(name));
}
