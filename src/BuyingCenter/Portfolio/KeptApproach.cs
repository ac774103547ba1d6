using System;
using System.Collections.Generic;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;

namespace BuyingCenter.Portfolio;

/// <summary>
/// A row's next contact as the row keeps it: the people, the route's hops and its figures as fields of the row, rather
/// than the approach, its route, the route's parties and their ids as four objects. The hops hold the parties (each
/// hop's start, and the last hop's end), so the route is made again from them, equal in everything but identity, when
/// the next contact is first read.
/// </summary>
internal readonly struct KeptApproach
{
    private const int ReengagementBit = 1;
    private const int DatedBit = 1 << 1;
    private const int DaysBit = 1 << 2;
    private const int KindShift = 3;

    private readonly Person? person;
    private readonly Seller? owner;
    private readonly Seller? companion;
    private readonly IReadOnlyList<RouteHop>? hops;
    private readonly double strength;
    private readonly long lastInteractionTicks;
    private readonly int daysSinceLastInteraction;
    private readonly int bits;

    public KeptApproach(Approach? approach)
    {
        if (approach is null)
        {
            this = default;
            return;
        }

        person = approach.Person;
        owner = approach.Owner;
        companion = approach.Companion;
        if (approach.Route is not { } route)
        {
            return;
        }

        hops = route.Hops;
        strength = route.Strength;
        lastInteractionTicks = route.LastInteraction?.Ticks ?? 0;
        daysSinceLastInteraction = route.DaysSinceLastInteraction ?? 0;
        bits = (route.IsReengagement ? ReengagementBit : 0)
            | (route.LastInteraction is { } last ? DatedBit | ((int)last.Kind << KindShift) : 0)
            | (route.DaysSinceLastInteraction is null ? 0 : DaysBit);
    }

    /// <summary>Whether nobody is recommended.</summary>
    public bool IsNone => person is null;

    /// <summary>The approach again, with a route made from the kept hops.</summary>
    public Approach Remake()
    {
        IntroductionPath? route = null;
        if (hops is not null)
        {
            var parties = new Party[hops.Count + 1];
            var routeHops = new RouteHop[hops.Count];
            for (var i = 0; i < routeHops.Length; i++)
            {
                routeHops[i] = hops[i];
                parties[i] = hops[i].From;
            }

            parties[routeHops.Length] = hops[routeHops.Length - 1].To;
            route = new IntroductionPath(
                parties,
                routeHops,
                strength,
                (bits & ReengagementBit) != 0,
                (bits & DatedBit) != 0 ? new DateTime(lastInteractionTicks, (DateTimeKind)(bits >> KindShift)) : null,
                (bits & DaysBit) != 0 ? daysSinceLastInteraction : null);
        }

        return new Approach(person!, owner, companion, route);
    }
}
