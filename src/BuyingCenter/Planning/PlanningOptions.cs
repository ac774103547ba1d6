using System.Collections.Generic;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// The weights, thresholds and texts the <see cref="Planner"/> uses, grouped by concern: rules are data, so a consultant
/// can tune them without forking, in code (<c>new PlanningOptions { Thresholds = { SeniorLevel = 4 } }</c>) or from
/// configuration (<c>configuration.GetSection("BuyingCenter:Planning").Get&lt;PlanningOptions&gt;()</c>). The defaults are
/// the numbers and words of the methodology (docs/domain.md, sections 4 and 5). A person's importance is weighed by the
/// analysis's <see cref="AnalysisOptions.Importance"/>: one set of weights for the review and the planner.
/// </summary>
/// <remarks>
/// The .NET options pattern: settable members with defaults, no required member, so that <c>IConfiguration</c> binding
/// and its source generator fill them. The options are validated as a whole before the planner first uses them
/// (<see cref="Validate()"/>): every problem (a number out of range or not a number, thresholds out of order, a text with an
/// unknown placeholder such as <c>{persn}</c>) is reported together in one <see cref="InvalidOptionsException"/>, each
/// named by its path (<c>Planning.Goals.UserGoal.BestAction</c>). Do not change options while the planner uses them.
/// Not thread-safe while being changed; once set up, many threads may share it.
/// </remarks>
public sealed class PlanningOptions
{
    /// <summary>The defaults, for the library's own use when no options are given: never handed to a caller to change.</summary>
    internal static PlanningOptions Default { get; } = new();

    /// <summary>How the planner weighs urgency and feasibility, and whom to develop as a Coach.</summary>
    public PriorityWeights Priority { get; set; } = new();

    /// <summary>The levels and ratings at which the choice of goal, owner and companion turns.</summary>
    public PlanningThresholds Thresholds { get; set; } = new();

    /// <summary>How a campaign spaces its meetings and what it assumes a won meeting changes.</summary>
    public CampaignOptions Campaign { get; set; } = new();

    /// <summary>The goal table: best action, minimum action and ask of each row (domain.md, section 5).</summary>
    public MeetingGoalTemplates Goals { get; set; } = new();

    /// <summary>Valid business reasons, what to give, stepping stones, and the words for facts not yet known.</summary>
    public PlanningTexts Texts { get; set; } = new();

    /// <summary>The question texts, one per gap a plan can have.</summary>
    public QuestionTemplates Questions { get; set; } = new();

    /// <summary>Our unique strengths, offered in every meeting plan (after the fitting reference cases); placeholders as in <see cref="PlanningTexts"/>.</summary>
    /// <value>Empty.</value>
    public IList<string> Strengths { get; set; } = new List<string>();

    /// <summary>Reference cases, offered to a person whose win-results or notes mention one of the case's keywords.</summary>
    /// <value>Empty.</value>
    public IList<ReferenceCase> ReferenceCases { get; set; } = new List<ReferenceCase>();

    /// <summary>Checks every option and reports every problem at once.</summary>
    /// <exception cref="InvalidOptionsException">One or more options are out of range, not a number, out of order, missing, or a text names an unknown placeholder.</exception>
    public void Validate()
    {
        var problems = new OptionProblems();
        Validate(problems);
        problems.ThrowIfAny();
    }

    /// <summary>The path every problem starts with, as the options sit in configuration.</summary>
    private const string Root = "Planning";

    internal void Validate(OptionProblems problems)
    {
        const string path = Root;
        problems.Required(path, "Priority", Priority);
        Priority?.Validate(problems, Root + ".Priority");
        problems.Required(path, "Thresholds", Thresholds);
        Thresholds?.Validate(problems, Root + ".Thresholds");
        problems.Required(path, "Campaign", Campaign);
        Campaign?.Validate(problems, Root + ".Campaign");
        problems.Required(path, "Goals", Goals);
        Goals?.Validate(problems, Root + ".Goals");
        problems.Required(path, "Texts", Texts);
        Texts?.Validate(problems, Root + ".Texts");
        problems.Required(path, "Questions", Questions);
        Questions?.Validate(problems, Root + ".Questions");
        problems.Required(path, "Strengths", Strengths);
        if (Strengths is not null)
        {
            for (var i = 0; i < Strengths.Count; i++)
            {
                problems.Template(path, "Strengths[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", Strengths[i], PlanningTexts.MeetingPlaceholders);
            }
        }

        problems.Required(path, "ReferenceCases", ReferenceCases);
        if (ReferenceCases is not null)
        {
            for (var i = 0; i < ReferenceCases.Count; i++)
            {
                var reference = ReferenceCases[i];
                if (reference is null || string.IsNullOrWhiteSpace(reference.Summary))
                {
                    var name = "ReferenceCases[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                    problems.Required(path, name, reference);
                    if (reference is not null)
                    {
                        problems.Add(path, name + ".Summary", "is empty; it must be the case as told to the customer.");
                    }
                }
            }
        }
    }
}
