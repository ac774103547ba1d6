using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Serialization;

/// <summary>
/// Every file of Nicolas Seriot's JSONTestSuite (test_parsing) through the reader: none is a plan, so each must
/// give a failed result with a located problem, never an exception, a hang or a crash.
/// </summary>
[TestClass]
public sealed class JsonTestSuiteTests
{
    [TestMethod]
    public void Read_EveryJsonTestSuiteFile_FailsWithLocatedProblemNeverThrows()
    {
        var folder = TestFiles.PathOf(Path.Combine("jsontestsuite", "test_parsing"));
        var files = Directory.GetFiles(folder, "*.json");
        Assert.IsTrue(files.Length > 300, "the suite is copied: " + files.Length);
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();

        foreach (var file in files)
        {
            try
            {
                var fromFile = PlanFile.Read(file);
                var fromText = PlanFile.Parse(File.ReadAllText(file));
                foreach (var result in new[] { fromFile, fromText })
                {
                    if (result.Succeeded || result.Problems.Count == 0 || result.Problems.Any(p => p.Line is null && string.IsNullOrEmpty(p.Path)))
                    {
                        failures.Add(Path.GetFileName(file) + ": " + string.Join(" | ", result.Problems));
                    }
                }
            }
            catch (Exception e)
            {
                failures.Add(Path.GetFileName(file) + " threw " + e.GetType().Name + ": " + e.Message);
            }
        }

        Assert.AreEqual(0, failures.Count, string.Join("\n", failures));
        Assert.IsTrue(watch.ElapsedMilliseconds < 10_000, "the suite took " + watch.ElapsedMilliseconds + " ms");
    }

    [TestMethod]
    public void StrictJson_EverySuiteFileThatMustParse_IsAcceptedAndEveryOneThatMustNot_IsRefused()
    {
        // The reader puts every plan through this check after Newtonsoft's read: a valid JSON text refused here would
        // make a good plan unreadable, and an invalid one accepted would let through what other tools refuse.
        var folder = TestFiles.PathOf(Path.Combine("jsontestsuite", "test_parsing"));
        var wrong = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.json"))
        {
            var name = Path.GetFileName(file);
            if (!name.StartsWith("y_", StringComparison.Ordinal) && !name.StartsWith("n_", StringComparison.Ordinal))
            {
                continue;
            }

            string text;
            try
            {
                text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(file));
            }
            catch (System.Text.DecoderFallbackException)
            {
                continue; // not UTF-8: the reader refuses such files before any JSON is looked at
            }

            var valid = StrictJson.FirstError(text, PlanReadOptions.DefaultMaxDepth) < 0;
            if (valid != name.StartsWith("y_", StringComparison.Ordinal))
            {
                wrong.Add(name);
            }
        }

        // n_structure_100000_opening_arrays and the like are refused by depth, which is right for them too.
        Assert.AreEqual(0, wrong.Count, string.Join("\n", wrong));
    }

    [TestMethod]
    public void Read_MalformedSuiteFiles_ReportLineAndColumn()
    {
        var folder = TestFiles.PathOf(Path.Combine("jsontestsuite", "test_parsing"));

        var result = PlanFile.Read(Path.Combine(folder, "n_structure_unclosed_array.json"));

        var problem = result.Problems.Last();
        StringAssert.Contains(problem.Message, "truncated");
        Assert.IsNotNull(problem.Line);
        Assert.IsNotNull(problem.Column);
    }
}
