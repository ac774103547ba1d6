namespace BuyingCenter.Synthetic;

/// <summary>The words synthetic plans are made of. Changing a list changes every generated plan: tests pin determinism, not content.</summary>
internal static class Vocabulary
{
    public static readonly string[] CompanyStems =
    {
        "Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Adventure", "Woodgrove", "Proseware", "Lucerne", "Wingtip",
        "Alpine", "Blue Yonder", "Coho", "Fourth Coffee", "Margie's", "Trey", "Humongous", "Wide World", "Graphic Design", "VanArsdel",
    };

    public static readonly string[] CompanySuffixes = { "Logistics", "Holdings", "Industries", "Group", "Systems", "Foods", "Energy", "Health", "Retail", "Partners" };

    public static readonly string[] Industries = { "Freight", "Manufacturing", "Retail", "Healthcare", "Energy", "Financial services", "Public sector", "Telecommunications" };

    /// <summary>Index 0 is the chief executive's office; the others are the departments under the VPs.</summary>
    public static readonly string[] Departments =
    {
        "Executive", "Finance", "Operations", "IT", "Procurement", "Logistics", "Sales", "Legal", "Engineering", "Human Resources", "Marketing",
    };

    public static readonly string[] ContributorTitles = { "Analyst", "Engineer", "Specialist", "Coordinator", "Planner", "Administrator" };

    public static readonly string[] AdvisorTitles = { "Consultant", "Industry Analyst", "Board Advisor", "Systems Integrator" };

    public static readonly string[] SellerTitles = { "Partner Manager", "Customer Success Manager", "Industry Specialist", "Chief Revenue Officer" };

    public static readonly string[] FirstNames =
    {
        "Dana", "Pat", "Ana", "Tom", "Lee", "Sam", "Alex", "Maria", "Chen", "Priya", "Omar", "Ingrid", "Kofi", "Yuki", "Lars", "Fatima",
        "Diego", "Mei", "Jonas", "Aisha", "Pierre", "Olga", "Ravi", "Sofia", "Noah", "Leila", "Mateo", "Hana", "Ivan", "Grace",
    };

    public static readonly string[] LastNames =
    {
        "Lee", "Okafor", "Ruiz", "Brandt", "Nguyen", "Schmidt", "Kowalski", "Haddad", "Tanaka", "Silva", "Novak", "Mensah", "Larsen", "Rossi",
        "Dubois", "Patel", "Kim", "Garcia", "Ivanova", "Fischer", "Costa", "Jensen", "Ahmed", "Moreau", "Wong", "Berg", "Khan", "Oliveira",
    };

    public static readonly double[] CoverageStrengths = { 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 1.0 };

    public static readonly string[] Products = { "FleetView", "RouteMax Pro", "LedgerLink", "CarePath", "GridSense", "ShelfSmart" };

    public static readonly string[] Competitors = { "RouteMax", "Acme Software", "OpenFleet", "Globex", "Initech", "in-house build" };

    public static readonly string[] Results =
    {
        "Cut freight cost 8%", "Close the books two days faster", "Halve unplanned downtime", "Raise on-time delivery to 97%",
        "Retire three legacy systems", "Reduce stock-outs by a third", "Pass the next audit without findings",
    };

    public static readonly string[] Wins =
    {
        "Seen by the board as the cost leader", "Promoted to run the merged network", "Fewer weekend escalations",
        "Credit for the modernisation programme", "A team that stops firefighting", "Known as the one who fixed the process",
    };

    public static readonly string[] InfluenceNotes =
    {
        "Worries the CFO sees no urgency.", "Was burned by the last vendor.", "Listens to the external consultant.",
        "Prefers the incumbent.", "Wants a pilot before any commitment.",
    };

    public static readonly string[] BestActions =
    {
        "Introduces us to the Economic Buyer", "Approves a pilot", "Shares the evaluation criteria", "Agrees a budget range",
        "Joins a reference call",
    };

    public static readonly string[] MinimumActions =
    {
        "Shares the evaluation timeline", "Names the colleagues affected", "Agrees to a second meeting", "Documents the criteria",
    };

    public static readonly string[] NextSteps =
    {
        "Call to confirm the introduction", "Send the business case draft", "Workshop with the operations team", "Demo for the users",
    };
}
