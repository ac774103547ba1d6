using BuyingCenter.Analysis;

namespace BuyingCenter.Planning;

/// <summary>
/// Who to meet, who of ours owns the contact, who joins them and the route in (domain.md, section 2): one answer that
/// a recommendation, a meeting plan and a campaign step share, so the three name the same owner, companion and route for
/// the same person. Carries the plan's own parties: a renderer prints <c>Approach.Owner.Name</c> without the plan.
/// </summary>
/// <remarks>Made only by the planner. Immutable and thread-safe.</remarks>
public sealed class Approach
{
    internal Approach(Person person, Seller? owner, Seller? companion, IntroductionPath? route)
    {
        Person = person;
        Owner = owner;
        Companion = companion;
        Route = route;
    }

    /// <summary>The person to meet (never a seller).</summary>
    public Person Person { get; }

    /// <summary>
    /// The seller who owns the contact: the seller at the start of <see cref="Route"/>, or with no admissible route the
    /// seller who knows most of the opportunity's influences (to build one); <see langword="null"/> when the plan has no seller.
    /// </summary>
    public Seller? Owner { get; }

    /// <summary>The seller of matching level who joins the owner with a senior person (domain.md, section 2), or <see langword="null"/>.</summary>
    public Seller? Companion { get; }

    /// <summary>The admissible route from the owner to the person (a direct relationship is a route of two), or <see langword="null"/> when there is none.</summary>
    public IntroductionPath? Route { get; }

    /// <summary>The strength of <see cref="Route"/>, 0 when there is none.</summary>
    public double RouteStrength => Route?.Strength ?? 0;
}
