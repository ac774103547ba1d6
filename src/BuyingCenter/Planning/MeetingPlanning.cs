using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>Builds the plan of one meeting (docs/domain.md, sections 5 and 6).</summary>
internal static class MeetingPlanning
{
    public static MeetingPlan Plan(OpportunityReview review, Person person, PlanningOptions options)
    {
        var context = new MeetingContext(review, person, options);
        var row = ChooseRow(review, context, options);
        var goal = MeetingGoalTable.Goal(row, context);
        return new MeetingPlan(
            review.Plan.Account,
            review.Opportunity,
            context.Approach,
            Reason(context, options),
            goal,
            Questions(context, goal),
            Give(context, options),
            Preparation(context),
            MeetingGoalTable.SteppingStone(row, context));
    }

    /// <summary>
    /// The row of the goal table for this person (section 5, first match wins). The person the planner chose to develop
    /// into a Coach when no proven Coach is in place (principle 2) is a candidate Coach, whatever their role.
    /// </summary>
    public static GoalRow ChooseRow(OpportunityReview review, MeetingContext context, PlanningOptions options)
    {
        var candidateCoach = false;
        if (context.EconomicBuyer is not null && !HasCoach(review) && !context.Has(BuyingRoles.Economic))
        {
            candidateCoach = RecommendationRanking.CoachCandidate(review, options)?.Id == context.Person.Id;
        }

        return MeetingGoalTable.Choose(context, candidateCoach);
    }

    /// <summary>"A Coach is in place" (principles 1 and 2) means a proven Coach: one who passes all three coach tests.</summary>
    private static bool HasCoach(OpportunityReview review) => review.ProvenCoaches.Count > 0;

    /// <summary>Why the meeting is worth their time: their role's focus, then their result and win when known, else the gap their mode describes and what the meeting sets out to learn.</summary>
    public static string Reason(MeetingContext context, PlanningOptions options)
    {
        var template = ReasonTemplate(context, options);
        if (context.FirstResult is not null)
        {
            template += options.Texts.KnownResultReason;
        }
        else
        {
            var mode = context.Influence?.Mode ?? ResponseMode.Unknown;
            template += options.Texts.UnknownResultReasons.TryGetValue(mode, out var gap) ? gap : string.Empty;
        }

        if (context.FirstWin is not null)
        {
            template += options.Texts.KnownWinReason;
        }

        return context.Fill(template + ".");
    }

    private static string ReasonTemplate(MeetingContext context, PlanningOptions options) =>
        context.Has(BuyingRoles.Economic) ? options.Texts.EconomicReason
        : context.Has(BuyingRoles.Coach) ? options.Texts.CoachReason
        : context.Has(BuyingRoles.Technical) ? options.Texts.TechnicalReason
        : context.Has(BuyingRoles.User) ? options.Texts.UserReason
        : options.Texts.NoRoleReason;

