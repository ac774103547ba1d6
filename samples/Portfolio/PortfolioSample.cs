using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using BuyingCenter.Analysis;
using BuyingCenter.Portfolio;
using BuyingCenter.Synthetic;

namespace Portfolio;

/// <summary>
/// Generates a portfolio of realistic accounts and reviews them all at once: one row per opportunity, riskiest
/// first, with the worst red flags and whom to contact next. Shows that reviews are cheap enough to run on a whole
/// territory every morning: 10,000 accounts of 40 people take a few seconds.
/// </summary>
public static class PortfolioSample
{
    public static int Run(string[] args, TextWriter output)
    {
        // 1. How big a portfolio. The test runs this with a small count; a workshop uses the default.
        var accounts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var people = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;

        // 2. Realistic accounts from a seed: a reporting hierarchy, informal influence, our sellers' relationships,
        //    an opportunity whose buying group has gaps. The same seed gives the same accounts on every machine,
        //    so everyone in the room sees the same portfolio. Plans are made lazily, as the review asks for them,
        //    so memory holds the rows of the review, not 10,000 plans.
        var shape = new AccountGeneratorOptions { People = people, Seed = 2026 };
        var plans = AccountGenerator.GeneratePortfolio(accounts, shape);

        // 3. Review them all, in parallel. The progress display is told how many accounts are done; it prints at
        //    every tenth so a redirected log stays short.
        output.WriteLine("Reviewing {0:N0} accounts of {1} people as of {2:yyyy-MM-dd}...", accounts, people, shape.AsOf);
        var progress = new TenthsProgress(accounts, output);
        var clock = Stopwatch.StartNew();
        var portfolio = PortfolioReview.Create(plans, shape.AsOf, progress: progress);
        clock.Stop();

        output.WriteLine(
            "Reviewed {0:N0} accounts ({1:N0} opportunities) in {2:0.0} s: {3:N0} accounts per second.",
            portfolio.AccountCount,
            portfolio.Rows.Count,
            clock.Elapsed.TotalSeconds,
            portfolio.AccountCount / Math.Max(clock.Elapsed.TotalSeconds, 0.001));

        // 4. The shape of the territory: how many opportunities are Red, Amber, Green.
        output.WriteLine();
        output.WriteLine("4. Status of the opportunities:");
        foreach (var status in new[] { CoverageStatus.Red, CoverageStatus.Amber, CoverageStatus.Green })
        {
            var count = portfolio.Rows.Count(r => r.Status == status);
            output.WriteLine("   {0,-5} {1,7:N0}  {2}", status, count, new string('#', (int)Math.Round(40.0 * count / Math.Max(1, portfolio.Rows.Count))));
        }

        // 5. Where to act first: rows come riskiest first (lowest score, then account id), each with its worst
        //    red flags and the next contact, so a manager can hand out the week's meetings from this list.
        output.WriteLine();
        output.WriteLine("5. The ten riskiest opportunities:");
        foreach (var row in portfolio.Rows.Take(10))
        {
            var next = row.NextContact is { } contact ? contact.Person.Id + " (owner " + (contact.Owner?.Id ?? "none") + ")" : "nobody";
            output.WriteLine(
                "   {0,-14} {1,3}/100 {2,-5}  {3,-52} next: {4}",
                row.Account.Id,
                row.CoverageScore,
                row.Status,
                string.Join(", ", row.WorstFlags.Select(f => f.Code)),
                next);
        }

        // 6. Which risks are most common across the territory: a coaching topic for the next sales meeting.
        output.WriteLine();
        output.WriteLine("6. The most common worst flags:");
        var common = portfolio.Rows
            .SelectMany(r => r.WorstFlags)
            .GroupBy(f => f.Code)
            .Select(g => (Code: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Code.ToString(), StringComparer.Ordinal)
            .Take(5);
        foreach (var (code, count) in common)
        {
            output.WriteLine("   {0,-22} {1,7:N0}", code, count);
        }

        return 0;
    }

    /// <summary>
    /// Prints progress at every tenth of the work. The review reports counts in increasing order, one call at a
    /// time, from worker threads; writing here is therefore safe without a lock of our own.
    /// </summary>
    private sealed class TenthsProgress : IProgress<int>
    {
        private readonly int total;
        private readonly TextWriter output;
        private int nextTenth = 1;

        public TenthsProgress(int total, TextWriter output)
        {
            this.total = total;
            this.output = output;
        }

        public void Report(int value)
        {
            while (total > 0 && nextTenth <= 10 && value * 10L >= nextTenth * (long)total)
            {
                output.WriteLine("   [{0,-10}] {1,3}%  {2:N0} accounts", new string('#', nextTenth), nextTenth * 10, value);
                nextTenth++;
            }
        }
    }
}
