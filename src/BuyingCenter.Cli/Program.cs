namespace BuyingCenter.Cli;

/// <summary>The entry point of the <c>buyingcenter</c> tool; the commands are wired in <see cref="App"/>.</summary>
public static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code of cli.md.</returns>
    public static int Main(string[] args) => App.Run(args, System.Console.Out, System.Console.Error);
}
