using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Newtonsoft.Json;

namespace BuyingCenter.Serialization;

/// <summary>
/// Writes the canonical text of a plan: properties in the order of the plan-format page, two-space indent,
/// "\n" line ends, a final newline, invariant numbers, unknown properties last in their object, in their order.
/// No property that holds its documented default is written (false, Unknown, Planned, a strength of 0.5, an empty
/// list, null), so a plan written by hand without them is rewritten with its layout changed and nothing added.
/// Only schemaVersion and the account are always written. Unknown properties' values are indented like the rest,
/// their numbers and strings copied verbatim. Dates are written as calendar days: a time of day would be dropped.
/// </summary>
internal static class PlanWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string ToJson(AccountPlan plan)
    {
        var builder = new StringBuilder(1024 + ((plan.People.Count + plan.Relationships.Count) * 120));
        using (var text = new StringWriter(builder, Invariant) { NewLine = "\n" })
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2, IndentChar = ' ', CloseOutput = false })
        {
            WritePlan(writer, plan);
            writer.Flush();
        }

        builder.Append('\n');
        return builder.ToString();
    }

    private static void WritePlan(JsonTextWriter w, AccountPlan plan)
    {
        w.WriteStartObject();
        w.WritePropertyName("schemaVersion");
        w.WriteValue(AccountPlan.CurrentSchemaVersion);
        w.WritePropertyName("account");
        WriteAccount(w, plan.Account);
        WriteArray(w, "sellers", plan.Sellers, WriteParty);
        WriteArray(w, "people", plan.People, WriteParty);
        WriteArray(w, "relationships", plan.Relationships, WriteRelationship);
        WriteArray(w, "opportunities", plan.Opportunities, WriteOpportunity);
        WriteArray(w, "meetings", plan.Meetings, WriteMeeting);
        WriteExtensions(w, plan.Extensions);
        w.WriteEndObject();
    }

    private static void WriteAccount(JsonTextWriter w, Account account)
    {
        w.WriteStartObject();
        Text(w, "id", account.Id);
        Text(w, "name", account.Name);
        Text(w, "industry", account.Industry);
        Flag(w, "reorganizing", account.Reorganizing);
        Text(w, "notes", account.Notes);
        WriteExtensions(w, account.Extensions);
        w.WriteEndObject();
    }

    private static void WriteParty(JsonTextWriter w, Party party)
    {
        w.WriteStartObject();
        Text(w, "id", party.Id);
        Text(w, "name", party.Name);
        Text(w, "title", party.Title);
        Integer(w, "level", party.Level);
        if (party is Person person)
        {
            Flag(w, "newInRole", person.NewInRole);
            Flag(w, "external", person.External);
        }

        WriteExtensions(w, party.Extensions);
        w.WriteEndObject();
    }

    private static void WriteRelationship(JsonTextWriter w, Relationship relationship)
    {
        w.WriteStartObject();
        Text(w, "from", relationship.From);
        Text(w, "to", relationship.To);
        Text(w, "kind", relationship.Kind.ToString());
        if (relationship.Strength != Relationship.DefaultStrength)
        {
            w.WritePropertyName("strength");
            w.WriteRawValue(Number(relationship.Strength));
        }

        Date(w, "lastInteraction", relationship.LastInteraction);
        WriteExtensions(w, relationship.Extensions);
        w.WriteEndObject();
    }

    private static void WriteOpportunity(JsonTextWriter w, Opportunity opportunity)
    {
        w.WriteStartObject();
        Text(w, "id", opportunity.Id);
        Text(w, "singleSalesObjective", opportunity.SingleSalesObjective);
        Decimal(w, "quantity", opportunity.Quantity);
        Date(w, "closeDate", opportunity.CloseDate);
        Decimal(w, "amount", opportunity.Amount);
        Text(w, "currency", opportunity.Currency);
        Text(w, "stage", opportunity.Stage?.ToString());
        WriteArray(w, "competitors", opportunity.Competitors, (writer, name) => writer.WriteValue(name));
        WriteArray(w, "influences", opportunity.Influences, WriteInfluence);
        WriteExtensions(w, opportunity.Extensions);
        w.WriteEndObject();
    }

    private static void WriteInfluence(JsonTextWriter w, BuyingInfluence influence)
    {
        w.WriteStartObject();
        Text(w, "person", influence.PersonId);
        if (influence.Roles != BuyingRoles.None)
        {
            w.WritePropertyName("roles");
            w.WriteStartArray();
            foreach (var role in new[] { BuyingRoles.Economic, BuyingRoles.Technical, BuyingRoles.User, BuyingRoles.Coach })
            {
                if ((influence.Roles & role) != 0)
                {
                    w.WriteValue(role.ToString());
                }
            }

            w.WriteEndArray();
        }

        Text(w, "degree", influence.Degree == InfluenceDegree.Unknown ? null : influence.Degree.ToString());
        Text(w, "mode", influence.Mode == ResponseMode.Unknown ? null : influence.Mode.ToString());
        Integer(w, "rating", influence.Rating);
        WriteArray(w, "winResults", influence.WinResults, WriteWinResult);
        if (influence.Uncertain != InfluenceFacts.None)
        {
            w.WritePropertyName("uncertain");
            w.WriteStartArray();
            Fact(w, influence.Uncertain, InfluenceFacts.Roles, "roles");
            Fact(w, influence.Uncertain, InfluenceFacts.Degree, "degree");
            Fact(w, influence.Uncertain, InfluenceFacts.Mode, "mode");
            Fact(w, influence.Uncertain, InfluenceFacts.Rating, "rating");
            Fact(w, influence.Uncertain, InfluenceFacts.WinResults, "winResults");
            w.WriteEndArray();
        }

        Text(w, "notes", influence.Notes);
        WriteExtensions(w, influence.Extensions);
        w.WriteEndObject();
    }

    private static void WriteWinResult(JsonTextWriter w, WinResult winResult)
    {
        w.WriteStartObject();
        Text(w, "result", winResult.Result);
        Text(w, "win", winResult.Win);
        WriteExtensions(w, winResult.Extensions);
        w.WriteEndObject();
    }

    private static void WriteMeeting(JsonTextWriter w, Meeting meeting)
    {
        w.WriteStartObject();
        Text(w, "id", meeting.Id);
        Date(w, "date", meeting.Date);
        Text(w, "opportunity", meeting.OpportunityId);
        WriteArray(w, "sellers", meeting.SellerIds, (writer, id) => writer.WriteValue(id));
        WriteArray(w, "people", meeting.PersonIds, (writer, id) => writer.WriteValue(id));
        Text(w, "bestAction", meeting.BestAction);
        Text(w, "minimumAction", meeting.MinimumAction);
        Text(w, "outcome", meeting.Outcome == MeetingOutcome.Planned ? null : meeting.Outcome.ToString());
        Text(w, "nextStep", meeting.NextStep);
        Text(w, "notes", meeting.Notes);
        WriteExtensions(w, meeting.Extensions);
        w.WriteEndObject();
    }

    private static void WriteArray<T>(JsonTextWriter w, string name, IReadOnlyList<T> items, Action<JsonTextWriter, T> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var item in items)
        {
            write(w, item);
        }

        w.WriteEndArray();
    }

    private static void WriteExtensions(JsonTextWriter w, IReadOnlyList<ExtensionProperty> extensions)
    {
        foreach (var extension in extensions)
        {
            w.WritePropertyName(extension.Name);
            WriteVerbatim(w, extension.Json);
        }
    }

    /// <summary>
    /// Writes a JSON value token by token through the writer, so it is indented like the rest of the plan, while every
    /// string, number and property name is copied as it is in <paramref name="json"/> (no number is re-read as a double).
    /// </summary>
    private static void WriteVerbatim(JsonTextWriter w, string json)
    {
        var i = 0;
        while (i < json.Length)
        {
            var c = json[i];
            switch (c)
            {
                case ' ' or '\t' or '\r' or '\n' or ',':
                    i++;
                    continue;
                case '{': w.WriteStartObject(); i++; break;
                case '[': w.WriteStartArray(); i++; break;
                case '}': w.WriteEndObject(); i++; break;
                case ']': w.WriteEndArray(); i++; break;
                case ':': i++; continue;
                default:
                    var start = i;
                    if (c == '"')
                    {
                        for (i++; i < json.Length && json[i] != '"'; i++)
                        {
                            if (json[i] == '\\')
                            {
                                i++;
                            }
                        }

                        i++;
                    }
                    else
                    {
                        while (i < json.Length && json[i] is not (',' or '}' or ']' or ':' or ' ' or '\t' or '\r' or '\n'))
                        {
                            i++;
                        }
                    }

                    var token = json.Substring(start, Math.Min(i, json.Length) - start);
                    if (c == '"' && IsName(json, i))
                    {
                        w.WritePropertyName(token.Substring(1, token.Length - 2), escape: false);
                    }
                    else
                    {
                        w.WriteRawValue(token);
                    }

                    break;
            }
        }
    }

    /// <summary>Whether the string that ends before <paramref name="end"/> is a property name (a colon follows it).</summary>
    private static bool IsName(string json, int end)
    {
        while (end < json.Length && json[end] is ' ' or '\t' or '\r' or '\n')
        {
            end++;
        }

        return end < json.Length && json[end] == ':';
    }

    private static void Text(JsonTextWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WritePropertyName(name);
            w.WriteValue(value);
        }
    }

    private static void Integer(JsonTextWriter w, string name, int? value)
    {
        if (value is { } number)
        {
            w.WritePropertyName(name);
            w.WriteValue(number);
        }
    }

    private static void Decimal(JsonTextWriter w, string name, decimal? value)
    {
        if (value is { } number)
        {
            w.WritePropertyName(name);
            w.WriteRawValue(Number(number));
        }
    }

    private static void Flag(JsonTextWriter w, string name, bool value)
    {
        if (value)
        {
            w.WritePropertyName(name);
            w.WriteValue(true);
        }
    }

    private static void Date(JsonTextWriter w, string name, DateTime? value)
    {
        if (value is { } date)
        {
            w.WritePropertyName(name);
            w.WriteValue(date.ToString("yyyy-MM-dd", Invariant));
        }
    }

    private static void Fact(JsonTextWriter w, InfluenceFacts facts, InfluenceFacts fact, string name)
    {
        if ((facts & fact) != 0)
        {
            w.WriteValue(name);
        }
    }

    /// <summary>The shortest text that reads back as the same double: 0.5, 0.75, 1.</summary>
    internal static string Number(double value) => value.ToString("R", Invariant);

    /// <summary>A decimal without trailing zeros, so 480000.0 and 480000 are written alike: 480000.</summary>
    internal static string Number(decimal value)
    {
        var text = value.ToString(Invariant);
        if (text.IndexOf('.') >= 0)
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text == "-0" ? "0" : text;
    }
}
