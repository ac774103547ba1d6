using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using BuyingCenter.Serialization;

namespace BuyingCenter.Tests.Cli;

/// <summary>
/// A catalogue of text a CRM or someone else's file may hold, put into every field a report prints, and what each
/// string must read as once an output has escaped it.
/// </summary>
internal static class HostileText
{
    public static readonly DateTime AsOf = new(2026, 11, 22);

    public const string Script = "Rosa <script>alert(1)</script> \"Vidal\"";
    public const string Image = "<img src=x onerror=alert(3)>";
    public const string Ticks = "Pipe | and `tick` and ``fence`` \\N \\G & &lt;b&gt; 'quote'";
    public const string MarkdownSyntax = "Line\nbreak\r\nand **bold** _it_ [x](javascript:alert(2)) ![i](x) ~~s~~";
    public const string Controls = "Ctl \u0000\u0007\u001b[31mred\u001b[0m\u0008\u009b1m end";
    public const string RightToLeft = "RTL \u202Eevil\u202C \u2067iso\u2069 \u200Fmark \u05E9\u05DC\u05D5\u05DD";
    public const string Syntax = "- 1. # head %%{init}%% end click a call alert() \"]; evil -> x [label=\"";
    public const string Yaml = "'single' \"double\" key: value # yaml --- {{brace}} ${x}";
    public static readonly string LongWord = "Long" + new string('x', 240);

    /// <summary>The names a review and a map show, each a whole line or cell.</summary>
    public static readonly string[] Names = { Script, Controls, RightToLeft, Syntax, LongWord };

    /// <summary>Fragments that must never appear outside a quoted string or an escaped text run.</summary>
    public static readonly string[] Fragments = { "alert", "onerror", "script", "evil", "javascript" };

    /// <summary>What a string must read as in any output: dropped characters gone, line breaks and tabs as spaces, spaces collapsed.</summary>
    public static string Visible(string text)
    {
        var result = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsDropped(text, i) || c == '\r')
            {
                continue;
            }

            result.Append(c is '\n' or '\t' ? ' ' : c);
        }

        return Collapse(result.ToString());
    }

    public static string Collapse(string text) => Regex.Replace(text, "\\s+", " ").Trim();

    /// <summary>The test's own statement of the characters no output may carry: control and bidirectional override characters.</summary>
    public static bool IsDropped(string text, int i)
    {
        var c = text[i];
        return (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
    }

    /// <summary>Characters no output may hold at all (line breaks excepted, which are layout).</summary>
    public static IEnumerable<char> Forbidden(string output) =>
        output.Where((c, i) => IsDropped(output, i));

    /// <summary>A plan with the catalogue in every field a report prints: names, titles, objective, win-results, meeting notes.</summary>
    public static AccountPlan Plan() => new AccountPlanBuilder()
        .WithAccount(new Account { Id = "acme", Name = Yaml + " " + Image })
        .AddSeller("ana", "Ana " + MarkdownSyntax, Ticks, level: 4)
        .AddPerson("rosa", Script, Image, level: 6)
        .AddPerson("ctl", Controls, MarkdownSyntax, level: 4)
        .AddPerson("rtl", RightToLeft, Ticks, level: 3)
        .AddPerson("syn", Syntax, Yaml, level: 3)
        .AddPerson("long", LongWord, LongWord, level: 2)
        .AddRelationship("ctl", RelationshipKind.ReportsTo, "rosa")
        .AddRelationship("rtl", RelationshipKind.ReportsTo, "ctl")
        .AddRelationship("ana", RelationshipKind.Knows, "ctl", 0.8, AsOf.AddDays(-10))
        .AddRelationship("syn", RelationshipKind.Opposes, "rosa", 0.5)
        .AddOpportunity(new Opportunity
        {
            Id = "deal",
            SingleSalesObjective = Image + " buys 10 " + Script + " by 2027-01-31",
            Quantity = 10,
            CloseDate = new DateTime(2027, 1, 31),
            Influences = new[]
            {
                new BuyingInfluence { PersonId = "rosa", Roles = BuyingRoles.Economic, Degree = InfluenceDegree.High, Mode = ResponseMode.Growth, Rating = 1, WinResults = new[] { new WinResult { Result = Syntax, Win = MarkdownSyntax } } },
                new BuyingInfluence { PersonId = "ctl", Roles = BuyingRoles.Coach | BuyingRoles.Technical, Degree = InfluenceDegree.Medium, Mode = ResponseMode.Trouble, Rating = 3 },
                new BuyingInfluence { PersonId = "rtl", Roles = BuyingRoles.User, Degree = InfluenceDegree.Low, Mode = ResponseMode.EvenKeel, Rating = -1 },
                new BuyingInfluence { PersonId = "syn", Roles = BuyingRoles.User, Degree = InfluenceDegree.Medium, Rating = -3 },
                new BuyingInfluence { PersonId = "long", Roles = BuyingRoles.Technical },
            },
        })
        .AddMeeting(new Meeting
        {
            Id = "m1",
            Date = AsOf.AddDays(-10),
            OpportunityId = "deal",
            SellerIds = new[] { "ana" },
            PersonIds = new[] { "ctl" },
            Outcome = MeetingOutcome.MinimumAction,
            BestAction = Script,
            MinimumAction = Image,
            NextStep = MarkdownSyntax,
            Notes = Controls,
        })
        .Build();

    /// <summary>The plan saved where the tool can read it.</summary>
    public static string Save(ScratchFolder scratch)
    {
        var path = scratch.File("hostile.json");
        PlanFile.Save(Plan(), path);
        return path;
    }
}
