using System;
using System.Collections.Generic;
using System.Linq;

namespace BuyingCenter.Analysis;

/// <summary>
/// Options given per red flag code (severities, points, urgency weights), as an array by code: a review reads one for every flag, a
/// portfolio for thousands of reviews, and an array read costs nothing next to a dictionary's hash and interface calls.
/// The options class makes the array from its dictionary when first read, and again when validated or given a new one.
/// </summary>
internal static class FlagValues
{
    // The defined codes as the options' checks find them (without dynamic code under Native AOT).
    private static readonly int Codes = DefinedValues<RedFlagCode>.Values.Max(code => (int)code) + 1;

    /// <summary>The value of each code the dictionary lists, by code; <see langword="null"/> for the others.</summary>
    public static T?[] ByCode<T>(IDictionary<RedFlagCode, T> values)
        where T : struct
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
