using System;
using System.Collections.Generic;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// The weights, thresholds and texts the <see cref="Planner"/> uses: rules are data, so a consultant can tune
/// them without forking. The defaults are the numbers of the methodology (docs/domain.md, sections 4 and 5).
/// </summary>
/// <remarks>
/// Immutable and thread-safe once built. Text templates take placeholders: <c>{person}</c>, <c>{owner}</c> (the meeting's
/// owner), <c>{economicBuyerOwner}</c> (the seller a Coach should introduce to the Economic Buyer: one of matching level
/// for a senior Economic Buyer, else the meeting's owner),
/// <c>{economicBuyer}</c>, <c>{objective}</c>, <c>{result}</c>, <c>{win}</c>, <c>{competitor}</c> where stated.
/// </remarks>
public sealed class PlanningOptions
{
    /// <summary>The options with every default.</summary>
    public static PlanningOptions Default { get; } = new();

    // --- importance -------------------------------------------------------------------------

    /// <summary>Role weight of the Economic Buyer in a person's importance.</summary>
    /// <value>1.0.</value>
    public double EconomicRoleWeight { get; init; } = 1.0;

    /// <summary>Role weight of a Coach in a person's importance.</summary>
    /// <value>0.8.</value>
    public double CoachRoleWeight { get; init; } = 0.8;

    /// <summary>Role weight of a Technical buyer in a person's importance.</summary>
    /// <value>0.7.</value>
    public double TechnicalRoleWeight { get; init; } = 0.7;

    /// <summary>Role weight of a User buyer in a person's importance.</summary>
    /// <value>0.6.</value>
    public double UserRoleWeight { get; init; } = 0.6;

    /// <summary>Weight of a High degree of influence.</summary>
    /// <value>1.0.</value>
    public double HighDegreeWeight { get; init; } = 1.0;

    /// <summary>Weight of a Medium degree of influence.</summary>
    /// <value>0.6.</value>
    public double MediumDegreeWeight { get; init; } = 0.6;

    /// <summary>Weight of a Low degree of influence.</summary>
    /// <value>0.3.</value>
    public double LowDegreeWeight { get; init; } = 0.3;

    /// <summary>Weight of an Unknown degree of influence: as Medium, since not knowing is no reason to look away.</summary>
    /// <value>0.6.</value>
    public double UnknownDegreeWeight { get; init; } = 0.6;

    /// <summary>
    /// How far network centrality raises importance toward 1: importance = base + (1 - base) x boost x centrality,
    /// so a person everyone listens to counts even when their declared degree is Medium.
    /// </summary>
    /// <value>0.5.</value>
    public double CentralityBoost { get; init; } = 0.5;

    /// <summary>Centrality from which a recommendation gives the reason <c>Central</c>.</summary>
    /// <value>0.5.</value>
    public double CentralReasonThreshold { get; init; } = 0.5;

    // --- urgency ----------------------------------------------------------------------------

    /// <summary>
    /// The weight each red flag on a person adds to the urgency of meeting them. Codes not listed weigh
    /// <see cref="OtherFlagUrgencyWeight"/>.
    /// </summary>
    /// <value>
    /// Uncontacted 0.5, Uncovered 0.4, Opposes 0.4, OpponentNearEconomicBuyer 0.4, Stalled 0.4, Stale 0.3, CoachUnproven 0.3,
    /// SellerLevelMismatch 0.3, NewInRole 0.25, MissingInformation 0.2, LowReceptivity 0.2, UncertainInformation 0.1,
    /// HiddenInfluencer 0.1.
    /// </value>
    public IReadOnlyDictionary<RedFlagCode, double> FlagUrgencyWeights { get; init; } = new Dictionary<RedFlagCode, double>
    {
        [RedFlagCode.Uncontacted] = 0.5,
        [RedFlagCode.Uncovered] = 0.4,
        [RedFlagCode.Opposes] = 0.4,
        [RedFlagCode.OpponentNearEconomicBuyer] = 0.4,
        [RedFlagCode.Stalled] = 0.4,
        [RedFlagCode.Stale] = 0.3,
        [RedFlagCode.CoachUnproven] = 0.3,
        [RedFlagCode.SellerLevelMismatch] = 0.3,
        [RedFlagCode.NewInRole] = 0.25,
        [RedFlagCode.MissingInformation] = 0.2,
        [RedFlagCode.LowReceptivity] = 0.2,
        [RedFlagCode.UncertainInformation] = 0.1,
        [RedFlagCode.HiddenInfluencer] = 0.1,
    };

