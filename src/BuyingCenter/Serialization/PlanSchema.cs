using System;
using System.Linq;

namespace BuyingCenter.Serialization;

/// <summary>
/// The property names the plan format defines at each object level (docs/plan-format.md), in the order the writer
/// writes them: the one table that reading, writing and validating (an extension must not shadow a name) use.
/// Each object's names are its enumeration's member names in camelCase; a member's value is the name's index.
/// </summary>
internal static class PlanSchema
{
    public static readonly string[] Root = Names(typeof(RootProperty));
    public static readonly string[] Account = Names(typeof(AccountProperty));
    public static readonly string[] Person = Names(typeof(PartyProperty));

    /// <summary>A seller has a person's first four properties: id, name, title, level.</summary>
    public static readonly string[] Seller = Person.Take((int)PartyProperty.Level + 1).ToArray();

    public static readonly string[] Relationship = Names(typeof(RelationshipProperty));
    public static readonly string[] Opportunity = Names(typeof(OpportunityProperty));
    public static readonly string[] Influence = Names(typeof(InfluenceProperty));
    public static readonly string[] WinResult = Names(typeof(WinResultProperty));
    public static readonly string[] Meeting = Names(typeof(MeetingProperty));

    public static string Name(RootProperty property) => Root[(int)property];

    public static string Name(AccountProperty property) => Account[(int)property];

    public static string Name(PartyProperty property) => Person[(int)property];

    public static string Name(RelationshipProperty property) => Relationship[(int)property];

    public static string Name(OpportunityProperty property) => Opportunity[(int)property];

    public static string Name(InfluenceProperty property) => Influence[(int)property];

    public static string Name(WinResultProperty property) => WinResult[(int)property];

    public static string Name(MeetingProperty property) => Meeting[(int)property];

    private static string[] Names(Type enumeration)
    {
        var names = Enum.GetNames(enumeration);
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = char.ToLowerInvariant(names[i][0]) + names[i].Substring(1);
        }

        return names;
    }
}

#pragma warning disable SA1201, SA1402, SA1649 // one table: the schema's enumerations live beside it

internal enum RootProperty
{
    SchemaVersion,
    Account,
    Sellers,
    People,
    Relationships,
    Opportunities,
    Meetings,
}

internal enum AccountProperty
{
    Id,
    Name,
    Industry,
    Reorganizing,
    Notes,
}

/// <summary>A person's properties; a seller has the first four.</summary>
internal enum PartyProperty
{
    Id,
    Name,
    Title,
    Level,
    NewInRole,
    External,
}

internal enum RelationshipProperty
{
    From,
    To,
    Kind,
    Strength,
    LastInteraction,
}

internal enum OpportunityProperty
{
    Id,
    SingleSalesObjective,
    Quantity,
    CloseDate,
    Amount,
    Currency,
    Stage,
    Competitors,
    Influences,
}

internal enum InfluenceProperty
{
    Person,
    Roles,
    Degree,
    Mode,
    Rating,
    WinResults,
    Uncertain,
    Notes,
}

internal enum WinResultProperty
{
    Result,
    Win,
}

internal enum MeetingProperty
{
    Id,
    Date,
    Opportunity,
    Sellers,
    People,
    BestAction,
    MinimumAction,
    Outcome,
    NextStep,
    Notes,
}
