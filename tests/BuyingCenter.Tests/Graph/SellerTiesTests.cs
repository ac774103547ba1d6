using System;
using System.Linq;
using BuyingCenter.Analysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace BuyingCenter.Tests.Graph;

/// <summary>
/// A person's ties to our sellers are kept only for the people a seller knows, each with their sellers in one run filled
/// in place: the order, the merging of two Knows with the same seller, and the people no one knows must read as before.
/// </summary>
[TestClass]
public sealed class SellerTiesTests
{
    private static readonly DateTime AsOf = new(2026, 11, 22);

    [TestMethod]
    public void SellersKnowing_SellersGivenOutOfOrderWithDuplicates_InSellerOrderWithTheStrongerOfEachPair()
    {
        // Ana is known by s3, s1 (twice: the later is stronger) and s2, in that plan order, and by s4 only at strength 0;
        // Bo is known by s2 twice (the earlier is stronger) from either end; Cy by no seller, though a person knows them.
        var plan = new AccountPlanBuilder()
            .WithAccount(new Account { Id = "acc", Name = "Account" })
            .AddSeller("s1", "One").AddSeller("s2", "Two").AddSeller("s3", "Three").AddSeller("s4", "Four")
            .AddPerson("ana", "Ana").AddPerson("bo", "Bo").AddPerson("cy", "Cy")
            .AddRelationship("s3", RelationshipKind.Knows, "ana", 0.3)
            .AddRelationship("ana", RelationshipKind.Knows, "s1", 0.4)
            .AddRelationship("s2", RelationshipKind.Knows, "ana", 0.5)
            .AddRelationship("s1", RelationshipKind.Knows, "ana", 0.9)
            .AddRelationship("s4", RelationshipKind.Knows, "ana", 0)
            .AddRelationship("bo", RelationshipKind.Knows, "s2", 0.8)
            .AddRelationship("s2", RelationshipKind.Knows, "bo", 0.6)
            .AddRelationship("bo", RelationshipKind.Knows, "cy", 0.7)
            .BuildUnvalidated();
        var analysis = AccountAnalysis.Create(plan, AsOf);

        CollectionAssert.AreEqual(new[] { ("s1", 0.9), ("s2", 0.5), ("s3", 0.3) }, analysis.SellersKnowing("ana").ToArray());
        CollectionAssert.AreEqual(new[] { ("s2", 0.8) }, analysis.SellersKnowing("bo").ToArray());
        Assert.AreEqual(0, analysis.SellersKnowing("cy").Count());
        Assert.AreEqual(0, analysis.SellersKnowing("s1").Count(), "a seller is no one's person");
        Assert.AreEqual(("s1", 0.9), (analysis.GetCoverage("ana").Seller!.Id, analysis.GetCoverage("ana").Strength));
        Assert.IsTrue(analysis.IsKnownBySeller("bo"));
        Assert.IsFalse(analysis.IsKnownBySeller("cy"));
        Assert.AreEqual(PersonCoverage.None, analysis.GetCoverage("cy"));
        Assert.IsNull(analysis.GetLastContact("cy"));
    }
}