    /// <summary>The urgency weight of a red flag on a person whose code <see cref="FlagUrgencyWeights"/> does not list.</summary>
    /// <value>0.1.</value>
    public double OtherFlagUrgencyWeight { get; init; } = 0.1;

    /// <summary>The urgency every influence has with no red flag: near zero, so such people rank last but still in order of importance.</summary>
    /// <value>0.05.</value>
    public double BaseUrgency { get; init; } = 0.05;

    // --- feasibility ------------------------------------------------------------------------

    /// <summary>
    /// The feasibility of meeting someone we have no path to: feasibility = floor + (1 - floor) x reach,
    /// from this floor (no known path) to 1 (direct, trusted). Keeps a serious gap from being buried.
    /// </summary>
    /// <value>0.5.</value>
    public double FeasibilityFloor { get; init; } = 0.5;

    // --- developing a coach (principle 2) ---------------------------------------------------

    /// <summary>Weight of the rating (scaled from -5..+5 to 0..1; unknown counts as 0) in choosing whom to develop as a Coach.</summary>
    /// <value>0.4.</value>
    public double CoachCandidateRatingWeight { get; init; } = 0.4;

    /// <summary>Weight of our coverage of the person in choosing whom to develop as a Coach.</summary>
    /// <value>0.3.</value>
    public double CoachCandidateCoverageWeight { get; init; } = 0.3;

    /// <summary>Weight of the person's own reach into the Economic Buyer (strongest path, person to Economic Buyer) in choosing whom to develop as a Coach.</summary>
    /// <value>0.3.</value>
    public double CoachCandidateReachWeight { get; init; } = 0.3;

    /// <summary>The lowest rating that counts as favourable: with no Coach, the meeting to identify the Economic Buyer goes to the best-covered person rated at least this.</summary>
    /// <value>1.</value>
    public int FavourableRating { get; init; } = 1;

    // --- owner ------------------------------------------------------------------------------

    /// <summary>From this level, a person is senior: when the owner of their contact (the seller at the start of the route) does not match their level (see <see cref="SellerLevelGap"/>), a seller of matching level joins as companion.</summary>
    /// <value>5.</value>
    public int SeniorLevel { get; init; } = 5;

    /// <summary>How many levels below a senior person a seller can be and still match them.</summary>
    /// <value>1.</value>
    public int SellerLevelGap { get; init; } = 1;

    // --- campaign ---------------------------------------------------------------------------

    /// <summary>Days between two meetings of a campaign; step k is dated asOf + k x interval.</summary>
    /// <value>14.</value>
    public int CampaignIntervalDays { get; init; } = 14;

    /// <summary>The strength the owner's Knows relationship with a person reaches when a campaign assumes their meeting is won (kept when already stronger).</summary>
    /// <value>0.75 (strong).</value>
    public double CampaignMetStrength { get; init; } = 0.75;

    /// <summary>The strength of the Knows relationship a Coach's introduction creates between the owner and the Economic Buyer.</summary>
    /// <value>0.5 (working).</value>
    public double CampaignIntroductionStrength { get; init; } = 0.5;

    /// <summary>How many points a won best action raises the person's rating in a campaign's simulation (an unknown rating counts as 0).</summary>
    /// <value>1.</value>
    public int CampaignRatingGain { get; init; } = 1;

    // --- goal table (section 5) -------------------------------------------------------------

    /// <summary>Goal of every meeting while no one is known to hold the Economic role (principle 1).</summary>
    /// <value>"{person} names who signs off and walks us through the decision process" / "{person} describes how such decisions are made and who takes part".</value>
    public MeetingGoalTemplate IdentifyEconomicBuyerGoal { get; init; } = new()
    {
        BestAction = "{person} names who signs off and walks us through the decision process",
        MinimumAction = "{person} describes how such decisions are made and who takes part",
        Ask = "Who will sign off on this, and would you walk us through how the decision will be made?",
    };

