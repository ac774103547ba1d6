using System;
using System.Collections.Generic;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// The English texts of a meeting plan: valid business reasons, what to give, stepping stones and the words used for
/// facts not yet known. Placeholders: <c>{person}</c>, <c>{owner}</c>, <c>{economicBuyerOwner}</c> (the seller a Coach
/// should introduce to the Economic Buyer), <c>{economicBuyer}</c>, <c>{objective}</c>, <c>{result}</c>, <c>{win}</c>,
/// <c>{nextOnRoute}</c>, and <c>{competitor}</c> or <c>{nextRung}</c> where stated.
/// </summary>
/// <remarks>
/// A plain options class: settable, so that it binds from configuration; validated with the <see cref="PlanningOptions"/>
/// that hold it, before the planner first uses it.
/// Not thread-safe while being changed; once set up, many threads may share it.
/// </remarks>
public sealed class PlanningTexts
{
    /// <summary>Text for <c>{nextOnRoute}</c> when no admissible route names the next person toward the Economic Buyer.</summary>
    /// <value>"someone who has {economicBuyer}'s ear".</value>
    public string UnknownNextOnRouteText { get; set; } = "someone who has {economicBuyer}'s ear";

    /// <summary>Text for <c>{result}</c> when the person's business result is not known.</summary>
    /// <value>"the results they are measured on".</value>
    public string UnknownResultText { get; set; } = "the results they are measured on";

    /// <summary>Text for <c>{win}</c> when the person's personal win is not known.</summary>
    /// <value>"what success would mean for them personally".</value>
    public string UnknownWinText { get; set; } = "what success would mean for them personally";

    /// <summary>Text for <c>{economicBuyer}</c> when no one holds the Economic role.</summary>
    /// <value>"the Economic Buyer".</value>
    public string UnknownEconomicBuyerText { get; set; } = "the Economic Buyer";

    /// <summary>Valid business reason for the Economic Buyer: their role's focus (the bottom line, impact on the organisation).</summary>
    /// <value>"What {objective} does for the bottom line".</value>
    public string EconomicReason { get; set; } = "What {objective} does for the bottom line";

    /// <summary>Valid business reason for a Technical buyer: their role's focus (the product against measurable criteria).</summary>
    /// <value>"How our proposal meets the criteria for {objective}".</value>
    public string TechnicalReason { get; set; } = "How our proposal meets the criteria for {objective}";

    /// <summary>Valid business reason for a User buyer: their role's focus (their own job and their team's work).</summary>
    /// <value>"What {objective} changes in the daily work of {person}'s team".</value>
    public string UserReason { get; set; } = "What {objective} changes in the daily work of {person}'s team";

    /// <summary>Valid business reason for a Coach: their role's focus (our success with this objective).</summary>
    /// <value>"Testing our strategy for {objective} so that it succeeds".</value>
    public string CoachReason { get; set; } = "Testing our strategy for {objective} so that it succeeds";

    /// <summary>Valid business reason for a person whose role is not known.</summary>
    /// <value>"Their view of {objective} and its effect on their area".</value>
    public string NoRoleReason { get; set; } = "Their view of {objective} and its effect on their area";

    /// <summary>Added to the role's focus when the person's business result is known.</summary>
    /// <value>": it should deliver {result}".</value>
    public string KnownResultReason { get; set; } = ": it should deliver {result}";

    /// <summary>Added after the result when the person's personal win is known.</summary>
    /// <value>", and for {person}, {win}".</value>
    public string KnownWinReason { get; set; } = ", and for {person}, {win}";

