using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// What the planner knows about one person in one opportunity: their influence (if any), the Economic Buyer,
/// the owner and path, and the texts that fill the templates' placeholders.
/// </summary>
internal sealed class MeetingContext
{
    private string? economicBuyerNames;

    // The texts of the placeholders, each made once per context (a context is never shared between threads).
    private string? quotedObjective;
    private string? resultText;
    private string? winText;
    private string? ownerName;
    private string? economicBuyerOwnerName;

    public MeetingContext(OpportunityReview review, Person person, PlanningOptions options)
        : this(review, person, options, review.FindInfluence(person.Id), FirstEconomicBuyer(review), null)
    {
    }

    /// <summary>
    /// A context from facts the caller already looked up: the person's assessment (or <see langword="null"/>) and the
    /// review's first Economic Buyer with whether we cover them, which a ranking shares across every person.
    /// </summary>
    public MeetingContext(OpportunityReview review, Person person, PlanningOptions options, InfluenceAssessment? assessment, Person? economicBuyer, bool? economicBuyerCovered)
    {
        Review = review;
        Analysis = review.Analysis;
        Plan = Analysis.Plan;
        Person = person;
        Options = options;
        Opportunity = review.Opportunity;
        Assessment = assessment;
        Influence = Assessment?.Influence;
        EconomicBuyer = economicBuyer;
        EconomicBuyerCovered = economicBuyerCovered ?? (EconomicBuyer is not null && Analysis.IsCovered(EconomicBuyer.Id));
        Approach = Ownership.Choose(review, person, options, Assessment);
    }

    /// <summary>The Economic Buyer with the lowest id (ordinal), or <see langword="null"/>.</summary>
    public static Person? FirstEconomicBuyer(OpportunityReview review)
    {
        Person? first = null;
        foreach (var economicBuyer in review.EconomicBuyers)
        {
            if (first is null || string.CompareOrdinal(economicBuyer.Id, first.Id) < 0)
            {
                first = economicBuyer;
            }
        }

        return first;
    }

    /// <summary>The seller a Coach should introduce to the Economic Buyer: the companion of matching level a senior Economic Buyer's contact needs, else this meeting's owner.</summary>
    // Computed on first use: it needs a path search that most meetings never ask for.
    public string? EconomicBuyerOwnerId
    {
        get
        {
            if (!economicBuyerOwnerKnown)
            {
                economicBuyerOwnerId = EconomicBuyer is null ? OwnerId : Ownership.ForIntroduction(Analysis, EconomicBuyer, OwnerId, Options);
                economicBuyerOwnerKnown = true;
            }

            return economicBuyerOwnerId;
        }
    }

    private string? economicBuyerOwnerId;
    private bool economicBuyerOwnerKnown;

    public OpportunityReview Review { get; }

    /// <summary>The meetings held with the person: whether they are new to us, engaged or stalled (section 5).</summary>
    public HeldMeetings History => history ??= HeldMeetings.Of(Plan, Person.Id, Analysis.AsOf);

    private HeldMeetings? history;