    /// <summary>Goal with anyone rated -2 or lower, whatever their role.</summary>
    /// <value>"{person} states an objection we can answer, and what they would lose if we won" / "{person} agrees to a meeting to hear their concerns".</value>
    public MeetingGoalTemplate OpposedGoal { get; init; } = new()
    {
        BestAction = "{person} states an objection we can answer, and what they would lose if we won",
        MinimumAction = "{person} agrees to a meeting to hear their concerns",
        Ask = "What is your main concern with our proposal, and what would change for you if we were chosen?",
    };

    /// <summary>Goal with someone whose last two held meetings ended with no commitment: change the approach.</summary>
    /// <value>"{person} agrees to a meeting with another of our sellers or on another angle of their result" / "{person} tells us what would make a meeting worth their time".</value>
    public MeetingGoalTemplate StalledGoal { get; init; } = new()
    {
        BestAction = "{person} agrees to a meeting with another of our sellers or on another angle of their result",
        MinimumAction = "{person} tells us what would make a meeting worth their time",
        Ask = "Would it help to look at this from another angle, perhaps with one of our specialists, next time?",
    };

    /// <summary>Goal with an Overconfident person, whatever their role: plant a question, do not push.</summary>
    /// <value>"{person} looks with us at one question about their results (plant it; do not push)" / "{person} agrees to a follow-up when their results change".</value>
    public MeetingGoalTemplate OverconfidentGoal { get; init; } = new()
    {
        BestAction = "{person} looks with us at one question about their results (plant it; do not push)",
        MinimumAction = "{person} agrees to a follow-up when their results change",
        Ask = "Would you be open to looking at one question with us: what happens to these results if conditions change?",
    };

    /// <summary>Goal with an Economic Buyer who sees no gap (EvenKeel).</summary>
    /// <value>"{person} agrees that a gap worth exploring exists" / "{person} gives permission to come back with data".</value>
    public MeetingGoalTemplate EconomicUnreceptiveGoal { get; init; } = new()
    {
        BestAction = "{person} agrees that a gap worth exploring exists",
        MinimumAction = "{person} gives permission to come back with data",
        Ask = "If the figures showed a gap between where you are and where you could be, would that be worth exploring together?",
    };

    /// <summary>Goal with someone whose response mode is not known.</summary>
    /// <value>"{person} describes how they see their area today and what they would change" / "{person} agrees to a second conversation".</value>
    public MeetingGoalTemplate ModeUnknownGoal { get; init; } = new()
    {
        BestAction = "{person} describes how they see their area today and what they would change",
        MinimumAction = "{person} agrees to a second conversation",
        Ask = "How do you see your area today, and what would you change if you could?",
    };

    /// <summary>Goal with a candidate Coach: a Coach not yet proven by the three tests, or the person chosen to develop into one (principle 2).</summary>
    /// <value>"{person} gives their view of each buying influence and of the competition" / "{person} agrees to meet again to test our strategy".</value>
    public MeetingGoalTemplate DevelopCoachGoal { get; init; } = new()
    {
        BestAction = "{person} gives their view of each buying influence and of the competition",
        MinimumAction = "{person} agrees to meet again to test our strategy",
        Ask = "Would you give us your view of each person involved in this decision, and of how we compare with the alternatives?",
    };

    /// <summary>Goal with a proven Coach who has a relationship of their own with the Economic Buyer we do not yet cover.</summary>
    /// <value>"{person} introduces {economicBuyerOwner} to {economicBuyer}" / "{person} tells us what {economicBuyer} must hear, and when".</value>
    public MeetingGoalTemplate CoachIntroductionGoal { get; init; } = new()
    {
        BestAction = "{person} introduces {economicBuyerOwner} to {economicBuyer}",
        MinimumAction = "{person} tells us what {economicBuyer} must hear, and when",
        Ask = "Would you introduce {economicBuyerOwner} to {economicBuyer}, and tell us what {economicBuyer} must hear?",
    };

    /// <summary>Goal with a proven Coach with no relationship of their own with the Economic Buyer we do not yet cover.</summary>
    /// <value>"{person} introduces us to {nextOnRoute}" / "{person} tells us who has {economicBuyer}'s ear".</value>
    public MeetingGoalTemplate CoachRouteGoal { get; init; } = new()
    {
        BestAction = "{person} introduces us to {nextOnRoute}",
        MinimumAction = "{person} tells us who has {economicBuyer}'s ear",
        Ask = "Would you introduce us to {nextOnRoute}?",
    };

