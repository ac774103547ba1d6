// Workshop scenario: "our CRM already knows the contacts; turn them into an account plan".
// Run with: dotnet run --project samples/CrmMapping
namespace CrmMapping;

public static class Program
{
    public static int Main(string[] args) => CrmMappingSample.Run(args, System.Console.Out);
}
