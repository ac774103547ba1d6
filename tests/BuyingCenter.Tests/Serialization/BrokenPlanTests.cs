using System;
using System.Linq;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Serialization;

/// <summary>One broken plan per rule of docs/plan-format.md: each must fail with the exact path and a located sentence.</summary>
[TestClass]
public sealed class BrokenPlanTests
{
    internal const string ValidPlan = """
        {
          "schemaVersion": 1,
          "account": { "id": "acme", "name": "Acme", "reorganizing": false },
          "sellers": [ { "id": "ana", "name": "Ana" } ],
          "people": [
            { "id": "dana", "name": "Dana", "level": 5 },
            { "id": "pat", "name": "Pat", "level": 4 }
          ],
          "relationships": [
            { "from": "pat", "to": "dana", "kind": "ReportsTo" },
            { "from": "ana", "to": "pat", "kind": "Knows", "strength": 0.8, "lastInteraction": "2026-11-02" }
          ],
          "opportunities": [
            {
              "id": "deal", "singleSalesObjective": "Acme buys 10 seats by 2027-01-31", "quantity": 10, "amount": 12000,
              "closeDate": "2027-01-31", "stage": "InTheFunnel",
              "influences": [ { "person": "dana", "roles": [ "Economic" ], "degree": "High", "mode": "Growth", "rating": 1 } ]
            }
          ],
          "meetings": [ { "id": "m1", "date": "2026-11-02", "opportunity": "deal", "sellers": [ "ana" ], "people": [ "pat" ], "outcome": "BestAction" } ]
        }
        """;