    /// <summary>Goal with a proven Coach once we cover the Economic Buyer.</summary>
    /// <value>"{person} gives their view of each buying influence" / "{person} agrees to a second conversation to test our strategy".</value>
    public MeetingGoalTemplate CoachViewGoal { get; init; } = new()
    {
        BestAction = "{person} gives their view of each buying influence",
        MinimumAction = "{person} agrees to a second conversation to test our strategy",
        Ask = "Would you go through each person in this decision with us and tell us where our strategy is weakest?",
    };

    /// <summary>Goal with an Economic Buyer in Growth or Trouble we have not yet met (first rung).</summary>
    /// <value>"{person} agrees the business result to be proved and walks us through the decision process and criteria" / "{person} agrees to a follow-up on how we would prove it".</value>
    public MeetingGoalTemplate EconomicNewGoal { get; init; } = new()
    {
        BestAction = "{person} agrees the business result to be proved and walks us through the decision process and criteria",
        MinimumAction = "{person} agrees to a follow-up on how we would prove it",
        Ask = "Which result would we have to prove, and would you walk us through how the decision will be made and on what criteria?",
    };

    /// <summary>Goal with an Economic Buyer in Growth or Trouble we have met, rated below <see cref="ReceptiveEconomicRating"/> (second rung).</summary>
    /// <value>"{person} agrees our approach addresses their result, and where we stand against the alternatives" / "{person} names what we must prove".</value>
    public MeetingGoalTemplate EconomicEngagedGoal { get; init; } = new()
    {
        BestAction = "{person} agrees our approach addresses their result, and where we stand against the alternatives",
        MinimumAction = "{person} names what we must prove",
        Ask = "Does our approach address the result you need, and where do we stand against the alternatives?",
    };

    /// <summary>Goal with an Economic Buyer in Growth or Trouble we have met, rated at least <see cref="ReceptiveEconomicRating"/> (third rung).</summary>
    /// <value>"{person} approves an evaluation, pilot or budget for {objective}" / "{person} agrees on the business result to be proved".</value>
    public MeetingGoalTemplate EconomicReceptiveGoal { get; init; } = new()
    {
        BestAction = "{person} approves an evaluation, pilot or budget for {objective}",
        MinimumAction = "{person} agrees on the business result to be proved",
        Ask = "Will you approve an evaluation, a pilot or the budget, so that we can prove the result?",
    };

    /// <summary>Goal with a Technical buyer.</summary>
    /// <value>"{person} agrees on the evaluation criteria and puts us on the short list" / "{person} documents the evaluation criteria".</value>
    public MeetingGoalTemplate TechnicalGoal { get; init; } = new()
    {
        BestAction = "{person} agrees on the evaluation criteria and puts us on the short list",
        MinimumAction = "{person} documents the evaluation criteria",
        Ask = "Can we agree the criteria you will evaluate on, and will you put us on the short list?",
    };

    /// <summary>Goal with a User buyer at or above <see cref="SeniorUserLevel"/>.</summary>
    /// <value>"{person} sponsors a pilot with their team" / "{person} names the colleagues affected".</value>
    public MeetingGoalTemplate SeniorUserGoal { get; init; } = new()
    {
        BestAction = "{person} sponsors a pilot with their team",
        MinimumAction = "{person} names the colleagues affected",
        Ask = "Would you sponsor a pilot with your team?",
    };

    /// <summary>Goal with a User buyer.</summary>
    /// <value>"{person} takes part in a demo or pilot" / "{person} names the colleagues affected".</value>
    public MeetingGoalTemplate UserGoal { get; init; } = new()
    {
        BestAction = "{person} takes part in a demo or pilot",
        MinimumAction = "{person} names the colleagues affected",
        Ask = "Would you take part in a demo or a pilot, and who else in your team should join?",
    };

    /// <summary>Goal with a person whose role in the opportunity is not known (a hidden influencer, an introducer).</summary>
    /// <value>"{person} tells us what part they play in the decision and who else decides" / "{person} names one other person we should talk to".</value>
    public MeetingGoalTemplate NoRoleGoal { get; init; } = new()
    {
        BestAction = "{person} tells us what part they play in the decision and who else decides",
        MinimumAction = "{person} names one other person we should talk to",
        Ask = "What part will you play in this decision, and who else should we be talking to?",
    };

