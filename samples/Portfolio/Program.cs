// Workshop scenario: "review every account of the territory before the Monday meeting".
// Run with: dotnet run -c Release --project samples/Portfolio -- [accounts] [people-per-account]
namespace Portfolio;

public static class Program
{
    public static int Main(string[] args) => PortfolioSample.Run(args, System.Console.Out);
}
