using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Model;

[TestClass]
public sealed class ValueEqualityTests
{
    private static readonly DateTime Day = new(2026, 11, 2);

    /// <summary>The Northwind sample with an unknown property at every level that keeps one, win-results and competitors.</summary>
    private static string RichJson()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "northwind.json")))!.AsObject();
        json["account"]!["x-crm"] = JsonNode.Parse("""{"id":"001A","tier":2}""");
        json["sellers"]![0]!["x-crm"] = "005B";
        json["people"]![0]!["x-crm"] = JsonNode.Parse("""{"contact":"003C","tags":["cfo","budget"]}""");
        json["relationships"]![0]!["x-source"] = "linkedin";
        json["meetings"]![0]!["x-crm"] = 42;
        var opportunity = json["opportunities"]![0]!;
        opportunity["x-crm"] = JsonNode.Parse("""{"stage":"Negotiation"}""");
        opportunity["competitors"] = new JsonArray("Fleetr", "RouteOne");
        var influence = opportunity["influences"]![0]!;
        influence["x-crm"] = true;
        influence["winResults"] = JsonNode.Parse("""[{"result":"cut freight cost 8%","win":"seen as the one who fixed the network","x-crm":"w1"},{"result":"one carrier contract"}]""");
        return json.ToJsonString();
    }

    private static AccountPlan Read(string json)
    {
        var result = PlanFile.Parse(json);
        Assert.IsTrue(result.Succeeded, string.Join("; ", result.Problems));
        return result.Plan!;
    }

    private static void AssertEqualNotSame<T>(T first, T second, string what)
        where T : class
    {
        Assert.AreNotSame(first, second, what + ": read twice, two objects");
        Assert.AreEqual(first, second, what);
        Assert.AreEqual(first.GetHashCode(), second.GetHashCode(), what + ": hash codes agree");
    }

    [TestMethod]
    public void Equals_SamePlanReadTwice_EveryRecordEqualElementByElement()
    {
        var json = RichJson();
        var first = Read(json);
        var second = Read(json);

        Assert.IsTrue(first.Account.Extensions.Count > 0 && first.Opportunities[0].Influences[0].WinResults.Count == 2, "the plan must have lists to compare");
        AssertEqualNotSame(first.Account, second.Account, "account");
        foreach (var (a, b) in first.Sellers.Zip(second.Sellers, (a, b) => (a, b)))
        {
            AssertEqualNotSame(a, b, "seller " + a.Id);
        }

        foreach (var (a, b) in first.People.Zip(second.People, (a, b) => (a, b)))
        {
            AssertEqualNotSame(a, b, "person " + a.Id);
        }

        foreach (var (a, b) in first.Relationships.Zip(second.Relationships, (a, b) => (a, b)))
        {
            AssertEqualNotSame(a, b, "relationship " + a.From + "-" + a.To);
        }

        foreach (var (a, b) in first.Opportunities.Zip(second.Opportunities, (a, b) => (a, b)))
        {
            AssertEqualNotSame(a, b, "opportunity " + a.Id);
            foreach (var (x, y) in a.Influences.Zip(b.Influences, (x, y) => (x, y)))
            {
                AssertEqualNotSame(x, y, "influence of " + x.PersonId);
            }
        }

        foreach (var (a, b) in first.Meetings.Zip(second.Meetings, (a, b) => (a, b)))
        {
            AssertEqualNotSame(a, b, "meeting " + a.Id);
        }
    }

    [TestMethod]
    public void Equals_OneListElementChanged_Unequal()
    {
        var plan = Read(RichJson());
        var opportunity = plan.Opportunities[0];
        var influence = opportunity.Influences[0];

        // A win-result deep inside an influence: the influence and its opportunity are no longer the same.
        var win = influence.WinResults[1] with { Win = "keeps the budget" };
        var changedInfluence = influence with { WinResults = new[] { influence.WinResults[0], win } };
        var changed = opportunity with { Influences = opportunity.Influences.Select((i, k) => k == 0 ? changedInfluence : i).ToArray() };
        Assert.AreNotEqual(influence, changedInfluence);
        Assert.AreNotEqual(opportunity, changed);

        Assert.AreNotEqual(opportunity, opportunity with { Competitors = new[] { "Fleetr", "RouteTwo" } }, "a competitor renamed");
        Assert.AreNotEqual(opportunity, opportunity with { Competitors = opportunity.Competitors.Reverse().ToArray() }, "order counts, as in the file");
        Assert.AreNotEqual(plan.Account, plan.Account with { Extensions = new[] { new ExtensionProperty { Name = "x-crm", Json = """{"id":"001A","tier":3}""" } } });
        Assert.AreNotEqual(plan.People[0], plan.People[0] with { Extensions = Array.Empty<ExtensionProperty>() });
        var meeting = plan.Meetings[0];
        Assert.AreNotEqual(meeting, meeting with { PersonIds = new[] { "omar" } });
        Assert.AreNotEqual(meeting, meeting with { SellerIds = meeting.SellerIds.Concat(new[] { "tom" }).ToArray() });
    }

    [TestMethod]
    public void Equals_SameElementsInNewLists_EqualWithEqualHash()
    {
        var plan = Read(RichJson());
        var opportunity = plan.Opportunities[0];

        var copy = opportunity with
        {
            Competitors = opportunity.Competitors.ToList(),
            Influences = opportunity.Influences.Select(i => i with { WinResults = i.WinResults.Select(w => w with { }).ToArray() }).ToArray(),
            Extensions = opportunity.Extensions.Select(e => e with { }).ToList(),
        };

        Assert.AreEqual(opportunity, copy);
        Assert.AreEqual(opportunity.GetHashCode(), copy.GetHashCode());
        Assert.IsTrue(new HashSet<Opportunity> { opportunity }.Contains(copy), "usable as a key");
    }

    [TestMethod]
    public void Equals_SellerAndPersonWithTheSameValues_Unequal()
    {
        Party seller = new Seller { Id = "ana", Name = "Ana Ruiz", Extensions = new[] { new ExtensionProperty { Name = "x", Json = "1" } } };
        Party person = new Person { Id = "ana", Name = "Ana Ruiz", Extensions = new[] { new ExtensionProperty { Name = "x", Json = "1" } } };
        Party sameSeller = new Seller { Id = "ana", Name = "Ana Ruiz", Extensions = new[] { new ExtensionProperty { Name = "x", Json = "1" } } };

        Assert.IsFalse(seller.Equals(person), "a seller is never a person");
        Assert.IsFalse(person.Equals(seller));
        Assert.IsTrue(seller.Equals(sameSeller), "compared as parties, lists element by element");
        Assert.AreEqual(seller.GetHashCode(), sameSeller.GetHashCode());
        var dana = new Person { Id = "dana", Name = "Dana Lee" };
        Assert.AreNotEqual(dana, dana with { NewInRole = true }, "a person's own values count after the party's");
    }

    [TestMethod]
    public void ExtensionProperty_SameValueWrittenWithOtherSpacing_EqualOtherwiseNot()
    {
        // The value is kept as compact JSON text, so equality means "written back the same": spacing and line
        // breaks in the file do not count; key order and number spelling do, as the saved file would show them.
        static ExtensionProperty Extension(string value) =>
            Read("""{"schemaVersion":1,"account":{"id":"a","name":"A","x-crm":""" + value + "}}").Account.Extensions.Single();

        var compact = Extension("""{"id":"001A","tags":[1,2]}""");
        var spaced = Extension("{\n  \"id\" : \"001A\",\n  \"tags\" : [ 1, 2 ]\n}");

        Assert.AreEqual(compact, spaced);
        Assert.AreEqual(compact.GetHashCode(), spaced.GetHashCode());
        Assert.AreNotEqual(compact, Extension("""{"tags":[1,2],"id":"001A"}"""));
        Assert.AreNotEqual(compact, Extension("""{"id":"001A","tags":[1,2.0]}"""));
    }

    [TestMethod]
    public void MeetingDebrief_WinResultsInNewList_EqualAndNullIsNotEmpty()
    {
        var debrief = new MeetingDebrief
        {
            PersonId = "dana",
            Date = Day,
            Outcome = MeetingOutcome.BestAction,
            WinResults = new[] { new WinResult { Result = "cut freight cost 8%" } },
        };

        var same = debrief with { WinResults = new List<WinResult> { new() { Result = "cut freight cost 8%" } } };

        Assert.AreEqual(debrief, same);
        Assert.AreEqual(debrief.GetHashCode(), same.GetHashCode());
        Assert.AreNotEqual(debrief with { WinResults = null }, debrief with { WinResults = Array.Empty<WinResult>() }, "left as it is is not cleared");
    }

    /// <summary>Every value of every model record counts: a property added later and forgotten in Equals fails here.</summary>
    [TestMethod]
    public void Equals_AnyPropertyChanged_UnequalAndACopyEqual()
    {
        var influence = new BuyingInfluence
        {
            PersonId = "dana",
            Roles = BuyingRoles.Economic,
            Degree = InfluenceDegree.High,
            Mode = ResponseMode.Growth,
            Rating = 2,
            WinResults = new[] { new WinResult { Result = "r", Win = "w", Extensions = new[] { new ExtensionProperty { Name = "x", Json = "1" } } } },
            Uncertain = InfluenceFacts.Rating,
            Notes = "n",
            Extensions = new[] { new ExtensionProperty { Name = "x", Json = "1" } },
        };
        var extensions = new[] { new ExtensionProperty { Name = "x", Json = "1" } };
        var samples = new object[]
        {
            new Account { Id = "a", Name = "A", Industry = "i", Reorganizing = true, Notes = "n", Extensions = extensions },
            new Seller { Id = "s", Name = "S", Title = "t", Level = 3, Extensions = extensions },
            new Person { Id = "p", Name = "P", Title = "t", Level = 4, NewInRole = true, External = true, Extensions = extensions },
            new Relationship { From = "a", To = "b", Kind = RelationshipKind.Knows, Strength = 0.5, LastInteraction = Day, Extensions = extensions },
            new Opportunity
            {
                Id = "o", SingleSalesObjective = "ssO", Quantity = 4, CloseDate = Day, Amount = 5, Currency = "EUR", Stage = SalesStage.InTheFunnel,
                Competitors = new[] { "c" }, Influences = new[] { influence }, Extensions = extensions,
            },
            influence,
            influence.WinResults[0],
            new Meeting
            {
                Id = "m", Date = Day, OpportunityId = "o", SellerIds = new[] { "s" }, PersonIds = new[] { "p" }, BestAction = "b", MinimumAction = "m",
                Outcome = MeetingOutcome.BestAction, NextStep = "n", Notes = "n", Extensions = extensions,
            },
            new ExtensionProperty { Name = "x", Json = "1" },
            new PlanProblem { Path = "$", Message = "m", Line = 1, Column = 2 },
            new MeetingDebrief
            {
                OpportunityId = "o", PersonId = "p", SellerId = "s", Date = Day, Outcome = MeetingOutcome.BestAction, BestAction = "b", MinimumAction = "m",
                NextStep = "n", Mode = ResponseMode.Trouble, Rating = 1, Notes = "n", WinResults = influence.WinResults,
            },
        };

        foreach (var sample in samples)
        {
            var type = sample.GetType();
            var copy = Clone(sample);
            foreach (var property in Settable(type))
            {
                var value = property.GetValue(sample);
                if (value is IList list)
                {
                    property.SetValue(copy, CopyList(list, property.PropertyType));
                }
            }

            Assert.AreEqual(sample, copy, type.Name + ": the same values in new lists");
            Assert.AreEqual(sample.GetHashCode(), copy.GetHashCode(), type.Name + ": hash codes agree");

            foreach (var property in Settable(type))
            {
                var changed = Clone(sample);
                property.SetValue(changed, Changed(property.GetValue(sample), property.PropertyType));
                Assert.AreNotEqual(sample, changed, type.Name + "." + property.Name + " changed");
            }
        }
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null);

    private static object Clone(object record) =>
        record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;

    private static object CopyList(IList list, Type listType)
    {
        var element = listType.GetGenericArguments()[0];
        var copy = Array.CreateInstance(element, list.Count);
        list.CopyTo(copy, 0);
        return copy;
    }

    /// <summary>A different value of the same type; for a list, the first element changed.</summary>
    private static object? Changed(object? value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return value + "x";
        }

        if (underlying == typeof(int))
        {
            return ((int?)value ?? 0) + 1;
        }

        if (underlying == typeof(bool))
        {
            return !(bool)value!;
        }

        if (underlying == typeof(decimal))
        {
            return ((decimal?)value ?? 0) + 1;
        }

        if (underlying == typeof(double))
        {
            return (double)value! + 0.125;
        }

        if (underlying == typeof(DateTime))
        {
            return ((DateTime?)value ?? Day).AddDays(1);
        }

        if (underlying.IsEnum)
        {
            return Enum.ToObject(underlying, (value is null ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)) + 1);
        }

        if (value is IList list && list.Count > 0)
        {
            var element = type.GetGenericArguments()[0];
            var copy = (IList)CopyList(list, type);
            var first = copy[0]!;
            copy[0] = element == typeof(string) ? first + "x" : ChangedRecord(first);
            return copy;
        }

        throw new AssertFailedException("no changed value for " + type.Name + ": give the sample a value to change");
    }

    private static object ChangedRecord(object record)
    {
        var changed = Clone(record);
        var property = Settable(record.GetType()).First(p => p.PropertyType == typeof(string));
        property.SetValue(changed, property.GetValue(record) + "x");
        return changed;
    }
}
