using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace BuyingCenter.Analysis;

/// <summary>
/// One red flag of the methodology (domain.md, section 3): its code, its default severity (High for the Economic Buyer
/// where the methodology says so), the condition it fires on and the sentence it writes. The condition returns the facts
/// the sentence needs, or <see langword="null"/> when the flag does not fire; the sentence is written only when read.
/// </summary>
internal sealed class RedFlagRule
{
    /// <summary>What a condition returns when the flag fires and the sentence needs nothing more than the person.</summary>
    public static readonly object Fires = new();

    public RedFlagRule(RedFlagCode code, Severity severity, Func<OpportunityReviewer, PersonFacts?, object?> condition, Func<RedFlag, string> sentence, Severity? forEconomicBuyer = null)
    {
        Code = code;
        Severity = severity;
        ForEconomicBuyer = forEconomicBuyer;
        Condition = condition;
        Sentence = sentence;
    }

    public RedFlagCode Code { get; }

    /// <summary>The default severity.</summary>
    public Severity Severity { get; }

    /// <summary>The default severity when the person holds the Economic role, where the methodology raises it.</summary>
    public Severity? ForEconomicBuyer { get; }

    public Func<OpportunityReviewer, PersonFacts?, object?> Condition { get; }

    public Func<RedFlag, string> Sentence { get; }

    /// <summary>Where the rule stands in its table: the last tie-breaker of the order of flags.</summary>
    public int Order { get; set; }

    /// <summary>The severity of this rule's flag on <paramref name="fact"/>: the options' override of the code, else the default.</summary>
    public Severity SeverityFor(AnalysisOptions options, PersonFacts? fact) =>
        options.SeverityOf(Code, fact is { IsEconomic: true } && ForEconomicBuyer is { } raised ? raised : Severity);
}