    /// <summary>How many of the influences we know least a Coach's meeting asks about, by name.</summary>
    /// <value>3.</value>
    public int LeastKnownInfluences { get; init; } = 3;

    /// <summary>Level from which a User buyer gets the senior goal (sponsors a pilot).</summary>
    /// <value>4.</value>
    public int SeniorUserLevel { get; init; } = 4;

    /// <summary>Text for <c>{nextOnRoute}</c> when no admissible route names the next person toward the Economic Buyer.</summary>
    /// <value>"someone who has {economicBuyer}'s ear".</value>
    public string UnknownNextOnRouteText { get; init; } = "someone who has {economicBuyer}'s ear";

    /// <summary>Rating from which an Economic Buyer in Growth or Trouble gets the receptive goal.</summary>
    /// <value>2.</value>
    public int ReceptiveEconomicRating { get; init; } = 2;

    /// <summary>Rating at or below which anyone gets the opposed goal.</summary>
    /// <value>-2.</value>
    public int OpposedRating { get; init; } = -2;

    /// <summary>Text for <c>{result}</c> when the person's business result is not known.</summary>
    /// <value>"the results they are measured on".</value>
    public string UnknownResultText { get; init; } = "the results they are measured on";

    /// <summary>Text for <c>{win}</c> when the person's personal win is not known.</summary>
    /// <value>"what success would mean for them personally".</value>
    public string UnknownWinText { get; init; } = "what success would mean for them personally";

    /// <summary>Text for <c>{economicBuyer}</c> when no one holds the Economic role.</summary>
    /// <value>"the Economic Buyer".</value>
    public string UnknownEconomicBuyerText { get; init; } = "the Economic Buyer";

    // --- valid business reason, by role focus -------------------------------------------------

    /// <summary>Valid business reason for the Economic Buyer: their role's focus (the bottom line, impact on the organisation).</summary>
    /// <value>"What {objective} does for the bottom line".</value>
    public string EconomicReason { get; init; } = "What {objective} does for the bottom line";

    /// <summary>Valid business reason for a Technical buyer: their role's focus (the product against measurable criteria).</summary>
    /// <value>"How our proposal meets the criteria for {objective}".</value>
    public string TechnicalReason { get; init; } = "How our proposal meets the criteria for {objective}";

    /// <summary>Valid business reason for a User buyer: their role's focus (their own job and their team's work).</summary>
    /// <value>"What {objective} changes in the daily work of {person}'s team".</value>
    public string UserReason { get; init; } = "What {objective} changes in the daily work of {person}'s team";

    /// <summary>Valid business reason for a Coach: their role's focus (our success with this objective).</summary>
    /// <value>"Testing our strategy for {objective} so that it succeeds".</value>
    public string CoachReason { get; init; } = "Testing our strategy for {objective} so that it succeeds";

    /// <summary>Valid business reason for a person whose role is not known.</summary>
    /// <value>"Their view of {objective} and its effect on their area".</value>
    public string NoRoleReason { get; init; } = "Their view of {objective} and its effect on their area";

    /// <summary>Added to the role's focus when the person's business result is known.</summary>
    /// <value>": it should deliver {result}".</value>
    public string KnownResultReason { get; init; } = ": it should deliver {result}";

    /// <summary>Added after the result when the person's personal win is known.</summary>
    /// <value>", and for {person}, {win}".</value>
    public string KnownWinReason { get; init; } = ", and for {person}, {win}";

    /// <summary>
    /// Added to the role's focus when the person's business result is not known: the gap their response mode describes,
    /// and what the meeting sets out to learn. Keys: Growth, Trouble, EvenKeel, Overconfident, Unknown.
    /// </summary>
    /// <value>Growth "; {person} wants more than today brings, and the meeting sets out to learn which result they must deliver", and so on.</value>
    public IReadOnlyDictionary<ResponseMode, string> UnknownResultReasons { get; init; } = new Dictionary<ResponseMode, string>
    {
        [ResponseMode.Growth] = "; {person} wants more than today brings, and the meeting sets out to learn which result they must deliver",
        [ResponseMode.Trouble] = "; something is going wrong that {person} must fix, and the meeting sets out to learn what it costs them",
        [ResponseMode.EvenKeel] = "; {person} sees no gap today, and the meeting sets out to learn which result they are judged on",
        [ResponseMode.Overconfident] = "; {person}'s results look better than expected, and the meeting sets out to learn what they count on",
        [ResponseMode.Unknown] = "; the meeting sets out to learn how {person} sees their area and which result they must deliver",
    };

