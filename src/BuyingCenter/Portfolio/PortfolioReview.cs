using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using BuyingCenter.Analysis;
using BuyingCenter.Planning;

namespace BuyingCenter.Portfolio;

/// <summary>
/// A review of many accounts at once: one row per opportunity, riskiest first, so a sales manager sees where to act.
/// Accounts are reviewed in parallel; the result does not depend on the number of threads.
/// <code>
/// var portfolio = PortfolioReview.Create(plans, new DateTime(2026, 11, 22));
/// foreach (var row in portfolio.Rows) { Console.WriteLine($"{row.Account.Name} {row.CoverageScore} {row.NextContact?.Person.Name}"); }
/// </code>
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PortfolioReview
{
    /// <summary>How many of the worst red flags a row keeps.</summary>
    public const int WorstFlagCount = 3;

    private PortfolioReview(DateTime asOf, int accountCount, IReadOnlyList<PortfolioRow> rows)
    {
        AsOf = asOf;
        AccountCount = accountCount;
        Rows = rows;
    }

    /// <summary>The day the accounts were reviewed as of.</summary>
    public DateTime AsOf { get; }

    /// <summary>How many accounts were reviewed, those without opportunities (which have no row) included.</summary>
    public int AccountCount { get; }

    /// <summary>One row per opportunity: lowest coverage score first, then by account id, then by opportunity id (ordinal).</summary>
    public IReadOnlyList<PortfolioRow> Rows { get; }

    /// <summary>Reviews every account and recommends whom to contact next in each opportunity.</summary>
    /// <param name="plans">The account plans; enumerated once.</param>
    /// <param name="asOf">The day taken as today.</param>
    /// <param name="analysis">The analysis options; <see langword="null"/> for the defaults.</param>
    /// <param name="planning">The planning options; <see langword="null"/> for the defaults.</param>
    /// <param name="progress">
    /// Told the number of accounts reviewed so far after each account, in increasing order, from worker threads;
    /// or <see langword="null"/>.
    /// </param>
    /// <param name="cancellationToken">Stops the review; the call then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The portfolio review.</returns>
    public static PortfolioReview Create(
        IEnumerable<AccountPlan> plans,
        DateTime asOf,
        AnalysisOptions? analysis = null,
        PlanningOptions? planning = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(plans);

        // Validated once for the whole portfolio, not per account.
        var checkedAnalysis = AccountAnalysis.Validate(analysis ?? new AnalysisOptions());
        var checkedPlanning = Planner.Validate(planning);
        var runs = new List<RowRun>();
        var gate = new object();
        var reviewed = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };

        // Each worker keeps its own rows and hands them over once, so threads do not contend per account.
        try
        {
            Parallel.ForEach(
                plans,
                parallel,
                () => new RowRun(),
                (plan, _, index, local) =>
                {
                    AddRows(Guard.Against.Null(plan), index, asOf, checkedAnalysis, checkedPlanning, local);
                    if (progress is not null)
                    {
                        lock (gate)
                        {
                            progress.Report(++reviewed);
                        }
                    }
                    else
                    {
                        Interlocked.Increment(ref reviewed);
                    }

                    return local;
                },
                local =>
                {
                    // Each worker sorts its own rows before it hands them over, while the other workers still review:
                    // the lead then only merges the sorted runs.
                    Array.Sort(local.Keys, 0, local.Count);
                    lock (gate)
                    {
                        runs.Add(local);
                    }
                });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            // A caller expects the exception a single review would throw, not the parallel loop's wrapper.
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }

        // Sorted by keys that hold the score and the ids themselves: the rows lie wherever their worker made them, and a
        // comparison that went through each row and its account to the ids cost four times as long (16 against 4 ms for
        // 10,000 rows). Each worker sorted its own run, so what is left on one thread while the others wait is a merge.
        var sorted = Merge(runs);
        return new PortfolioReview(asOf, reviewed, sorted);
    }

    /// <summary>
    /// The rows of every worker's sorted run in one order: the keys are unique (the account's position in the input
    /// breaks the last ties), so the result is the order one sort of all the rows gives, whatever the number of runs.
    /// </summary>
    /// <remarks>
    /// The loop hands its accounts to short-lived workers (10,000 accounts made 6 to 78 runs of 16 to 2,600 rows), so
    /// the runs' heads are kept in a heap of run numbers: about log2(runs) comparisons per row against log2(rows) for one
    /// sort of all, each read in place from its run.
    /// </remarks>
    private static PortfolioRow[] Merge(List<RowRun> runs)
    {
        var total = 0;
        var heap = new int[runs.Count];
        var count = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            total += runs[r].Count;
            if (runs[r].Count > 0)
            {
                heap[count++] = r;
            }
        }

        var at = new int[runs.Count];
        for (var i = (count / 2) - 1; i >= 0; i--)
        {
            SiftDown(runs, at, heap, i, count);
        }

        var sorted = new PortfolioRow[total];
        for (var i = 0; i < sorted.Length; i++)
        {
            var least = heap[0];
            var run = runs[least];
            sorted[i] = run.Keys[at[least]].Row;
            if (++at[least] == run.Count && --count > 0)
            {
                // The run is used up: the last head takes its place (and the heap is empty after the last row).
                heap[0] = heap[count];
            }

            if (count > 0)
            {
                SiftDown(runs, at, heap, 0, count);
            }
        }

        return sorted;
    }

    private static void SiftDown(List<RowRun> runs, int[] at, int[] heap, int place, int count)
    {
        var item = heap[place];
        ref readonly var key = ref runs[item].Keys[at[item]];
        while (true)
        {
            var child = (2 * place) + 1;
            if (child >= count)
            {
                break;
            }

            ref readonly var childKey = ref runs[heap[child]].Keys[at[heap[child]]];
            if (child + 1 < count)
            {
                ref readonly var rightKey = ref runs[heap[child + 1]].Keys[at[heap[child + 1]]];
                if (rightKey.CompareTo(childKey) < 0)
                {
                    child++;
                    childKey = ref rightKey;
                }
            }

            if (childKey.CompareTo(key) >= 0)
            {
                break;
            }

            heap[place] = heap[child];
            place = child;
        }

        heap[place] = item;
    }

    private static void AddRows(AccountPlan plan, long index, DateTime asOf, AnalysisOptions analysis, PlanningOptions options, RowRun rows)
    {
        var opportunities = AccountReview.Create(AccountAnalysis.CreateValidated(plan, asOf, analysis)).Opportunities;
        for (var o = 0; o < opportunities.Count; o++)
        {
            var opportunity = opportunities[o];
            // A row shows only the first recommendation's person and owner: rank without writing every person's goal,
            // reasons and path, then choose the owner of that one person as their recommendation would.
            var top = RecommendationRanking.Top(opportunity, options);
            var next = top is null ? null : Ownership.Choose(opportunity, top.Person, options, top);

            // The row keeps its worst flags and those that cost points, in the review's order: the worst are the first.
            // Sentences stay unwritten until read: a kept flag holds its person's facts, not its account's analysis.
            var flags = opportunity.RedFlags;
            var worstCount = Math.Min(WorstFlagCount, flags.Count);
            rows.Add(new RowKey(new PortfolioRow(
                plan,
                opportunity.Opportunity,
                opportunity.CoverageScore,
                opportunity.Status,
                KeptFlags.Keep(flags, worstCount, plan, opportunity.Opportunity),
                worstCount,
                opportunity.FunnelPosition,
                opportunity.ClaimedStage,
                next), index));
        }
    }

    /// <summary>One worker's rows with their keys, sorted by the worker before it hands them over.</summary>
    private sealed class RowRun
    {
        public RowKey[] Keys { get; private set; } = new RowKey[16];

        public int Count { get; private set; }

        public void Add(RowKey key)
        {
            if (Count == Keys.Length)
            {
                var grown = new RowKey[Keys.Length * 2];
                Array.Copy(Keys, grown, Count);
                Keys = grown;
            }

            Keys[Count++] = key;
        }
    }

    /// <summary>
    /// A row with what orders it: the lowest coverage score first, then the account id, then the opportunity id (both
    /// ordinal), then the position of the account in the input, which breaks the last ties (the same account given twice)
    /// so that the order never depends on scheduling.
    /// </summary>
    /// <remarks>
    /// Most rows share their score with hundreds of others, so most comparisons go on to the account ids, and each id lies
    /// in its own plan, far from the rest: read from there, the sorts and the merge of 10,000 rows waited on memory for
    /// about 5% of a portfolio's time. The key keeps the id's first sixteen characters in four numbers instead, compared
    /// where the key lies; the ids themselves are read only when those are equal (the same account, or ids that share
    /// their first sixteen characters).
    /// </remarks>
    private readonly struct RowKey : IComparable<RowKey>
    {
        private readonly ulong head0;
        private readonly ulong head1;
        private readonly ulong head2;
        private readonly ulong head3;
        private readonly int score;
        private readonly string accountId;
        private readonly string opportunityId;
        private readonly long index;

        public RowKey(PortfolioRow row, long index)
        {
            Row = row;
            score = row.CoverageScore;
            accountId = row.Account.Id;
            opportunityId = row.Opportunity.Id;
            this.index = index;
            head0 = Head(accountId, 0);
            head1 = Head(accountId, 4);
            head2 = Head(accountId, 8);
            head3 = Head(accountId, 12);
        }

        public PortfolioRow Row { get; }

        public int CompareTo(RowKey other)
        {
            var order = score.CompareTo(other.score);
            if (order != 0)
            {
                return order;
            }

            if (head0 != other.head0)
            {
                return head0 < other.head0 ? -1 : 1;
            }

            if (head1 != other.head1)
            {
                return head1 < other.head1 ? -1 : 1;
            }

            if (head2 != other.head2)
            {
                return head2 < other.head2 ? -1 : 1;
            }

            if (head3 != other.head3)
            {
                return head3 < other.head3 ? -1 : 1;
            }

            order = string.CompareOrdinal(accountId, other.accountId);
            if (order == 0)
            {
                order = string.CompareOrdinal(opportunityId, other.opportunityId);
            }

            return order != 0 ? order : index.CompareTo(other.index);
        }

        /// <summary>
        /// Characters <paramref name="from"/> to <paramref name="from"/> + 3 of <paramref name="id"/>, the first in the
        /// highest bits and 0 past its end: two ids whose numbers differ compare as the first differing number does,
        /// ordinally (a character compares as its UTF-16 unit, and an id that ends first is the lower).
        /// </summary>
        private static ulong Head(string id, int from)
        {
            var head = 0UL;
            for (var i = from; i < from + 4; i++)
            {
                head = (head << 16) | (i < id.Length ? id[i] : 0UL);
            }

            return head;
        }
    }
}
