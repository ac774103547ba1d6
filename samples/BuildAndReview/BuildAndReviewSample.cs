using System;
using System.IO;
using System.Linq;
using BuyingCenter;
using BuyingCenter.Analysis;

namespace BuildAndReview;

/// <summary>
/// Builds an account plan in code with <see cref="AccountPlanBuilder"/>, then reviews it: the coverage score and
/// what took points off it, the red flags, the strengths and the funnel position the plan supports.
/// </summary>
public static class BuildAndReviewSample
{
    public static int Run(string[] args, TextWriter output)
    {
        // 1. The account and our own team. Levels run from 1 (individual contributor) to 6 (chief executive):
        //    the review compares the level of our sellers with the level of the Economic Buyer.
        var builder = new AccountPlanBuilder()
            .WithAccount("adatum", "Adatum Manufacturing")
            .AddSeller("ana", "Ana Ruiz", "Account Executive", level: 3)
            .AddSeller("sam", "Sam Patel", "Solution Engineer", level: 2);

        // 2. The customer's people. Roles are NOT set here: the same person can be the Economic Buyer of a
        //    large deal and play no part in a small one, so roles belong to an opportunity (step 4).
        builder
            .AddPerson("olga", "Olga Brandt", "Chief Operating Officer", level: 6)
            .AddPerson("kenji", "Kenji Sato", "Plant Director", level: 5)
            .AddPerson("mira", "Mira Novak", "Head of Maintenance", level: 4)
            .AddPerson("lee", "Lee Wong", "IT Architect", level: 3)
            .AddPerson("rosa", "Rosa Diaz", "Maintenance Planner", level: 2);

        // 3. Relationships: the org chart (ReportsTo), informal influence, and who on our team knows whom.
        //    A seller-to-person Knows edge is our coverage; its strength runs from 0 (none) to 1 (trusted) and
        //    fades with time since the last interaction (half-life 180 days by default).
        var asOf = new DateTime(2026, 11, 22);
        builder
            .AddRelationship("kenji", RelationshipKind.ReportsTo, "olga")
            .AddRelationship("mira", RelationshipKind.ReportsTo, "kenji")
            .AddRelationship("rosa", RelationshipKind.ReportsTo, "mira")
            .AddRelationship("lee", RelationshipKind.ReportsTo, "kenji")
            .AddRelationship("mira", RelationshipKind.Influences, "olga", strength: 0.6)
            .AddRelationship("ana", RelationshipKind.Knows, "mira", strength: 0.8, lastInteraction: asOf.AddDays(-10))
            .AddRelationship("sam", RelationshipKind.Knows, "lee", strength: 0.5, lastInteraction: asOf.AddDays(-200))
            .AddRelationship("ana", RelationshipKind.Knows, "rosa", strength: 0.75, lastInteraction: asOf.AddDays(-20));

        // 4. The opportunity, stated as a Single Sales Objective: what, how much, by when.
        //    Each buying influence says what we know of one person in THIS sale; unknowns stay Unknown, and
        //    the review turns them into missing-information flags rather than guessing.
        builder.AddOpportunity(new Opportunity
        {
            Id = "predictive-maintenance",
            SingleSalesObjective = "Adatum buys predictive maintenance for 3 plants by 2027-06-30",
            Quantity = 3,
            CloseDate = new DateTime(2027, 6, 30),
            Amount = 360_000m,
            Currency = "EUR",
            Stage = SalesStage.BestFew, // the seller's claim; the review derives its own and compares
            Influences = new[]
            {
                new BuyingInfluence
                {
                    PersonId = "olga", Roles = BuyingRoles.Economic, Degree = InfluenceDegree.High,
                    Mode = ResponseMode.EvenKeel, Rating = 0,
                },
                new BuyingInfluence
                {
                    PersonId = "mira", Roles = BuyingRoles.User | BuyingRoles.Coach, Degree = InfluenceDegree.Medium,
                    Mode = ResponseMode.Trouble, Rating = 4,
                    WinResults = new[] { new WinResult { Result = "Unplanned downtime down 30%", Win = "Stops the 3 a.m. calls" } },
                },
                new BuyingInfluence { PersonId = "lee", Roles = BuyingRoles.Technical, Degree = InfluenceDegree.Medium, Rating = -2 },
            },
        });

        // A meeting on record: the review uses it for last contact and for the funnel position.
        builder.AddMeeting(new Meeting
        {
            Date = asOf.AddDays(-10), OpportunityId = "predictive-maintenance",
            SellerIds = new[] { "ana" }, PersonIds = new[] { "mira" },
            BestAction = "Mira introduces Ana to Olga", MinimumAction = "Mira shares the downtime figures",
            Outcome = MeetingOutcome.MinimumAction,
        });

        // 5. Build: the plan is validated (ids, references, no reporting cycle, ranges) and frozen.
        //    Build() throws InvalidPlanException listing EVERY problem; TryBuild returns them instead.
        var plan = builder.Build();
        output.WriteLine("1-5. Built the plan of {0}: {1} people, {2} sellers, {3} relationships.", plan.Account.Name, plan.People.Count, plan.Sellers.Count, plan.Relationships.Count);

        // 6. Review it as of a fixed date. The library never reads the clock: the same plan and date always
        //    give the same review, which is what makes a review reproducible in a workshop.
        var review = AccountReview.Create(plan, asOf);
        var opportunity = review.Opportunities.Single();

        output.WriteLine();
        output.WriteLine("6. Review of '{0}' as of {1:yyyy-MM-dd}", opportunity.Opportunity.SingleSalesObjective, asOf);
        output.WriteLine("   Coverage score {0}/100 ({1})", opportunity.CoverageScore, opportunity.Status);

        // 7. Every point taken off the score is explained by a red flag: ask "why?" and get an answer.
        foreach (var deduction in opportunity.ScoreDeductions)
        {
            output.WriteLine("   -{0,2} {1}", deduction.Points, deduction.Flag.Code);
        }

        // 8. Red flags (most severe first) and strengths.
        output.WriteLine();
        output.WriteLine("8. Red flags:");
        foreach (var flag in opportunity.RedFlags)
        {
            output.WriteLine("   {0,-6} {1,-22} {2}", flag.Severity, flag.Code, flag.Message);
        }

        output.WriteLine("   Strengths:");
        foreach (var strength in opportunity.Strengths)
        {
            output.WriteLine("   +      {0,-22} {1}", strength.Code, strength.Message);
        }

        // 9. Where the deal really stands. Sellers tend to overstate it; the plan is the evidence.
        output.WriteLine();
        output.WriteLine("9. Funnel position derived from the plan: {0}{1}", opportunity.FunnelPosition, opportunity.StageOverstated ? " (the seller claims " + opportunity.ClaimedStage + ": overstated)" : string.Empty);
        output.WriteLine("   " + opportunity.FunnelExplanation);
        return 0;
    }
}
