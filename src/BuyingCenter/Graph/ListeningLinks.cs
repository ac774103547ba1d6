using System;
using System.Runtime.InteropServices;

namespace BuyingCenter.Graph;

/// <summary>
/// The links that carry authority (a person listens to whom they report to and to whom influences them), laid out as
/// centrality reads them: grouped by the person listened to, each group in listener order, each link with the damped share
/// of its listener's authority it carries. Between two people listening through several relationships the strongest
/// counts; a link of no strength carries nothing and is left out (it still counts in its listener's total, which is 0).
/// </summary>
/// <remarks>
/// Made by a <see cref="Builder"/> while the graph reads the plan, and only read afterwards. 12 bytes per link and one
/// number per person: the links sorted into a list of their own, then copied into 16-byte links that centrality laid
/// out again on first read, cost a sort per account and about 1.5 KB per 40-person account.
/// </remarks>
internal sealed class ListeningLinks
{
    private ListeningLinks(int[] firstListener, Listener[] listeners)
    {
        FirstListener = firstListener;
        Listeners = listeners;
    }

    /// <summary>Per person, where their listeners start in <see cref="Listeners"/>; they run to the next person's first (n + 1 items).</summary>
    public int[] FirstListener { get; }

    /// <summary>Every link of some strength, grouped by the person listened to, in listener order.</summary>
    public Listener[] Listeners { get; }

    /// <summary>
    /// Gathers the listening links in any order (<see cref="Add"/>), and lays them out with no comparison sort; started again
    /// for each graph (<see cref="Start"/>), its working arrays reused from one account to the next (a thread keeps one in
    /// the account graph's workspace), so only the layout's own two arrays are new.
    /// </summary>
    /// <remarks>
    /// Every link is dealt onto its listener's chain (each link holds the one dealt onto the same chain before it) while
    /// the links to each person are counted, then the chains are read in listener order and every link dealt again into
    /// the run of the person listened to, sized by the counts: no pass to count the links before they are given. Those
    /// runs then fill in listener order, and a duplicate is always the link just written, where the stronger is kept.
    /// Keeping the stronger does not depend on the order duplicates come in (nor does anything else on the order of a
    /// chain), so the layout, and every score, is the same whatever the order of the plan's arrays.
    /// </remarks>
    internal sealed class Builder
    {
        private int count;
        private int links;
        private int[] lastOf = new int[16];
        private int[] byListened = new int[16];
        private int[] written = new int[16];
        private int[] lastListener = new int[16];
        private Chained[] dealt = new Chained[16];
        private Dealt[] sorted = new Dealt[16];
        private double[] outWeight = new double[16];

        /// <summary>Starts a layout of <paramref name="count"/> parties and at most <paramref name="links"/> links, ready for <see cref="Add"/>; what was added before is dropped.</summary>
        public void Start(int count, int links)
        {
            this.count = count;
            this.links = 0;
            lastOf = CountedRuns.Fit(lastOf, count);
            byListened = CountedRuns.Fit(byListened, count + 1);
            dealt = CountedRuns.Fit(dealt, links);
            Array.Clear(byListened, 0, count + 1);
            var chains = lastOf;
            for (var v = 0; v < count; v++)
            {
                chains[v] = -1;
            }
        }

        /// <summary><paramref name="listener"/> listens to <paramref name="listenedTo"/> with <paramref name="strength"/>.</summary>
        public void Add(int listener, int listenedTo, double strength)
        {
            var lastOf = this.lastOf;
            var k = links;
            dealt[k] = new Chained(listenedTo, strength, lastOf[listener]);
            lastOf[listener] = k;
            byListened[listenedTo]++;
            links = k + 1;
        }

        /// <summary>The layout of the links added, each link's share damped by <paramref name="damping"/>.</summary>
        public ListeningLinks Build(double damping)
        {
            // byListened becomes where the runs of those listened to start, written where they end.
            // The fields read into locals: the loops below then keep them in registers rather than reading them per link.
            var lastOf = this.lastOf;
            var byListened = this.byListened;
            var dealt = this.dealt;
            // A duplicate is told by the listener last written into the run, kept per person (as the travel graph does).
            var written = CountedRuns.Fit(this.written, count);
            var lastListener = CountedRuns.Fit(this.lastListener, count);
            var sorted = CountedRuns.Fit(this.sorted, links);
            var outWeight = CountedRuns.Fit(this.outWeight, count);
            this.written = written;
            this.lastListener = lastListener;
            this.sorted = sorted;
            this.outWeight = outWeight;
            CountedRuns.Start(byListened, written, count);
            for (var v = 0; v < count; v++)
            {
                lastListener[v] = -1;
            }

            for (var listener = 0; listener < count; listener++)
            {
                for (var i = lastOf[listener]; i >= 0;)
                {
                    var link = dealt[i];
                    i = link.Next;
                    var to = link.Party;
                    var slot = written[to];
                    if (lastListener[to] == listener)
                    {
                        sorted[slot - 1] = new Dealt(listener, Math.Max(sorted[slot - 1].Strength, link.Strength));
                        continue;
                    }

                    sorted[slot] = new Dealt(listener, link.Strength);
                    written[to] = slot + 1;
                    lastListener[to] = listener;
                }
            }

            // A listener's total strength, summed in the order of the people they listen to, as the shares divide it.
            Array.Clear(outWeight, 0, count);
            var carrying = 0;
            for (var v = 0; v < count; v++)
            {
                for (int i = byListened[v], end = written[v]; i < end; i++)
                {
                    var link = sorted[i];
                    outWeight[link.Party] += link.Strength;
                    carrying += link.Strength > 0 ? 1 : 0;
                }
            }

            var firstListener = new int[count + 1];
            var listeners = carrying == 0 ? Array.Empty<Listener>() : new Listener[carrying];
            var kept = 0;
            for (var v = 0; v < count; v++)
            {
                firstListener[v] = kept;
                for (int i = byListened[v], end = written[v]; i < end; i++)
                {
                    var link = sorted[i];
                    if (link.Strength > 0)
                    {
                        listeners[kept++] = new Listener(link.Party, damping * (link.Strength / outWeight[link.Party]));
                    }
                }
            }

            firstListener[count] = kept;
            return new ListeningLinks(firstListener, listeners);
        }

        /// <summary>A link as first dealt: the person listened to, its strength, and where the link dealt onto the same chain before it is (-1: none).</summary>
        [StructLayout(LayoutKind.Sequential, Pack = 4)]
        private readonly struct Chained
        {
            public Chained(int party, double strength, int next)
            {
                Party = party;
                Strength = strength;
                Next = next;
            }

            public int Party { get; }

            public double Strength { get; }

            public int Next { get; }
        }

        /// <summary>A link as dealt the second time: the listener and its strength.</summary>
        [StructLayout(LayoutKind.Sequential, Pack = 4)]
        private readonly struct Dealt
        {
            public Dealt(int party, double strength)
            {
                Party = party;
                Strength = strength;
            }

            public int Party { get; }

            public double Strength { get; }
        }
    }
}

/// <summary>One listening link as centrality reads it: the listener and the damped share of their authority it carries (12 bytes).</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly struct Listener
{
    public Listener(int from, double share)
    {
        From = from;
        Share = share;
    }

    /// <summary>The person listening.</summary>
    public int From { get; }

    /// <summary>The damping factor times this link's strength over the listener's total: the share of their authority it passes on.</summary>
    public double Share { get; }
}
