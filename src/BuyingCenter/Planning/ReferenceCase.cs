using System;
using System.Collections.Generic;

namespace BuyingCenter.Planning;

/// <summary>
/// A reference case a seller can give in a meeting: a customer who achieved a result with us. It is offered
/// to a person whose concern (win-results, notes) mentions one of its <see cref="Keywords"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ReferenceCase
{
    /// <summary>The case as told to the customer ("Baltic Freight cut planning time 30% in six months").</summary>
    public required string Summary { get; init; }

    /// <summary>Words that show the case fits a concern ("freight", "cost", "integration"), matched without regard to case.</summary>
    /// <value>Empty by default: the case fits no one in particular and is never offered.</value>
    public IReadOnlyList<string> Keywords { get; init; } = Array.Empty<string>();
}
