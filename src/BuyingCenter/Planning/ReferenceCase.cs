using System;
using System.Collections.Generic;

namespace BuyingCenter.Planning;

/// <summary>
/// A reference case a seller can give in a meeting: a customer who achieved a result with us. It is offered
/// to a person whose concern (win-results, notes) mentions one of its <see cref="Keywords"/>.
/// </summary>
/// <remarks>A plain options class: settable, so that it binds from configuration. Not thread-safe while being changed; once
/// set up, many threads may share it.</remarks>
public sealed class ReferenceCase
{
    /// <summary>The case as told to the customer ("Baltic Freight cut planning time 30% in six months").</summary>
    public string Summary { get; set; } = string.Empty;

    /// <summary>Words that show the case fits a concern ("freight", "cost", "integration"), matched without regard to case.</summary>
    /// <value>Empty by default: the case fits no one in particular and is never offered.</value>
    public IList<string> Keywords { get; set; } = new List<string>();
}
