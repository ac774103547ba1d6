namespace BuyingCenter.Analysis;

/// <summary>The named strengths a review recognises: the opposite of red flags.</summary>
public enum StrengthCode
{
    /// <summary>An Economic Buyer is covered and rated <see cref="ReviewThresholds.FavourableEconomicBuyerRating"/> (+3) or better.</summary>
    EconomicBuyerCovered = 0,

    /// <summary>At least <see cref="ReviewThresholds.SeveralCoaches"/> (2) people hold the Coach role: their views can be compared.</summary>
    SeveralCoaches = 1,

    /// <summary>A High influence is in Growth or Trouble mode: they see a gap and are receptive to change.</summary>
    ReceptiveHighInfluence = 2,

    /// <summary>Our team reaches the Economic Buyer by paths that share no single person or seller.</summary>
    MultiThreaded = 3,
}
