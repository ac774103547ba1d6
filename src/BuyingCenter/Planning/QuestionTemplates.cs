namespace BuyingCenter.Planning;

/// <summary>
/// The texts of the questions a meeting plan asks, one per gap the plan can have. Placeholders: <c>{objective}</c>,
/// <c>{result}</c> (the person's first known result, or "this area"), <c>{date}</c> (last contact), <c>{roles}</c>,
/// <c>{degree}</c>, <c>{mode}</c> (what the mode means, in words), <c>{rating}</c> (favoured, had doubts about...),
/// <c>{bestAction}</c>, <c>{ask}</c> (the goal's ask), <c>{names}</c> (the influences we know least), <c>{nextStep}</c> (the last agreed next step).
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
public sealed class QuestionTemplates
{
    /// <summary>The questions with every default.</summary>
    public static QuestionTemplates Default { get; } = new();

    /// <summary>New information, when no one holds the Economic role.</summary>
    /// <value>"How are decisions like this made, and who signs off on {objective}?"</value>
    public string EconomicBuyerUnknown { get; init; } = "How are decisions like this made, and who signs off on {objective}?";

    /// <summary>New information, when the person's role in the opportunity is not known.</summary>
    /// <value>"What part will you play in the decision on {objective}, and who else takes part?"</value>
    public string RoleUnknown { get; init; } = "What part will you play in the decision on {objective}, and who else takes part?";

    /// <summary>New information, when the degree of influence is not known.</summary>
    /// <value>"Whose views weigh most in this decision, and how much does yours count?"</value>
    public string DegreeUnknown { get; init; } = "Whose views weigh most in this decision, and how much does yours count?";

    /// <summary>New information, when no business result is known.</summary>
    /// <value>"What result must this purchase produce for the organisation, and how will it be measured?"</value>
    public string ResultUnknown { get; init; } = "What result must this purchase produce for the organisation, and how will it be measured?";

    /// <summary>New information, when no personal win is known.</summary>
    /// <value>"What would success here mean for you personally?"</value>
    public string WinUnknown { get; init; } = "What would success here mean for you personally?";

    /// <summary>New information, when the person is new in their role.</summary>
    /// <value>"What do you want to have achieved in your first year in the role?"</value>
    public string NewInRole { get; init; } = "What do you want to have achieved in your first year in the role?";

    /// <summary>New information, when the account is reorganising.</summary>
    /// <value>"How does the reorganisation change who decides on this, and when?"</value>
    public string Reorganizing { get; init; } = "How does the reorganisation change who decides on this, and when?";

    /// <summary>New information, when the opportunity records no competitor.</summary>
    /// <value>"Who else are you considering, and what do you like about their approach?"</value>
    public string CompetitorsUnknown { get; init; } = "Who else are you considering, and what do you like about their approach?";

    /// <summary>Attitude, when the response mode is not known.</summary>
    /// <value>"How do you see {result} today: is something missing, going wrong, or working as it should?"</value>
    public string ModeUnknown { get; init; } = "How do you see {result} today: is something missing, going wrong, or working as it should?";

    /// <summary>Attitude, when the person is EvenKeel or Overconfident.</summary>
    /// <value>"What would have to change for this to become a priority for you?"</value>
    public string LowReceptivity { get; init; } = "What would have to change for this to become a priority for you?";

    /// <summary>Attitude, when the rating is not known.</summary>
    /// <value>"What would you need to see from us to back this proposal?"</value>
    public string RatingUnknown { get; init; } = "What would you need to see from us to back this proposal?";

    /// <summary>Basic issue, when the person is rated below 0.</summary>
    /// <value>"What concerns would stop you from supporting our proposal?"</value>
    public string Opposition { get; init; } = "What concerns would stop you from supporting our proposal?";

    /// <summary>Confirmation of uncertain roles.</summary>
    /// <value>"We understand your part in this decision is {roles}; is that right?"</value>
    public string ConfirmRoles { get; init; } = "We understand your part in this decision is {roles}; is that right?";

    /// <summary>Confirmation of an uncertain degree of influence.</summary>
    /// <value>"We understand your view weighs {degree} in this decision; is that right?"</value>
    public string ConfirmDegree { get; init; } = "We understand your view weighs {degree} in this decision; is that right?";

    /// <summary>Confirmation of an uncertain mode.</summary>
    /// <value>"We understand {mode}; is that still how you see it?"</value>
    public string ConfirmMode { get; init; } = "We understand {mode}; is that still how you see it?";

    /// <summary>Confirmation of an uncertain rating.</summary>
    /// <value>"Last time we understood you {rating} our proposal; is that still the case?"</value>
    public string ConfirmRating { get; init; } = "Last time we understood you {rating} our proposal; is that still the case?";

    /// <summary>Confirmation of uncertain win-results.</summary>
    /// <value>"We understand the result that matters is {result}; is that right?"</value>
    public string ConfirmWinResults { get; init; } = "We understand the result that matters is {result}; is that right?";

    /// <summary>Confirmation, when the last contact is older than the stale threshold.</summary>
    /// <value>"What has changed for you since we last spoke on {date}?"</value>
    public string Stale { get; init; } = "What has changed for you since we last spoke on {date}?";

    /// <summary>Commitment: the goal's ask (<c>{ask}</c>), the best action as a question a seller says to the customer.</summary>
    /// <value>"{ask}"</value>
    public string Commitment { get; init; } = "{ask}";

    /// <summary>Confirmation of the next step agreed at the last held meeting (<c>{nextStep}</c>).</summary>
    /// <value>"When we last met, we agreed: {nextStep}. Where does that stand?"</value>
    public string ConfirmNextStep { get; init; } = "When we last met, we agreed: {nextStep}. Where does that stand?";

    /// <summary>Confirmation when nothing is uncertain: the objective as we understand it, in their words.</summary>
    /// <value>"We understand the aim is {objective}; is that how you would put it?"</value>
    public string ConfirmObjective { get; init; } = "We understand the aim is {objective}; is that how you would put it?";

    /// <summary>New information in a Coach's meeting: the influences we know least, by name (<c>{names}</c>).</summary>
    /// <value>"How do {names} see this, and what matters most to each of them?"</value>
    public string LeastKnownInfluences { get; init; } = "How do {names} see this, and what matters most to each of them?";

    /// <summary>New information when no other gap is open: the decision criteria.</summary>
    /// <value>"What criteria will the decision be made on, and who set them?"</value>
    public string DecisionCriteria { get; init; } = "What criteria will the decision be made on, and who set them?";

    /// <summary>Attitude when mode and rating are known: what they value.</summary>
    /// <value>"What matters most to you in how this gets done?"</value>
    public string Values { get; init; } = "What matters most to you in how this gets done?";

    /// <summary>Basic issue when no one opposes: what could stop the sale, for the organisation or for them.</summary>
    /// <value>"What could stop this from going ahead, for the organisation or for you personally?"</value>
    public string WhatCouldStop { get; init; } = "What could stop this from going ahead, for the organisation or for you personally?";
}
