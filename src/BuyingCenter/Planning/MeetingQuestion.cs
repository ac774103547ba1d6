namespace BuyingCenter.Planning;

/// <summary>The kinds of question a meeting plan asks (Conceptual Selling).</summary>
public enum QuestionKind
{
    /// <summary>Checks what we believe (an uncertain fact, an old fact).</summary>
    Confirmation = 0,

    /// <summary>Fills a gap: something the plan does not know.</summary>
    NewInformation = 1,

    /// <summary>How the person feels and what they value (their response mode, their view of us).</summary>
    Attitude = 2,

    /// <summary>What the person will invest: time, access, a decision.</summary>
    Commitment = 3,

    /// <summary>A concern that can stop the sale (opposition, an unanswered objection).</summary>
    BasicIssue = 4,
}

/// <summary>One question of a meeting plan, with the gap in the plan it addresses.</summary>
/// <remarks>Made only by the planner. Immutable and thread-safe.</remarks>
public sealed class MeetingQuestion
{
    internal MeetingQuestion(QuestionKind kind, string text, string gap)
    {
        Kind = kind;
        Text = text;
        Gap = gap;
    }

    /// <summary>The kind of question.</summary>
    public QuestionKind Kind { get; }

    /// <summary>The question, as the seller would ask it.</summary>
    public string Text { get; }

    /// <summary>What in the plan the question addresses ("mode unknown", "Economic Buyer unknown").</summary>
    public string Gap { get; }
}