    private static IReadOnlyList<MeetingQuestion> Questions(MeetingContext context, MeetingGoal goal)
    {
        var texts = context.Options.Questions;
        var influence = context.Influence;
        var questions = new List<MeetingQuestion>();

        // The texts the placeholders stand for are the same for every question: made once, not once per question.
        var objective = MeetingContext.Quote(context.Opportunity.SingleSalesObjective);
        var resultText = context.FirstResult is { } result ? MeetingContext.Quote(result) : "this area";
        var rolesText = RolesText(influence?.Roles ?? BuyingRoles.None);
        var degreeText = (influence?.Degree ?? InfluenceDegree.Unknown).ToString().ToLowerInvariant();
        var modeText = ModeText(influence?.Mode ?? ResponseMode.Unknown);
        var ratingText = RatingText(influence?.Rating);
        var values = new[] { objective, resultText, string.Empty, rolesText, degreeText, modeText, ratingText, goal.BestAction, goal.Ask, string.Empty, string.Empty };
        void Ask(QuestionKind kind, string template, string gap, string? date = null, string? names = null, string? nextStep = null)
        {
            values[2] = date ?? string.Empty;
            values[9] = names ?? string.Empty;
            values[10] = nextStep ?? string.Empty;
            questions.Add(new MeetingQuestion(kind, FillQuestion(template, values), gap));
        }

        if (context.Review.EconomicBuyers.Count == 0)
        {
            Ask(QuestionKind.NewInformation, texts.EconomicBuyerUnknown, "Economic Buyer unknown");
        }

        if (influence is null || influence.Roles == BuyingRoles.None)
        {
            Ask(QuestionKind.NewInformation, texts.RoleUnknown, "role in the opportunity unknown");
        }

        if (influence is not null)
        {
            if (influence.Degree == InfluenceDegree.Unknown)
            {
                Ask(QuestionKind.NewInformation, texts.DegreeUnknown, "degree of influence unknown");
            }

            if (context.FirstResult is null)
            {
                Ask(QuestionKind.NewInformation, texts.ResultUnknown, "business result unknown");
            }

            if (context.FirstWin is null)
            {
                Ask(QuestionKind.NewInformation, texts.WinUnknown, "personal win unknown");
            }
        }

        if (context.Person.NewInRole)
        {
            Ask(QuestionKind.NewInformation, texts.NewInRole, "new in role");
        }

        if (context.Plan.Account.Reorganizing)
        {
            Ask(QuestionKind.NewInformation, texts.Reorganizing, "account reorganising");
        }

        if (context.Opportunity.Competitors.Count == 0)
        {
            Ask(QuestionKind.NewInformation, texts.CompetitorsUnknown, "no competitor recorded");
        }

        if (influence is not null)
        {
            if (influence.Mode == ResponseMode.Unknown)
            {
                Ask(QuestionKind.Attitude, texts.ModeUnknown, "response mode unknown");
            }
            else if (influence.Mode is ResponseMode.EvenKeel or ResponseMode.Overconfident && (influence.Uncertain & InfluenceFacts.Mode) == 0)
            {
                Ask(QuestionKind.Attitude, texts.LowReceptivity, "low receptivity (" + influence.Mode.ToString() + ")");
            }

            if (influence.Rating is null)
            {
                Ask(QuestionKind.Attitude, texts.RatingUnknown, "rating unknown");
            }
            else if (influence.Rating < 0)
            {
                Ask(QuestionKind.BasicIssue, texts.Opposition, "opposes us (rating " + influence.Rating.Value.ToString(CultureInfo.InvariantCulture) + ")");
            }

            var uncertain = influence.Uncertain;
            if ((uncertain & InfluenceFacts.Roles) != 0)
            {
                Ask(QuestionKind.Confirmation, texts.ConfirmRoles, "roles uncertain");
            }

            if ((uncertain & InfluenceFacts.Degree) != 0)
            {
                Ask(QuestionKind.Confirmation, texts.ConfirmDegree, "degree uncertain");
            }

            if ((uncertain & InfluenceFacts.Mode) != 0)
            {
                Ask(QuestionKind.Confirmation, texts.ConfirmMode, "mode uncertain");
            }

            if ((uncertain & InfluenceFacts.Rating) != 0)
            {
                Ask(QuestionKind.Confirmation, texts.ConfirmRating, "rating uncertain");
            }

            if ((uncertain & InfluenceFacts.WinResults) != 0)
            {
                Ask(QuestionKind.Confirmation, texts.ConfirmWinResults, "win-results uncertain");
            }
        }

        var last = context.Assessment?.LastContact ?? context.Analysis.GetLastContact(context.Person.Id);
        if (last is { } date && (context.Analysis.AsOf - date).TotalDays > context.Analysis.Options.Thresholds.StaleAfterDays)
        {
            Ask(QuestionKind.Confirmation, texts.Stale, "last contact " + Day(date) + " (stale)", Day(date));
        }

        if (context.Has(BuyingRoles.Coach) && LeastKnown(context) is { Count: > 0 } leastKnown)
        {
            Ask(QuestionKind.NewInformation, texts.LeastKnownInfluences, "influences we know least: " + string.Join(", ", leastKnown), names: JoinNames(leastKnown));
        }

        // At least one question of each kind (section 5): where no gap of a kind is open, the standing questions of that kind.
        bool HasKind(QuestionKind kind) => questions.Exists(q => q.Kind == kind);
        if (!HasKind(QuestionKind.NewInformation))
        {
            Ask(QuestionKind.NewInformation, texts.DecisionCriteria, "decision criteria not heard from them");
        }

        if (!HasKind(QuestionKind.Attitude))
        {
            Ask(QuestionKind.Attitude, texts.Values, "what they value, not heard from them");
        }

        if (!HasKind(QuestionKind.BasicIssue))
        {
            Ask(QuestionKind.BasicIssue, texts.WhatCouldStop, "what could stop the sale");
        }

        if (!HasKind(QuestionKind.Confirmation))
        {
            var lastStep = LastHeld(context) is { NextStep: { } step } && !string.IsNullOrWhiteSpace(step) ? step.Trim().TrimEnd('.') : null;
            if (lastStep is not null)
            {
                Ask(QuestionKind.Confirmation, texts.ConfirmNextStep, "the last agreed next step", nextStep: lastStep);
            }
            else
            {
                Ask(QuestionKind.Confirmation, texts.ConfirmObjective, "the objective, not yet heard in their words");
            }
        }

        Ask(QuestionKind.Commitment, texts.Commitment, "the best action: " + goal.BestAction);

        // Open questions first, closed ones (confirmation, commitment) last; the order of asking holds within a kind.
        var ordered = new List<MeetingQuestion>(questions.Count);
        for (var order = 0; order <= 4; order++)
        {
            foreach (var question in questions)
            {
                if (KindOrder(question.Kind) == order)
                {
                    ordered.Add(question);
                }
            }
        }

        return ordered;
    }

