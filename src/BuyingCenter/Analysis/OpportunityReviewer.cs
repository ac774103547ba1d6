using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace BuyingCenter.Analysis;

/// <summary>Applies the red-flag, strength, score and funnel rules of the methodology to one opportunity.</summary>
internal sealed class OpportunityReviewer
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly AccountAnalysis analysis;
    private readonly AnalysisOptions options;
    private readonly AccountPlan plan;
    private readonly Opportunity opportunity;
    private readonly List<RedFlag> flags = new();
    private readonly List<PlanStrength> strengths = new();

    private OpportunityReviewer(AccountAnalysis analysis, Opportunity opportunity)
    {
        this.analysis = analysis;
        options = analysis.Options;
        plan = analysis.Plan;
        this.opportunity = opportunity;
    }

    public static OpportunityReview Review(AccountAnalysis analysis, Opportunity opportunity) =>
        new OpportunityReviewer(analysis, opportunity).Review();

    private OpportunityReview Review()
    {
        var economicBuyers = new List<Person>();
        var facts = new List<PersonFacts>(opportunity.Influences.Count);
        var byId = new Dictionary<string, PersonFacts>(opportunity.Influences.Count, StringComparer.Ordinal);
        var history = MeetingHistory();
        var coaches = 0;
        var hasTechnical = false;
        var hasUser = false;
        var weights = 0.0;
        foreach (var influence in opportunity.Influences)
        {
            var person = plan.FindPerson(influence.PersonId);
            if (person is null || byId.ContainsKey(person.Id))
            {
                continue;
            }

            history.TryGetValue(person.Id, out var held);
            var fact = new PersonFacts(person, influence, analysis, opportunity.Id, held);
            fact.CoachTests = TestCoach(fact);
            facts.Add(fact);
            byId.Add(person.Id, fact);
            weights += fact.Weight;
            if (influence.Has(BuyingRoles.Economic))
            {
                economicBuyers.Add(person);
            }

            coaches += influence.Has(BuyingRoles.Coach) ? 1 : 0;
            hasTechnical |= influence.Has(BuyingRoles.Technical);
            hasUser |= influence.Has(BuyingRoles.User);
        }

        // Summed in person-id order and rounded: the shares, and so the points shown, never depend on the order of the
        // plan's arrays (floating-point sums do).
        weights = 0;
        foreach (var fact in ByPersonId(facts))
        {
            weights += fact.Weight;
        }

        foreach (var fact in facts)
        {
            fact.Share = weights > 0 ? Math.Round(options.PeoplePoolPoints * fact.Weight / weights, 9) : 0;
        }

        var noGap = NoGap(facts);
        OpportunityFlags(economicBuyers.Count, coaches, hasTechnical, hasUser, facts.Count, noGap);
        var opponents = new Dictionary<string, NearEconomicBuyer>(StringComparer.Ordinal);
        foreach (var found in EconomicBuyerSurroundings.Opponents(analysis, opportunity))
        {
            opponents[found.PersonId] = found;
        }

        foreach (var fact in facts)
        {
            opponents.TryGetValue(fact.Person.Id, out var near);
            PersonFlags(fact, near, byId);
        }

        // A hidden influencer's flag takes from the share of the person they influence: it is a gap in what we know of them.
        var chargedTo = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var hidden in EconomicBuyerSurroundings.HiddenInfluencers(analysis, opportunity))
        {
            HiddenInfluencer(hidden, byId);
            if (!byId.ContainsKey(hidden.PersonId))
            {
                chargedTo[hidden.PersonId] = hidden.NearId;
            }
        }

        var singleThreaded = false;
        foreach (var fact in facts)
        {
            if (fact.IsEconomic)
            {
                singleThreaded |= EconomicBuyerThreading(fact);
                SellerLevel(fact);
            }
        }

        var provenCoaches = new List<Person>();
        foreach (var fact in facts)
        {
            if (fact.IsCoach && fact.CoachTests == CoachTests.All)
            {
                provenCoaches.Add(fact.Person);
            }
        }

        PersonStrengths(facts, provenCoaches);

        flags.Sort((a, b) => CompareFlags(a, b, byId));
        strengths.Sort(CompareStrengths);

        var highFlags = 0;
        foreach (var flag in flags)
        {
            highFlags += flag.Severity == Severity.High ? 1 : 0;
        }

        var deductions = Deductions(byId, chargedTo, out var score);

        // Grouped once: scanning every flag for every person would be quadratic on large accounts.
        var flagsByPerson = new Dictionary<string, List<RedFlag>>(StringComparer.Ordinal);
        foreach (var flag in flags)
        {
            if (flag.PersonId is { } personId)
            {
                if (!flagsByPerson.TryGetValue(personId, out var own))
                {
                    own = new List<RedFlag>();
                    flagsByPerson.Add(personId, own);
                }

                own.Add(flag);
            }
        }

        var assessments = new InfluenceAssessment[facts.Count];
        for (var i = 0; i < facts.Count; i++)
        {
            var own = flagsByPerson.TryGetValue(facts[i].Person.Id, out var found) ? found.ToArray() : Array.Empty<RedFlag>();
            assessments[i] = facts[i].ToAssessment(analysis, own);
        }

        var position = DeriveFunnelPosition(facts, economicBuyers.Count, provenCoaches.Count, highFlags, noGap, out var explanation);
        var status = score >= options.GreenFrom ? CoverageStatus.Green : score >= options.AmberFrom ? CoverageStatus.Amber : CoverageStatus.Red;
        if (status == CoverageStatus.Green && position == SalesStage.AboveTheFunnel)
        {
            // Known people on our side are no deal while nobody sees a reason to buy: the status is capped.
            status = CoverageStatus.Amber;
            explanation += string.Format(Invariant, " The score of {0} would be Green, but a deal above the funnel is at most Amber.", score);
        }

        var claimed = opportunity.Stage;
        var overstated = claimed is { } claim && claim <= SalesStage.BestFew && claim > position;
        if (overstated)
        {
            explanation += string.Format(Invariant, " The plan claims {0}, ahead of the derived position {1}.", claimed, position);
        }

        return new OpportunityReview(
            analysis,
            opportunity: opportunity,
            coverageScore: score,
            status: status,
            scoreDeductions: deductions,
            funnelPosition: position,
            claimedStage: claimed,
            stageOverstated: overstated,
            funnelExplanation: explanation,
            redFlags: flags.ToArray(),
            strengths: strengths.ToArray(),
            influences: assessments,
            economicBuyers: economicBuyers.ToArray(),
            provenCoaches: provenCoaches.ToArray(),
            isSingleThreaded: singleThreaded);
    }

    /// <summary>
    /// The deductions of both pools (domain.md, section 3), exact first, then shown to one decimal so that they add up to
    /// exactly 100 - score: the exact total is rounded to the whole score (half away from zero), and its tenths are
    /// apportioned among the flags by largest remainder (ties: the earlier flag, which is the worse risk).
    /// </summary>
    private ScoreDeduction[] Deductions(Dictionary<string, PersonFacts> byId, Dictionary<string, string> chargedTo, out int score)
    {
        var exact = new double[flags.Count];
        var opportunityLeft = options.OpportunityPoolPoints;
        var total = 0.0;
        for (var i = 0; i < flags.Count; i++)
        {
            var flag = flags[i];
            double points;
            if (options.OpportunityFlagPoints.TryGetValue(flag.Code, out var fixedPoints))
            {
                points = Math.Max(0, Math.Min(fixedPoints, opportunityLeft));
                opportunityLeft -= points;
            }
            else if (flag.PersonId is { } personId
                && (byId.TryGetValue(personId, out var owner)
                    || (chargedTo.TryGetValue(personId, out var nearId) && byId.TryGetValue(nearId, out owner))))
            {
                points = Math.Max(0, Math.Min(owner!.Share * options.ShareFor(flag.Severity), owner.ShareLeft));
                owner.ShareLeft -= points;
            }
            else
            {
                points = 0;
            }

            exact[i] = Math.Round(points, 9);
            total += exact[i];
        }

        var whole = (int)Math.Round(Math.Round(total, 6), MidpointRounding.AwayFromZero);
        whole = Math.Min(100, Math.Max(0, whole));
        score = 100 - whole;

        var tenths = new long[flags.Count];
        var target = whole * 10L;
        var given = 0L;
        for (var i = 0; i < flags.Count; i++)
        {
            var quota = total > 0 ? exact[i] * target / total : 0;
            tenths[i] = (long)Math.Floor(quota + 1e-9);
            given += tenths[i];
        }

        while (given < target)
        {
            // Largest remainder first; ties go to the earlier, worse flag.
            var best = -1;
            var bestRemainder = -1.0;
            for (var i = 0; i < flags.Count; i++)
            {
                var remainder = Math.Round((exact[i] * target / total) - tenths[i], 9);
                if (exact[i] > 0 && remainder > bestRemainder)
                {
                    (best, bestRemainder) = (i, remainder);
                }
            }

            tenths[best]++;
            given++;
        }

        var count = 0;
        for (var i = 0; i < flags.Count; i++)
        {
            count += tenths[i] > 0 ? 1 : 0;
        }

        var deductions = new ScoreDeduction[count];
        var k = 0;
        for (var i = 0; i < flags.Count; i++)
        {
            if (tenths[i] > 0)
            {
                deductions[k++] = new ScoreDeduction { Flag = flags[i], Points = tenths[i] / 10m };
            }
        }

        return deductions;
    }

    private CoachTests TestCoach(PersonFacts fact)
    {
        var passed = CoachTests.None;
        if (fact.Influence.Degree is InfluenceDegree.High or InfluenceDegree.Medium)
        {
            passed |= CoachTests.CredibleWithBuyer;
        }

        if (fact.IsCovered || fact.History.CommittedOnce)
        {
            passed |= CoachTests.CredibleWithUs;
        }

        if (fact.Influence.Rating is { } rating && rating >= options.CoachMinRating)
        {
            passed |= CoachTests.WantsUsToWin;
        }

        return passed;
    }

    /// <summary>Whether nobody who decides sees a reason to change (the NoGap condition), and who they are.</summary>
    private List<PersonFacts>? NoGap(List<PersonFacts> facts)
    {
        var deciders = new List<PersonFacts>();
        var known = false;
        foreach (var fact in facts)
        {
            if (fact.IsEconomic || fact.Influence.Degree == InfluenceDegree.High)
            {
                if (fact.Influence.Mode is ResponseMode.Growth or ResponseMode.Trouble)
                {
                    return null;
                }

                known |= fact.Influence.Mode != ResponseMode.Unknown;
                deciders.Add(fact);
            }
        }

        return known ? deciders : null;
    }

    /// <summary>The held meetings with each person: the outcomes of the last two, and whether any ended with a commitment.</summary>
    private Dictionary<string, HeldMeetings> MeetingHistory()
    {
        var held = new Dictionary<string, HeldMeetings>(StringComparer.Ordinal);
        foreach (var meeting in plan.Meetings)
        {
            if (!HeldMeetings.IsHeld(meeting, analysis.AsOf))
            {
                continue;
            }

            foreach (var personId in meeting.PersonIds)
            {
                held.TryGetValue(personId, out var known);
                held[personId] = known.With(meeting);
            }
        }

        return held;
    }

    private void OpportunityFlags(int economicBuyers, int coaches, bool hasTechnical, bool hasUser, int influences, List<PersonFacts>? noGap)
    {
        if (noGap is not null)
        {
            var modes = new List<string>(noGap.Count);
            foreach (var fact in ByPersonId(noGap))
            {
                modes.Add(fact.Influence.Mode == ResponseMode.Unknown
                    ? fact.Label + " in a mode not yet found out"
                    : string.Format(Invariant, "{0} in {1} mode", fact.Label, fact.Influence.Mode));
            }

            Add(
                RedFlagCode.NoGap,
                Severity.High,
                null,
                "Nobody who decides sees a reason to change ({0}): the fit may not be there. Qualify out, or find the trouble on the horizon.",
                JoinWords(modes));
        }

        if (economicBuyers == 0)
        {
            Add(RedFlagCode.EconomicBuyerUnknown, Severity.High, null, "No one holds the Economic role in '{0}': the Economic Buyer, who gives the final approval, is unknown.", opportunity.Id);
        }

        if (coaches == 0)
        {
            Add(RedFlagCode.NoCoach, Severity.High, null, "No one holds the Coach role in '{0}': no one guides us to the sale.", opportunity.Id);
        }

        if (!hasTechnical)
        {
            Add(RedFlagCode.RoleUnfilled, Severity.Medium, null, "No Technical influence is identified in '{0}': we do not know who screens suppliers.", opportunity.Id);
        }

        if (!hasUser)
        {
            Add(RedFlagCode.RoleUnfilled, Severity.Medium, null, "No User influence is identified in '{0}': we do not know who will use what is bought.", opportunity.Id);
        }

        if (plan.Account.Reorganizing)
        {
            Add(RedFlagCode.Reorganization, Severity.High, null, "{0} is reorganising: roles and budgets may move.", plan.Account.Name);
        }

        if (opportunity.Quantity is null || opportunity.CloseDate is null)
        {
            var missing = opportunity.Quantity is null && opportunity.CloseDate is null ? "no quantity and no date"
                : opportunity.Quantity is null ? "no quantity" : "no date";
            Add(RedFlagCode.ObjectiveVague, Severity.Medium, null, "The Single Sales Objective \"{0}\" has {1}.", opportunity.SingleSalesObjective, missing);
        }

        if (opportunity.Amount is { } amount && amount >= options.LargeAmount && influences < options.MinInfluencesForLargeAmount)
        {
            Add(
                RedFlagCode.TooFewInfluences,
                Severity.Medium,
                null,
                "Only {0} influence(s) identified for an amount of {1}; at least {2} are expected from {3}.",
                influences,
                Money(amount),
                options.MinInfluencesForLargeAmount,
                Money(options.LargeAmount));
        }
    }

    private void PersonFlags(PersonFacts fact, NearEconomicBuyer? opponentNear, Dictionary<string, PersonFacts> byId)
    {
        var who = fact.Label;
        var id = fact.Person.Id;
        var keySeverity = fact.IsEconomic ? Severity.High : Severity.Medium;
        var factSeverity = fact.IsEconomic ? Severity.Medium : Severity.Low;
        var threshold = Figures.Threshold(options.CoverageThreshold);

        // One gap, one flag: someone never contacted is not also reported as uncovered.
        if (!analysis.HasMeetingOnRecord(id) && !analysis.IsKnownBySeller(id))
        {
            Add(RedFlagCode.Uncontacted, keySeverity, id, "{0} has no meeting on record and no seller knows them: find who can introduce us.", who);
        }
        else if (!fact.IsCovered)
        {
            var coverage = Figures.AgainstThreshold(fact.Coverage.Strength, options.CoverageThreshold);
            if (fact.Coverage.Seller?.Id is { } sellerId)
            {
                Add(RedFlagCode.Uncovered, keySeverity, id, "{0} has coverage {1} from {2}, below the {3} threshold.", who, coverage, NameOf(sellerId), threshold);
            }
            else
            {
                Add(RedFlagCode.Uncovered, keySeverity, id, "{0} has been met but no seller has a working relationship with them (coverage 0.00, below the {1} threshold).", who, threshold);
            }
        }

        if (fact.History.Stalled)
        {
            Add(RedFlagCode.Stalled, keySeverity, id, "The last two meetings with {0} ended with no commitment: change the approach.", who);
        }

        if (fact.LastContact is { } last)
        {
            var days = (int)(analysis.AsOf - last.Date).TotalDays;
            if (days > options.StaleAfterDays)
            {
                Add(RedFlagCode.Stale, Severity.Medium, id, "The last contact with {0} was on {1:yyyy-MM-dd}, {2} days ago, more than {3} days.", who, last, days, options.StaleAfterDays);
            }
        }

        var influence = fact.Influence;
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

        if (unknown.Count > 0)
        {
            Add(RedFlagCode.MissingInformation, factSeverity, id, "For {0} we do not know the {1}.", who, JoinWords(unknown));
        }

        if (fact.Person.NewInRole)
        {
            Add(RedFlagCode.NewInRole, Severity.Medium, id, "{0} is new in their position: their priorities and standing may have changed.", who);
        }

        if (influence.Mode == ResponseMode.EvenKeel)
        {
            Add(RedFlagCode.LowReceptivity, Severity.Medium, id, "{0} is in EvenKeel mode: they see no gap, so little reason to change.", who);
        }
        else if (influence.Mode == ResponseMode.Overconfident)
        {
            Add(RedFlagCode.LowReceptivity, Severity.High, id, "{0} is Overconfident: results are better than expected and they see no reason to change.", who);
        }

        if (opponentNear is not null && byId.TryGetValue(opponentNear.NearId, out var economicBuyer))
        {
            // The opposition and its closeness to the Economic Buyer are one risk: this flag replaces Opposes for them.
            Add(
                RedFlagCode.OpponentNearEconomicBuyer,
                Severity.High,
                id,
                "{0} is rated {1} ({2}) and {3} {4} ({5}): neutralise them before meeting {6}, do not go around them.",
                who,
                Signed(influence.Rating!.Value),
                RatingWords(influence.Rating.Value),
                opponentNear.Kind == RelationshipKind.Influences ? "influences" : "is close to",
                economicBuyer.Label,
                Figures.Threshold(opponentNear.Strength),
                economicBuyer.Person.Name);
        }
        else if (influence.Rating is { } rating && rating < 0)
        {
            var severity = rating <= options.StrongOppositionRating ? Severity.High : Severity.Medium;
            Add(RedFlagCode.Opposes, severity, id, "{0} is rated {1}: {2} our proposal.", who, Signed(rating), RatingWords(rating));
        }

        if (fact.IsCoach && fact.CoachTests != CoachTests.All)
        {
            Add(RedFlagCode.CoachUnproven, Severity.Medium, id, "Coach {0} is a candidate, not yet proven: {1}. Test the coach.", fact.Person.Name, JoinWords(FailedTests(fact)));
        }

        if (influence.Uncertain != InfluenceFacts.None)
        {
            Add(RedFlagCode.UncertainInformation, factSeverity, id, "For {0} the seller is not sure of the {1}.", who, JoinWords(UncertainNames(influence.Uncertain)));
        }
    }

    private void HiddenInfluencer(NearEconomicBuyer hidden, Dictionary<string, PersonFacts> byId)
    {
        var near = byId.TryGetValue(hidden.NearId, out var influenced) ? influenced.Label : NameOf(hidden.NearId);
        Add(
            RedFlagCode.HiddenInfluencer,
            Severity.Medium,
            hidden.PersonId,
            "{0} holds no role in this opportunity but influences {1} ({2}): find out their part.",
            NameOf(hidden.PersonId),
            near,
            Figures.Threshold(hidden.Strength));
    }

    private List<string> FailedTests(PersonFacts fact)
    {
        var failed = new List<string>(3);
        if ((fact.CoachTests & CoachTests.CredibleWithBuyer) == 0)
        {
            failed.Add(string.Format(Invariant, "credibility with the buying organisation is not shown (degree of influence {0})", fact.Influence.Degree));
        }

        if ((fact.CoachTests & CoachTests.CredibleWithUs) == 0)
        {
            failed.Add(string.Format(
                Invariant,
                "credibility with us is not shown (coverage {0}, below the {1} threshold, and no meeting with them ended in a commitment)",
                Figures.AgainstThreshold(fact.Coverage.Strength, options.CoverageThreshold),
                Figures.Threshold(options.CoverageThreshold)));
        }

        if ((fact.CoachTests & CoachTests.WantsUsToWin) == 0)
        {
            failed.Add(fact.Influence.Rating is { } rating
                ? string.Format(Invariant, "wanting our proposal to win is not shown (rated {0}, below {1})", Signed(rating), Signed(options.CoachMinRating))
                : "wanting our proposal to win is not shown (unrated)");
        }

        return failed;
    }

    /// <summary>The words of a rating (domain.md, section 3).</summary>
    internal static string RatingWords(int rating) => rating switch
    {
        >= 3 => "favours",
        >= 1 => "leans toward",
        0 => "is neutral on",
        -1 => "has doubts about",
        -2 => "leans against",
        _ => "opposes",
    };

    /// <returns>Whether the Economic Buyer is single-threaded.</returns>
    private bool EconomicBuyerThreading(PersonFacts fact)
    {
        if (fact.Reach is null)
        {
            // No thread at all is worse than one: flagging only a single thread would make building the first route
            // lower the score.
            Add(RedFlagCode.SingleThreaded, Severity.High, fact.Person.Id, "No admissible route from our team reaches {0}: not even one thread; find who can introduce us.", fact.Label);
            return true;
        }

        var chokePoints = analysis.GetChokePoints(fact.Person.Id, opportunity.Id);
        if (chokePoints.Count == 0)
        {
            strengths.Add(new PlanStrength
            {
                Code = StrengthCode.MultiThreaded,
                OpportunityId = opportunity.Id,
                PersonId = fact.Person.Id,
                Message = string.Format(Invariant, "Our team reaches {0} by admissible routes that share no single person or seller.", fact.Label),
            });
            return false;
        }

        var names = new List<string>(chokePoints.Count);
        foreach (var chokePoint in chokePoints)
        {
            names.Add(plan.FindSeller(chokePoint) is { } seller ? seller.Name + " (our team)" : NameOf(chokePoint));
        }

        Add(RedFlagCode.SingleThreaded, Severity.High, fact.Person.Id, "Every admissible route from our team to {0} passes through {1}.", fact.Label, JoinWords(names));
        return true;
    }

    private void SellerLevel(PersonFacts fact)
    {
        if (fact.Person.Level is not { } level)
        {
            return;
        }

        var id = fact.Person.Id;
        var sellers = new List<string>();
        foreach (var (sellerId, _) in analysis.SellersKnowing(id))
        {
            sellers.Add(sellerId);
        }

        if (sellers.Count == 0)
        {
            return;
        }

        var names = new List<string>(sellers.Count);
        foreach (var sellerId in sellers)
        {
            var seller = plan.FindSeller(sellerId)!;
            if (seller.Level is not { } sellerLevel || sellerLevel > level - options.SellerLevelGap)
            {
                return;
            }

            names.Add(string.Format(Invariant, "{0} (level {1})", seller.Name, sellerLevel));
        }

        Add(
            RedFlagCode.SellerLevelMismatch,
            Severity.Medium,
            id,
            "{0} ({1}, level {2}) is known only by {3}, {4} or more levels below.",
            fact.Person.Name,
            fact.Roles,
            level,
            JoinWords(names),
            options.SellerLevelGap);
    }

    private void PersonStrengths(List<PersonFacts> facts, List<Person> provenCoaches)
    {
        if (provenCoaches.Count >= options.SeveralCoaches)
        {
            var names = new List<string>(provenCoaches.Count);
            foreach (var coach in provenCoaches)
            {
                names.Add(coach.Name);
            }

            strengths.Add(new PlanStrength
            {
                Code = StrengthCode.SeveralCoaches,
                OpportunityId = opportunity.Id,
                Message = string.Format(Invariant, "{0} proven coaches ({1}): their views can be compared.", provenCoaches.Count, JoinWords(names)),
            });
        }

        foreach (var fact in facts)
        {
            var influence = fact.Influence;
            if (fact.IsEconomic && fact.IsCovered && influence.Rating is { } rating && rating >= options.FavourableEconomicBuyerRating)
            {
                strengths.Add(new PlanStrength
                {
                    Code = StrengthCode.EconomicBuyerCovered,
                    OpportunityId = opportunity.Id,
                    PersonId = fact.Person.Id,
                    Message = string.Format(Invariant, "{0} is covered ({1:0.00} from {2}) and rated {3}.", fact.Label, fact.Coverage.Strength, NameOf(fact.Coverage.Seller!.Id), Signed(rating)),
                });
            }

            if (influence.Degree == InfluenceDegree.High && influence.Mode is ResponseMode.Growth or ResponseMode.Trouble)
            {
                strengths.Add(new PlanStrength
                {
                    Code = StrengthCode.ReceptiveHighInfluence,
                    OpportunityId = opportunity.Id,
                    PersonId = fact.Person.Id,
                    Message = string.Format(Invariant, "{0} has High influence and is in {1} mode: they see a gap and want it closed.", fact.Label, influence.Mode),
                });
            }
        }
    }

    private SalesStage DeriveFunnelPosition(List<PersonFacts> facts, int economicBuyers, int provenCoaches, int highFlags, List<PersonFacts>? noGap, out string explanation)
    {
        if (opportunity.Quantity is null || opportunity.CloseDate is null)
        {
            explanation = "Above the funnel: the Single Sales Objective is vague (no quantity or no date).";
            return SalesStage.AboveTheFunnel;
        }

        if (noGap is not null)
        {
            explanation = "Above the funnel: nobody who decides sees a reason to change (NoGap).";
            return SalesStage.AboveTheFunnel;
        }

        var met = PeopleMetInOpportunity();

        // Named in person-id order so that the sentence does not depend on the order of the plan's arrays.
        var receptiveMet = new SortedDictionary<string, PersonFacts>(StringComparer.Ordinal);
        var receptiveNotMet = new SortedDictionary<string, PersonFacts>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (fact.Influence.Mode is ResponseMode.Growth or ResponseMode.Trouble)
            {
                (met.Contains(fact.Person.Id) ? receptiveMet : receptiveNotMet)[fact.Person.Id] = fact;
            }
        }

        if (receptiveMet.Count == 0)
        {
            explanation = receptiveNotMet.Count == 0
                ? "Above the funnel: no influence is in Growth or Trouble mode, so no one sees a gap we could close."
                : "Above the funnel: " + Receptive(receptiveNotMet.Values) + (receptiveNotMet.Count == 1 ? " has" : " have") + " not been met about that gap.";
            return SalesStage.AboveTheFunnel;
        }

        var gaps = new List<string>();
        if (economicBuyers == 0)
        {
            gaps.Add("the Economic Buyer is unknown");
        }

        foreach (var fact in ByPersonId(facts))
        {
            if (!fact.IsEconomic)
            {
                continue;
            }

            if (!fact.IsCovered)
            {
                gaps.Add(string.Format(Invariant, "{0} is not covered", fact.Label));
            }

            if (fact.Influence.Rating is not { } rating || rating < options.BestFewEconomicBuyerRating)
            {
                gaps.Add(string.Format(
                    Invariant,
                    "{0} is {1}, not {2} or better",
                    fact.Label,
                    fact.Influence.Rating is { } r ? "rated " + Signed(r) : "unrated",
                    Signed(options.BestFewEconomicBuyerRating)));
            }
        }

        if (provenCoaches == 0)
        {
            gaps.Add("no proven Coach is in place");
        }

        if (highFlags > 0)
        {
            gaps.Add(string.Format(Invariant, "{0} High red flag(s) remain", highFlags));
        }

        var inFunnel = "In the funnel: " + Receptive(receptiveMet.Values) + (receptiveMet.Count == 1 ? " has" : " have") + " been met";
        if (gaps.Count == 0)
        {
            explanation = "Best few: " + inFunnel.Substring("In the funnel: ".Length) + ", and the Economic Buyer is identified, covered and favourable, a proven Coach is in place and no High red flag remains.";
            return SalesStage.BestFew;
        }

        explanation = inFunnel + "; not among the best few because " + JoinWords(gaps) + ".";
        return SalesStage.InTheFunnel;
    }

    private static List<PersonFacts> ByPersonId(List<PersonFacts> facts)
    {
        // Sentences name people in id order so that they do not depend on the order of the plan's arrays.
        var sorted = new List<PersonFacts>(facts);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Person.Id, b.Person.Id));
        return sorted;
    }

    private static string Receptive(IEnumerable<PersonFacts> people)
    {
        var names = new List<string>();
        foreach (var fact in people)
        {
            names.Add(string.Format(Invariant, "{0} in {1} mode", fact.Label, fact.Influence.Mode));
        }

        return JoinWords(names);
    }

    /// <summary>The people met in a meeting on record about this opportunity or at account level.</summary>
    private HashSet<string> PeopleMetInOpportunity()
    {
        var met = new HashSet<string>(StringComparer.Ordinal);
        foreach (var meeting in plan.Meetings)
        {
            if ((meeting.OpportunityId is null || string.Equals(meeting.OpportunityId, opportunity.Id, StringComparison.Ordinal))
                && AccountAnalysis.IsOnRecord(meeting, analysis.AsOf))
            {
                foreach (var personId in meeting.PersonIds)
                {
                    met.Add(personId);
                }
            }
        }

        return met;
    }

    private void Add(RedFlagCode code, Severity severity, string? personId, string format, params object[] args) =>
        flags.Add(new RedFlag
        {
            Code = code,
            Severity = severity,
            OpportunityId = opportunity.Id,
            PersonId = personId,
            Message = string.Format(Invariant, format, args),
        });

    private string NameOf(string id) => plan.FindParty(id)?.Name ?? id;

    private string Money(decimal amount) =>
        opportunity.Currency is { } currency ? amount.ToString("#,0.##", Invariant) + " " + currency : amount.ToString("#,0.##", Invariant);

    private static string Signed(int rating) => rating > 0 ? "+" + rating.ToString(Invariant) : rating.ToString(Invariant);

    private static bool HasKnownWinResult(BuyingInfluence influence)
    {
        foreach (var winResult in influence.WinResults)
        {
            if (!string.IsNullOrWhiteSpace(winResult.Result) || !string.IsNullOrWhiteSpace(winResult.Win))
            {
                return true;
            }
        }

        return false;
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

    private static string JoinWords(List<string> words)
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

    /// <summary>The order of section 3: severity, opportunity-wide flags first, then role, importance, code and person id.</summary>
    private static int CompareFlags(RedFlag a, RedFlag b, Dictionary<string, PersonFacts> byId)
    {
        // Enums compared as ints: Enum.CompareTo takes an object and would box on every comparison.
        var bySeverity = (int)b.Severity - (int)a.Severity;
        if (bySeverity != 0)
        {
            return bySeverity;
        }

        if ((a.PersonId is null) != (b.PersonId is null))
        {
            return a.PersonId is null ? -1 : 1;
        }

        PersonFacts? factA = null, factB = null;
        if (a.PersonId is not null)
        {
            byId.TryGetValue(a.PersonId, out factA);
            byId.TryGetValue(b.PersonId!, out factB);
        }

        var byRole = RoleRank(factA) - RoleRank(factB);
        if (byRole != 0)
        {
            return byRole;
        }

        var byImportance = (factB?.Importance ?? 0).CompareTo(factA?.Importance ?? 0);
        if (byImportance != 0)
        {
            return byImportance;
        }

        var byCode = (int)a.Code - (int)b.Code;
        if (byCode != 0)
        {
            return byCode;
        }

        var byPerson = string.CompareOrdinal(a.PersonId, b.PersonId);
        return byPerson != 0 ? byPerson : string.CompareOrdinal(a.Message, b.Message);
    }

    /// <summary>Economic 0, Coach 1, Technical 2, User 3, none (or not an influence) 4.</summary>
    private static int RoleRank(PersonFacts? fact)
    {
        var roles = fact?.Influence.Roles ?? BuyingRoles.None;
        return (roles & BuyingRoles.Economic) != 0 ? 0
            : (roles & BuyingRoles.Coach) != 0 ? 1
            : (roles & BuyingRoles.Technical) != 0 ? 2
            : (roles & BuyingRoles.User) != 0 ? 3
            : 4;
    }

    private static int CompareStrengths(PlanStrength a, PlanStrength b)
    {
        var byCode = (int)a.Code - (int)b.Code;
        return byCode != 0 ? byCode : string.CompareOrdinal(a.PersonId, b.PersonId);
    }

    /// <summary>The graph facts of one influence, looked up once and shared by every rule.</summary>
    private sealed class PersonFacts
    {
        /// <summary>The label of every combination of the four roles, made once: every influence of every review needs one.</summary>
        private static readonly string[] RoleLabels = MakeRoleLabels();

        private double share;

        public PersonFacts(Person person, BuyingInfluence influence, AccountAnalysis analysis, string opportunityId, HeldMeetings history)
        {
            Person = person;
            Influence = influence;
            History = history;
            IsEconomic = influence.Has(BuyingRoles.Economic);
            IsCoach = influence.Has(BuyingRoles.Coach);
            Centrality = analysis.GetCentrality(person.Id);
            Importance = Math.Round(analysis.Options.Importance.Of(influence.Roles, influence.Degree, Centrality), 9);
            Weight = Importance * (IsEconomic ? analysis.Options.EconomicBuyerShareFactor : 1);
            Coverage = analysis.GetCoverage(person.Id);
            IsCovered = analysis.IsCovered(person.Id);
            Reach = analysis.GetRoute(person.Id, opportunityId);
            LastContact = analysis.GetLastContact(person.Id);
            Roles = RoleLabel(influence.Roles);
            Label = person.Name + " (" + Roles + ")";
        }

        public Person Person { get; }

        public BuyingInfluence Influence { get; }

        public bool IsEconomic { get; }

        public bool IsCoach { get; }

        public HeldMeetings History { get; }

        public double Centrality { get; }

        public double Importance { get; }

        /// <summary>Importance, the Economic Buyer's counted twice: what the people pool is shared by.</summary>
        public double Weight { get; }

        /// <summary>This person's share of the people pool.</summary>
        public double Share
        {
            get => share;
            set => (share, ShareLeft) = (value, value);
        }

        /// <summary>What is left of the share once the worse flags have taken theirs.</summary>
        public double ShareLeft { get; set; }

        public CoachTests CoachTests { get; set; }

        public PersonCoverage Coverage { get; }

        public bool IsCovered { get; }

        public IntroductionPath? Reach { get; }

        public DateTime? LastContact { get; }

        /// <summary>"Economic", "User, Coach", or "role unknown".</summary>
        public string Roles { get; }

        /// <summary>"Dana Lee (Economic)": how every sentence names the person.</summary>
        public string Label { get; }

        public InfluenceAssessment ToAssessment(AccountAnalysis analysis, RedFlag[] own)
        {
            return new InfluenceAssessment
            {
                Person = Person,
                Influence = Influence,
                Coverage = Coverage,
                IsCovered = IsCovered,
                Reach = Reach,
                Centrality = Centrality,
                LastContact = LastContact,
                RedFlags = own,
                Importance = Importance,
                ScoreShare = share,
                CoachTests = CoachTests,
            };
        }

        private static string RoleLabel(BuyingRoles roles) =>
            (int)roles >= 0 && (int)roles < RoleLabels.Length ? RoleLabels[(int)roles] : MakeRoleLabel(roles);

        private static string[] MakeRoleLabels()
        {
            var all = BuyingRoles.Economic | BuyingRoles.Technical | BuyingRoles.User | BuyingRoles.Coach;
            var labels = new string[(int)all + 1];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = MakeRoleLabel((BuyingRoles)i);
            }

            return labels;
        }

        private static string MakeRoleLabel(BuyingRoles roles)
        {
            if (roles == BuyingRoles.None)
            {
                return "role unknown";
            }

            var names = new List<string>(4);
            foreach (var role in new[] { BuyingRoles.Economic, BuyingRoles.Technical, BuyingRoles.User, BuyingRoles.Coach })
            {
                if ((roles & role) != 0)
                {
                    names.Add(role.ToString());
                }
            }

            return string.Join(", ", names);
        }
    }
}
