using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using BuyingCenter.Analysis;

namespace BuyingCenter.Maps;

/// <summary>
/// A picture of an account for one opportunity: the customer's hierarchy top-down, each person's roles, mode and
/// rating, our sellers in a band of their own with their coverage as line weight, informal influence, opposition
/// and red-flagged people, as Graphviz DOT, Mermaid or a standalone SVG.
/// <code>
/// var review = AccountReview.Create(plan, new DateTime(2026, 11, 22));
/// File.WriteAllText("map.svg", RelationshipMap.Create(review, "fleetview-2027").ToSvg());
/// </code>
/// </summary>
/// <remarks>
/// The map computes nothing about the account: roles come from the opportunity, coverage (decayed strength) and red
/// flags from the review. The same review and options always give the same text, byte for byte.
/// Immutable and thread-safe.
/// </remarks>
public sealed class RelationshipMap
{
    private readonly MapModel model;
    private readonly MapLayout layout;

    private RelationshipMap(AccountAnalysis analysis, OpportunityReview? opportunity, RelationshipMapOptions options)
    {
        Analysis = analysis;
        Opportunity = opportunity;
        Options = options;
        model = BuildModel(analysis, opportunity, options);
        layout = MapLayout.Create(model, options);
    }

    /// <summary>The graph facts (plan, date, decayed strengths) the map shows.</summary>
    public AccountAnalysis Analysis { get; }

    /// <summary>The opportunity whose roles and red flags the map shows, or <see langword="null"/> when the plan has no opportunity.</summary>
    public OpportunityReview? Opportunity { get; }

    /// <summary>What the map shows.</summary>
    public RelationshipMapOptions Options { get; }

    /// <summary>The SVG layout, for tests that check geometry.</summary>
    internal MapLayout Layout => layout;

    /// <summary>Maps one opportunity of a review.</summary>
    /// <param name="review">The account review.</param>
    /// <param name="opportunityId">The opportunity to show, or <see langword="null"/> for the plan's first opportunity.</param>
    /// <param name="options">What to show, or <see langword="null"/> for the defaults.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentException">The plan has no opportunity with <paramref name="opportunityId"/>.</exception>
    public static RelationshipMap Create(AccountReview review, string? opportunityId = null, RelationshipMapOptions? options = null)
    {
        Guard.Against.Null(review);
        OpportunityReview? opportunity;
        if (opportunityId is null)
        {
            opportunity = review.Opportunities.Count > 0 ? review.Opportunities[0] : null;
        }
        else
        {
            opportunity = review.FindOpportunity(opportunityId)
                ?? throw new PlanArgumentException("The plan has no opportunity '" + opportunityId + "'.", nameof(opportunityId));
        }

        return new RelationshipMap(review.Analysis, opportunity, Checked(options));
    }

    /// <summary>Maps one reviewed opportunity, with the plan and date of its review.</summary>
    /// <param name="opportunity">The review of the opportunity to show.</param>
    /// <param name="options">What to show, or <see langword="null"/> for the defaults.</param>
    /// <returns>The map.</returns>
    public static RelationshipMap Create(OpportunityReview opportunity, RelationshipMapOptions? options = null)
    {
        Guard.Against.Null(opportunity);
        return new RelationshipMap(opportunity.Analysis, opportunity, Checked(options));
    }

    /// <summary>Reviews one opportunity of a plan as of a date, and no other, and maps it.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date of the review, which decides how much relationships have decayed.</param>
    /// <param name="opportunityId">The opportunity to show, or <see langword="null"/> for the plan's first opportunity.</param>
    /// <param name="options">What to show, or <see langword="null"/> for the defaults.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentException">The plan has no opportunity with <paramref name="opportunityId"/>.</exception>
    public static RelationshipMap Create(AccountPlan plan, DateTime asOf, string? opportunityId = null, RelationshipMapOptions? options = null)
    {
        var analysis = AccountAnalysis.Create(Guard.Against.Null(plan), asOf);
        opportunityId ??= plan.Opportunities.Count > 0 ? plan.Opportunities[0].Id : null;
        var opportunity = opportunityId is null ? null : OpportunityReview.Create(analysis, opportunityId);
        return new RelationshipMap(analysis, opportunity, Checked(options));
    }

    /// <summary>The map as a Graphviz DOT digraph (<c>rankdir=TB</c>): managers ranked above their reports, people without a manager ranked by level, sellers in the bottom rank.</summary>
    /// <returns>The DOT text, ending with a line feed.</returns>
    public string ToDot() => DotWriter.Write(model, layout, Options);

