using System.IO;

namespace BuyingCenter.Cli;

/// <summary>The command table. Replaced by the full System.CommandLine shell.</summary>
internal static class App
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("buyingcenter: no commands are wired yet.");
        return 70;
    }
}
