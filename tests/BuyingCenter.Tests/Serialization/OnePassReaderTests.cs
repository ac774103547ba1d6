using System;
using System.Linq;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Serialization;

/// <summary>
/// The one-pass reader: the tokenizer reports what is not JSON where it stands and reads on, so a file gets its JSON
/// problems and its plan problems at once, each with the line and column of what is at fault.
/// </summary>
[TestClass]
public sealed class OnePassReaderTests
{
    private static readonly string Valid = BrokenPlanTests.ValidPlan;

    [TestMethod]
    public void Parse_TrailingCommaAndBadLevel_BothReportedInOnePass()
    {
        var json = Valid.Replace("\"outcome\": \"BestAction\" }", "\"outcome\": \"BestAction\", }", StringComparison.Ordinal)
            .Replace("\"level\": 5", "\"level\": 9", StringComparison.Ordinal);

        var result = PlanFile.Parse(json);

        CollectionAssert.AreEqual(new[] { "$.people[0].level", "$" }, result.Problems.Select(p => p.Path).ToArray(), string.Join("\n", result.Problems));
        StringAssert.Contains(result.Problems[1].Message, "trailing comma");
        Assert.AreEqual(20, result.Problems[1].Line);
    }

    [TestMethod]
    public void Parse_EveryDeviation_ReportedAtItsCharacter()
    {
        var json = "{\n  \"schemaVersion\": 0x1,\n  \"account\": { id: \"a\", \"name\": \"A\tB\" },\n  \"x\": [1, 2,],\n}";

        var result = PlanFile.Parse(json);

        var found = result.Problems.Select(p => (p.Line ?? 0, p.Column ?? 0, p.Message.Split(' ')[0] + " " + p.Message.Split(' ')[1])).ToArray();
        CollectionAssert.AreEqual(
            new[] { (2, 21, "Hexadecimal numbers"), (3, 16, "Property names"), (3, 35, "A control"), (4, 14, "A comma"), (5, 1, "A comma") },
            found,
            string.Join("\n", result.Problems));
    }

    [TestMethod]
    public void Parse_NaNInNestedValue_ReportedAtTheValueWithItsPath()
    {
        var json = Valid.Replace("\"rating\": 1", "\"rating\": NaN", StringComparison.Ordinal);

        var problem = PlanFile.Parse(json).Problems.Single();

        Assert.AreEqual("$.opportunities[0].influences[0].rating", problem.Path);
        Assert.AreEqual(17, problem.Line);
        Assert.AreEqual(Valid.Split('\n')[16].IndexOf("\"rating\": 1", StringComparison.Ordinal) + 11, problem.Column);
        StringAssert.StartsWith(problem.Message, "NaN is not a valid JSON value");
    }

    [TestMethod]
    [DataRow("{\"schemaVersion\": 1, \"account\": {\"id\": \"a\" \"name\": \"b\"}}", 1, 44, "a comma or '}' after a property")]
    [DataRow("{\"schemaVersion\": 1, \"account\": {\"id\": \"a\\q\"}}", 1, 42, "\\q is not an escape")]
    [DataRow("{\"schemaVersion\": 1,\n \"account\": [1 2]}", 2, 16, "a comma or ']' after an item")]
    [DataRow("{\"schemaVersion\": 01}", 1, 20, "does not start with 0")]
    [DataRow("{\"schemaVersion\": new Date(1)}", 1, 19, "JavaScript constructor")]
    [DataRow("{\"a\": 1 /* never closed", 1, 9, "never ends")]
    public void Parse_NotJsonThatCannotBeReadOn_OneProblemAtTheFault(string json, int line, int column, string fragment)
    {
        var result = PlanFile.Parse(json);

        var problem = result.Problems.Last();
        StringAssert.Contains(problem.Message, fragment);
        Assert.AreEqual((line, column), (problem.Line, problem.Column), problem.ToString());
    }

    [TestMethod]
    public void Parse_UnknownPropertyValues_CopiedAsWrittenOrReencodedWhenNotJson()
    {
        var json = Valid.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"x-n\": [1.5e3, -0, \"caf\\u00e9\"], \"x-q\": 'it''s',", StringComparison.Ordinal);

        var result = PlanFile.Parse(json.Replace("'it''s'", "\"ok\"", StringComparison.Ordinal));
        var lenient = PlanFile.Parse(json.Replace("'it''s'", "'say \"hi\"'", StringComparison.Ordinal));

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));
        Assert.AreEqual("[1.5e3,-0,\"caf\\u00e9\"]", result.Plan!.Extensions[0].Json);
        Assert.AreEqual("single quotes", string.Join("|", lenient.Problems.Select(p => p.Message.Contains("single quotes", StringComparison.Ordinal) ? "single quotes" : p.Message)));
    }

    [TestMethod]
    public void Parse_DuplicateNameWithSpecialCharacters_PathInBrackets()
    {
        var json = Valid.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"x a\": 1, \"x a\": 2,", StringComparison.Ordinal);

        var problem = PlanFile.Parse(json).Problems.Single();

        Assert.AreEqual("$['x a']", problem.Path);
        Assert.AreEqual((2, 33), (problem.Line, problem.Column));
    }

    [TestMethod]
    public void Parse_MaxDepthAbove512_StillOnlyJson()
    {
        var json = Valid.Replace("\"outcome\": \"BestAction\" }", "\"outcome\": \"BestAction\", }", StringComparison.Ordinal);

        var result = PlanFile.Parse(json, new PlanReadOptions { MaxDepth = 10_000 });

        StringAssert.Contains(result.Problems.Single().Message, "trailing comma");
    }

    [TestMethod]
    public void FirstError_Deviations_EachRefusedAtItsOffset()
    {
        foreach (var (text, at) in new[] { ("[1,]", 3), ("{a:1}", 1), ("0x1", 1), ("\"a\tb\"", 2), ("// c\n1", 0), ("'a'", 0), ("NaN", 0), ("[1] 2", 4), ("\u00A01", 0) })
        {
            Assert.AreEqual(at, StrictJson.FirstError(text, 64), text);
        }
    }
}
