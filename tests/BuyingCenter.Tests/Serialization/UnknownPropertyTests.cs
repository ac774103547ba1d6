using System;
using System.IO;
using System.Linq;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Serialization;

[TestClass]
public sealed class UnknownPropertyTests
{
    private const string Extended = """
        {
          "x-root": { "crm": "sf", "ids": [1, 2] },
          "schemaVersion": 1,
          "account": { "x-account": true, "id": "acme", "name": "Acme" },
          "sellers": [ { "id": "ana", "x-seller": "s", "name": "Ana" } ],
          "people": [ { "id": "dana", "name": "Dana", "x-person": null, "x-second": 2 } ],
          "relationships": [ { "from": "ana", "to": "dana", "kind": "Knows", "x-rel": [ ] } ],
          "opportunities": [
            {
              "x-opp": 1.50, "id": "deal", "singleSalesObjective": "Acme buys",
              "influences": [ { "person": "dana", "x-inf": "i", "winResults": [ { "x-win": { }, "result": "r" } ] } ]
            }
          ],
          "meetings": [ { "date": "2026-11-02", "x-meeting": "m" } ]
        }
        """;

    [TestMethod]
    public void Parse_UnknownPropertiesAtEveryLevel_KeptInOrderAsCompactJson()
    {
        var plan = PlanFile.Parse(Extended).Plan!;

        Assert.AreEqual("{\"crm\":\"sf\",\"ids\":[1,2]}", plan.Extensions.Single(e => e.Name == "x-root").Json);
        Assert.AreEqual("true", plan.Account.Extensions.Single().Json);
        Assert.AreEqual("\"s\"", plan.Sellers[0].Extensions.Single().Json);
        CollectionAssert.AreEqual(new[] { "x-person", "x-second" }, plan.People[0].Extensions.Select(e => e.Name).ToArray());
        Assert.AreEqual("null", plan.People[0].Extensions[0].Json);
        Assert.AreEqual("[]", plan.Relationships[0].Extensions.Single().Json);
        Assert.AreEqual("1.50", plan.Opportunities[0].Extensions.Single().Json);
        Assert.AreEqual("\"i\"", plan.Opportunities[0].Influences[0].Extensions.Single().Json);
        Assert.AreEqual("{}", plan.Opportunities[0].Influences[0].WinResults[0].Extensions.Single().Json);
        Assert.AreEqual("\"m\"", plan.Meetings[0].Extensions.Single().Json);
    }

    [TestMethod]
    public void ToJson_UnknownProperties_WrittenAfterKnownOnesAndReadBackUnchanged()
    {
        var plan = PlanFile.Parse(Extended).Plan!;

        var text = PlanFile.ToJson(plan);

        StringAssert.Contains(text, "\"name\": \"Ana\",\n      \"x-seller\": \"s\"\n");
        StringAssert.Contains(text, "\"meetings\": [\n    {\n      \"date\": \"2026-11-02\",\n      \"x-meeting\": \"m\"\n    }\n  ],\n  \"x-root\": {\n    \"crm\": \"sf\",\n    \"ids\": [\n      1,\n      2\n    ]\n  }\n}\n", "the default outcome left out; the extension indented like the rest");
        StringAssert.Contains(text, "\"x-opp\": 1.50\n", "numbers of extensions copied as written");
        Assert.AreEqual(text, PlanFile.ToJson(PlanFile.Parse(text).Plan!));
    }

    [TestMethod]
    public void Write_ToTextWriter_SameTextAsToJson()
    {
        var plan = PlanFile.Parse(Extended).Plan!;
        using var writer = new StringWriter { NewLine = "\r\n" };

        PlanFile.Write(plan, writer);

        Assert.AreEqual(PlanFile.ToJson(plan), writer.ToString(), "the writer's own NewLine does not change the text");
    }

    [TestMethod]
    public void Build_ExtensionShadowingDefinedProperty_IsRefused()
    {
        var plan = PlanFile.Parse(Extended).Plan!;
        var person = plan.People[0] with { Extensions = new[] { new ExtensionProperty { Name = "name", Json = "\"Other\"" } } };

        var error = Assert.ThrowsExactly<InvalidPlanException>(() => plan.ToBuilder().ReplacePerson(person).Build());

        Assert.AreEqual("$.people[0]", error.Problems.Single().Path);
        StringAssert.Contains(error.Problems.Single().Message, "\"name\"");
    }
}
