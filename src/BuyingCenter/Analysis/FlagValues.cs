using System;
using System.Collections.Generic;
using System.Linq;

namespace BuyingCenter.Analysis;

/// <summary>
/// An option given per red flag code (severities, fixed points, urgency weights): the dictionary the option shows, and
/// the same values as an array by code, made when first read and again once the option is given a new dictionary or
/// validated (<see cref="Reread"/>). A review reads one value for every flag, a portfolio for thousands of reviews, and
/// an array read costs nothing next to a dictionary's hash and interface calls.
/// </summary>
/// <typeparam name="T">The value per code.</typeparam>
internal sealed class FlagValues<T>
    where T : struct
{
    // The defined codes as the options' checks find them (without dynamic code under Native AOT).
    private static readonly int Codes = DefinedValues<RedFlagCode>.Values.Max(code => (int)code) + 1;

    private IDictionary<RedFlagCode, T> values;
    private T?[]? byCode;

    public FlagValues(IDictionary<RedFlagCode, T> values) => this.values = values;

    /// <summary>The option's dictionary, as the options show and bind it.</summary>
    public IDictionary<RedFlagCode, T> Values
    {
        get => values;
        set
        {
            values = value;
            byCode = null;
        }
    }

    /// <summary>The value the dictionary gives <paramref name="code"/>, or <see langword="null"/> when it lists none.</summary>
    public T? Of(RedFlagCode code) => (byCode ??= ByCode(values))[(int)code];

    /// <summary>Reads the dictionary again at the next <see cref="Of"/>: it may have been changed in place.</summary>
    public void Reread() => byCode = null;

    private static T?[] ByCode(IDictionary<RedFlagCode, T> values)
    {
        var byCode = new T?[Codes];
        foreach (var pair in values)
        {
            // An undefined code is an options problem (Validate reports it); no flag has one.
            if ((uint)pair.Key < (uint)Codes)
            {
                byCode[(int)pair.Key] = pair.Value;
            }
        }

        return byCode;
    }
}
