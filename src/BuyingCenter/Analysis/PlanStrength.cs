namespace BuyingCenter.Analysis;

/// <summary>A named strength of one opportunity's plan, the opposite of a <see cref="RedFlag"/>.</summary>
/// <remarks>Made only by the review. Immutable and thread-safe; two strengths are equal only when they are the same strength.</remarks>
public sealed class PlanStrength
{
    internal PlanStrength(StrengthCode code, string opportunityId, Person? person, string message)
    {
        Code = code;
        OpportunityId = opportunityId;
        Person = person;
        Message = message;
    }

    /// <summary>What kind of strength this is.</summary>
    public StrengthCode Code { get; }

    /// <summary>The opportunity the strength belongs to.</summary>
    public string OpportunityId { get; }

    /// <summary>The person the strength concerns, or <see langword="null"/> for the whole opportunity.</summary>
    public Person? Person { get; }

    /// <summary>The id of <see cref="Person"/>, or <see langword="null"/> for the whole opportunity.</summary>
    public string? PersonId => Person?.Id;

    /// <summary>A sentence in domain words naming the facts.</summary>
    public string Message { get; }
}
