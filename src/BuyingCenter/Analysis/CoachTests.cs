using System;

namespace BuyingCenter.Analysis;

/// <summary>
/// The three coach tests of Strategic Selling (domain.md, section 3) a Coach passes. A Coach who passes all three is
/// <em>proven</em>; one who fails any is a <em>candidate</em>, developed with a "test the coach" meeting.
/// </summary>
[Flags]
public enum CoachTests
{
    /// <summary>No test passed.</summary>
    None = 0,

    /// <summary>Credible with the buying organisation: degree of influence High or Medium.</summary>
    CredibleWithBuyer = 1,

    /// <summary>Credible with us: covered, or a held meeting with them ended BestAction or MinimumAction.</summary>
    CredibleWithUs = 2,

    /// <summary>Wants our proposal to win: rated <see cref="ReviewThresholds.CoachMinRating"/> (+3) or better.</summary>
    WantsUsToWin = 4,

    /// <summary>All three: a proven Coach.</summary>
    All = CredibleWithBuyer | CredibleWithUs | WantsUsToWin,
}
