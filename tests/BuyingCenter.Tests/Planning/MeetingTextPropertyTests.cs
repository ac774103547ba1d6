using System;
using System.Collections.Generic;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Synthetic;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Planning;

/// <summary>Properties of every meeting plan on generated accounts: the five kinds of questions, and no placeholder or filler reaching a user.</summary>
[TestClass]
public sealed class MeetingTextPropertyTests
{
    /// <summary>Phrases that paper over an unknown instead of saying what the meeting sets out to learn.</summary>
    private static readonly string[] Filler =
    {
        "the results they are measured on", "a result like", "Can we agree on this as the next step", "what success would mean for them personally",
        "still open", "unknown", "Unknown", "stands between today and",
    };

    private static IEnumerable<(AccountPlan Plan, DateTime AsOf)> Plans()
    {
        for (var seed = 1; seed <= 12; seed++)
        {
            var plan = AccountGenerator.Generate(new AccountGeneratorOptions { People = 24, Sellers = 4, BuyingGroupSize = 9, Seed = seed });
            yield return (plan, DateTime.Parse("2026-11-22", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static IEnumerable<(string Where, MeetingPlan Meeting)> Meetings()
    {
        foreach (var (plan, asOf) in Plans())
        {
            foreach (var review in AccountReview.Create(plan, asOf).Opportunities)
            {
                foreach (var person in plan.People.Take(14))
                {
                    yield return ($"{plan.Account.Name}/{review.Opportunity.Id}/{person.Id}", Planner.PlanMeeting(review, person.Id));
                }
            }
        }
    }

    [TestMethod]
    public void PlanMeeting_GeneratedPlans_OneQuestionOfEachKindAtLeastEachNamingAGap()
    {
        var kinds = (QuestionKind[])Enum.GetValues(typeof(QuestionKind));
        var count = 0;
        foreach (var (where, meeting) in Meetings())
        {
            count++;
            foreach (var kind in kinds)
            {
                Assert.IsTrue(meeting.Questions.Any(q => q.Kind == kind), $"{where}: no {kind} question");
            }

            Assert.IsTrue(meeting.Questions.All(q => !string.IsNullOrWhiteSpace(q.Gap)), where);
            Assert.AreEqual(meeting.Goal.Ask, meeting.Questions.Single(q => q.Kind == QuestionKind.Commitment).Text, where);
        }

        Assert.IsTrue(count > 100, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestMethod]
    public void PlanMeeting_GeneratedPlans_NoUnfilledPlaceholderOrFiller()
    {
        foreach (var (where, meeting) in Meetings())
        {
            var texts = new[] { meeting.ValidBusinessReason, meeting.Goal.BestAction, meeting.Goal.MinimumAction, meeting.Goal.Ask, meeting.SteppingStone }
                .Concat(meeting.Questions.Select(q => q.Text)).Concat(meeting.Give);
            foreach (var text in texts)
            {
                Assert.IsFalse(string.IsNullOrWhiteSpace(text), where);
                Assert.IsFalse(text.Contains('{') || text.Contains('}'), $"{where}: unfilled placeholder in \"{text}\"");
                foreach (var filler in Filler)
                {
                    Assert.IsFalse(text.Contains(filler, StringComparison.Ordinal), $"{where}: filler \"{filler}\" in \"{text}\"");
                }
            }
        }
    }

    [TestMethod]
    public void PlanCampaign_GeneratedPlans_NoStepRepeatsAndNoUnfilledPlaceholder()
    {
        foreach (var (plan, asOf) in Plans())
        {
            foreach (var opportunity in plan.Opportunities)
            {
                var campaign = Planner.PlanCampaign(plan, opportunity.Id, asOf, meetings: 6);
                var steps = campaign.Steps.Select(s => s.Approach.Person.Id + "|" + s.Goal.BestAction).ToList();
                Assert.AreEqual(steps.Count, steps.Distinct().Count(), string.Join(" / ", steps));
                foreach (var step in campaign.Steps)
                {
                    foreach (var text in new[] { step.Goal.BestAction, step.Goal.MinimumAction, step.Goal.Ask, step.SteppingStone })
                    {
                        Assert.IsFalse(text.Contains('{'), text);
                    }
                }
            }
        }
    }
}
