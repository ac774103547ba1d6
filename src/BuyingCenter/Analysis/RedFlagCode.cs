namespace BuyingCenter.Analysis;

/// <summary>The named risks a review looks for (domain methodology, section 3). Severities are the defaults of the methodology.</summary>
public enum RedFlagCode
{
    /// <summary>No person holds the Economic role in the opportunity. High.</summary>
    EconomicBuyerUnknown = 0,

    /// <summary>No person holds the Coach role. High.</summary>
    NoCoach = 1,

    /// <summary>No Technical, or no User, influence is identified (one flag per missing role). Medium.</summary>
    RoleUnfilled = 2,

    /// <summary>An influence has no meeting on record and no Knows relationship with any seller (it replaces <see cref="Uncovered"/> for that person: one gap, one flag). High for the Economic Buyer, else Medium.</summary>
    Uncontacted = 3,

    /// <summary>An influence's coverage is below <see cref="ReviewThresholds.CoverageThreshold"/> (and they are not <see cref="Uncontacted"/>). High for the Economic Buyer, else Medium.</summary>
    Uncovered = 4,

    /// <summary>The last contact with an influence is older than <see cref="ReviewThresholds.StaleAfterDays"/>. Medium.</summary>
    Stale = 5,

    /// <summary>The mode, rating, degree of influence or win-results of an influence are unknown. Low (Medium for the Economic Buyer).</summary>
    MissingInformation = 6,

    /// <summary>The person is marked new in their position. Medium.</summary>
    NewInRole = 7,

    /// <summary>The account is marked as reorganising. High.</summary>
    Reorganization = 8,

    /// <summary>The mode is EvenKeel (Medium) or Overconfident (High).</summary>
    LowReceptivity = 9,

    /// <summary>The rating is <see cref="ReviewThresholds.StrongOppositionRating"/> (-3) or lower (High, "opposes"), or -1 ("has doubts") or -2 ("leans against") (Medium).</summary>
    Opposes = 10,

    /// <summary>Every admissible route from our team to the Economic Buyer passes through one person or one seller, or no admissible route reaches them at all. High.</summary>
    SingleThreaded = 11,

    /// <summary>A Coach who fails one of the three <see cref="CoachTests"/>; the sentence names the tests failed. Medium.</summary>
    CoachUnproven = 12,

    /// <summary>The Single Sales Objective has no quantity or no date. Medium.</summary>
    ObjectiveVague = 13,

    /// <summary>The Economic Buyer is known only by sellers <see cref="ReviewThresholds.SellerLevelGap"/> (2) or more levels below them. Medium.</summary>
    SellerLevelMismatch = 14,

    /// <summary>The seller marked some of this influence's facts as uncertain. Low (Medium for the Economic Buyer).</summary>
    UncertainInformation = 15,

    /// <summary>Fewer than <see cref="ReviewThresholds.MinInfluencesForLargeAmount"/> (3) influences while the amount is at least <see cref="ReviewThresholds.LargeAmount"/>. Medium.</summary>
    TooFewInfluences = 16,

    /// <summary>An influence rated -2 or lower has a Knows relationship (at least 0.5) or an Influences relationship to the Economic Buyer: neutralise, do not bypass. High.</summary>
    OpponentNearEconomicBuyer = 17,

    /// <summary>No Economic Buyer and no High-degree influence is in Growth or Trouble mode while at least one of them has a known mode: qualify out, or find the trouble on the horizon. High.</summary>
    NoGap = 18,

    /// <summary>A person outside the opportunity's influences has an Influences relationship (at least 0.5) into the Economic Buyer or a High-degree influence: find out their part. Medium.</summary>
    HiddenInfluencer = 19,

    /// <summary>The last two meetings held with the person ended with NoCommitment: change the approach. High for the Economic Buyer, else Medium.</summary>
    Stalled = 20,
}
