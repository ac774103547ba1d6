using System.Linq;
using BuyingCenter.Serialization;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Serialization;

[TestClass]
public sealed class RoundTripTests
{
    [TestMethod]
    public void ToJson_ParseToJson_GivesIdenticalTextAndEqualPlan()
    {
        RandomPlans.Plans.Sample(
            plan =>
            {
                var text = PlanFile.ToJson(plan);
                var read = PlanFile.Parse(text);

                Assert.IsTrue(read.Succeeded, string.Join("\n", read.Problems) + "\n" + text);
                Assert.AreEqual(text, PlanFile.ToJson(read.Plan!));
                AssertSamePlan(plan, read.Plan!);
            },
            iter: 300,
            print: PlanFile.ToJson);
    }

    [TestMethod]
    public void ToJson_SamePlan_SameBytesEveryTime()
    {
        RandomPlans.Plans.Sample(plan => Assert.AreEqual(PlanFile.ToJson(plan), PlanFile.ToJson(plan.ToBuilder().Build())), iter: 50);
    }

    [TestMethod]
    public void ToNearestDouble_AnyDecimal_IsTheDoubleItsDigitsParseTo()
    {
        // Strengths are read as decimals and turned into doubles without a string; the result must be the double a
        // user's digits mean, or 0.7 in a file would not compare equal to 0.7 in code.
        Gen.Select(Gen.Long, Gen.Int[0, 28], Gen.Bool).Sample(
            (mantissa, scale, small) =>
            {
                var value = new decimal(small ? mantissa % 10_000 : mantissa) / (decimal)System.Math.Pow(10, scale);
                var expected = double.Parse(value.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
                Assert.AreEqual(expected, PlanReader.ToNearestDouble(value), value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            },
            iter: 20_000);

        foreach (var text in new[] { "0.7", "0.1", "0.3", "0.85", "1", "1.0", "0", "0.0000001", "0.123456789012345678", "79228162514264337593543950335", "-0.2" })
        {
            var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            Assert.AreEqual(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), PlanReader.ToNearestDouble(value), text);
        }
    }

    [TestMethod]
    public void Parse_StrengthAsAShortFraction_IsTheDoubleItsDigitsParseTo()
    {
        // Plain fractions of up to 15 digits take a path without a decimal; it must give what the digits mean too.
        Gen.Select(Gen.Int[1, 15], Gen.Long[0, long.MaxValue], Gen.Bool).Sample(
            (digits, number, one) =>
            {
                var fraction = (number % (long)System.Math.Pow(10, digits)).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
                var text = one ? "1." + new string('0', digits) : "0." + fraction;
                var json = "{\"schemaVersion\":1,\"account\":{\"id\":\"a\",\"name\":\"A\"},\"people\":[{\"id\":\"p\",\"name\":\"P\"},{\"id\":\"q\",\"name\":\"Q\"}],"
                    + "\"relationships\":[{\"from\":\"p\",\"to\":\"q\",\"kind\":\"Knows\",\"strength\":" + text + "}]}";
                var read = PlanFile.Parse(json);

                Assert.IsTrue(read.Succeeded, string.Join("\n", read.Problems));
                Assert.AreEqual(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), read.Plan!.Relationships[0].Strength, text);
            },
            iter: 5_000);
    }

    /// <summary>Field by field: records compare lists by reference, so the lists are compared item by item.</summary>
    private static void AssertSamePlan(AccountPlan expected, AccountPlan actual)
    {
        Assert.AreEqual(expected.Account with { Extensions = null! }, actual.Account with { Extensions = null! });
        AssertSameExtensions(expected.Account.Extensions, actual.Account.Extensions);
        AssertSameExtensions(expected.Extensions, actual.Extensions);
        Assert.AreEqual(expected.Sellers.Count, actual.Sellers.Count);
        for (var i = 0; i < expected.Sellers.Count; i++)
        {
            Assert.AreEqual(expected.Sellers[i] with { Extensions = null! }, actual.Sellers[i] with { Extensions = null! });
            AssertSameExtensions(expected.Sellers[i].Extensions, actual.Sellers[i].Extensions);
        }

        Assert.AreEqual(expected.People.Count, actual.People.Count);
        for (var i = 0; i < expected.People.Count; i++)
        {
            Assert.AreEqual(expected.People[i] with { Extensions = null! }, actual.People[i] with { Extensions = null! });
            AssertSameExtensions(expected.People[i].Extensions, actual.People[i].Extensions);
        }

        Assert.AreEqual(expected.Relationships.Count, actual.Relationships.Count);
        for (var i = 0; i < expected.Relationships.Count; i++)
        {
            Assert.AreEqual(expected.Relationships[i] with { Extensions = null! }, actual.Relationships[i] with { Extensions = null! });
            AssertSameExtensions(expected.Relationships[i].Extensions, actual.Relationships[i].Extensions);
        }

        Assert.AreEqual(expected.Opportunities.Count, actual.Opportunities.Count);
        for (var i = 0; i < expected.Opportunities.Count; i++)
        {
            var e = expected.Opportunities[i];
            var a = actual.Opportunities[i];
            Assert.AreEqual(e with { Competitors = null!, Influences = null!, Extensions = null! }, a with { Competitors = null!, Influences = null!, Extensions = null! });
            CollectionAssert.AreEqual(e.Competitors.ToList(), a.Competitors.ToList());
            AssertSameExtensions(e.Extensions, a.Extensions);
            Assert.AreEqual(e.Influences.Count, a.Influences.Count);
            for (var j = 0; j < e.Influences.Count; j++)
            {
                var ei = e.Influences[j];
                var ai = a.Influences[j];
                Assert.AreEqual(ei with { WinResults = null!, Extensions = null! }, ai with { WinResults = null!, Extensions = null! });
                AssertSameExtensions(ei.Extensions, ai.Extensions);
                Assert.AreEqual(ei.WinResults.Count, ai.WinResults.Count);
                for (var k = 0; k < ei.WinResults.Count; k++)
                {
                    Assert.AreEqual(ei.WinResults[k] with { Extensions = null! }, ai.WinResults[k] with { Extensions = null! });
                    AssertSameExtensions(ei.WinResults[k].Extensions, ai.WinResults[k].Extensions);
                }
            }
        }

        Assert.AreEqual(expected.Meetings.Count, actual.Meetings.Count);
        for (var i = 0; i < expected.Meetings.Count; i++)
        {
            var e = expected.Meetings[i];
            var a = actual.Meetings[i];
            Assert.AreEqual(e with { SellerIds = null!, PersonIds = null!, Extensions = null! }, a with { SellerIds = null!, PersonIds = null!, Extensions = null! });
            CollectionAssert.AreEqual(e.SellerIds.ToList(), a.SellerIds.ToList());
            CollectionAssert.AreEqual(e.PersonIds.ToList(), a.PersonIds.ToList());
            AssertSameExtensions(e.Extensions, a.Extensions);
        }
    }

    private static void AssertSameExtensions(System.Collections.Generic.IReadOnlyList<ExtensionProperty> expected, System.Collections.Generic.IReadOnlyList<ExtensionProperty> actual) =>
        CollectionAssert.AreEqual(expected.ToList(), actual.ToList(), "unknown properties survive in order");
}
