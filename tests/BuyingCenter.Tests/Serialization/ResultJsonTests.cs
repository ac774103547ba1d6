using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;
using BuyingCenter.Serialization;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Serialization;

/// <summary>The results' JSON through System.Text.Json's serializer, as ASP.NET Core's Results.Json writes it.</summary>
[TestClass]
public sealed class ResultJsonTests
{
    private static AccountReview SampleReview()
    {
        var read = PlanFile.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "northwind.json"));
        Assert.IsTrue(read.Succeeded);
        return AccountReview.Create(read.Plan, new DateTime(2026, 11, 22));
    }

    [TestMethod]
    public void Options_AccountReview_SerializesAsWriteReviewWrites()
    {
        var review = SampleReview();

        var serialized = JsonSerializer.SerializeToUtf8Bytes(review, ResultJson.Options);

        Assert.AreEqual(Encoding.UTF8.GetString(ResultJson.ToUtf8Bytes(json => ResultJson.WriteReview(json, review))), Encoding.UTF8.GetString(serialized));
    }

    [TestMethod]
    public void WriteReport_AnyChoice_WritesTheReviewDocumentByteForByte()
    {
        var read = PlanFile.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "cli", "two-opportunities.json"));
        Assert.IsTrue(read.Succeeded);
        var plan = read.Plan;
        var asOf = new DateTime(2026, 11, 22);
        var review = AccountReview.Create(plan, asOf);

        foreach (var only in new[] { null, "dispatch-upgrade" })
        {
            var expected = ResultJson.ToUtf8Bytes(json => ResultJson.WriteReview(json, review, only));
            var actual = ResultJson.ToUtf8Bytes(json => ResultJson.WriteReport(json, AccountReport.Create(plan, asOf, only)));
            Assert.AreEqual(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        }
    }

    [TestMethod]
    public void Options_EnumsAndNames_AreStringsAndCamelCase()
    {
        var review = SampleReview();
        var flag = review.Opportunities[0].RedFlags[0];

        var json = JsonSerializer.Serialize(new { flag.Severity, flag.Code }, ResultJson.Options);

        StringAssert.Contains(json, $"\"severity\": \"{flag.Severity}\"");
        StringAssert.Contains(json, $"\"code\": \"{flag.Code}\"");
    }

    [TestMethod]
    public void Options_ReadingAReview_IsRefusedWithTheWayToMakeOne()
    {
        var e = Assert.ThrowsExactly<NotSupportedException>(() => JsonSerializer.Deserialize<AccountReview>("{}", ResultJson.Options));

        StringAssert.Contains(e.Message, "AccountReview.Create");
    }

    [TestMethod]
    public void WriteValidation_NoProblems_IsValidTrueOnly()
    {
        var json = Encoding.UTF8.GetString(ResultJson.ToUtf8Bytes(j => ResultJson.WriteValidation(j, Array.Empty<PlanProblem>())));

        Assert.AreEqual("{\n  \"valid\": true\n}", json);
    }
}
