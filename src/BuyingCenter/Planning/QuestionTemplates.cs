namespace BuyingCenter.Planning;

/// <summary>
/// The texts of the questions a meeting plan asks, one per gap the plan can have. Placeholders: <c>{objective}</c>,
/// <c>{result}</c> (the person's first known result, or "this area"), <c>{date}</c> (last contact), <c>{roles}</c>,
/// <c>{degree}</c>, <c>{mode}</c> (what the mode means, in words), <c>{rating}</c> (favoured, had doubts about...),
/// <c>{bestAction}</c>, <c>{ask}</c> (the goal's ask), <c>{names}</c> (the influences we know least), <c>{nextStep}</c> (the last agreed next step).
/// </summary>
/// <remarks>
/// A plain options class: settable, so that it binds from configuration; validated with the <see cref="PlanningOptions"/>
/// that hold it, before the planner first uses them.
/// Not thread-safe while being changed; once set up, many threads may share it.
/// </remarks>
public sealed class QuestionTemplates
{
    /// <summary>New information, when no one holds the Economic role.</summary>
    /// <value>"How are decisions like this made, and who signs off on {objective}?"</value>
    public string EconomicBuyerUnknown { get; set; } = "How are decisions like this made, and who signs off on {objective}?";

    /// <summary>New information, when the person's role in the opportunity is not known.</summary>
    /// <value>"What part will you play in the decision on {objective}, and who else takes part?"</value>
    public string RoleUnknown { get; set; } = "What part will you play in the decision on {objective}, and who else takes part?";

    /// <summary>New information, when the degree of influence is not known.</summary>
    /// <value>"Whose views weigh most in this decision, and how much does yours count?"</value>
    public string DegreeUnknown { get; set; } = "Whose views weigh most in this decision, and how much does yours count?";

    /// <summary>New information, when no business result is known.</summary>
    /// <value>"What result must this purchase produce for the organisation, and how will it be measured?"</value>
    public string ResultUnknown { get; set; } = "What result must this purchase produce for the organisation, and how will it be measured?";

    /// <summary>New information, when no personal win is known.</summary>
    /// <value>"What would success here mean for you personally?"</value>
    public string WinUnknown { get; set; } = "What would success here mean for you personally?";

    /// <summary>New information, when the person is new in their role.</summary>
    /// <value>"What do you want to have achieved in your first year in the role?"</value>
    public string NewInRole { get; set; } = "What do you want to have achieved in your first year in the role?";

    /// <summary>New information, when the account is reorganising.</summary>
    /// <value>"How does the reorganisation change who decides on this, and when?"</value>
    public string Reorganizing { get; set; } = "How does the reorganisation change who decides on this, and when?";

    /// <summary>New information, when the opportunity records no competitor.</summary>
    /// <value>"Who else are you considering, and what do you like about their approach?"</value>
    public string CompetitorsUnknown { get; set; } = "Who else are you considering, and what do you like about their approach?";

    /// <summary>Attitude, when the response mode is not known.</summary>
    /// <value>"How do you see {result} today: is something missing, going wrong, or working as it should?"</value>
    public string ModeUnknown { get; set; } = "How do you see {result} today: is something missing, going wrong, or working as it should?";

    /// <summary>Attitude, when the person is EvenKeel or Overconfident.</summary>
    /// <value>"What would have to change for this to become a priority for you?"</value>
    public string LowReceptivity { get; set; } = "What would have to change for this to become a priority for you?";

    /// <summary>Attitude, when the rating is not known.</summary>
    /// <value>"What would you need to see from us to back this proposal?"</value>
    public string RatingUnknown { get; set; } = "What would you need to see from us to back this proposal?";

    /// <summary>Basic issue, when the person is rated below 0.</summary>
    /// <value>"What concerns would stop you from supporting our proposal?"</value>
    public string Opposition { get; set; } = "What concerns would stop you from supporting our proposal?";

    /// <summary>Confirmation of uncertain roles.</summary>
    /// <value>"We understand your part in this decision is {roles}; is that right?"</value>
    public string ConfirmRoles { get; set; } = "We understand your part in this decision is {roles}; is that right?";

    /// <summary>Confirmation of an uncertain degree of influence.</summary>
    /// <value>"We understand your view weighs {degree} in this decision; is that right?"</value>
    public string ConfirmDegree { get; set; } = "We understand your view weighs {degree} in this decision; is that right?";

    /// <summary>Confirmation of an uncertain mode.</summary>
    /// <value>"We understand {mode}; is that still how you see it?"</value>
    public string ConfirmMode { get; set; } = "We understand {mode}; is that still how you see it?";

    /// <summary>Confirmation of an uncertain rating.</summary>
    /// <value>"Last time we understood you {rating} our proposal; is that still the case?"</value>
    public string ConfirmRating { get; set; } = "Last time we understood you {rating} our proposal; is that still the case?";

