using System;

namespace BuyingCenter;

/// <summary>
/// An argument that does not fit the plan it is used with: an id the plan does not have, a seller where a person is
/// meant, a date the calendar cannot hold. <see cref="Exception.Message"/> is one sentence fit to show a user as it is
/// (it names the id, never the parameter); <see cref="ArgumentException.ParamName"/> still names the parameter for
/// programs.
/// </summary>
public sealed class PlanArgumentException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The sentence for the user.</param>
    /// <param name="paramName">The parameter that carried the argument.</param>
    public PlanArgumentException(string message, string? paramName)
        : base(message, paramName)
    {
        UserMessage = message;
    }

    /// <summary>The sentence for the user, without the parameter name <see cref="ArgumentException"/> appends.</summary>
    public override string Message => UserMessage;

    private string UserMessage { get; }
}
