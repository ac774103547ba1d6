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
        var coaches = 0;
        var hasTechnical = false;
        var hasUser = false;
        foreach (var influence in opportunity.Influences)
        {
            var person = plan.FindPerson(influence.PersonId);
            if (person is null)
            {
                continue;
            }

            var fact = new PersonFacts(person, influence, analysis, opportunity.Id);
            facts.Add(fact);
            if (influence.Has(BuyingRoles.Economic))
            {
                economicBuyers.Add(person);
            }

            coaches += influence.Has(BuyingRoles.Coach) ? 1 : 0;
            hasTechnical |= influence.Has(BuyingRoles.Technical);
            hasUser |= influence.Has(BuyingRoles.User);
        }

        OpportunityFlags(economicBuyers.Count, coaches, hasTechnical, hasUser, facts.Count);
        foreach (var fact in facts)
        {
            PersonFlags(fact);
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

        PersonStrengths(facts, coaches);

        flags.Sort(CompareFlags);
        strengths.Sort(CompareStrengths);

        var deductions = new ScoreDeduction[flags.Count];
        var total = 0;
        var highFlags = 0;
        for (var i = 0; i < flags.Count; i++)
        {
            var points = options.PointsFor(flags[i].Severity);
            deductions[i] = new ScoreDeduction { Flag = flags[i], Points = points };
            total += points;
            highFlags += flags[i].Severity == Severity.High ? 1 : 0;
        }

        var score = Math.Max(0, 100 - total);
        var status = score >= options.GreenFrom ? CoverageStatus.Green : score >= options.AmberFrom ? CoverageStatus.Amber : CoverageStatus.Red;

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

        var position = DeriveFunnelPosition(facts, economicBuyers.Count, coaches, highFlags, out var explanation);
        var claimed = opportunity.Stage;
        var overstated = claimed is { } claim && claim <= SalesStage.BestFew && claim > position;
        if (overstated)
        {
            explanation += string.Format(Invariant, " The plan claims {0}, ahead of the derived position {1}.", claimed, position);
        }

        return new OpportunityReview
        {
            Opportunity = opportunity,
            CoverageScore = score,
            Status = status,
            ScoreDeductions = deductions,
            FunnelPosition = position,
            ClaimedStage = claimed,
            StageOverstated = overstated,
            FunnelExplanation = explanation,
            RedFlags = flags.ToArray(),
            Strengths = strengths.ToArray(),
            Influences = assessments,
            EconomicBuyers = economicBuyers.ToArray(),
            IsSingleThreaded = singleThreaded,
        };
    }

    private void OpportunityFlags(int economicBuyers, int coaches, bool hasTechnical, bool hasUser, int influences)
    {
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

    private void PersonFlags(PersonFacts fact)
    {
        var who = fact.Label;
        var id = fact.Person.Id;
        var keySeverity = fact.IsEconomic ? Severity.High : Severity.Medium;
        var factSeverity = fact.IsEconomic ? Severity.Medium : Severity.Low;

        if (!analysis.HasMeetingOnRecord(id) && !analysis.IsKnownBySeller(id))
        {
            Add(RedFlagCode.Uncontacted, keySeverity, id, "{0} has no meeting on record and no seller knows them.", who);
        }

        if (!fact.IsCovered)
        {
            if (fact.Coverage.SellerId is { } sellerId)
            {
                Add(RedFlagCode.Uncovered, keySeverity, id, "{0} has coverage {1:0.00} from {2}, below the {3:0.00} threshold.", who, fact.Coverage.Strength, NameOf(sellerId), options.CoverageThreshold);
            }
            else
            {
                Add(RedFlagCode.Uncovered, keySeverity, id, "{0} has coverage 0.00: no seller knows them, below the {1:0.00} threshold.", who, options.CoverageThreshold);
            }
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

        if (influence.Rating is { } rating && rating < 0)
        {
            var severity = rating <= options.StrongOppositionRating ? Severity.High : Severity.Medium;
            Add(RedFlagCode.Opposes, severity, id, "{0} is rated {1}: they oppose our proposal.", who, Signed(rating));
        }

        if (influence.Has(BuyingRoles.Coach))
        {
            var reasons = new List<string>(2);
            if (influence.Rating is not { } coachRating)
            {
                reasons.Add("is unrated");
            }
            else if (coachRating < options.CoachMinRating)
            {
                reasons.Add(string.Format(Invariant, "is rated {0}, below {1}", Signed(coachRating), Signed(options.CoachMinRating)));
            }

            if (!fact.IsCovered)
            {
                reasons.Add(string.Format(Invariant, "has coverage {0:0.00}, below the {1:0.00} threshold", fact.Coverage.Strength, options.CoverageThreshold));
            }

            if (reasons.Count > 0)
            {
                Add(RedFlagCode.CoachUnproven, Severity.Medium, id, "Coach {0} {1}: not yet a proven coach.", fact.Person.Name, JoinWords(reasons));
            }
        }

        if (influence.Uncertain != InfluenceFacts.None)
        {
            Add(RedFlagCode.UncertainInformation, factSeverity, id, "For {0} the seller is not sure of the {1}.", who, JoinWords(UncertainNames(influence.Uncertain)));
        }
    }

    /// <returns>Whether the Economic Buyer is single-threaded.</returns>
    private bool EconomicBuyerThreading(PersonFacts fact)
    {
        if (fact.Reach is null)
        {
            // No path at all is a gap of its own (Uncovered, Uncontacted), not a thread that can break.
            return false;
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

    private void PersonStrengths(List<PersonFacts> facts, int coaches)
    {
        if (coaches >= options.SeveralCoaches)
        {
            strengths.Add(new PlanStrength
            {
                Code = StrengthCode.SeveralCoaches,
                OpportunityId = opportunity.Id,
                Message = string.Format(Invariant, "{0} people hold the Coach role: their views can be compared.", coaches),
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
                    Message = string.Format(Invariant, "{0} is covered ({1:0.00} from {2}) and rated {3}.", fact.Label, fact.Coverage.Strength, NameOf(fact.Coverage.SellerId!), Signed(rating)),
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

    private SalesStage DeriveFunnelPosition(List<PersonFacts> facts, int economicBuyers, int coaches, int highFlags, out string explanation)
    {
        if (opportunity.Quantity is null || opportunity.CloseDate is null)
        {
            explanation = "Above the funnel: the Single Sales Objective is vague (no quantity or no date).";
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

        if (coaches == 0)
        {
            gaps.Add("no Coach is in place");
        }

        if (highFlags > 0)
        {
            gaps.Add(string.Format(Invariant, "{0} High red flag(s) remain", highFlags));
        }

        var inFunnel = "In the funnel: " + Receptive(receptiveMet.Values) + (receptiveMet.Count == 1 ? " has" : " have") + " been met";
        if (gaps.Count == 0)
        {
            explanation = "Best few: " + inFunnel.Substring("In the funnel: ".Length) + ", and the Economic Buyer is identified, covered and favourable, a Coach is in place and no High red flag remains.";
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

    internal static int CompareFlags(RedFlag a, RedFlag b)
    {
        // Enums compared as ints: Enum.CompareTo takes an object and would box on every comparison.
        var bySeverity = (int)b.Severity - (int)a.Severity;
        if (bySeverity != 0)
        {
            return bySeverity;
        }

        // Opportunity-wide flags (no person) come before flags on a person.
        var byPerson = string.CompareOrdinal(a.PersonId, b.PersonId);
        if (byPerson != 0)
        {
            return byPerson;
        }

        var byCode = (int)a.Code - (int)b.Code;
        return byCode != 0 ? byCode : string.CompareOrdinal(a.Message, b.Message);
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

        public PersonFacts(Person person, BuyingInfluence influence, AccountAnalysis analysis, string opportunityId)
        {
            Person = person;
            Influence = influence;
            IsEconomic = influence.Has(BuyingRoles.Economic);
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
                Centrality = analysis.GetCentrality(Person.Id),
                LastContact = LastContact,
                RedFlags = own,
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