    /// <summary>
    /// Added to the role's focus when the person's business result is not known: the gap their response mode describes,
    /// and what the meeting sets out to learn. Keys: Growth, Trouble, EvenKeel, Overconfident, Unknown.
    /// </summary>
    /// <value>Growth "; {person} wants more than today brings, and the meeting sets out to learn which result they must deliver", and so on.</value>
    public IDictionary<ResponseMode, string> UnknownResultReasons { get; set; } = new Dictionary<ResponseMode, string>
    {
        [ResponseMode.Growth] = "; {person} wants more than today brings, and the meeting sets out to learn which result they must deliver",
        [ResponseMode.Trouble] = "; something is going wrong that {person} must fix, and the meeting sets out to learn what it costs them",
        [ResponseMode.EvenKeel] = "; {person} sees no gap today, and the meeting sets out to learn which result they are judged on",
        [ResponseMode.Overconfident] = "; {person}'s results look better than expected, and the meeting sets out to learn what they count on",
        [ResponseMode.Unknown] = "; the meeting sets out to learn how {person} sees their area and which result they must deliver",
    };

    /// <summary>What to give the Economic Buyer.</summary>
    /// <value>"A reference case with the numbers behind a comparable result, from an organisation like theirs".</value>
    public string EconomicGive { get; set; } = "A reference case with the numbers behind a comparable result, from an organisation like theirs";

    /// <summary>What to give a Technical buyer.</summary>
    /// <value>"Evidence, criterion by criterion, of how we meet their specifications".</value>
    public string TechnicalGive { get; set; } = "Evidence, criterion by criterion, of how we meet their specifications";

    /// <summary>What to give a User buyer.</summary>
    /// <value>"A short demonstration of their team's daily work with our solution".</value>
    public string UserGive { get; set; } = "A short demonstration of their team's daily work with our solution";

    /// <summary>What to give a Coach.</summary>
    /// <value>"Our strategy for each buying influence, for {person} to test".</value>
    public string CoachGive { get; set; } = "Our strategy for each buying influence, for {person} to test";

    /// <summary>What to give against each competitor of the opportunity (<c>{competitor}</c>).</summary>
    /// <value>"Where we differ from {competitor} on what matters to {person}".</value>
    public string CompetitorGive { get; set; } = "Where we differ from {competitor} on what matters to {person}";

    /// <summary>Stepping stone after a meeting that identifies the Economic Buyer.</summary>
    /// <value>"A meeting with the Economic Buyer {person} names".</value>
    public string IdentifySteppingStone { get; set; } = "A meeting with the Economic Buyer {person} names";

    /// <summary>Stepping stone after a meeting with a Coach, while we do not cover the Economic Buyer.</summary>
    /// <value>"A meeting between {economicBuyerOwner} and {economicBuyer}, introduced by {person}".</value>
    public string CoachSteppingStone { get; set; } = "A meeting between {economicBuyerOwner} and {economicBuyer}, introduced by {person}";

    /// <summary>Stepping stone after a meeting with the Economic Buyer below the top rung: the next rung of their ladder (<c>{nextRung}</c>, that rung's best action).</summary>
    /// <value>"The next meeting with {person}, one rung up: {nextRung}".</value>
    public string EconomicSteppingStone { get; set; } = "The next meeting with {person}, one rung up: {nextRung}";

    /// <summary>Stepping stone after the Economic Buyer's top rung (an evaluation, pilot or budget approved).</summary>
    /// <value>"{person}'s sign-off on {objective} once the evaluation proves the result".</value>
    public string EconomicApprovalSteppingStone { get; set; } = "{person}'s sign-off on {objective} once the evaluation proves the result";

    /// <summary>Stepping stone after a proven Coach's meeting that introduces us to the next person on the route to the Economic Buyer.</summary>
    /// <value>"A meeting with {nextOnRoute}, introduced by {person}".</value>
    public string CoachRouteSteppingStone { get; set; } = "A meeting with {nextOnRoute}, introduced by {person}";

    /// <summary>Stepping stone after a meeting with anyone else: what they commit to prepares the Economic Buyer's meeting.</summary>
    /// <value>"A meeting with {economicBuyer} to show the result {person} needs".</value>
    public string OtherSteppingStone { get; set; } = "A meeting with {economicBuyer} to show the result {person} needs";


