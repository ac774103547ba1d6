using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Serialization;

/// <summary>Files written by an attacker or a broken tool: each gives a clean, located problem, never a crash.</summary>
[TestClass]
public sealed class HostileInputTests
{
    private static readonly string Valid = BrokenPlanTests.ValidPlan;

    [TestMethod]
    public void Parse_HundredThousandNestedArrays_RefusedAtMaxDepthWithoutStackOverflow()
    {
        var json = "{\"schemaVersion\": 1, \"x\": " + new string('[', 100_000) + new string(']', 100_000) + "}";

        var result = PlanFile.Parse(json);

        var problem = result.Problems.Single();
        StringAssert.Contains(problem.Message, "nested more than 64 levels");
        Assert.AreEqual(1, problem.Line);
        Assert.IsTrue(problem.Column is > 60 and < 100, problem.ToString());
    }

    [TestMethod]
    public void Parse_HundredThousandNestedObjects_RefusedAtMaxDepth()
    {
        var json = string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000);

        var result = PlanFile.Parse(json);

        StringAssert.Contains(result.Problems.Single().Message, "MaxDepth");
    }

    [TestMethod]
    public void Read_HundredMegabyteFile_RefusedBySizeBeforeReading()
    {
        var path = Path.Combine(Path.GetTempPath(), "bc-huge-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            using (var file = new FileStream(path, FileMode.CreateNew))
            {
                file.SetLength(100L * 1024 * 1024); // sparse: no 100 MB written to disk or memory
            }

            var watch = Stopwatch.StartNew();
            var result = PlanFile.Read(path);

            Assert.IsTrue(watch.ElapsedMilliseconds < 2000, "refused without reading: " + watch.ElapsedMilliseconds + " ms");
            var problem = result.Problems.Single();
            Assert.AreEqual("$", problem.Path);
            StringAssert.Contains(problem.Message, "104,857,600 bytes, over the limit of 67,108,864 bytes");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void Read_StreamWithHundredMegabyteString_StopsReadingAtTheSizeLimit()
    {
        // A non-seekable stream cannot say its length: the reader must count and stop, not buffer 100 MB.
        var stream = new EndlessStringStream("{\"schemaVersion\": 1, \"x\": \"", 100L * 1024 * 1024);

        var result = PlanFile.Read(stream, new PlanReadOptions { MaxFileSize = 1024 * 1024 });

        StringAssert.Contains(result.Problems.Single().Message, "larger than the limit of 1,048,576 bytes");
        Assert.IsTrue(stream.Delivered <= (1024 * 1024) + (128 * 1024), "read " + stream.Delivered + " bytes");
    }

    [TestMethod]
    public void Parse_OverTheSizeLimit_IsRefused()
    {
        var result = PlanFile.Parse(Valid, new PlanReadOptions { MaxFileSize = 100 });

        StringAssert.Contains(result.Problems.Single().Message, "PlanReadOptions.MaxFileSize");
    }

    [TestMethod]
    public void Parse_TypeProperty_IsKeptAsPlainData()
    {
        var json = Valid.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"$type\": \"System.IO.FileInfo, System.IO.FileSystem\",", StringComparison.Ordinal)
            .Replace("{ \"id\": \"dana\",", "{ \"$type\": \"System.Diagnostics.Process, System\", \"id\": \"dana\",", StringComparison.Ordinal);

        var result = PlanFile.Parse(json);

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));
        var root = result.Plan!.Extensions.Single();
        Assert.AreEqual("$type", root.Name);
        Assert.AreEqual("\"System.IO.FileInfo, System.IO.FileSystem\"", root.Json);
        Assert.AreEqual("\"System.Diagnostics.Process, System\"", result.Plan.People[0].Extensions.Single().Json);
        StringAssert.Contains(PlanFile.ToJson(result.Plan), "\"$type\": \"System.Diagnostics.Process, System\"");
    }

    [TestMethod]
    public void Parse_NaNAndInfinityLiterals_EachReported()
    {
        var json = Valid.Replace("\"strength\": 0.8", "\"strength\": Infinity", StringComparison.Ordinal)
            .Replace("\"kind\": \"ReportsTo\" }", "\"kind\": \"ReportsTo\", \"strength\": NaN }", StringComparison.Ordinal)
            .Replace("\"quantity\": 10", "\"quantity\": -Infinity", StringComparison.Ordinal);

        var result = PlanFile.Parse(json);

        CollectionAssert.AreEqual(
            new[] { "$.relationships[0].strength", "$.relationships[1].strength", "$.opportunities[0].quantity" },
            result.Problems.Select(p => p.Path).ToArray(),
            string.Join("\n", result.Problems));
        StringAssert.Contains(result.Problems[0].Message, "NaN");
        StringAssert.Contains(result.Problems[1].Message, "Infinity");
    }

    [TestMethod]
    public void Parse_NumbersThatOverflow_ReportedNotThrown()
    {
        var json = Valid.Replace("\"strength\": 0.8", "\"strength\": 1e400", StringComparison.Ordinal)
            .Replace("\"rating\": 1", "\"rating\": 99999999999999999999", StringComparison.Ordinal)
            .Replace("\"amount\": 12000", "\"amount\": 1e400", StringComparison.Ordinal)
            .Replace("\"level\": 4", "\"level\": 99999999999999999999", StringComparison.Ordinal)
            .Replace("\"level\": 5 }", "\"level\": -1e400 }", StringComparison.Ordinal);

        var result = PlanFile.Parse(json);

        CollectionAssert.AreEquivalent(
            new[] { "$.people[0].level", "$.people[1].level", "$.relationships[1].strength", "$.opportunities[0].amount", "$.opportunities[0].influences[0].rating" },
            result.Problems.Select(p => p.Path).ToArray(),
            string.Join("\n", result.Problems));
        Assert.IsTrue(result.Problems.Any(p => p.Message.Contains("99999999999999999999", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Parse_HugeNumberInUnknownProperty_KeptVerbatim()
    {
        var json = Valid.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"x-big\": [123456789012345678901234567890, 0.10, 1e400], \"x-huge\": {\"n\": -2E+999},", StringComparison.Ordinal);

        var result = PlanFile.Parse(json);

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems));
        Assert.AreEqual("[123456789012345678901234567890,0.10,1e400]", result.Plan!.Extensions[0].Json);
        Assert.AreEqual("{\"n\":-2E+999}", result.Plan.Extensions[1].Json);
    }

    [TestMethod]
    public void Parse_ImpossibleDate_Reported()
    {
        var result = PlanFile.Parse(Valid.Replace("\"2027-01-31\",", "\"2026-02-30\",", StringComparison.Ordinal));

        var problem = result.Problems.Single();
        Assert.AreEqual("$.opportunities[0].closeDate", problem.Path);
        StringAssert.Contains(problem.Message, "\"2026-02-30\" is not a calendar date");
    }

    [TestMethod]
    public void Parse_DuplicatePropertyNames_EveryDuplicateReported()
    {
        var json = Valid.Replace("\"level\": 4", "\"level\": 4, \"level\": 5", StringComparison.Ordinal)
            .Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"x-a\": 1, \"x-a\": 2,", StringComparison.Ordinal);

        var result = PlanFile.Parse(json);

        CollectionAssert.AreEqual(new[] { "$.x-a", "$.people[1].level" }, result.Problems.Select(p => p.Path).ToArray(), string.Join("\n", result.Problems));
        Assert.IsTrue(result.Problems.All(p => p.Message.Contains("appears twice", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Read_InvalidUtf8_ReportedWithItsLine()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid.Replace("\"Acme\"", "\"Ac@me\"", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)'@');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28; // a lead byte followed by a byte that cannot continue it

        var result = PlanFile.Read(new MemoryStream(bytes));

        var problem = result.Problems.Single();
        StringAssert.Contains(problem.Message, "not valid UTF-8");
        Assert.AreEqual(3, problem.Line);
        Assert.AreEqual(41, problem.Column);
    }

    [TestMethod]
    public void Read_ByteOrderMark_IsAccepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Valid)).ToArray();

        Assert.IsTrue(PlanFile.Read(new MemoryStream(bytes)).Succeeded);
        Assert.IsTrue(PlanFile.Parse("\uFEFF" + Valid).Succeeded);
    }

    [TestMethod]
    [DataRow("\"id\": \"dana\"", "\"id\": \"da\\nna\"", "$.people[0].id")]
    [DataRow("\"id\": \"deal\"", "\"id\": \"de\\u0007al\"", "$.opportunities[0].id")]
    [DataRow("\"id\": \"m1\"", "\"id\": \"m\\t1\"", "$.meetings[0].id")]
    public void Parse_IdWithControlCharacter_IsRefused(string find, string replace, string path)
    {
        var result = PlanFile.Parse(Valid.Replace(find, replace, StringComparison.Ordinal));

        var problem = result.Problems.First(p => p.Path == path);
        StringAssert.Contains(problem.Message, "control characters");
    }

    [TestMethod]
    [DataRow("", "empty")]
    [DataRow("   \n  ", "empty")]
    [DataRow("{\"schemaVersion\": 1, \"account\": {\"id\": \"a\"", "truncated")]
    [DataRow("{\"schemaVersion\": 1, \"account\": {\"id\": \"a", "Unterminated string")]
    [DataRow("{\"schemaVersion\": 1} {}", "exactly one object")]
    public void Parse_EmptyOrTruncated_OneLocatedProblem(string json, string fragment)
    {
        var result = PlanFile.Parse(json);

        var problem = result.Problems.Last();
        StringAssert.Contains(problem.Message, fragment);
        Assert.IsNotNull(problem.Line);
        Assert.IsNull(result.Plan);
    }

    [TestMethod]
    public void Parse_JavaScriptLeniencies_EachReportedWithPosition()
    {
        var json = Valid.Replace("\"name\": \"Acme\"", "'name': 'Acme' /* a comment */", StringComparison.Ordinal);

        var result = PlanFile.Parse(json);

        Assert.IsFalse(result.Succeeded);
        Assert.AreEqual(3, result.Problems.Count(p => p.Message.Contains("single quotes", StringComparison.Ordinal)) + result.Problems.Count(p => p.Message.Contains("Comments", StringComparison.Ordinal)), string.Join("\n", result.Problems));
        Assert.IsTrue(result.Problems.All(p => p.Line == 3), string.Join("\n", result.Problems));
    }

    [TestMethod]
    public void Read_BinaryGarbage_LocatedProblem()
    {
        var random = new Random(7);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(1, 2000)];
            random.NextBytes(bytes);

            var result = PlanFile.Read(new MemoryStream(bytes));

            Assert.IsFalse(result.Succeeded);
            Assert.IsTrue(result.Problems.Count > 0 && result.Problems.All(p => p.Line is not null || p.Path.Length > 0));
        }
    }

    [TestMethod]
    public void Read_HundredThousandRelationshipsOnOnePerson_LoadsFast()
    {
        var json = new StringBuilder("{\"schemaVersion\":1,\"account\":{\"id\":\"big\",\"name\":\"Big\"},\"sellers\":[{\"id\":\"ana\",\"name\":\"Ana\"}],\"people\":[{\"id\":\"hub\",\"name\":\"Hub\"}");
        for (var i = 0; i < 100_000; i++)
        {
            json.Append(",{\"id\":\"p").Append(i).Append("\",\"name\":\"P ").Append(i).Append("\"}");
        }

        json.Append("],\"relationships\":[");
        for (var i = 0; i < 100_000; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("{\"from\":\"p").Append(i).Append("\",\"to\":\"hub\",\"kind\":\"Influences\",\"strength\":0.25}");
        }

        json.Append("]}");
        var bytes = Encoding.UTF8.GetBytes(json.ToString());

        // The build machine is shared and loaded: measure against parsing the same bytes into a JToken tree, in the same run.
        var baseline = Stopwatch.StartNew();
        Newtonsoft.Json.Linq.JToken.Parse(Encoding.UTF8.GetString(bytes));
        baseline.Stop();
        var watch = Stopwatch.StartNew();
        var result = PlanFile.Read(new MemoryStream(bytes));
        watch.Stop();

        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Problems.Take(5)));
        Assert.AreEqual(100_000, result.Plan!.Relationships.Count(r => r.To == "hub"));
        Assert.IsTrue(watch.ElapsedMilliseconds < 4 * Math.Max(baseline.ElapsedMilliseconds, 50), "read and validated in " + watch.ElapsedMilliseconds + " ms; JToken.Parse took " + baseline.ElapsedMilliseconds + " ms");
    }

    /// <summary>A non-seekable stream of a JSON prefix followed by 'a' bytes, produced on the fly.</summary>
    private sealed class EndlessStringStream : Stream
    {
        private readonly byte[] prefix;
        private readonly long length;

        public EndlessStringStream(string prefix, long length)
        {
            this.prefix = Encoding.UTF8.GetBytes(prefix);
            this.length = length;
        }

        public long Delivered { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Delivered; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Delivered);
            for (var i = 0; i < n; i++)
            {
                var at = Delivered + i;
                buffer[offset + i] = at < prefix.Length ? prefix[at] : (byte)'a';
            }

            Delivered += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
