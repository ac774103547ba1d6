using System.Linq;
using BuyingCenter;
using BuyingCenter.Analysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Analysis;

[TestClass]
public sealed class StrengthTests
{
    [TestMethod]
    public void Review_HealthyPlan_ShowsCoveredFavourableEconomicBuyerAndMultiThreading()
    {
        var strengths = Plans.Healthy().Review().Strengths.Select(s => (s.Code, s.PersonId)).ToList();

        CollectionAssert.Contains(strengths, (StrengthCode.EconomicBuyerCovered, (string?)"dana"));
        CollectionAssert.Contains(strengths, (StrengthCode.MultiThreaded, (string?)"dana"));
        CollectionAssert.Contains(strengths, (StrengthCode.ReceptiveHighInfluence, (string?)"dana"));
        CollectionAssert.Contains(strengths, (StrengthCode.ReceptiveHighInfluence, (string?)"lin"));
        CollectionAssert.DoesNotContain(strengths, (StrengthCode.ReceptiveHighInfluence, (string?)"kim"), "Kim is in Growth mode but of Low influence");
        CollectionAssert.DoesNotContain(strengths, (StrengthCode.SeveralCoaches, (string?)null));
    }

    [TestMethod]
    public void Review_StrengthsAndDeductions_CarryThePlansOwnPerson()
    {
        var review = Plans.Healthy().WithInfluence("kim", i => i with { Mode = ResponseMode.EvenKeel }).Review();

        var strength = review.Strengths.First(s => s.Code == StrengthCode.MultiThreaded);
        Assert.AreSame(review.Plan.FindPerson("dana"), strength.Person);
        Assert.AreEqual("dana", strength.PersonId);
        Assert.IsTrue(review.Strengths.Where(s => s.Person is null).All(s => s.PersonId is null));
        Assert.AreSame(review.Plan.FindPerson("kim"), review.ScoreDeductions.Single().Flag.Person, "Kim's low receptivity costs points");
        foreach (var deduction in review.ScoreDeductions)
        {
            var person = deduction.Flag.Person;
            Assert.IsTrue(person is null || ReferenceEquals(review.Plan.FindPerson(person.Id), person));
        }
    }

    [TestMethod]
    public void Review_EconomicBuyerRatedTwo_NoEconomicBuyerCoveredStrength()
    {
        var review = Plans.Healthy().WithInfluence("dana", i => i with { Rating = 2 }).Review();

        Assert.IsFalse(review.Strengths.Any(s => s.Code == StrengthCode.EconomicBuyerCovered));
    }

    [TestMethod]
    public void Review_TwoProvenCoaches_ShowsSeveralCoaches()
    {
        var review = Plans.Healthy().WithInfluence("kim", i => i with { Roles = BuyingRoles.User | BuyingRoles.Coach, Degree = InfluenceDegree.Medium }).Review();

        Assert.AreEqual(1, review.Strengths.Count(s => s.Code == StrengthCode.SeveralCoaches));
    }

    [TestMethod]
    public void Review_SecondCoachFailsATest_NoSeveralCoaches()
    {
        // Kim has Low influence: not credible with the buying organisation, so a candidate, not a second proven Coach.
        var review = Plans.Healthy().WithInfluence("kim", i => i with { Roles = BuyingRoles.User | BuyingRoles.Coach }).Review();

        Assert.AreEqual(0, review.Strengths.Count(s => s.Code == StrengthCode.SeveralCoaches));
        Assert.AreEqual(1, review.ProvenCoaches.Count);
    }

    [TestMethod]
    public void Review_SingleThreaded_NoMultiThreadedStrength()
    {
        var review = Plans.Healthy().Without(r => r.From == "raj" && r.To == "dana").Review();

        Assert.IsFalse(review.Strengths.Any(s => s.Code == StrengthCode.MultiThreaded));
    }
}
