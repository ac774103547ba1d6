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

    public void ThrowIfAny()
    {
        if (problems.Count > 0)
        {
            throw new InvalidOptionsException(problems.ToArray());
        }
    }

    public void Add(string path, string problem) => problems.Add(path + " " + problem);

    public void Required(string path, object? value)
    {
        if (value is null)
        {
            Add(path, "is missing.");
        }
    }

    /// <summary>A finite number from <paramref name="min"/> to <paramref name="max"/> (both included).</summary>
    public void Range(string path, double value, double min, double max)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            Add(path, string.Format(Invariant, "is {0}; it must be a finite number from {1} to {2}.", Text(value), Text(min), Text(max)));
        }
        else if (value < min || value > max)
        {
            Add(path, string.Format(Invariant, "is {0}; it must be from {1} to {2}.", Text(value), Text(min), Text(max)));
        }
    }

    /// <summary>A finite number above <paramref name="min"/> (excluded).</summary>
    public void Above(string path, double value, double min)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || !(value > min))
        {
            Add(path, string.Format(Invariant, "is {0}; it must be a finite number above {1}.", Text(value), Text(min)));
        }
    }

    /// <summary>A finite number at least <paramref name="min"/>.</summary>
    public void AtLeast(string path, double value, double min)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || !(value >= min))
        {
            Add(path, string.Format(Invariant, "is {0}; it must be a finite number of at least {1}.", Text(value), Text(min)));
        }
    }

    public void Range(string path, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            Add(path, string.Format(Invariant, "is {0}; it must be from {1} to {2}.", value, min, max));
        }
    }

    public void AtLeast(string path, int value, int min)
    {
        if (value < min)
        {
            Add(path, string.Format(Invariant, "is {0}; it must be at least {1}.", value, min));
        }
    }

    public void AtLeast(string path, decimal value, decimal min)
    {
        if (value < min)
        {
            Add(path, string.Format(Invariant, "is {0}; it must be at least {1}.", value, min));
        }
    }

    public void Defined<TEnum>(string path, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(typeof(TEnum), value))
        {
            Add(path, string.Format(Invariant, "is {0}, which is no {1}.", value, typeof(TEnum).Name));
        }
    }

    /// <summary>
    /// A text with placeholders: not blank, and every <c>{name}</c> in it one of <paramref name="placeholders"/>
    /// (a typo such as <c>{persn}</c> would otherwise reach the customer's ears).
    /// </summary>
    public void Template(string path, string? text, string[] placeholders, bool allowEmpty = false)
    {
        if (text is null || (!allowEmpty && text.Trim().Length == 0))
        {
            Add(path, "is empty; it must be a text.");
            return;
        }

        var open = text.IndexOf('{');
        while (open >= 0)
        {
            var close = text.IndexOf('}', open + 1);
            if (close < 0)
            {
                Add(path, string.Format(Invariant, "has a '{{' at position {0} with no closing '}}'.", open));
                return;
            }

            var name = text.Substring(open, close - open + 1);
            if (Array.IndexOf(placeholders, name) < 0)
            {
                Add(path, string.Format(
                    Invariant,
                    "has the unknown placeholder {0}; it may use {1}.",
                    name,
                    placeholders.Length == 0 ? "none" : string.Join(", ", placeholders)));
            }

            open = text.IndexOf('{', close + 1);
        }
    }

    private static string Text(double value) =>
        double.IsNaN(value) ? "NaN" : double.IsPositiveInfinity(value) ? "infinity" : double.IsNegativeInfinity(value) ? "-infinity"
            : value.ToString("R", Invariant);
}