    private static readonly string[] QuestionPlaceholders =
    {
        "{objective}", "{result}", "{date}", "{roles}", "{degree}", "{mode}", "{rating}", "{bestAction}", "{ask}", "{names}", "{nextStep}",
    };

    /// <summary>The last held meeting with the person (section 5's standing: planned ones do not count), or <see langword="null"/>.</summary>
    private static Meeting? LastHeld(MeetingContext context)
    {
        Meeting? last = null;
        foreach (var meeting in context.Plan.Meetings)
        {
            if (HeldMeetings.IsHeld(meeting, context.Analysis.AsOf) && meeting.PersonIds.Contains(context.Person.Id) && (last is null || meeting.Date >= last.Date))
            {
                last = meeting;
            }
        }

        return last;
    }

    /// <summary>
    /// The influences a Coach should tell us about: the other influences we know least (most facts unknown or uncertain,
    /// then weakest coverage), at most <see cref="PlanningThresholds.LeastKnownInfluences"/>, by name.
    /// </summary>
    private static List<string> LeastKnown(MeetingContext context) => context.Review.Influences
        .Where(a => a.Person.Id != context.Person.Id)
        .Select(a => new { a.Person.Name, Unknown = Unknowns(a.Influence), a.Coverage.Strength, a.Person.Id })
        .Where(x => x.Unknown > 0 || x.Strength < context.Analysis.Options.Thresholds.CoverageThreshold)
        .OrderByDescending(x => x.Unknown)
        .ThenBy(x => x.Strength)
        .ThenBy(x => x.Id, StringComparer.Ordinal)
        .Take(context.Options.Thresholds.LeastKnownInfluences)
        .Select(x => x.Name)
        .ToList();

    private static int Unknowns(BuyingInfluence influence) =>
        (influence.Mode == ResponseMode.Unknown ? 1 : 0) + (influence.Rating is null ? 1 : 0) + (influence.Degree == InfluenceDegree.Unknown ? 1 : 0)
        + (influence.WinResults.Count == 0 ? 1 : 0) + (influence.Uncertain != InfluenceFacts.None ? 1 : 0);

    private static string JoinNames(List<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];