    /// <summary>The map as a Mermaid <c>flowchart TB</c> with <c>classDef</c> styles per role and a legend subgraph.</summary>
    /// <returns>The Mermaid text, ending with a line feed.</returns>
    public string ToMermaid() => MermaidWriter.Write(model, Options);

    /// <summary>The map as a standalone SVG document laid out by the library itself (no Graphviz needed).</summary>
    /// <returns>The SVG text (UTF-8 XML), ending with a line feed.</returns>
    public string ToSvg() => SvgWriter.Write(model, layout, Options);

    private static MapModel BuildModel(AccountAnalysis analysis, OpportunityReview? opportunity, RelationshipMapOptions options)
    {
        var plan = analysis.Plan;
        var nodes = new List<MapNode>();
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        if (options.IncludeSellers)
        {
            foreach (var seller in plan.Sellers)
            {
                if (drawn.Add(seller.Id))
                {
                    nodes.Add(new MapNode { Id = seller.Id, Name = seller.Name, Title = seller.Title, Level = seller.Level, IsSeller = true });
                }
            }
        }

        foreach (var person in plan.People)
        {
            var influence = opportunity?.Opportunity.FindInfluence(person.Id);
            if ((influence is null && !options.IncludePeopleWithoutRole) || drawn.Contains(person.Id))
            {
                continue;
            }

            var high = 0;
            var messages = new List<string>();
            if (opportunity is not null)
            {
                foreach (var flag in opportunity.RedFlags)
                {
                    if (string.Equals(flag.PersonId, person.Id, StringComparison.Ordinal))
                    {
                        messages.Add(flag.Severity.ToString() + ": " + flag.Message);
                        if (flag.Severity == Severity.High)
                        {
                            high++;
                        }
                    }
                }
            }

            drawn.Add(person.Id);
            nodes.Add(new MapNode
            {
                Id = person.Id,
                Name = person.Name,
                Title = person.Title,
                Level = person.Level,
                IsInfluence = influence is not null,
                Roles = influence?.Roles ?? BuyingRoles.None,
                Mode = influence?.Mode ?? ResponseMode.Unknown,
                Rating = influence?.Rating,
                HighFlagCount = high,
                FlagMessages = messages,
            });
        }

        var edges = new List<MapEdge>();
        foreach (var relationship in plan.Relationships)
        {
            if (!drawn.Contains(relationship.From) || !drawn.Contains(relationship.To))
            {
                continue;
            }

            var fromSeller = plan.FindSeller(relationship.From) is not null;
            var toSeller = plan.FindSeller(relationship.To) is not null;
            var coverage = relationship.Kind == RelationshipKind.Knows && fromSeller != toSeller;
            edges.Add(new MapEdge
            {
                // Coverage always runs seller -> person so renderers can rely on it.
                From = coverage && toSeller ? relationship.To : relationship.From,
                To = coverage && toSeller ? relationship.From : relationship.To,
                Kind = relationship.Kind,
                Strength = analysis.DecayedStrength(relationship),
                IsCoverage = coverage,
            });
        }

        return new MapModel { Title = Title(plan, opportunity), Subtitle = Subtitle(analysis, opportunity), Nodes = nodes, Edges = edges };
    }

    private static string Title(AccountPlan plan, OpportunityReview? opportunity) =>
        opportunity is null ? plan.Account.Name : plan.Account.Name + ": " + opportunity.Opportunity.SingleSalesObjective;

    private static string Subtitle(AccountAnalysis analysis, OpportunityReview? opportunity)
    {
        var asOf = "as of " + analysis.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (opportunity is null)
        {
            return "No opportunity: nobody has a role yet \u00B7 " + asOf;
        }

        var high = 0;
        foreach (var flag in opportunity.RedFlags)
        {
            if (flag.Severity == Severity.High)
            {
                high++;
            }
        }

        return "Coverage " + opportunity.CoverageScore.ToString(CultureInfo.InvariantCulture) + "/100 (" + opportunity.Status.ToString() + ") \u00B7 "
            + "funnel " + opportunity.FunnelPosition.ToString() + " \u00B7 "
            + opportunity.RedFlags.Count.ToString(CultureInfo.InvariantCulture) + " red flags, " + high.ToString(CultureInfo.InvariantCulture) + " High \u00B7 "
            + asOf;
    }

    /// <summary>The options a map is drawn with: the caller's, validated, or new defaults (never an instance shared with other callers).</summary>
    private static RelationshipMapOptions Checked(RelationshipMapOptions? options)
    {
        options ??= new RelationshipMapOptions();
        options.Validate();
        return options;
    }
}