    [TestMethod]
    public void Parse_ValidPlan_Succeeds()
    {
        var result = PlanFile.Parse(ValidPlan);

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));
        Assert.AreEqual(0, result.Problems.Count);
        Assert.AreEqual(0.5, result.Plan!.Relationships[0].Strength, "ReportsTo defaults to 0.5");
    }

    [TestMethod]
    // schema version
    [DataRow("\"schemaVersion\": 1,", "", "$.schemaVersion", "no schemaVersion")]
    [DataRow("\"schemaVersion\": 1,", "\"schemaVersion\": 0,", "$.schemaVersion", "does not exist")]
    [DataRow("\"schemaVersion\": 1,", "\"schemaVersion\": \"1\",", "$.schemaVersion", "Expected a whole number")]
    // account
    [DataRow("\"account\": { \"id\": \"acme\", \"name\": \"Acme\", \"reorganizing\": false },", "", "$.account", "no account")]
    [DataRow("{ \"id\": \"acme\", \"name\": \"Acme\",", "{ \"name\": \"Acme\",", "$.account.id", "needs an id")]
    [DataRow("\"name\": \"Acme\"", "\"name\": \"  \"", "$.account.name", "missing or blank")]
    [DataRow("\"id\": \"acme\"", "\"id\": \"ac\\tme\"", "$.account.id", "control characters")]
    [DataRow("\"reorganizing\": false", "\"reorganizing\": \"no\"", "$.account.reorganizing", "Expected true or false")]
    [DataRow("\"account\": {", "\"account\": null, \"x\": {", "$.account", "not null")]
    // sellers and people
    [DataRow("{ \"id\": \"ana\", \"name\": \"Ana\" }", "{ \"id\": \"dana\", \"name\": \"Ana\" }", "$.people[0].id", "already used at $.sellers[0]")]
    [DataRow("{ \"id\": \"pat\", \"name\": \"Pat\", \"level\": 4 }", "{ \"id\": \"pat\", \"level\": 4 }", "$.people[1].name", "needs a name")]
    [DataRow("\"level\": 5", "\"level\": 7", "$.people[0].level", "out of range")]
    [DataRow("\"level\": 5", "\"level\": 4.5", "$.people[0].level", "whole number")]
    [DataRow("\"id\": \"dana\"", "\"id\": \"da\\u0000na\"", "$.people[0].id", "control characters")]
    [DataRow("\"sellers\": [ { \"id\": \"ana\", \"name\": \"Ana\" } ]", "\"sellers\": { \"id\": \"ana\" }", "$.sellers", "Expected an array")]
    [DataRow("{ \"id\": \"dana\", \"name\": \"Dana\", \"level\": 5 }", "\"dana\"", "$.people[0]", "Expected an object")]
    // relationships
    [DataRow("{ \"from\": \"pat\", \"to\": \"dana\"", "{ \"from\": \"zoe\", \"to\": \"dana\"", "$.relationships[0].from", "'zoe' names no seller or person")]
    [DataRow("{ \"from\": \"pat\", \"to\": \"dana\"", "{ \"from\": \"pat\", \"to\": \"pat\"", "$.relationships[0].to", "to itself")]
    [DataRow("\"to\": \"pat\", \"kind\": \"Knows\"", "\"to\": \"pat\", \"kind\": \"ReportsTo\"", "$.relationships[1].from", "ReportsTo links people only")]
    [DataRow("\"kind\": \"ReportsTo\" }", "\"kind\": \"ReportsTo\" }, { \"from\": \"dana\", \"to\": \"pat\", \"kind\": \"reportsto\" }", "$.relationships[0].to", "forms a cycle")]
    [DataRow("\"strength\": 0.8,", "\"strength\": 0.8 }, { \"from\": \"pat\", \"to\": \"ana\", \"kind\": \"Knows\",", "$.relationships[2]", "already given at $.relationships[1]")]
    [DataRow("\"strength\": 0.8", "\"strength\": 1.5", "$.relationships[1].strength", "out of range")]
    [DataRow("\"strength\": 0.8", "\"strength\": -0.1", "$.relationships[1].strength", "out of range")]
    [DataRow("\"strength\": 0.8", "\"strength\": NaN", "$.relationships[1].strength", "NaN is not a valid JSON value")]
    [DataRow("\"strength\": 0.8", "\"strength\": \"strong\"", "$.relationships[1].strength", "Expected a number from 0 to 1")]
    [DataRow("\"kind\": \"ReportsTo\"", "\"kind\": \"Likes\"", "$.relationships[0].kind", "\"Likes\" is not one of ReportsTo")]
    [DataRow("\"to\": \"dana\", \"kind\": \"ReportsTo\"", "\"to\": \"dana\"", "$.relationships[0].kind", "needs a kind")]
    [DataRow("\"lastInteraction\": \"2026-11-02\"", "\"lastInteraction\": \"2026-02-30\"", "$.relationships[1].lastInteraction", "not a calendar date")]
    [DataRow("\"lastInteraction\": \"2026-11-02\"", "\"lastInteraction\": \"2026-11-02T10:00:00Z\"", "$.relationships[1].lastInteraction", "yyyy-MM-dd")]
    // opportunities
    [DataRow("\"id\": \"deal\", ", "", "$.opportunities[0].id", "needs an id")]
    [DataRow("\"singleSalesObjective\": \"Acme buys 10 seats by 2027-01-31\"", "\"singleSalesObjective\": \"\"", "$.opportunities[0].singleSalesObjective", "Single Sales Objective")]
    [DataRow("\"opportunities\": [", "\"opportunities\": [ { \"id\": \"deal\", \"singleSalesObjective\": \"Again\" },", "$.opportunities[1].id", "already used at $.opportunities[0]")]
    [DataRow("\"quantity\": 10", "\"quantity\": -1", "$.opportunities[0].quantity", "negative")]
    [DataRow("\"amount\": 12000", "\"amount\": \"lots\"", "$.opportunities[0].amount", "Expected a number")]
    [DataRow("\"closeDate\": \"2027-01-31\"", "\"closeDate\": \"31/01/2027\"", "$.opportunities[0].closeDate", "not a calendar date")]
    [DataRow("\"stage\": \"InTheFunnel\"", "\"stage\": \"Closing\"", "$.opportunities[0].stage", "not one of AboveTheFunnel")]
    // influences
    [DataRow("{ \"person\": \"dana\"", "{ \"person\": \"zoe\"", "$.opportunities[0].influences[0].person", "'zoe' names no one")]
    [DataRow("{ \"person\": \"dana\"", "{ \"person\": \"ana\"", "$.opportunities[0].influences[0].person", "is a seller")]
    [DataRow("\"rating\": 1 }", "\"rating\": 1 }, { \"person\": \"dana\" }", "$.opportunities[0].influences[1].person", "already has an influence")]
    [DataRow("\"rating\": 1", "\"rating\": 6", "$.opportunities[0].influences[0].rating", "out of range")]
    [DataRow("\"rating\": 1", "\"rating\": 2.5", "$.opportunities[0].influences[0].rating", "whole number")]
    [DataRow("\"roles\": [ \"Economic\" ]", "\"roles\": [ \"Economic\", \"Buyer\" ]", "$.opportunities[0].influences[0].roles[1]", "\"Buyer\" is not a valid role")]
    [DataRow("\"roles\": [ \"Economic\" ]", "\"roles\": [ \"Economic\", \"economic\" ]", "$.opportunities[0].influences[0].roles[1]", "listed twice")]
    [DataRow("\"degree\": \"High\"", "\"degree\": \"Huge\"", "$.opportunities[0].influences[0].degree", "not one of High")]
    [DataRow("\"mode\": \"Growth\"", "\"mode\": \"Calm\"", "$.opportunities[0].influences[0].mode", "not one of Growth")]
    [DataRow("\"rating\": 1 }", "\"rating\": 1, \"uncertain\": [ \"price\" ] }", "$.opportunities[0].influences[0].uncertain[0]", "not a valid uncertain field")]
    // meetings
    [DataRow("\"date\": \"2026-11-02\", ", "", "$.meetings[0].date", "needs its date")]
    [DataRow("\"sellers\": [ \"ana\" ], \"people\"", "\"sellers\": [ \"sue\" ], \"people\"", "$.meetings[0].sellers[0]", "'sue' names no one")]
    [DataRow("\"people\": [ \"pat\" ]", "\"people\": [ \"ana\" ]", "$.meetings[0].people[0]", "is a seller, not a person")]
    [DataRow("\"outcome\": \"BestAction\"", "\"outcome\": \"Great\"", "$.meetings[0].outcome", "not one of BestAction")]
    [DataRow("\"opportunity\": \"deal\"", "\"opportunity\": \"other\"", "$.meetings[0].opportunity", "names no opportunity")]
    [DataRow("\"meetings\": [", "\"meetings\": [ { \"id\": \"m1\", \"date\": \"2026-10-01\" },", "$.meetings[1].id", "already used at $.meetings[0]")]
    // structure
    // JSON that Newtonsoft reads but other tools refuse: a trailing comma, an unquoted name, a hexadecimal number, a raw tab in a string
    [DataRow("\"outcome\": \"BestAction\" }", "\"outcome\": \"BestAction\", }", "$", "trailing comma")]
    [DataRow("\"sellers\": [ \"ana\" ]", "\"sellers\": [ \"ana\", ]", "$", "trailing comma")]
    [DataRow("\"schemaVersion\": 1,", "schemaVersion: 1,", "$", "double quotes")]
    [DataRow("\"rating\": 1 }", "\"rating\": 0x1 }", "$", "Hexadecimal")]
    [DataRow("\"name\": \"Pat\"", "\"name\": \"P\tat\"", "$", "control character (U+0009)")]
    [DataRow("{ \"id\": \"acme\", \"name\": \"Acme\",", "{ \"id\": \"acme\", \"id\": \"acme2\", \"name\": \"Acme\",", "$.account.id", "appears twice")]
    public void Parse_BrokenRule_ReportsPathAndSentence(string find, string replace, string path, string fragment)
    {
        Assert.IsTrue(ValidPlan.Contains(find, StringComparison.Ordinal), "the test edits the plan: " + find);
        var json = ValidPlan.Replace(find, replace, StringComparison.Ordinal);

        var result = PlanFile.Parse(json);

        Assert.IsFalse(result.Succeeded);
        Assert.IsNull(result.Plan, "a plan with problems is never half-loaded");
        var problem = result.Problems.FirstOrDefault(p => p.Path == path);
        Assert.IsNotNull(problem, "expected a problem at " + path + "; got:\n" + string.Join("\n", result.Problems));
        StringAssert.Contains(problem.Message, fragment);
        Assert.IsNotNull(problem.Line, "every problem of a file has a line: " + problem);
        Assert.IsNotNull(problem.Column, "every problem of a file has a column: " + problem);
    }

    [TestMethod]
    public void Parse_SeveralProblems_ReportsAllAtOnceInDocumentOrderWithPositions()
    {
        var json = ValidPlan
            .Replace("\"level\": 5", "\"level\": 9", StringComparison.Ordinal)
            .Replace("\"strength\": 0.8", "\"strength\": Infinity", StringComparison.Ordinal)
            .Replace("{ \"from\": \"pat\", \"to\": \"dana\"", "{ \"from\": \"pat\", \"to\": \"nobody\"", StringComparison.Ordinal)
            .Replace("\"rating\": 1", "\"rating\": \"high\"", StringComparison.Ordinal)
            .Replace("\"date\": \"2026-11-02\"", "\"date\": \"2026-13-01\"", StringComparison.Ordinal);

        var result = PlanFile.Parse(json);

        var paths = result.Problems.Select(p => p.Path).ToArray();
        CollectionAssert.AreEqual(
            new[]
            {
                "$.people[0].level",
                "$.relationships[0].to",
                "$.relationships[1].strength",
                "$.opportunities[0].influences[0].rating",
                "$.meetings[0].date",
            },
            paths,
            string.Join("\n", result.Problems));
        Assert.IsTrue(result.Problems.All(p => p.Line is not null && p.Column is not null));
        var level = result.Problems[0];
        Assert.AreEqual(6, level.Line);
        Assert.AreEqual(46, level.Column, "the column of the value 9: " + level);
    }

    [TestMethod]
    public void Parse_FutureSchemaVersion_NamesBothVersionsAndNothingElse()
    {
        var json = ValidPlan.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2", StringComparison.Ordinal)
            .Replace("\"level\": 5", "\"level\": \"senior\"", StringComparison.Ordinal);

        var result = PlanFile.Parse(json);

        var problem = result.Problems.Single();
        Assert.AreEqual("$.schemaVersion", problem.Path);
        StringAssert.Contains(problem.Message, "schema version 2; this BuyingCenter reads version 1");
        Assert.AreEqual(2, problem.Line);
    }

    [TestMethod]
    public void Parse_RootIsNotAnObject_ReportsRoot()
    {
        var result = PlanFile.Parse("[1, 2]");

        var problem = result.Problems.Single();
        Assert.AreEqual("$", problem.Path);
        StringAssert.Contains(problem.Message, "one JSON object");
        Assert.AreEqual(1, problem.Line);
    }

    [TestMethod]
    public void Parse_EnumValuesInAnyCase_ReadAndWrittenInPascalCase()
    {
        var json = ValidPlan.Replace("\"kind\": \"Knows\"", "\"kind\": \"KNOWS\"", StringComparison.Ordinal)
            .Replace("\"mode\": \"Growth\"", "\"mode\": \"evenkeel\"", StringComparison.Ordinal);

        var result = PlanFile.Parse(json);

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));
        var text = PlanFile.ToJson(result.Plan!);
        StringAssert.Contains(text, "\"kind\": \"Knows\"");
        StringAssert.Contains(text, "\"mode\": \"EvenKeel\"");
    }

    [TestMethod]
    public void Parse_NumericEnumValue_IsRefused()
    {
        var result = PlanFile.Parse(ValidPlan.Replace("\"degree\": \"High\"", "\"degree\": \"3\"", StringComparison.Ordinal));

        Assert.AreEqual("$.opportunities[0].influences[0].degree", result.Problems.Single().Path);
    }
}
