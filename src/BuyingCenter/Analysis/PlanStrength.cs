using System;

namespace BuyingCenter.Analysis;

/// <summary>A named strength of one opportunity's plan, the opposite of a <see cref="RedFlag"/>.</summary>
/// <remarks>
/// Made only by the review. Immutable and thread-safe; two strengths are equal only when they are the same strength.
/// The sentence is written from the strength's own facts when first read, as a red flag's is.
/// </remarks>
public sealed class PlanStrength
{
    private readonly Func<PlanStrength, string> sentence;
    private string? message;

    internal PlanStrength(StrengthCode code, FlagContext context, Person? person, PersonFacts? fact, object? detail, Func<PlanStrength, string> sentence)
    {
        Code = code;
        Context = context;
        Person = person;
        Fact = fact;
        Detail = detail;
        this.sentence = sentence;
    }

    /// <summary>What kind of strength this is.</summary>
    public StrengthCode Code { get; }

    /// <summary>The opportunity the strength belongs to.</summary>
    public string OpportunityId => Context.Opportunity.Id;

    /// <summary>The person the strength concerns, or <see langword="null"/> for the whole opportunity.</summary>
    public Person? Person { get; }

    /// <summary>The id of <see cref="Person"/>, or <see langword="null"/> for the whole opportunity.</summary>
    public string? PersonId => Person?.Id;

    /// <summary>A sentence in domain words naming the facts.</summary>
    /// <remarks>Written on first read; reading it again, or from several threads, gives the same string.</remarks>
    public string Message => WrittenOnce.Get(ref message, this, static strength => strength.sentence(strength));

    /// <summary>The opportunity's facts the sentence may name.</summary>
    internal FlagContext Context { get; }

    /// <summary>The facts of the person, or <see langword="null"/> for a strength of the whole opportunity.</summary>
    internal PersonFacts? Fact { get; }

    /// <summary>What else the sentence names, or <see langword="null"/>.</summary>
    internal object? Detail { get; }
}