    /// <summary>The placeholders of a meeting's texts.</summary>
    internal static readonly string[] MeetingPlaceholders =
    {
        "{person}", "{owner}", "{economicBuyerOwner}", "{economicBuyer}", "{objective}", "{result}", "{win}", "{nextOnRoute}",
    };

    private static readonly string[] NoPlaceholders = Array.Empty<string>();

    private static readonly ResponseMode[] Modes = { ResponseMode.Growth, ResponseMode.Trouble, ResponseMode.EvenKeel, ResponseMode.Overconfident, ResponseMode.Unknown };

    private static readonly string[] CompetitorPlaceholders = With(MeetingPlaceholders, "{competitor}");

    private static readonly string[] RungPlaceholders = With(MeetingPlaceholders, "{nextRung}");

    private static readonly string[] NextOnRoutePlaceholders = Array.FindAll(MeetingPlaceholders, p => p != "{nextOnRoute}");

    internal void Validate(OptionProblems problems, string path)
    {
        problems.Template(path, "UnknownNextOnRouteText", UnknownNextOnRouteText, NextOnRoutePlaceholders);
        problems.Template(path, "UnknownResultText", UnknownResultText, NoPlaceholders);
        problems.Template(path, "UnknownWinText", UnknownWinText, NoPlaceholders);
        problems.Template(path, "UnknownEconomicBuyerText", UnknownEconomicBuyerText, NoPlaceholders);
        problems.Template(path, "EconomicReason", EconomicReason, MeetingPlaceholders);
        problems.Template(path, "TechnicalReason", TechnicalReason, MeetingPlaceholders);
        problems.Template(path, "UserReason", UserReason, MeetingPlaceholders);
        problems.Template(path, "CoachReason", CoachReason, MeetingPlaceholders);
        problems.Template(path, "NoRoleReason", NoRoleReason, MeetingPlaceholders);
        problems.Template(path, "KnownResultReason", KnownResultReason, MeetingPlaceholders);
        problems.Template(path, "KnownWinReason", KnownWinReason, MeetingPlaceholders);
        problems.Template(path, "EconomicGive", EconomicGive, MeetingPlaceholders);
        problems.Template(path, "TechnicalGive", TechnicalGive, MeetingPlaceholders);
        problems.Template(path, "UserGive", UserGive, MeetingPlaceholders);
        problems.Template(path, "CoachGive", CoachGive, MeetingPlaceholders);
        problems.Template(path, "IdentifySteppingStone", IdentifySteppingStone, MeetingPlaceholders);
        problems.Template(path, "CoachSteppingStone", CoachSteppingStone, MeetingPlaceholders);
        problems.Template(path, "EconomicApprovalSteppingStone", EconomicApprovalSteppingStone, MeetingPlaceholders);
        problems.Template(path, "CoachRouteSteppingStone", CoachRouteSteppingStone, MeetingPlaceholders);
        problems.Template(path, "OtherSteppingStone", OtherSteppingStone, MeetingPlaceholders);
        problems.Template(path, "CompetitorGive", CompetitorGive, CompetitorPlaceholders);
        problems.Template(path, "EconomicSteppingStone", EconomicSteppingStone, RungPlaceholders);
        problems.Required(path, "UnknownResultReasons", UnknownResultReasons);
        if (UnknownResultReasons is not null)
        {
            foreach (var mode in Modes)
            {
                UnknownResultReasons.TryGetValue(mode, out var text);
                var before = problems.Count;
                problems.Template(string.Empty, string.Empty, text, MeetingPlaceholders);
                if (problems.Count > before)
                {
                    problems.Truncate(before);
                    problems.Template(path, "UnknownResultReasons." + mode, text, MeetingPlaceholders);
                }
            }

            foreach (var pair in UnknownResultReasons)
            {
                problems.Defined(path, "UnknownResultReasons", pair.Key);
            }
        }
    }

    private static string[] With(string[] placeholders, string more)
    {
        var all = new string[placeholders.Length + 1];
        placeholders.CopyTo(all, 0);
        all[placeholders.Length] = more;
        return all;
    }
}
