// Workshop scenario: "whom do we meet next, who introduces us, and what must that meeting achieve?"
// Run with: dotnet run --project samples/PlanNextMeeting [plan.json]
namespace PlanNextMeeting;

public static class Program
{
    public static int Main(string[] args) => PlanNextMeetingSample.Run(args, System.Console.Out);
}