    /// <summary>
    /// Fills a question template in one pass at its final length. The texts were once filled by a chain of Replace
    /// calls, one placeholder after another; a value holding a brace, or a brace that starts no placeholder, could make
    /// the chain's text differ from one pass, so those rare templates still go through the chain.
    /// </summary>
    private static string FillQuestion(string template, string[] values)
    {
        var open = template.IndexOf('{');
        if (open < 0)
        {
            return template;
        }

        var length = template.Length;
        for (; open >= 0; open = template.IndexOf('{', open + 1))
        {
            var at = PlaceholderAt(template, open);
            if (at < 0 || values[at].IndexOf('{') >= 0)
            {
                return FillQuestionByReplacing(template, values);
            }

            length += values[at].Length - QuestionPlaceholders[at].Length;
        }

        var text = new System.Text.StringBuilder(length);
        var start = 0;
        for (open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', start))
        {
            var at = PlaceholderAt(template, open);
            text.Append(template, start, open - start).Append(values[at]);
            start = open + QuestionPlaceholders[at].Length;
        }

        return text.Append(template, start, template.Length - start).ToString();
    }

    private static int PlaceholderAt(string template, int open)
    {
        for (var i = 0; i < QuestionPlaceholders.Length; i++)
        {
            if (MeetingContext.StartsAt(template, open, QuestionPlaceholders[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string FillQuestionByReplacing(string template, string[] values)
    {
        var text = template;
        for (var i = 0; i < QuestionPlaceholders.Length; i++)
        {
            text = text.Replace(QuestionPlaceholders[i], values[i]);
        }

        return text;
    }

    private static int KindOrder(QuestionKind kind) => kind switch
    {
        QuestionKind.NewInformation => 0,
        QuestionKind.Attitude => 1,
        QuestionKind.BasicIssue => 2,
        QuestionKind.Confirmation => 3,
        _ => 4,
    };

    private static string RolesText(BuyingRoles roles) =>
        roles == BuyingRoles.None ? "still open" : roles.ToString().Replace(", ", " and ");

    private static string ModeText(ResponseMode mode) => mode switch
    {
        ResponseMode.Growth => "you want more or better than you have today",
        ResponseMode.Trouble => "something is going wrong that must be fixed",
        ResponseMode.EvenKeel => "things are fine as they are",
        ResponseMode.Overconfident => "results are better than expected",
        _ => "your view of the situation is still open",
    };

    private static string RatingText(int? rating) => rating switch
    {
        null => "had no view yet on",
        > 0 => "favoured",
        < 0 => "had doubts about",
        _ => "were neutral about",
    };

    private static IReadOnlyList<string> Give(MeetingContext context, PlanningOptions options)
    {
        var give = new List<string>();
        if (options.ReferenceCases.Count > 0)
        {
            var concern = string.Join(
                " ",
                (context.Influence?.WinResults ?? Array.Empty<WinResult>()).SelectMany(w => new[] { w.Result, w.Win })
                    .Concat(new[] { context.Influence?.Notes })
                    .Where(s => !string.IsNullOrWhiteSpace(s)));
            foreach (var reference in options.ReferenceCases)
            {
                if (reference.Keywords.Any(k => !string.IsNullOrWhiteSpace(k) && concern.IndexOf(k, StringComparison.OrdinalIgnoreCase) >= 0))
                {
                    give.Add(reference.Summary);
                }
            }
        }

        var roleGive = context.Has(BuyingRoles.Economic) ? options.Texts.EconomicGive
            : context.Has(BuyingRoles.Coach) ? options.Texts.CoachGive
            : context.Has(BuyingRoles.Technical) ? options.Texts.TechnicalGive
            : context.Has(BuyingRoles.User) ? options.Texts.UserGive
            : null;
        if (roleGive is not null)
        {
            give.Add(context.Fill(roleGive));
        }

        foreach (var strength in options.Strengths)
        {
            give.Add(context.Fill(strength));
        }

        foreach (var competitor in context.Opportunity.Competitors)
        {
            give.Add(context.Fill(options.Texts.CompetitorGive, competitor));
        }

        return give;
    }

    private static IReadOnlyList<string> Preparation(MeetingContext context)
    {
        var prep = new List<string>();
        var person = context.Person;
        var asOf = context.Analysis.AsOf;
        var withPerson = new List<Meeting>();
        foreach (var meeting in context.Plan.Meetings)
        {
            if (meeting.PersonIds.Contains(person.Id))
            {
                // Insertion keeps the sort stable, as the ordered query it replaces: a person has few meetings.
                var at = withPerson.Count;
                while (at > 0 && CompareByDateThenId(withPerson[at - 1], meeting) > 0)
                {
                    at--;
                }

                withPerson.Insert(at, meeting);
            }
        }

        var held = withPerson.Where(m => AccountAnalysis.IsOnRecord(m, asOf)).ToList();
        if (held.Count == 0)
        {
            prep.Add("No meeting with " + person.Name + " is on record: prepare from what colleagues and the plan say, and introduce our purpose early.");
        }
        else
        {
            var last = held[held.Count - 1];
            prep.Add("Last meeting with " + person.Name + " on " + Day(last.Date) + " (" + string.Join(", ", last.SellerIds.Select(context.NameOf)) + "): "
                + OutcomeText(last) + ".");
            if (!string.IsNullOrWhiteSpace(last.NextStep))
            {
                prep.Add("Open next step agreed then: " + last.NextStep + ".");
            }

            foreach (var meeting in held.Where(m => !string.IsNullOrWhiteSpace(m.Notes)))
            {
                prep.Add("Notes of " + Day(meeting.Date) + ": " + meeting.Notes);
            }
        }

        foreach (var planned in withPerson.Where(m => !AccountAnalysis.IsOnRecord(m, asOf)))
        {
            prep.Add("Already planned with " + person.Name + " on " + Day(planned.Date) + (planned.BestAction is null ? "." : ": aiming for \"" + planned.BestAction + "\"."));
        }

        if (!string.IsNullOrWhiteSpace(context.Influence?.Notes))
        {
            prep.Add("What we know of their view: " + context.Influence!.Notes);
        }

        if (context.Influence is { WinResults.Count: > 0 } influence)
        {
            foreach (var winResult in influence.WinResults)
            {
                prep.Add("Their win-result: " + (winResult.Result ?? "result unknown") + " / " + (winResult.Win ?? "win unknown") + ".");
            }
        }

        foreach (var other in OpposedInfluences(context))
        {
            prep.Add(person.Name + " and " + other.Name + " oppose each other: do not quote one to the other, and learn where they differ.");
        }

        if (person.NewInRole)
        {
            prep.Add(person.Name + " is new in the role: learn their priorities; do not assume their predecessor's views or commitments hold.");
        }

        if (context.Plan.Account.Reorganizing)
        {
            prep.Add(context.Plan.Account.Name + " is reorganising: check that " + person.Name + "'s role and budget still stand.");
        }

        var lastContact = context.Assessment?.LastContact ?? context.Analysis.GetLastContact(person.Id);
        if (lastContact is { } date && (asOf - date).TotalDays > context.Analysis.Options.Thresholds.StaleAfterDays)
        {
            prep.Add("Our last contact was on " + Day(date) + ", " + ((int)(asOf - date).TotalDays).ToString(CultureInfo.InvariantCulture)
                + " days ago: what the plan says about " + person.Name + " may be out of date.");
        }

        if (context.Influence is { Uncertain: not InfluenceFacts.None } uncertainInfluence)
        {
            prep.Add("Facts marked uncertain, to confirm early: " + uncertainInfluence.Uncertain.ToString() + ".");
        }

        if (!string.IsNullOrWhiteSpace(context.Plan.Account.Notes))
        {
            prep.Add("Their business: " + context.Plan.Account.Notes);
        }

        if (context.Opportunity.Competitors.Count > 0)
        {
            prep.Add("Competitors in the deal: " + string.Join(", ", context.Opportunity.Competitors) + ".");
        }

        return prep;
    }

    private static int CompareByDateThenId(Meeting a, Meeting b)
    {
        var order = a.Date.CompareTo(b.Date);
        return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
    }

    // The analysis lists the Opposes relationships once, so a meeting plan need not scan every relationship of the plan.
    private static IEnumerable<Person> OpposedInfluences(MeetingContext context) =>
        context.Analysis.OpposesRelationships
            .Where(r => r.Involves(context.Person.Id))
            .Select(r => context.Plan.FindPerson(r.From == context.Person.Id ? r.To : r.From))
            .Where(p => p is not null)
            .Select(p => p!)
            .OrderBy(p => p.Id, StringComparer.Ordinal);

    private static string OutcomeText(Meeting meeting) => meeting.Outcome switch
    {
        MeetingOutcome.BestAction => "won the best action" + Quoted(meeting.BestAction),
        MeetingOutcome.MinimumAction => "won only the minimum action" + Quoted(meeting.MinimumAction) + (meeting.BestAction is null ? string.Empty : ", not" + Quoted(meeting.BestAction)),
        MeetingOutcome.NoCommitment => "ended with no commitment" + (meeting.BestAction is null ? string.Empty : " (aimed for" + Quoted(meeting.BestAction) + ")"),
        _ => "outcome not recorded",
    };

    private static string Quoted(string? text) => text is null ? string.Empty : " " + MeetingContext.Quote(text);

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
