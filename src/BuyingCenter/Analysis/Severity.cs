namespace BuyingCenter.Analysis;

/// <summary>How serious a <see cref="RedFlag"/> is; each severity deducts its own points from the coverage score.</summary>
public enum Severity
{
    /// <summary>Worth fixing when convenient: mostly missing or uncertain facts.</summary>
    Low = 0,

    /// <summary>A real risk to the sale that the plan should address.</summary>
    Medium = 1,

    /// <summary>A risk that can lose the sale on its own; no opportunity with one is among the best few.</summary>
    High = 2,
}