    /// <summary>Whether the person has a relationship of their own with the Economic Buyer (any kind but Opposes, either direction).</summary>
    public bool HasOwnEdgeToEconomicBuyer
    {
        get
        {
            if (EconomicBuyer is null)
            {
                return false;
            }

            foreach (var relationship in Plan.Relationships)
            {
                if (relationship.Kind != RelationshipKind.Opposes && relationship.Involves(Person.Id) && relationship.Involves(EconomicBuyer.Id)
                    && !string.Equals(Person.Id, EconomicBuyer.Id, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The person a Coach without their own edge to the Economic Buyer should introduce us to: the next person on the
    /// admissible route to the Economic Buyer after the Coach (or, when the route does not pass through them, the
    /// first person on it we do not cover); <see langword="null"/> when no route leads there.
    /// </summary>
    public Person? NextOnRoute
    {
        get
        {
            if (nextOnRouteKnown || EconomicBuyer is null)
            {
                return nextOnRoute;
            }

            nextOnRouteKnown = true;
            var route = Analysis.GetRoute(EconomicBuyer.Id, Opportunity.Id);
            if (route is null)
            {
                return null;
            }

            var ids = route.Ids;
            var at = -1;
            for (var i = 0; i < ids.Count; i++)
            {
                if (string.Equals(ids[i], Person.Id, StringComparison.Ordinal))
                {
                    at = i;
                }
            }

            string? next = null;
            if (at >= 0 && at + 1 < ids.Count)
            {
                next = ids[at + 1];
            }
            else
            {
                for (var i = 1; i < ids.Count && next is null; i++)
                {
                    if (!Analysis.IsCovered(ids[i]) && !string.Equals(ids[i], Person.Id, StringComparison.Ordinal))
                    {
                        next = ids[i];
                    }
                }
            }

            nextOnRoute = next is null || string.Equals(next, EconomicBuyer.Id, StringComparison.Ordinal) ? null : Plan.FindPerson(next);
            return nextOnRoute;
        }
    }

    private Person? nextOnRoute;
    private bool nextOnRouteKnown;

    public AccountAnalysis Analysis { get; }

    public AccountPlan Plan { get; }

    public Person Person { get; }

    public PlanningOptions Options { get; }

    public Opportunity Opportunity { get; }

    public InfluenceAssessment? Assessment { get; }

    public BuyingInfluence? Influence { get; }

    public BuyingRoles Roles => Influence?.Roles ?? BuyingRoles.None;

    public Person? EconomicBuyer { get; }

    public bool EconomicBuyerCovered { get; }

    /// <summary>The owner, the companion who joins them with a senior person, and the route: what the result carries.</summary>
    public Approach Approach { get; }

    public string? OwnerId => Approach.Owner?.Id;

    public string? CompanionId => Approach.Companion?.Id;

    public IntroductionPath? Path => Approach.Route;

    public bool Has(BuyingRoles role) => Influence?.Has(role) == true;

    public string? FirstResult
    {
        get
        {
            if (Influence is null)
            {
                return null;
            }

            foreach (var winResult in Influence.WinResults)
            {
                if (!string.IsNullOrWhiteSpace(winResult.Result))
                {
                    return winResult.Result;
                }
            }

            return null;
        }
    }

    public string? FirstWin
    {
        get
        {
            if (Influence is null)
            {
                return null;
            }

            foreach (var winResult in Influence.WinResults)
            {
                if (!string.IsNullOrWhiteSpace(winResult.Win))
                {
                    return winResult.Win;
                }
            }

            return null;
        }
    }

    public string NameOf(string? id) => id is null ? "our team" : Plan.FindParty(id)?.Name ?? id;

    /// <summary>Fills the placeholders of a template with this meeting's names and facts.</summary>
    public string Fill(string template, string? competitor = null)
    {
        if (template.IndexOf('{') < 0)
        {
            return template;
        }

        // Only the placeholders the template holds are looked up (the Economic Buyer's owner may need a path search),
        // and the text is written once at its final length rather than through a chain of Replace copies. The chain
        // replaced one placeholder after another, so a value holding a brace, or a brace that starts no placeholder,
        // could make the chain's text differ from one pass: those rare templates still go through the chain.
        var length = template.Length;
        var placeholders = 0;
        string? onlyValue = null;
        int onlyOpen = 0, onlyLength = 0;
        for (var open = template.IndexOf('{'); open >= 0;)
        {
            var value = ValueAt(template, open, competitor, out var nameLength);
            if (value is null || value.IndexOf('{') >= 0)
            {
                return FillByReplacing(template, competitor);
            }

            (onlyValue, onlyOpen, onlyLength) = (value, open, nameLength);
            placeholders++;
            length += value.Length - nameLength;
            open = template.IndexOf('{', open + nameLength);
        }

#if NET
        // Most templates hold one placeholder ("{person} ..."): three pieces joined, without looking it up again.
        if (placeholders == 1)
        {
            return string.Concat(template.AsSpan(0, onlyOpen), onlyValue.AsSpan(), template.AsSpan(onlyOpen + onlyLength));
        }

        return string.Create(length, (Context: this, Template: template, Competitor: competitor), static (target, state) => state.Context.Write(target, state.Template, state.Competitor));
#else
        var target = new char[length];
        Write(target, template, competitor);
        return new string(target);
#endif
    }

#if NET
    private void Write(Span<char> target, string template, string? competitor)
#else
    private void Write(char[] target, string template, string? competitor)
#endif
    {
        var position = 0;
        var start = 0;
        for (var open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', start))
        {
            var value = ValueAt(template, open, competitor, out var nameLength)!;
            position = Copy(target, position, template, start, open - start);
            position = Copy(target, position, value, 0, value.Length);
            start = open + nameLength;
        }

        Copy(target, position, template, start, template.Length - start);
    }

#if NET
    private static int Copy(Span<char> target, int position, string source, int start, int count)
    {
        source.AsSpan(start, count).CopyTo(target.Slice(position));
        return position + count;
    }
#else
    private static int Copy(char[] target, int position, string source, int start, int count)
    {
        source.CopyTo(start, target, position, count);
        return position + count;
    }
#endif

    // The value of the placeholder starting at the brace, or null when it starts none (or {competitor} without one).
    private string? ValueAt(string template, int open, string? competitor, out int length)
    {
        // By position in Placeholders: a switch on the name would hash it on every call.
        for (var i = 0; i < Placeholders.Length; i++)
        {
            if (StartsAt(template, open, Placeholders[i]))
            {
                length = Placeholders[i].Length;
                return i switch
                {
                    0 => Person.Name,
                    1 => ownerName ??= NameOf(OwnerId),
                    2 => economicBuyerOwnerName ??= NameOf(EconomicBuyerOwnerId),
                    3 => EconomicBuyerNames(),
                    4 => quotedObjective ??= Quote(Opportunity.SingleSalesObjective),
                    5 => resultText ??= FirstResult is { } result ? Quote(result) : Options.Texts.UnknownResultText,
                    6 => winText ??= FirstWin is { } win ? Quote(win) : Options.Texts.UnknownWinText,
                    7 => competitor,
                    _ => NextOnRoute?.Name ?? Fill(Options.Texts.UnknownNextOnRouteText),
                };
            }
        }

        length = 0;
        return null;
    }

    /// <summary>
    /// Whether <paramref name="name"/> starts at <paramref name="index"/> of <paramref name="text"/>: a plain loop that
    /// leaves at the first differing character (the second, for all but the right name).
    /// </summary>
    public static bool StartsAt(string text, int index, string name)
    {
        if (index + name.Length > text.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (text[index + i] != name[i])
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] Placeholders =
    {
        "{person}", "{owner}", "{economicBuyerOwner}", "{economicBuyer}", "{objective}", "{result}", "{win}", "{competitor}", "{nextOnRoute}",
    };

    private string FillByReplacing(string template, string? competitor)
    {
        var economicBuyer = EconomicBuyerNames();
        var text = template
            .Replace("{person}", Person.Name)
            .Replace("{owner}", NameOf(OwnerId))
            .Replace("{economicBuyerOwner}", template.IndexOf("{economicBuyerOwner}", StringComparison.Ordinal) >= 0 ? NameOf(EconomicBuyerOwnerId) : string.Empty)
            .Replace("{economicBuyer}", economicBuyer)
            .Replace("{objective}", Quote(Opportunity.SingleSalesObjective))
            .Replace("{result}", FirstResult is { } result ? Quote(result) : Options.Texts.UnknownResultText)
            .Replace("{win}", FirstWin is { } win ? Quote(win) : Options.Texts.UnknownWinText);
        if (text.IndexOf("{nextOnRoute}", StringComparison.Ordinal) >= 0)
        {
            text = text.Replace("{nextOnRoute}", NextOnRoute?.Name ?? Options.Texts.UnknownNextOnRouteText.Replace("{economicBuyer}", economicBuyer));
        }

        return competitor is null ? text : text.Replace("{competitor}", competitor);
    }

    /// <summary>
    /// Quotes a fact taken from the plan, so that the seller's own words ("Cut freight cost 8%") read as a quotation
    /// inside the sentence around them rather than as broken grammar.
    /// </summary>
    public static string Quote(string fact) => "\u201C" + fact.Trim() + "\u201D";

    // Every template fill needs the names; sorting and joining them once per context instead of once per template
    // was a third of the time to recommend for a 50-person buying group.
    private string EconomicBuyerNames() => economicBuyerNames ??= JoinEconomicBuyerNames();

    private string JoinEconomicBuyerNames()
    {
        var names = Review.EconomicBuyers.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Name).ToList();
        return names.Count == 0 ? Options.Texts.UnknownEconomicBuyerText : string.Join(" and ", names);
    }
}
