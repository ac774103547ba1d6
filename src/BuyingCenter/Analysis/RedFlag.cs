using System;
using System.Threading;

namespace BuyingCenter.Analysis;

/// <summary>A named, explainable risk in one opportunity: its code, severity, the person it concerns and a sentence naming the facts.</summary>
/// <remarks>
/// Immutable and thread-safe. The sentence is written from the flag's own facts when first read, not when the review is
/// made: a portfolio ranks thousands of flags and prints few. Two flags are equal only when they are the same flag.
/// </remarks>
public sealed class RedFlag
{
    private FlagSentence? sentence;
    private string? message;

    internal RedFlag(RedFlagCode code, Severity severity, string opportunityId, Person? person, FlagSentence sentence, int order)
    {
        Code = code;
        Severity = severity;
        OpportunityId = opportunityId;
        Person = person;
        this.sentence = sentence;
        Order = order;
    }

    /// <summary>What kind of risk this is.</summary>
    public RedFlagCode Code { get; }

    /// <summary>How serious the risk is: the rule's default, or the one <see cref="AnalysisOptions.Severities"/> gives its code.</summary>
    public Severity Severity { get; }

    /// <summary>The opportunity the risk concerns.</summary>
    public string OpportunityId { get; }

    /// <summary>The person the risk concerns, or <see langword="null"/> for a flag on the whole opportunity.</summary>
    public Person? Person { get; }

    /// <summary>The id of <see cref="Person"/>, or <see langword="null"/> for a flag on the whole opportunity.</summary>
    public string? PersonId => Person?.Id;

    /// <summary>A sentence in domain words naming the facts ("Dana Lee (Economic) has coverage 0.18 from Ana Ruiz, below the 0.50 threshold").</summary>
    /// <remarks>
    /// Written on first read; reading it again, or from several threads, gives the same string. Once written, the flag
    /// lets go of the facts it was written from, so a kept flag does not keep its account's analysis alive.
    /// </remarks>
    public string Message
    {
        get
        {
            var text = Volatile.Read(ref message);
            if (text is not null)
            {
                return text;
            }

            var facts = Volatile.Read(ref sentence);
            if (facts is null)
            {
                // Another thread wrote the text, then let go of the facts: the text is there.
                return Volatile.Read(ref message)!;
            }

            var written = facts.Write();
            text = Interlocked.CompareExchange(ref message, written, null) ?? written;
            Volatile.Write(ref sentence, null);
            return text;
        }
    }

    /// <summary>Where the rule that raised the flag stands in the rule table: the last tie-breaker of the order of flags.</summary>
    internal int Order { get; }

    /// <inheritdoc/>
    public override string ToString() => Severity + " " + Code + ": " + Message;
}

/// <summary>How a red flag's sentence is written from the facts its rule found, when the sentence is first read.</summary>
internal abstract class FlagSentence
{
    public abstract string Write();
}

/// <summary>A sentence written by a static function of the facts: one small object per flag, no text until it is read.</summary>
internal sealed class FlagSentence<TFacts> : FlagSentence
{
    private readonly Func<TFacts, string> write;
    private readonly TFacts facts;

    public FlagSentence(Func<TFacts, string> write, TFacts facts)
    {
        this.write = write;
        this.facts = facts;
    }

    public override string Write() => write(facts);
}
