using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BuyingCenter.Cli.Rendering;

/// <summary>
/// JSON for programs: indented, "\n" line ends on every platform, non-ASCII kept readable, property names
/// written by hand so they are exactly those of cli.md and never follow a C# rename.
/// </summary>
internal static class Json
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            body(json);
        }

        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
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
