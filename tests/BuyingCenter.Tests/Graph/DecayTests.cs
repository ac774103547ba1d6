using System;
using BuyingCenter.Graph;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Graph;

/// <summary>The decay factors a thread keeps by age are the very doubles the power gives: no strength, route or score may move by a bit.</summary>
[TestClass]
public sealed class DecayTests
{
    [TestMethod]
    public void Apply_AnyAgeAndHalfLifeOneAfterAnother_SameDoubleAsThePowerItself()
    {
        // Half-lives change from one sample to the next (and back), ages run past what a thread keeps.
        var asOf = new DateTime(2026, 11, 22);
        Gen.Select(Gen.Int[-5, 5000], Gen.Int[0, 3].Select(i => new[] { 180.0, 90.0, 1.0, 365.25 }[i]), Gen.Double[0, 1]).Sample((days, halfLife, strength) =>
        {
            var last = asOf.AddDays(-days);
            var expected = days <= 0 ? strength : strength * Math.Pow(0.5, days / halfLife);
            Assert.AreEqual(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(Decay.Apply(strength, last, asOf, halfLife)));
        }, threads: 1);
    }

    [TestMethod]
    public void Apply_TimesOfDay_AgeInWholeDaysAndNoDateMeansNoDecay()
    {
        var asOf = new DateTime(2026, 11, 22, 23, 0, 0);
        Assert.AreEqual(0.5 * Math.Pow(0.5, 10 / 180.0), Decay.Apply(0.5, new DateTime(2026, 11, 12, 1, 0, 0), asOf, 180));
        Assert.AreEqual(0.5, Decay.Apply(0.5, null, asOf, 180));
        Assert.AreEqual(0.5, Decay.Apply(0.5, asOf.AddDays(3), asOf, 180), "a date after the as-of date means no decay");
    }
}
