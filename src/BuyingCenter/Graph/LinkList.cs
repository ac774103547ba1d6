using System;

namespace BuyingCenter.Graph;

/// <summary>
/// Links between vertices with a strength each, gathered while the plan is read, then put in (source, target) order with
/// the strongest of duplicate links kept: between two parties with several relationships the strongest counts.
/// </summary>
/// <remarks>
/// The order comes from a counting sort by source and a sort of each source's own links, which are few. That is linear in
/// the links, where one comparison sort of them all was not: it was a tenth of a review on small accounts and on large ones.
/// </remarks>
internal sealed class LinkList
{
    /// <summary>A source's links up to this many are put in order by insertion, cheaper than a general sort on so few.</summary>
    private const int InsertionSortLimit = 16;

    /// <summary>
    /// The most links (or vertices) a thread keeps buffers for between analyses: enough for any account a portfolio
    /// holds, while the buffers of a 100,000-person account are left to the collector rather than kept for ever.
    /// </summary>
    private const int KeptCapacity = 4096;

    // Per thread, the sort's working arrays: an analysis builds its graph on one thread, and a portfolio reviews one
    // account after another on each thread, so they are reused instead of allocated three times per account.
    [ThreadStatic]
    private static int[]? scratchNext;
    [ThreadStatic]
    private static int[]? scratchTargets;
    [ThreadStatic]
    private static double[]? scratchStrengths;
    [ThreadStatic]
    private static int[]? scratchInfos;

    private int[] sources;
    private int[] targets;
    private double[] strengths;
    private int[] infos;

    public LinkList(int capacity)
    {
        capacity = Math.Max(4, capacity);
        sources = new int[capacity];
        targets = new int[capacity];
        strengths = new double[capacity];
        infos = new int[capacity];
    }

    public int Count { get; private set; }

    /// <summary>
    /// A list to fill and read within one method on this thread, then hand back with <see cref="Return"/>: the spare kept
    /// in <paramref name="spare"/> when there is one (emptied), else a new one. Graph building keeps no reference to it.
    /// </summary>
    public static LinkList Rent(ref LinkList? spare, int capacity)
    {
        var list = spare;
        spare = null;
        if (list is null || list.sources.Length < capacity)
        {
            return new LinkList(capacity);
        }

        list.Count = 0;
        return list;
    }

    /// <summary>Keeps <paramref name="list"/> in <paramref name="spare"/> for the next <see cref="Rent"/> on this thread, unless it is large.</summary>
    public static void Return(ref LinkList? spare, LinkList list)
    {
        if (list.sources.Length <= KeptCapacity)
        {
            spare = list;
        }
    }

    public int Source(int link) => sources[link];

    public int Target(int link) => targets[link];

    public double Strength(int link) => strengths[link];

    /// <summary>What the link is made of (<see cref="LinkInfo"/>): the kind of its strongest relationship and the credibility facts.</summary>
    public int Info(int link) => infos[link];

    public void Add(int source, int target, double strength) => Add(source, target, strength, 0);

    public void Add(int source, int target, double strength, int info)
    {
        if (Count == sources.Length)
        {
            Array.Resize(ref sources, Count * 2);
            Array.Resize(ref targets, Count * 2);
            Array.Resize(ref strengths, Count * 2);
            Array.Resize(ref infos, Count * 2);
        }

        sources[Count] = source;
        targets[Count] = target;
        infos[Count] = info;
        strengths[Count++] = strength;
    }

    /// <summary>Orders the links by source, then target, and merges duplicates into one with the greatest strength.</summary>
    /// <param name="vertexCount">One more than the greatest vertex any link names.</param>
    public void SortKeepingStrongest(int vertexCount)
    {
        // Counting sort by source: where each source's links start, then each link dealt to its source's slots.
        var next = Scratch(ref scratchNext, vertexCount + 1);
        Array.Clear(next, 0, vertexCount + 1);
        for (var i = 0; i < Count; i++)
        {
            next[sources[i] + 1]++;
        }

        for (var v = 0; v < vertexCount; v++)
        {
            next[v + 1] += next[v];
        }

        var dealtTargets = Scratch(ref scratchTargets, Count);
        var dealtStrengths = Scratch(ref scratchStrengths, Count);
        var dealtInfos = Scratch(ref scratchInfos, Count);
        for (var i = 0; i < Count; i++)
        {
            var at = next[sources[i]]++;
            dealtTargets[at] = targets[i];
            dealtStrengths[at] = strengths[i];
            dealtInfos[at] = infos[i];
        }

        // Each source's slots now end where the next one's start: put them in target order and write them back merged.
        var kept = 0;
        var start = 0;
        for (var v = 0; v < vertexCount; v++)
        {
            var end = next[v];
            SortByTarget(dealtTargets, dealtStrengths, dealtInfos, start, end - start);
            for (var i = start; i < end; i++)
            {
                if (i > start && dealtTargets[i] == targets[kept - 1])
                {
                    infos[kept - 1] = LinkInfo.Merge(strengths[kept - 1], infos[kept - 1], dealtStrengths[i], dealtInfos[i]);
                    strengths[kept - 1] = Math.Max(strengths[kept - 1], dealtStrengths[i]);
                    continue;
                }

                sources[kept] = v;
                targets[kept] = dealtTargets[i];
                infos[kept] = dealtInfos[i];
                strengths[kept++] = dealtStrengths[i];
            }

            start = end;
        }

        Count = kept;
    }

    /// <summary>This thread's working array of at least <paramref name="length"/> items (contents undefined), or a new one beyond <see cref="KeptCapacity"/>.</summary>
    private static T[] Scratch<T>(ref T[]? kept, int length)
    {
        if (length > KeptCapacity)
        {
            return new T[length];
        }

        if (kept is null || kept.Length < length)
        {
            kept = new T[Math.Max(length, 256)];
        }

        return kept;
    }

    private static void SortByTarget(int[] keys, double[] values, int[] infos, int start, int length)
    {
        if (length > InsertionSortLimit)
        {
            // Sorted by target through an index, so that values and infos follow their keys.
            var order = new int[length];
            var sortedKeys = new int[length];
            for (var i = 0; i < length; i++)
            {
                order[i] = start + i;
                sortedKeys[i] = keys[start + i];
            }

            Array.Sort(sortedKeys, order);
            var sortedValues = new double[length];
            var sortedInfos = new int[length];
            for (var i = 0; i < length; i++)
            {
                sortedValues[i] = values[order[i]];
                sortedInfos[i] = infos[order[i]];
            }

            Array.Copy(sortedKeys, 0, keys, start, length);
            Array.Copy(sortedValues, 0, values, start, length);
            Array.Copy(sortedInfos, 0, infos, start, length);
            return;
        }

        for (var i = start + 1; i < start + length; i++)
        {
            var key = keys[i];
            var value = values[i];
            var info = infos[i];
            var j = i - 1;
            while (j >= start && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                infos[j + 1] = infos[j];
                j--;
            }

            keys[j + 1] = key;
            values[j + 1] = value;
            infos[j + 1] = info;
        }
    }
}
