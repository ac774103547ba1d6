using System;
using System.IO;
using System.Linq;
using BuyingCenter;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;

namespace PlanNextMeeting;

/// <summary>
/// From a review to action: the ranked list of whom to meet next (with the reasons, the owner and the introduction
/// path), then the full plan of the top meeting: its goal, the questions to ask, and the next meeting it sets up.
/// </summary>
public static class PlanNextMeetingSample
{
    public static int Run(string[] args, TextWriter output)
    {
        // 1. A plan with the classic gap: we know the Coach well, but nobody on our team knows the CFO.
        var asOf = new DateTime(2026, 11, 22);
        var plan = new AccountPlanBuilder()
            .WithAccount("northwind", "Northwind Logistics")
            .AddSeller("ana", "Ana Ruiz", "Account Executive", level: 3)
            .AddSeller("tom", "Tom Brandt", "VP Sales", level: 5)
            .AddPerson("dana", "Dana Lee", "Chief Financial Officer", level: 5)
            .AddPerson("pat", "Pat Okafor", "Director of Network Planning", level: 4)
            .AddPerson("jo", "Jo Kim", "IT Security Lead", level: 3)
            .AddPerson("eli", "Eli Stone", "Dispatcher", level: 1)
            .AddRelationship("pat", RelationshipKind.ReportsTo, "dana")
            .AddRelationship("pat", RelationshipKind.Influences, "dana", strength: 0.7)
            .AddRelationship("eli", RelationshipKind.ReportsTo, "pat")
            .AddRelationship("ana", RelationshipKind.Knows, "pat", strength: 0.8, lastInteraction: asOf.AddDays(-20))
            .AddRelationship("ana", RelationshipKind.Knows, "eli", strength: 0.6, lastInteraction: asOf.AddDays(-5))
            .AddRelationship("tom", RelationshipKind.Knows, "jo", strength: 0.3, lastInteraction: asOf.AddDays(-150))
            .AddOpportunity(new Opportunity
            {
                Id = "fleetview-2027",
                SingleSalesObjective = "Northwind buys 400 FleetView seats by 2027-03-31",
                Quantity = 400,
                CloseDate = new DateTime(2027, 3, 31),
                Amount = 480_000m,
                Influences = new[]
                {
                    new BuyingInfluence { PersonId = "dana", Roles = BuyingRoles.Economic, Degree = InfluenceDegree.High, Mode = ResponseMode.EvenKeel, Rating = 1 },
                    new BuyingInfluence { PersonId = "pat", Roles = BuyingRoles.Coach | BuyingRoles.User, Degree = InfluenceDegree.Medium, Mode = ResponseMode.Growth, Rating = 4 },
                    new BuyingInfluence { PersonId = "jo", Roles = BuyingRoles.Technical, Degree = InfluenceDegree.Medium },
                    new BuyingInfluence { PersonId = "eli", Roles = BuyingRoles.User, Degree = InfluenceDegree.Low, Mode = ResponseMode.Growth, Rating = 3 },
                },
            })
            .Build();

        // 2. Review, then rank. The ranking follows the methodology's principles in order: an unknown Economic
        //    Buyer first, then a missing Coach, then importance x urgency x feasibility. Ties go by person id,
        //    so two runs always agree.
        var review = AccountReview.Create(plan, asOf).Opportunities.Single();
        var recommendations = Planner.Recommend(review);

        output.WriteLine("2. Whom to meet next in '{0}':", review.Opportunity.Id);
        foreach (var next in recommendations)
        {
            // The path starts with the seller who owns the contact and ends with the person: a path of two
            // is a direct relationship; a longer one names who makes the introduction.
            var path = next.Approach.Route is null ? "no known path: build one" : string.Join(" -> ", next.Approach.Route.Parties.Select(p => p.Id));
            output.WriteLine("   {0}. {1,-5} score {2:0.00}  owner {3,-4} via {4}", next.Rank, next.Approach.Person.Id, next.Score, next.Approach.Owner?.Id ?? "-", path);
            output.WriteLine("      why: {0}", string.Join(", ", next.Reasons));
            output.WriteLine("      best action: {0}", next.Goal.BestAction);
        }

        // 3. "Why this person?" Every score breaks down into the methodology's factors.
        var top = recommendations[0];
        output.WriteLine();
        output.WriteLine("3. Why {0} first: {1}", top.Approach.Person.Id, top.Breakdown.Explanation);

        // 4. The meeting plan for the top person (Conceptual Selling): a valid business reason for THEIR time,
        //    the best and minimum commitments, open questions before any presentation, and the stepping stone.
        var meeting = Planner.PlanMeeting(review, top.Approach.Person.Id);
        output.WriteLine();
        output.WriteLine("4. Meeting plan for {0} (owner {1})", meeting.Approach.Person.Name, meeting.Approach.Owner?.Id ?? "-");
        output.WriteLine("   Valid business reason: {0}", meeting.ValidBusinessReason);
        output.WriteLine("   Best action commitment: {0}", meeting.Goal.BestAction);
        output.WriteLine("   Minimum acceptable action: {0}", meeting.Goal.MinimumAction);
        foreach (var question in meeting.Questions)
        {
            output.WriteLine("   ? [{0}] {1}", question.Kind, question.Text);
        }

        foreach (var item in meeting.Preparation)
        {
            output.WriteLine("   prepare: {0}", item);
        }

        output.WriteLine("   Stepping stone: {0}", meeting.SteppingStone);

        // 5. A campaign: the next meetings toward the Economic Buyer's approval, each planned on the assumption
        //    that the previous one won its best action. It is a plan to test, not a forecast.
        var campaign = Planner.PlanCampaign(plan, "fleetview-2027", asOf, meetings: 3);
        output.WriteLine();
        output.WriteLine("5. Campaign:");
        foreach (var step in campaign.Steps)
        {
            output.WriteLine("   {0}. {1:yyyy-MM-dd} meet {2}: {3}", step.Step, step.Date, step.Approach.Person.Id, step.Goal.BestAction);
        }

        return 0;
    }
}