    // --- questions --------------------------------------------------------------------------

    /// <summary>The question texts, one per gap a plan can have.</summary>
    /// <value><see cref="QuestionTemplates.Default"/>.</value>
    public QuestionTemplates Questions { get; init; } = QuestionTemplates.Default;

    // --- what to give ---------------------------------------------------------------------

    /// <summary>Our unique strengths, offered in every meeting plan (after the fitting reference cases).</summary>
    /// <value>Empty.</value>
    public IReadOnlyList<string> Strengths { get; init; } = Array.Empty<string>();

    /// <summary>Reference cases, offered to a person whose win-results or notes mention one of the case's keywords.</summary>
    /// <value>Empty.</value>
    public IReadOnlyList<ReferenceCase> ReferenceCases { get; init; } = Array.Empty<ReferenceCase>();

    /// <summary>What to give the Economic Buyer.</summary>
    /// <value>"A reference case with the numbers behind a comparable result, from an organisation like theirs".</value>
    public string EconomicGive { get; init; } = "A reference case with the numbers behind a comparable result, from an organisation like theirs";

    /// <summary>What to give a Technical buyer.</summary>
    /// <value>"Evidence, criterion by criterion, of how we meet their specifications".</value>
    public string TechnicalGive { get; init; } = "Evidence, criterion by criterion, of how we meet their specifications";

    /// <summary>What to give a User buyer.</summary>
    /// <value>"A short demonstration of their team's daily work with our solution".</value>
    public string UserGive { get; init; } = "A short demonstration of their team's daily work with our solution";

    /// <summary>What to give a Coach.</summary>
    /// <value>"Our strategy for each buying influence, for {person} to test".</value>
    public string CoachGive { get; init; } = "Our strategy for each buying influence, for {person} to test";

    /// <summary>What to give against each competitor of the opportunity (<c>{competitor}</c>).</summary>
    /// <value>"Where we differ from {competitor} on what matters to {person}".</value>
    public string CompetitorGive { get; init; } = "Where we differ from {competitor} on what matters to {person}";

    // --- stepping stones ------------------------------------------------------------------

    /// <summary>Stepping stone after a meeting that identifies the Economic Buyer.</summary>
    /// <value>"A meeting with the Economic Buyer {person} names".</value>
    public string IdentifySteppingStone { get; init; } = "A meeting with the Economic Buyer {person} names";

    /// <summary>Stepping stone after a meeting with a Coach, while we do not cover the Economic Buyer.</summary>
    /// <value>"A meeting between {economicBuyerOwner} and {economicBuyer}, introduced by {person}".</value>
    public string CoachSteppingStone { get; init; } = "A meeting between {economicBuyerOwner} and {economicBuyer}, introduced by {person}";

    /// <summary>Stepping stone after a meeting with the Economic Buyer below the top rung: the next rung of their ladder (<c>{nextRung}</c>, that rung's best action).</summary>
    /// <value>"The next meeting with {person}, one rung up: {nextRung}".</value>
    public string EconomicSteppingStone { get; init; } = "The next meeting with {person}, one rung up: {nextRung}";

    /// <summary>Stepping stone after the Economic Buyer's top rung (an evaluation, pilot or budget approved).</summary>
    /// <value>"{person}'s sign-off on {objective} once the evaluation proves the result".</value>
    public string EconomicApprovalSteppingStone { get; init; } = "{person}'s sign-off on {objective} once the evaluation proves the result";

    /// <summary>Stepping stone after a proven Coach's meeting that introduces us to the next person on the route to the Economic Buyer.</summary>
    /// <value>"A meeting with {nextOnRoute}, introduced by {person}".</value>
    public string CoachRouteSteppingStone { get; init; } = "A meeting with {nextOnRoute}, introduced by {person}";

    /// <summary>Stepping stone after a meeting with anyone else: what they commit to prepares the Economic Buyer's meeting.</summary>
    /// <value>"A meeting with {economicBuyer} to show the result {person} needs".</value>
    public string OtherSteppingStone { get; init; } = "A meeting with {economicBuyer} to show the result {person} needs";
}
