using System;
using System.IO;
using System.Text;
using System.Text.Json;
using BuyingCenter.Serialization;

namespace BuyingCenter.Cli.Rendering;

/// <summary>
/// JSON for programs, written with the library's <see cref="ResultJson.WriterOptions"/> (indented, "\n" line ends,
/// non-ASCII kept readable); the results' shapes are <see cref="ResultJson"/>'s, the tool-only documents (changes,
/// portfolio, import; not part of cli.md's contract) are written by their renderers with the same property naming,
/// through <see cref="ResultJson"/>'s writers wherever a shape is the same (a deduction, a plan problem).
/// </summary>
internal static class Json
{
    /// <summary>Writes one JSON value as the library's <see cref="ResultJson"/> does, and a final line end for the terminal.</summary>
    public static void Write(TextWriter writer, Action<Utf8JsonWriter> body)
    {
        writer.Write(Encoding.UTF8.GetString(ResultJson.ToUtf8Bytes(body)));
        writer.Write('\n');
    }

    /// <summary>Scores are shown to two decimals, as in cli.md: more digits would promise a precision the method does not have.</summary>
    public static void WriteScore(this Utf8JsonWriter json, string name, double value) =>
        json.WriteNumber(name, Math.Round(value, 2, MidpointRounding.AwayFromZero));

    public static void WriteDate(this Utf8JsonWriter json, string name, DateTime date) =>
        json.WriteString(name, Terminal.Date(date));

    public static void WriteStringOrNull(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    public static void WriteNumberOrNull(this Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void WriteStrings(this Utf8JsonWriter json, string name, System.Collections.Generic.IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
