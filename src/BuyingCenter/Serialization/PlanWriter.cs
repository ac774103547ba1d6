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
/// Property names come from <see cref="PlanSchema"/>, the one table the reader and the validator use too.
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
        w.WritePropertyName(PlanSchema.Name(RootProperty.SchemaVersion));
        w.WriteValue(AccountPlan.CurrentSchemaVersion);
        w.WritePropertyName(PlanSchema.Name(RootProperty.Account));
        WriteAccount(w, plan.Account);
        WriteArray(w, PlanSchema.Name(RootProperty.Sellers), plan.Sellers, WriteParty);
        WriteArray(w, PlanSchema.Name(RootProperty.People), plan.People, WriteParty);
        WriteArray(w, PlanSchema.Name(RootProperty.Relationships), plan.Relationships, WriteRelationship);
        WriteArray(w, PlanSchema.Name(RootProperty.Opportunities), plan.Opportunities, WriteOpportunity);
        WriteArray(w, PlanSchema.Name(RootProperty.Meetings), plan.Meetings, WriteMeeting);
        WriteExtensions(w, plan.Extensions);
        w.WriteEndObject();
    }

    private static void WriteAccount(JsonTextWriter w, Account account)
    {
        w.WriteStartObject();
        Text(w, PlanSchema.Name(AccountProperty.Id), account.Id);
        Text(w, PlanSchema.Name(AccountProperty.Name), account.Name);
        Text(w, PlanSchema.Name(AccountProperty.Industry), account.Industry);
        Flag(w, PlanSchema.Name(AccountProperty.Reorganizing), account.Reorganizing);
        Text(w, PlanSchema.Name(AccountProperty.Notes), account.Notes);
        WriteExtensions(w, account.Extensions);
        w.WriteEndObject();
    }

    private static void WriteParty(JsonTextWriter w, Party party)
    {
        w.WriteStartObject();
        Text(w, PlanSchema.Name(PartyProperty.Id), party.Id);
        Text(w, PlanSchema.Name(PartyProperty.Name), party.Name);
        Text(w, PlanSchema.Name(PartyProperty.Title), party.Title);
        Integer(w, PlanSchema.Name(PartyProperty.Level), party.Level);
        if (party is Person person)
        {
            Flag(w, PlanSchema.Name(PartyProperty.NewInRole), person.NewInRole);
            Flag(w, PlanSchema.Name(PartyProperty.External), person.External);
        }

        WriteExtensions(w, party.Extensions);
        w.WriteEndObject();
    }

    private static void WriteRelationship(JsonTextWriter w, Relationship relationship)
    {
        w.WriteStartObject();
        Text(w, PlanSchema.Name(RelationshipProperty.From), relationship.From);
        Text(w, PlanSchema.Name(RelationshipProperty.To), relationship.To);
        Text(w, PlanSchema.Name(RelationshipProperty.Kind), relationship.Kind.ToString());
        if (relationship.Strength != Relationship.DefaultStrength)
        {
            w.WritePropertyName(PlanSchema.Name(RelationshipProperty.Strength));
            w.WriteRawValue(Number(relationship.Strength));
        }

        Date(w, PlanSchema.Name(RelationshipProperty.LastInteraction), relationship.LastInteraction);
        WriteExtensions(w, relationship.Extensions);
        w.WriteEndObject();
    }

    private static void WriteOpportunity(JsonTextWriter w, Opportunity opportunity)
    {
        w.WriteStartObject();
        Text(w, PlanSchema.Name(OpportunityProperty.Id), opportunity.Id);
        Text(w, PlanSchema.Name(OpportunityProperty.SingleSalesObjective), opportunity.SingleSalesObjective);
        Decimal(w, PlanSchema.Name(OpportunityProperty.Quantity), opportunity.Quantity);
        Date(w, PlanSchema.Name(OpportunityProperty.CloseDate), opportunity.CloseDate);
        Decimal(w, PlanSchema.Name(OpportunityProperty.Amount), opportunity.Amount);
        Text(w, PlanSchema.Name(OpportunityProperty.Currency), opportunity.Currency);
        Text(w, PlanSchema.Name(OpportunityProperty.Stage), opportunity.Stage?.ToString());
        WriteArray(w, PlanSchema.Name(OpportunityProperty.Competitors), opportunity.Competitors, (writer, name) => writer.WriteValue(name));
        WriteArray(w, PlanSchema.Name(OpportunityProperty.Influences), opportunity.Influences, WriteInfluence);
        WriteExtensions(w, opportunity.Extensions);
        w.WriteEndObject();
    }

    private static void WriteInfluence(JsonTextWriter w, BuyingInfluence influence)
    {
        w.WriteStartObject();
        Text(w, PlanSchema.Name(InfluenceProperty.Person), influence.PersonId);
        if (influence.Roles != BuyingRoles.None)
        {
            w.WritePropertyName(PlanSchema.Name(InfluenceProperty.Roles));
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

        Text(w, PlanSchema.Name(InfluenceProperty.Degree), influence.Degree == InfluenceDegree.Unknown ? null : influence.Degree.ToString());
        Text(w, PlanSchema.Name(InfluenceProperty.Mode), influence.Mode == ResponseMode.Unknown ? null : influence.Mode.ToString());
        Integer(w, PlanSchema.Name(InfluenceProperty.Rating), influence.Rating);
        WriteArray(w, PlanSchema.Name(InfluenceProperty.WinResults), influence.WinResults, WriteWinResult);
        if (influence.Uncertain != InfluenceFacts.None)
        {
            w.WritePropertyName(PlanSchema.Name(InfluenceProperty.Uncertain));
            w.WriteStartArray();
            Fact(w, influence.Uncertain, InfluenceFacts.Roles, PlanSchema.Name(InfluenceProperty.Roles));
            Fact(w, influence.Uncertain, InfluenceFacts.Degree, PlanSchema.Name(InfluenceProperty.Degree));
            Fact(w, influence.Uncertain, InfluenceFacts.Mode, PlanSchema.Name(InfluenceProperty.Mode));
            Fact(w, influence.Uncertain, InfluenceFacts.Rating, PlanSchema.Name(InfluenceProperty.Rating));
            Fact(w, influence.Uncertain, InfluenceFacts.WinResults, PlanSchema.Name(InfluenceProperty.WinResults));
            w.WriteEndArray();
        }

        Text(w, PlanSchema.Name(InfluenceProperty.Notes), influence.Notes);
        WriteExtensions(w, influence.Extensions);
        w.WriteEndObject();
    }

    private static void WriteWinResult(JsonTextWriter w, WinResult winResult)
    {
        w.WriteStartObject();
        Text(w, PlanSchema.Name(WinResultProperty.Result), winResult.Result);
        Text(w, PlanSchema.Name(WinResultProperty.Win), winResult.Win);
        WriteExtensions(w, winResult.Extensions);
        w.WriteEndObject();
    }

    private static void WriteMeeting(JsonTextWriter w, Meeting meeting)
    {
        w.WriteStartObject();
        Text(w, PlanSchema.Name(MeetingProperty.Id), meeting.Id);
        Date(w, PlanSchema.Name(MeetingProperty.Date), meeting.Date);
        Text(w, PlanSchema.Name(MeetingProperty.Opportunity), meeting.OpportunityId);
        WriteArray(w, PlanSchema.Name(MeetingProperty.Sellers), meeting.SellerIds, (writer, id) => writer.WriteValue(id));
        WriteArray(w, PlanSchema.Name(MeetingProperty.People), meeting.PersonIds, (writer, id) => writer.WriteValue(id));
        Text(w, PlanSchema.Name(MeetingProperty.BestAction), meeting.BestAction);
        Text(w, PlanSchema.Name(MeetingProperty.MinimumAction), meeting.MinimumAction);
        Text(w, PlanSchema.Name(MeetingProperty.Outcome), meeting.Outcome == MeetingOutcome.Planned ? null : meeting.Outcome.ToString());
        Text(w, PlanSchema.Name(MeetingProperty.NextStep), meeting.NextStep);
        Text(w, PlanSchema.Name(MeetingProperty.Notes), meeting.Notes);
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
