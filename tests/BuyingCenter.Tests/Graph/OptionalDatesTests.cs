using System;
using BuyingCenter.Graph;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Graph;

/// <summary>The graph's 8-byte optional dates give back every date as it was given, kind included, and none as none.</summary>
[TestClass]
public sealed class OptionalDatesTests
{
    [TestMethod]
    public void Indexer_EveryKindAndTheExtremes_ReadBackUnchanged()
    {
        var given = new DateTime?[]
        {
            null,
            new DateTime(2026, 11, 22),
            new DateTime(2026, 11, 22, 13, 45, 7, DateTimeKind.Utc),
            new DateTime(2026, 3, 29, 2, 30, 0, DateTimeKind.Local),
            DateTime.MinValue,
            DateTime.MaxValue,
            DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Local),
        };
        var dates = new OptionalDates(given.Length);
        for (var i = 0; i < given.Length; i++)
        {
            Assert.IsNull(dates[i], "a new array holds no date");
            dates[i] = given[i];
        }

        for (var i = 0; i < given.Length; i++)
        {
            Assert.AreEqual(given[i], dates[i], $"date {i}");
            Assert.AreEqual(given[i]?.Kind, dates[i]?.Kind, $"kind of date {i}");
        }

        dates[1] = null;
        Assert.IsNull(dates[1], "a date can be taken back out");
    }
}
