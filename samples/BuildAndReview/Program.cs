// Workshop scenario: "build the plan of an account live, then see what the review says about it".
// Run with: dotnet run --project samples/BuildAndReview
namespace BuildAndReview;

public static class Program
{
    public static int Main(string[] args) => BuildAndReviewSample.Run(args, System.Console.Out);
}