/// <summary>
/// The red flags of the methodology as a table (domain.md, section 3): severities are data, overridden per code by
/// <see cref="AnalysisOptions.Severities"/>. Each rule is tested on its own in the review's tests.
/// </summary>
internal static class RedFlagRules
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The flags on the whole opportunity. RoleUnfilled's Technical rule comes before its User rule, as the review lists them.</summary>
    public static readonly RedFlagRule[] Opportunity = Numbered(0,
        new(RedFlagCode.NoGap, Severity.High, static (r, _) => r.NoGapDeciders, NoGapSentence),
        new(
            RedFlagCode.EconomicBuyerUnknown,
            Severity.High,
            static (r, _) => r.EconomicBuyers.Count == 0 ? RedFlagRule.Fires : null,
            static f => Format("No one holds the Economic role in '{0}': the Economic Buyer, who gives the final approval, is unknown.", f.Context.Opportunity.Id)),
        new(
            RedFlagCode.NoCoach,
            Severity.High,
            static (r, _) => r.Coaches == 0 ? RedFlagRule.Fires : null,
            static f => Format("No one holds the Coach role in '{0}': no one guides us to the sale.", f.Context.Opportunity.Id)),
        new(
            RedFlagCode.RoleUnfilled,
            Severity.Medium,
            static (r, _) => r.HasTechnical ? null : RedFlagRule.Fires,
            static f => Format("No Technical influence is identified in '{0}': we do not know who screens suppliers.", f.Context.Opportunity.Id)),
        new(
            RedFlagCode.RoleUnfilled,
            Severity.Medium,
            static (r, _) => r.HasUser ? null : RedFlagRule.Fires,
            static f => Format("No User influence is identified in '{0}': we do not know who will use what is bought.", f.Context.Opportunity.Id)),
        new(
            RedFlagCode.Reorganization,
            Severity.High,
            static (r, _) => r.Plan.Account.Reorganizing ? RedFlagRule.Fires : null,
            static f => Format("{0} is reorganising: roles and budgets may move.", f.Context.Plan.Account.Name)),
        new(
            RedFlagCode.ObjectiveVague,
            Severity.Medium,
            static (r, _) => r.Opportunity.Quantity is null || r.Opportunity.CloseDate is null ? RedFlagRule.Fires : null,
            ObjectiveVagueSentence),
        new(
            RedFlagCode.TooFewInfluences,
            Severity.Medium,
            static (r, _) => r.Opportunity.Amount is { } amount && amount >= r.Options.Thresholds.LargeAmount && r.Influences.Count < r.Options.Thresholds.MinInfluencesForLargeAmount
                ? RedFlagRule.Fires
                : null,
            static f => Format(
                "Only {0} influence(s) identified for an amount of {1}; at least {2} are expected from {3}.",
                f.Context.InfluenceCount,
                f.Context.Money(f.Context.Opportunity.Amount!.Value),
                f.Thresholds.MinInfluencesForLargeAmount,
                f.Context.Money(f.Thresholds.LargeAmount))));

    /// <summary>The flags on each influence.</summary>
    public static readonly RedFlagRule[] Person = Numbered(Opportunity.Length,
        // One gap, one flag: someone never contacted is not also reported as uncovered.
        new(RedFlagCode.Uncontacted, Severity.Medium, static (_, p) => p!.IsUncontacted ? RedFlagRule.Fires : null, static f => Format("{0} has no meeting on record and no seller knows them: find who can introduce us.", f.Who), Severity.High),
        new(RedFlagCode.Uncovered, Severity.Medium, static (_, p) => !p!.IsUncontacted && !p.IsCovered ? RedFlagRule.Fires : null, UncoveredSentence, Severity.High),
        new(RedFlagCode.Stalled, Severity.Medium, static (r, p) => r.HistoryOf(p!).Stalled ? RedFlagRule.Fires : null, static f => Format("The last two meetings with {0} ended with no commitment: change the approach.", f.Who), Severity.High),
        new(
            RedFlagCode.Stale,
            Severity.Medium,
            static (r, p) => p!.LastContact is { } last && r.Context.DaysSince(last) > r.Options.Thresholds.StaleAfterDays ? RedFlagRule.Fires : null,
            static f => Format("The last contact with {0} was on {1:yyyy-MM-dd}, {2} days ago, more than {3} days.", f.Who, f.Fact!.LastContact!.Value, f.Context.DaysSince(f.Fact.LastContact.Value), f.Thresholds.StaleAfterDays)),
        new(RedFlagCode.MissingInformation, Severity.Low, static (_, p) => HasUnknownFacts(p!.Influence) ? RedFlagRule.Fires : null, static f => Format("For {0} we do not know the {1}.", f.Who, JoinWords(UnknownFacts(f.Fact!.Influence))), Severity.Medium),
        new(RedFlagCode.NewInRole, Severity.Medium, static (_, p) => p!.IsNewInRole ? RedFlagRule.Fires : null, static f => Format("{0} is new in their position: their priorities and standing may have changed.", f.Who)),
        new(RedFlagCode.LowReceptivity, Severity.Medium, static (_, p) => p!.Influence.Mode == ResponseMode.EvenKeel ? RedFlagRule.Fires : null, static f => Format("{0} is in EvenKeel mode: they see no gap, so little reason to change.", f.Who)),
        new(RedFlagCode.LowReceptivity, Severity.High, static (_, p) => p!.Influence.Mode == ResponseMode.Overconfident ? RedFlagRule.Fires : null, static f => Format("{0} is Overconfident: results are better than expected and they see no reason to change.", f.Who)),

        // The opposition and its closeness to the Economic Buyer are one risk: this flag replaces Opposes for them.
        // Only an influence rated -2 or lower can be an opponent near the Economic Buyer: the others are not looked up.
        new(
            RedFlagCode.OpponentNearEconomicBuyer,
            Severity.High,
            static (r, p) => p!.Influence.Rating <= EconomicBuyerSurroundings.OpponentRating ? r.OpponentNear(p) : null,
            OpponentNearSentence),
        new(
            RedFlagCode.Opposes,
            Severity.High,
            static (r, p) => p!.Influence.Rating is { } rating && rating < 0 && rating <= r.Options.Thresholds.StrongOppositionRating && r.OpponentNear(p) is null ? RedFlagRule.Fires : null,
            OpposesSentence),
        new(
            RedFlagCode.Opposes,
            Severity.Medium,
            static (r, p) => p!.Influence.Rating is { } rating && rating < 0 && rating > r.Options.Thresholds.StrongOppositionRating && r.OpponentNear(p) is null ? RedFlagRule.Fires : null,
            OpposesSentence),
        new(
            RedFlagCode.CoachUnproven,
            Severity.Medium,
            static (_, p) => p!.IsCoach && p.CoachTests != CoachTests.All ? RedFlagRule.Fires : null,
            static f => Format("Coach {0} is a candidate, not yet proven: {1}. Test the coach.", f.Fact!.Person.Name, JoinWords(FailedTests(f)))),
        new(
            RedFlagCode.UncertainInformation,
            Severity.Low,
            static (_, p) => p!.Influence.Uncertain != InfluenceFacts.None ? RedFlagRule.Fires : null,
            static f => Format("For {0} the seller is not sure of the {1}.", f.Who, JoinWords(UncertainNames(f.Fact!.Influence.Uncertain))),
            Severity.Medium));

    /// <summary>The flags on each Economic Buyer, after every influence's own.</summary>
    public static readonly RedFlagRule[] EconomicBuyer = Numbered(Opportunity.Length + Person.Length,
        new(
            RedFlagCode.SingleThreaded,
            Severity.High,
            static (_, p) => p!.IsEconomic && (!p.Reached || p.ChokePoints.Count > 0) ? RedFlagRule.Fires : null,
            SingleThreadedSentence),
        new(RedFlagCode.SellerLevelMismatch, Severity.Medium, static (r, p) => p!.IsEconomic ? SellersTooJunior(r, p) : null, SellerLevelSentence));

    /// <summary>A person outside the opportunity's roles who influences the Economic Buyer or a High influence: one flag each (the detail is who they influence).</summary>
    public static readonly RedFlagRule HiddenInfluencer = Numbered(Opportunity.Length + Person.Length + EconomicBuyer.Length,
        new RedFlagRule(RedFlagCode.HiddenInfluencer, Severity.Medium, static (_, _) => null, HiddenInfluencerSentence))[0];

    /// <summary>The words of a rating (domain.md, section 3).</summary>
    public static string RatingWords(int rating) => rating switch
    {
        >= 3 => "favours",
        >= 1 => "leans toward",
        0 => "is neutral on",
        -1 => "has doubts about",
        -2 => "leans against",
        _ => "opposes",
    };

    public static string Signed(int rating) => rating > 0 ? "+" + rating.ToString(Invariant) : rating.ToString(Invariant);

    public static string JoinWords(List<string> words)
    {
        if (words.Count == 1)
        {
            return words[0];
        }

        var text = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : i == words.Count - 1 ? " and " : ", ").Append(words[i]);
        }

        return text.ToString();
    }

    private static RedFlagRule[] Numbered(int first, params RedFlagRule[] rules)
    {
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i].Order = first + i;
        }

        return rules;
    }

    private static string Format(string format, params object[] args) => string.Format(Invariant, format, args);

    private static string NoGapSentence(RedFlag f)
    {
        var deciders = (List<PersonFacts>)f.Detail;
        var modes = new List<string>(deciders.Count);
        foreach (var fact in OpportunityReviewer.ByPersonId(deciders))
        {
            modes.Add(fact.Influence.Mode == ResponseMode.Unknown
                ? fact.Label + " in a mode not yet found out"
                : Format("{0} in {1} mode", fact.Label, fact.Influence.Mode));
        }

        return Format("Nobody who decides sees a reason to change ({0}): the fit may not be there. Qualify out, or find the trouble on the horizon.", JoinWords(modes));
    }

    private static string ObjectiveVagueSentence(RedFlag f)
    {
        var opportunity = f.Context.Opportunity;
        var missing = opportunity.Quantity is null && opportunity.CloseDate is null ? "no quantity and no date"
            : opportunity.Quantity is null ? "no quantity" : "no date";
        return Format("The Single Sales Objective \"{0}\" has {1}.", opportunity.SingleSalesObjective, missing);
    }

    private static string UncoveredSentence(RedFlag f)
    {
        var fact = f.Fact!;
        var threshold = Figures.Threshold(f.Thresholds.CoverageThreshold);
        return fact.CoveringSeller?.Id is { } sellerId
            ? Format("{0} has coverage {1} from {2}, below the {3} threshold.", f.Who, Figures.AgainstThreshold(fact.CoverageStrength, f.Thresholds.CoverageThreshold), f.Context.NameOf(sellerId), threshold)
            : Format("{0} has been met but no seller has a working relationship with them (coverage 0.00, below the {1} threshold).", f.Who, threshold);
    }

    private static string OpponentNearSentence(RedFlag f)
    {
        var near = (NearEconomicBuyer)f.Detail;
        var economicBuyer = near.NearId;
        var rating = f.Fact!.Influence.Rating!.Value;
        return Format(
            "{0} is rated {1} ({2}) and {3} {4} ({5}): neutralise them before meeting {6}, do not go around them.",
            f.Who,
            Signed(rating),
            RatingWords(rating),
            near.Kind == RelationshipKind.Influences ? "influences" : "is close to",
            f.Context.LabelOf(economicBuyer),
            Figures.Threshold(near.Strength),
            f.Context.NameOf(economicBuyer));
    }

    private static string OpposesSentence(RedFlag f)
    {
        var rating = f.Fact!.Influence.Rating!.Value;
        return Format("{0} is rated {1}: {2} our proposal.", f.Who, Signed(rating), RatingWords(rating));
    }

    private static string SingleThreadedSentence(RedFlag f)
    {
        var fact = f.Fact!;
        if (!fact.Reached)
        {
            // No thread at all is worse than one: flagging only a single thread would make building the first route
            // lower the score.
            return Format("No admissible route from our team reaches {0}: not even one thread; find who can introduce us.", fact.Label);
        }

        var names = new List<string>(fact.ChokePoints.Count);
        foreach (var chokePoint in fact.ChokePoints)
        {
            names.Add(f.Context.Plan.FindSeller(chokePoint) is { } seller ? seller.Name + " (our team)" : f.Context.NameOf(chokePoint));
        }

        return Format("Every admissible route from our team to {0} passes through {1}.", fact.Label, JoinWords(names));
    }

    /// <summary>The sellers who know the Economic Buyer, when every one of them is too far below them; else null.</summary>
    private static List<Seller>? SellersTooJunior(OpportunityReviewer r, PersonFacts fact)
    {
        if (fact.Person.Level is not { } level)
        {
            return null;
        }

        var sellers = new List<Seller>();
        foreach (var (sellerId, _) in r.Analysis.SellersKnowing(fact.Person.Id))
        {
            var seller = r.Plan.FindSeller(sellerId)!;
            if (seller.Level is not { } sellerLevel || sellerLevel > level - r.Options.Thresholds.SellerLevelGap)
            {
                return null;
            }

            sellers.Add(seller);
        }

        return sellers.Count == 0 ? null : sellers;
    }

    private static string SellerLevelSentence(RedFlag f)
    {
        var sellers = (List<Seller>)f.Detail;
        var names = new List<string>(sellers.Count);
        foreach (var seller in sellers)
        {
            names.Add(Format("{0} (level {1})", seller.Name, seller.Level!.Value));
        }

        var fact = f.Fact!;
        return Format("{0} ({1}, level {2}) is known only by {3}, {4} or more levels below.", fact.Person.Name, fact.Roles, fact.Person.Level!.Value, JoinWords(names), f.Thresholds.SellerLevelGap);
    }

    private static string HiddenInfluencerSentence(RedFlag f)
    {
        var hidden = (NearEconomicBuyer)f.Detail;
        var near = f.Context.LabelOf(hidden.NearId);
        return Format("{0} holds no role in this opportunity but influences {1} ({2}): find out their part.", f.Context.NameOf(hidden.PersonId), near, Figures.Threshold(hidden.Strength));
    }

    /// <summary>Whether <see cref="UnknownFacts"/> names anything, without listing the words: every influence of every review asks.</summary>
    private static bool HasUnknownFacts(BuyingInfluence influence) =>
        influence.Mode == ResponseMode.Unknown || influence.Rating is null || influence.Degree == InfluenceDegree.Unknown || !HasKnownWinResult(influence);

    private static List<string> UnknownFacts(BuyingInfluence influence)
    {
        var unknown = new List<string>(4);
        if (influence.Mode == ResponseMode.Unknown)
        {
            unknown.Add("mode");
        }

        if (influence.Rating is null)
        {
            unknown.Add("rating");
        }

        if (influence.Degree == InfluenceDegree.Unknown)
        {
            unknown.Add("degree of influence");
        }

        if (!HasKnownWinResult(influence))
        {
            unknown.Add("win-results");
        }

        return unknown;
    }

    private static bool HasKnownWinResult(BuyingInfluence influence)
    {
        var winResultList = influence.WinResults;
        for (var wIndex = 0; wIndex < winResultList.Count; wIndex++)
        {
            var winResult = winResultList[wIndex];
            if (!string.IsNullOrWhiteSpace(winResult.Result) || !string.IsNullOrWhiteSpace(winResult.Win))
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> FailedTests(RedFlag f)
    {
        var fact = f.Fact!;
        var thresholds = f.Thresholds;
        var failed = new List<string>(3);
        if ((fact.CoachTests & CoachTests.CredibleWithBuyer) == 0)
        {
            failed.Add(Format("credibility with the buying organisation is not shown (degree of influence {0})", fact.Influence.Degree));
        }

        if ((fact.CoachTests & CoachTests.CredibleWithUs) == 0)
        {
            failed.Add(Format(
                "credibility with us is not shown (coverage {0}, below the {1} threshold, and no meeting with them ended in a commitment)",
                Figures.AgainstThreshold(fact.CoverageStrength, thresholds.CoverageThreshold),
                Figures.Threshold(thresholds.CoverageThreshold)));
        }

        if ((fact.CoachTests & CoachTests.WantsUsToWin) == 0)
        {
            failed.Add(fact.Influence.Rating is { } rating
                ? Format("wanting our proposal to win is not shown (rated {0}, below {1})", Signed(rating), Signed(thresholds.CoachMinRating))
                : "wanting our proposal to win is not shown (unrated)");
        }

        return failed;
    }

    private static List<string> UncertainNames(InfluenceFacts uncertain)
    {
        var names = new List<string>(5);
        if ((uncertain & InfluenceFacts.Roles) != 0)
        {
            names.Add("roles");
        }

        if ((uncertain & InfluenceFacts.Degree) != 0)
        {
            names.Add("degree of influence");
        }

        if ((uncertain & InfluenceFacts.Mode) != 0)
        {
            names.Add("mode");
        }

        if ((uncertain & InfluenceFacts.Rating) != 0)
        {
            names.Add("rating");
        }

        if ((uncertain & InfluenceFacts.WinResults) != 0)
        {
            names.Add("win-results");
        }

        return names;
    }
}