    /// <summary>Confirmation of uncertain win-results.</summary>
    /// <value>"We understand the result that matters is {result}; is that right?"</value>
    public string ConfirmWinResults { get; set; } = "We understand the result that matters is {result}; is that right?";

    /// <summary>Confirmation, when the last contact is older than the stale threshold.</summary>
    /// <value>"What has changed for you since we last spoke on {date}?"</value>
    public string Stale { get; set; } = "What has changed for you since we last spoke on {date}?";

    /// <summary>Commitment: the goal's ask (<c>{ask}</c>), the best action as a question a seller says to the customer.</summary>
    /// <value>"{ask}"</value>
    public string Commitment { get; set; } = "{ask}";

    /// <summary>Confirmation of the next step agreed at the last held meeting (<c>{nextStep}</c>).</summary>
    /// <value>"When we last met, we agreed: {nextStep}. Where does that stand?"</value>
    public string ConfirmNextStep { get; set; } = "When we last met, we agreed: {nextStep}. Where does that stand?";

    /// <summary>Confirmation when nothing is uncertain: the objective as we understand it, in their words.</summary>
    /// <value>"We understand the aim is {objective}; is that how you would put it?"</value>
    public string ConfirmObjective { get; set; } = "We understand the aim is {objective}; is that how you would put it?";

    /// <summary>New information in a Coach's meeting: the influences we know least, by name (<c>{names}</c>).</summary>
    /// <value>"How do {names} see this, and what matters most to each of them?"</value>
    public string LeastKnownInfluences { get; set; } = "How do {names} see this, and what matters most to each of them?";

    /// <summary>New information when no other gap is open: the decision criteria.</summary>
    /// <value>"What criteria will the decision be made on, and who set them?"</value>
    public string DecisionCriteria { get; set; } = "What criteria will the decision be made on, and who set them?";

    /// <summary>Attitude when mode and rating are known: what they value.</summary>
    /// <value>"What matters most to you in how this gets done?"</value>
    public string Values { get; set; } = "What matters most to you in how this gets done?";

    /// <summary>Basic issue when no one opposes: what could stop the sale, for the organisation or for them.</summary>
    /// <value>"What could stop this from going ahead, for the organisation or for you personally?"</value>
    public string WhatCouldStop { get; set; } = "What could stop this from going ahead, for the organisation or for you personally?";

    /// <summary>The placeholders of a question.</summary>
    internal static readonly string[] Placeholders =
    {
        "{objective}", "{result}", "{date}", "{roles}", "{degree}", "{mode}", "{rating}", "{bestAction}", "{ask}", "{names}", "{nextStep}",
    };

    internal void Validate(OptionProblems problems, string path)
    {
        problems.Template(path, "EconomicBuyerUnknown", EconomicBuyerUnknown, Placeholders);
        problems.Template(path, "RoleUnknown", RoleUnknown, Placeholders);
        problems.Template(path, "DegreeUnknown", DegreeUnknown, Placeholders);
        problems.Template(path, "ResultUnknown", ResultUnknown, Placeholders);
        problems.Template(path, "WinUnknown", WinUnknown, Placeholders);
        problems.Template(path, "NewInRole", NewInRole, Placeholders);
        problems.Template(path, "Reorganizing", Reorganizing, Placeholders);
        problems.Template(path, "CompetitorsUnknown", CompetitorsUnknown, Placeholders);
        problems.Template(path, "ModeUnknown", ModeUnknown, Placeholders);
        problems.Template(path, "LowReceptivity", LowReceptivity, Placeholders);
        problems.Template(path, "RatingUnknown", RatingUnknown, Placeholders);
        problems.Template(path, "Opposition", Opposition, Placeholders);
        problems.Template(path, "ConfirmRoles", ConfirmRoles, Placeholders);
        problems.Template(path, "ConfirmDegree", ConfirmDegree, Placeholders);
        problems.Template(path, "ConfirmMode", ConfirmMode, Placeholders);
        problems.Template(path, "ConfirmRating", ConfirmRating, Placeholders);
        problems.Template(path, "ConfirmWinResults", ConfirmWinResults, Placeholders);
        problems.Template(path, "Stale", Stale, Placeholders);
        problems.Template(path, "Commitment", Commitment, Placeholders);
        problems.Template(path, "ConfirmNextStep", ConfirmNextStep, Placeholders);
        problems.Template(path, "ConfirmObjective", ConfirmObjective, Placeholders);
        problems.Template(path, "LeastKnownInfluences", LeastKnownInfluences, Placeholders);
        problems.Template(path, "DecisionCriteria", DecisionCriteria, Placeholders);
        problems.Template(path, "Values", Values, Placeholders);
        problems.Template(path, "WhatCouldStop", WhatCouldStop, Placeholders);
    }
}
