using System;
using System.Collections.Generic;
using System.Globalization;

namespace BuyingCenter;

/// <summary>Collects every problem of an options tree, each named by its path, so that they are reported together.</summary>
internal sealed class OptionProblems
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly List<string> problems = new();

    public int Count => problems.Count;

    /// <summary>Forgets the problems from <paramref name="count"/> on.</summary>
    public void Truncate(int count) => problems.RemoveRange(count, problems.Count - count);

    public void ThrowIfAny()
    {
        if (problems.Count > 0)
        {
            throw new InvalidOptionsException(problems.ToArray());
        }
    }

    /// <summary>Records a problem of the option <paramref name="name"/> under <paramref name="path"/> (its path is only written out then).</summary>
    public void Add(string path, string name, string problem) => problems.Add(path + "." + name + " " + problem);

    public void Required(string path, string name, object? value)
    {
        if (value is null)
        {
            Add(path, name, "is missing.");
        }
    }

    /// <summary>A finite number from <paramref name="min"/> to <paramref name="max"/> (both included).</summary>
    public void Range(string path, string name, double value, double min, double max)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            Add(path, name, string.Format(Invariant, "is {0}; it must be a finite number from {1} to {2}.", Text(value), Text(min), Text(max)));
        }
        else if (value < min || value > max)
        {
            Add(path, name, string.Format(Invariant, "is {0}; it must be from {1} to {2}.", Text(value), Text(min), Text(max)));
        }
    }

    /// <summary>A finite number above <paramref name="min"/> (excluded).</summary>
    public void Above(string path, string name, double value, double min)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || !(value > min))
        {
            Add(path, name, string.Format(Invariant, "is {0}; it must be a finite number above {1}.", Text(value), Text(min)));
        }
    }

    /// <summary>A finite number at least <paramref name="min"/>.</summary>
    public void AtLeast(string path, string name, double value, double min)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || !(value >= min))
        {
            Add(path, name, string.Format(Invariant, "is {0}; it must be a finite number of at least {1}.", Text(value), Text(min)));
        }
    }

    public void Range(string path, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            Add(path, name, string.Format(Invariant, "is {0}; it must be from {1} to {2}.", value, min, max));
        }
    }

    public void AtLeast(string path, string name, int value, int min)
    {
        if (value < min)
        {
            Add(path, name, string.Format(Invariant, "is {0}; it must be at least {1}.", value, min));
        }
    }

    public void AtLeast(string path, string name, decimal value, decimal min)
    {
        if (value < min)
        {
            Add(path, name, string.Format(Invariant, "is {0}; it must be at least {1}.", value, min));
        }
    }

    public void Defined<TEnum>(string path, string name, TEnum value)
        where TEnum : struct, Enum
    {
        if (!DefinedValues<TEnum>.Values.Contains(value))
        {
            Add(path, name, string.Format(Invariant, "is {0}, which is no {1}.", value, typeof(TEnum).Name));
        }
    }

    /// <summary>
    /// A text with placeholders: not blank, and every <c>{name}</c> in it one of <paramref name="placeholders"/>
    /// (a typo such as <c>{persn}</c> would otherwise reach the customer's ears).
    /// </summary>
    public void Template(string path, string name, string? text, string[] placeholders)
    {
        if (text is null || string.IsNullOrWhiteSpace(text))
        {
            Add(path, name, "is empty; it must be a text.");
            return;
        }

        var open = text.IndexOf('{');
        while (open >= 0)
        {
            var close = text.IndexOf('}', open + 1);
            if (close < 0)
            {
                Add(path, name, string.Format(Invariant, "has a '{{' at position {0} with no closing '}}'.", open));
                return;
            }

            if (!IsOneOf(text, open, close - open + 1, placeholders))
            {
                Add(path, name, string.Format(
                    Invariant,
                    "has the unknown placeholder {0}; it may use {1}.",
                    text.Substring(open, close - open + 1),
                    placeholders.Length == 0 ? "none" : string.Join(", ", placeholders)));
            }

            open = text.IndexOf('{', close + 1);
        }
    }

    /// <summary>Whether the text at <paramref name="start"/> of <paramref name="length"/> is one of the placeholders, compared in place.</summary>
    private static bool IsOneOf(string text, int start, int length, string[] placeholders)
    {
        foreach (var placeholder in placeholders)
        {
            if (placeholder.Length == length && string.CompareOrdinal(text, start, placeholder, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string Text(double value) =>
        double.IsNaN(value) ? "NaN" : double.IsPositiveInfinity(value) ? "infinity" : double.IsNegativeInfinity(value) ? "-infinity"
            : value.ToString("R", Invariant);
}

/// <summary>The defined values of an enum, found once: a check per dictionary entry should not box.</summary>
internal static class DefinedValues<TEnum>
    where TEnum : struct, Enum
{
#if NET
    public static readonly HashSet<TEnum> Values = new(Enum.GetValues<TEnum>());
#else
    // Enum.GetValues(Type) needs dynamic code under Native AOT; the generic overload (net5.0+) above does not.
    public static readonly HashSet<TEnum> Values = new((TEnum[])Enum.GetValues(typeof(TEnum)));
#endif
}
