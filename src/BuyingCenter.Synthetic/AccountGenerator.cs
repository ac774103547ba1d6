using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

namespace BuyingCenter.Synthetic;

/// <summary>
/// Makes realistic account plans of any size from a seed, for tests, demonstrations and benchmarks:
/// a reporting hierarchy under a chief executive (levels 6 down to 1), informal Influences and Knows edges,
/// a few rivalries, sellers whose Knows edges cover part of the account, opportunities whose buying groups hold
/// the four roles with degrees, modes, ratings, win-results, gaps and uncertain facts, and meetings.
/// <code>
/// var plan = AccountGenerator.Generate(new AccountGeneratorOptions { People = 20_000, Seed = 7 });
/// </code>
/// </summary>
/// <remarks>
/// Deterministic: the same options give the same plan on every platform and target framework (the generator is
/// SplitMix64, pure 64-bit integer arithmetic). Thread-safe: every call has its own state.
/// </remarks>
public static class AccountGenerator
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Makes one valid account plan.</summary>
    /// <param name="options">What to make; <see langword="null"/> for the defaults (40 people, seed 1).</param>
    /// <returns>A plan that passes every rule of the plan format.</returns>
    public static AccountPlan Generate(AccountGeneratorOptions? options = null)
    {
        options ??= new AccountGeneratorOptions();
        Guard.Against.NegativeOrZero(options.People, nameof(options.People));
        Guard.Against.Negative(options.RelationshipsPerPerson, nameof(options.RelationshipsPerPerson));
        Guard.Against.Negative(options.Sellers, nameof(options.Sellers));
        Guard.Against.Negative(options.Opportunities, nameof(options.Opportunities));
        Guard.Against.Negative(options.BuyingGroupSize, nameof(options.BuyingGroupSize));
        Guard.Against.Negative(options.MeetingsPerOpportunity, nameof(options.MeetingsPerOpportunity));
        return new Generation(options).Run();
    }

    /// <summary>
    /// Makes a portfolio of distinct accounts, one at a time as they are enumerated: account <c>i</c> has the id
    /// <c>account-</c><c>i</c> (zero-padded) and a seed derived from <see cref="AccountGeneratorOptions.Seed"/> and <c>i</c>.
    /// </summary>
    /// <remarks>
    /// The sequence is also a read-only <see cref="IList{T}"/> whose items are made when read, so that a reader that
    /// indexes it (as <c>Parallel.ForEach</c> does a list) makes accounts on several threads at once; nothing is kept.
    /// </remarks>
    /// <param name="accounts">How many accounts, at least 0.</param>
    /// <param name="options">The shape of every account; <see langword="null"/> for the defaults.</param>
    /// <returns>The plans, lazily, in account order; enumerating twice gives the same plans.</returns>
    public static IEnumerable<AccountPlan> GeneratePortfolio(int accounts, AccountGeneratorOptions? options = null)
    {
        Guard.Against.Negative(accounts);
        options ??= new AccountGeneratorOptions();
        return new SyntheticPortfolio(accounts, options);
    }

    /// <summary>
    /// The portfolio as a read-only list of accounts made on demand. A portfolio review spends most of its time making
    /// the accounts; behind a plain enumerator they were made one at a time under the parallel loop's lock.
    /// </summary>
    private sealed class SyntheticPortfolio : IList<AccountPlan>, IReadOnlyList<AccountPlan>
    {
        private const string ReadOnly = "A generated portfolio is read-only.";

        private readonly AccountGeneratorOptions options;
        private readonly string idFormat;

        public SyntheticPortfolio(int count, AccountGeneratorOptions options)
        {
            Count = count;
            this.options = options;
            idFormat = "D" + Math.Max(1, (count - 1).ToString(Invariant).Length).ToString(Invariant);
        }

        public int Count { get; }

        public bool IsReadOnly => true;

        public AccountPlan this[int index]
        {
            get
            {
                if (index < 0 || index >= Count)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                return Generate(options with
                {
                    Seed = SplitMix64.Derive(options.Seed, index),
                    AccountId = "account-" + index.ToString(idFormat, Invariant),
                });
            }

            set => throw new NotSupportedException(ReadOnly);
        }

        public IEnumerator<AccountPlan> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public int IndexOf(AccountPlan item)
        {
            for (var i = 0; i < Count; i++)
            {
                if (EqualityComparer<AccountPlan>.Default.Equals(this[i], item))
                {
                    return i;
                }
            }

            return -1;
        }

        public bool Contains(AccountPlan item) => IndexOf(item) >= 0;

        public void CopyTo(AccountPlan[] array, int arrayIndex)
        {
            Guard.Against.Null(array);
            if (arrayIndex < 0 || array.Length - arrayIndex < Count)
            {
                throw new ArgumentOutOfRangeException(nameof(arrayIndex));
            }

            for (var i = 0; i < Count; i++)
            {
                array[arrayIndex + i] = this[i];
            }
        }

        public void Add(AccountPlan item) => throw new NotSupportedException(ReadOnly);

        public void Insert(int index, AccountPlan item) => throw new NotSupportedException(ReadOnly);

        public bool Remove(AccountPlan item) => throw new NotSupportedException(ReadOnly);

        public void RemoveAt(int index) => throw new NotSupportedException(ReadOnly);

        public void Clear() => throw new NotSupportedException(ReadOnly);
    }

    /// <summary>The state of one generation; people are indices 0..n-1 in breadth-first order of the hierarchy, sellers n..n+s-1.</summary>
    private sealed class Generation
    {
        private const int Levels = 6;

        private readonly AccountGeneratorOptions options;
        private readonly SplitMix64 random;
        private readonly AccountPlanBuilder builder = new();
        private readonly int people;
        private readonly int sellers;
        private readonly int internalPeople;
        private readonly string[] ids;
        private readonly int[] manager;
        private readonly int[] level;
        private readonly int[] department;
        private readonly int[] depthStart;
        private readonly HashSet<long> directed = new();
        private readonly HashSet<long> undirected = new();
        private readonly List<int[]> buyingGroups = new();

        /// <summary>
        /// How far each deal has been worked, from 0 (just opened: few people known, facts missing) to 1 (a mature
        /// campaign: most of the group covered recently, modes and ratings found out). Real portfolios mix both, so the
        /// review's scores spread over the bands.
        /// </summary>
        private readonly List<double> maturity = new();

        private double currentMaturity = 0.5;
        private int relationshipBudget;

        public Generation(AccountGeneratorOptions options)
        {
            this.options = options;
            random = new SplitMix64(options.Seed);
            people = options.People;
            sellers = options.Sellers;

            // About one person in a hundred is an outside advisor with no reporting line: the consultant the CFO listens to.
            internalPeople = people >= 10 ? people - Math.Max(1, people / 100) : people;
            ids = new string[people + sellers];
            manager = new int[people];
            level = new int[people];
            department = new int[people];
            depthStart = new int[Levels + 1];
        }

        public AccountPlan Run()
        {
            NameEveryone();
            AddAccount();
            BuildHierarchy();
            AddPeople();
            AddSellers();

            var total = (long)people * options.RelationshipsPerPerson;
            relationshipBudget = (int)Math.Min(int.MaxValue, Math.Max(total, internalPeople - 1));
            AddReportingLines();
            ChooseBuyingGroups();
            AddCoverage();
            AddInformalEdges();
            AddOpportunities();

            // Valid by construction (the tests run every rule of the plan format on generated plans of every shape), so
            // the rules are not run again here: checking a 40-person plan cost twice as much as making it, and a
            // portfolio makes thousands.
            return builder.BuildUnvalidated();
        }

        private void NameEveryone()
        {
            var personFormat = "D" + people.ToString(Invariant).Length.ToString(Invariant);
            for (var i = 0; i < people; i++)
            {
                ids[i] = "p" + (i + 1).ToString(personFormat, Invariant);
            }

            var sellerFormat = "D" + Math.Max(1, sellers.ToString(Invariant).Length).ToString(Invariant);
            for (var i = 0; i < sellers; i++)
            {
                ids[people + i] = "s" + (i + 1).ToString(sellerFormat, Invariant);
            }
        }

        private void AddAccount()
        {
            var name = random.Pick(Vocabulary.CompanyStems) + " " + random.Pick(Vocabulary.CompanySuffixes);
            builder.WithAccount(new Account
            {
                Id = options.AccountId ?? "account-" + options.Seed.ToString(Invariant),
                Name = name,
                Industry = random.Pick(Vocabulary.Industries),
                Reorganizing = random.Chance(0.05),
                Notes = random.Chance(0.5) ? "Synthetic account generated from seed " + options.Seed.ToString(Invariant) + "." : null,
            });
        }

        /// <summary>
        /// A tree of at most six levels under the chief executive: the span of control is the smallest that fits
        /// everyone in six levels, and each person reports to a random manager one level up, so spans vary.
        /// </summary>
        private void BuildHierarchy()
        {
            var span = 1;
            while (Capacity(span) < internalPeople)
            {
                span++;
            }

            long width = 1;
            depthStart[0] = 0;
            for (var d = 0; d < Levels; d++)
            {
                depthStart[d + 1] = (int)Math.Min(internalPeople, depthStart[d] + width);
                width *= span;
            }

            manager[0] = -1;
            level[0] = Levels;
            department[0] = 0;
            for (var d = 1; d < Levels; d++)
            {
                var above = depthStart[d] - depthStart[d - 1];
                for (var i = depthStart[d]; i < depthStart[d + 1]; i++)
                {
                    var boss = depthStart[d - 1] + random.Next(above);
                    manager[i] = boss;
                    level[i] = Levels - d;

                    // Each head reporting to the chief executive runs a department; everyone below inherits it.
                    department[i] = d == 1 ? 1 + ((i - 1) % (Vocabulary.Departments.Length - 1)) : department[boss];
                }
            }

            for (var i = internalPeople; i < people; i++)
            {
                manager[i] = -1;
                level[i] = random.Next(2, 4);
                department[i] = 1 + random.Next(Vocabulary.Departments.Length - 1);
            }
        }

        private static long Capacity(int span)
        {
            long total = 0, width = 1;
            for (var d = 0; d < Levels; d++)
            {
                total += width;
                width *= span;
            }

            return total;
        }

        private void AddPeople()
        {
            for (var i = 0; i < people; i++)
            {
                var external = i >= internalPeople;
                builder.AddPerson(new Person
                {
                    Id = ids[i],
                    Name = random.Pick(Vocabulary.FirstNames) + " " + random.Pick(Vocabulary.LastNames),
                    Title = external ? random.Pick(Vocabulary.AdvisorTitles) : Title(i),
                    Level = level[i],
                    NewInRole = random.Chance(0.04),
                    External = external,
                });
            }
        }

        private string Title(int person)
        {
            if (person == 0)
            {
                return "Chief Executive Officer";
            }

            var area = Vocabulary.Departments[department[person]];
            return level[person] switch
            {
                5 => "VP " + area,
                4 => "Director of " + area,
                3 => "Senior Manager, " + area,
                2 => "Manager, " + area,
                _ => random.Pick(Vocabulary.ContributorTitles) + ", " + area,
            };
        }

        private void AddSellers()
        {
            for (var i = 0; i < sellers; i++)
            {
                // The team most deals have: an account executive, a solution engineer, an executive sponsor, then specialists.
                var (title, sellerLevel) = i switch
                {
                    0 => ("Account Executive", 3),
                    1 => ("Solution Engineer", 3),
                    2 => ("VP Sales", 5),
                    _ => (random.Pick(Vocabulary.SellerTitles), random.Next(3, 6)),
                };
                builder.AddSeller(new Seller
                {
                    Id = ids[people + i],
                    Name = random.Pick(Vocabulary.FirstNames) + " " + random.Pick(Vocabulary.LastNames),
                    Title = title,
                    Level = sellerLevel,
                });
            }
        }

        private void AddReportingLines()
        {
            for (var i = 1; i < internalPeople; i++)
            {
                builder.AddRelationship(new Relationship { From = ids[i], To = ids[manager[i]], Kind = RelationshipKind.ReportsTo });
                directed.Add(DirectedKey(RelationshipKind.ReportsTo, i, manager[i]));
                relationshipBudget--;
            }
        }

        private void ChooseBuyingGroups()
        {
            var size = Math.Min(options.BuyingGroupSize, people);
            int[]? pool = null;
            for (var o = 0; o < options.Opportunities; o++)
            {
                var group = new int[size];
                if (size == 0)
                {
                    buyingGroups.Add(group);
                    continue;
                }

                pool ??= new int[people];
                for (var i = 0; i < people; i++)
                {
                    pool[i] = i;
                }

                // Most deals are approved by the chief executive or a VP; the rest of the group is drawn at random (partial Fisher-Yates).
                var seniors = Math.Max(1, depthStart[2]);
                var economic = random.Next(seniors);
                Swap(pool, 0, economic);
                for (var k = 1; k < size; k++)
                {
                    Swap(pool, k, k + random.Next(people - k));
                }

                Array.Copy(pool, group, size);
                buyingGroups.Add(group);
            }
        }

        /// <summary>The maturity of deal <paramref name="index"/>, drawn once, in order, the first time it is asked for.</summary>
        private double Maturity(int index)
        {
            while (maturity.Count <= index)
            {
                maturity.Add(random.NextDouble());
            }

            return maturity[index];
        }

        private static void Swap(int[] items, int a, int b) => (items[a], items[b]) = (items[b], items[a]);

        /// <summary>Our sellers know just over half of each buying group, and a few other people besides.</summary>
        private void AddCoverage()
        {
            if (sellers == 0)
            {
                return;
            }

            for (var g = 0; g < buyingGroups.Count; g++)
            {
                currentMaturity = Maturity(g);
                foreach (var member in buyingGroups[g])
                {
                    // Just over half of a group on average: a quarter of a new deal's, nearly all of a mature one's.
                    if (random.Chance(0.25 + (0.7 * currentMaturity)))
                    {
                        TryAddSellerEdge(people + random.Next(sellers), member);
                    }
                }
            }

            currentMaturity = 0.5;

            var others = Math.Min(people, 2 + (people / 100));
            for (var s = 0; s < sellers; s++)
            {
                for (var k = 0; k < others; k++)
                {
                    TryAddSellerEdge(people + s, random.Next(people));
                }
            }
        }

        private void TryAddSellerEdge(int seller, int person)
        {
            if (relationshipBudget <= 0 || !undirected.Add(UndirectedKey(seller, person)))
            {
                return;
            }

            builder.AddRelationship(new Relationship
            {
                From = ids[seller],
                To = ids[person],
                Kind = RelationshipKind.Knows,
                // A mature campaign's relationships are stronger and fresher.
                Strength = Math.Max(random.Pick(Vocabulary.CoverageStrengths), random.Chance(currentMaturity) ? random.Pick(Vocabulary.CoverageStrengths) : 0),
                LastInteraction = random.Chance(0.9) ? options.AsOf.Date.AddDays(-1 - random.Next(1 + (int)(400 * (1 - (0.8 * currentMaturity))))) : null,
            });
            relationshipBudget--;
        }

        /// <summary>
        /// Fills the rest of the relationship budget: about a third Influences (mostly upward, toward a manager or
        /// skip-level), one in fifty Opposes, the rest Knows, each between people close in the organisation more often than not.
        /// </summary>
        private void AddInformalEdges()
        {
            if (people < 2)
            {
                return;
            }

            var wanted = relationshipBudget;
            var opposes = Math.Max(wanted >= 20 ? 1 : 0, wanted / 50);
            var influences = (wanted * 35) / 100;
            var knows = wanted - opposes - influences;
            AddEdges(RelationshipKind.Opposes, opposes);
            AddEdges(RelationshipKind.Influences, influences);
            AddEdges(RelationshipKind.Knows, knows);
        }

        private void AddEdges(RelationshipKind kind, int count)
        {
            // Duplicates are redrawn; a bounded number of attempts keeps tiny, saturated plans from looping forever.
            var attempts = (20L * count) + 100;
            while (count > 0 && attempts-- > 0)
            {
                var from = random.Next(people);
                var to = kind == RelationshipKind.Influences ? InfluenceTarget(from) : NearbyPerson(from);
                if (from == to)
                {
                    continue;
                }

                var fresh = kind == RelationshipKind.Influences
                    ? directed.Add(DirectedKey(kind, from, to))
                    : undirected.Add(UndirectedKey(from, to));
                if (!fresh)
                {
                    continue;
                }

                var relationship = new Relationship { From = ids[from], To = ids[to], Kind = kind };
                relationship = kind switch
                {
                    RelationshipKind.Opposes => relationship with { Strength = Strength(0.3, 0.9) },
                    RelationshipKind.Influences => relationship with { Strength = Strength(0.3, 0.95) },
                    _ => relationship with
                    {
                        Strength = Strength(0.2, 0.9),
                        LastInteraction = random.Chance(0.3) ? options.AsOf.Date.AddDays(-1 - random.Next(500)) : null,
                    },
                };
                builder.AddRelationship(relationship);
                count--;
            }
        }

        private int InfluenceTarget(int from)
        {
            if (random.Chance(0.6) && manager[from] >= 0)
            {
                var boss = manager[from];
                return random.Chance(0.3) && manager[boss] >= 0 ? manager[boss] : boss;
            }

            return NearbyPerson(from);
        }

        /// <summary>Colleagues sit close in breadth-first order (same manager, same department); one edge in three goes anywhere.</summary>
        private int NearbyPerson(int from)
        {
            if (random.Chance(0.33))
            {
                return random.Next(people);
            }

            var reach = 8;
            var low = Math.Max(0, from - reach);
            var high = Math.Min(people - 1, from + reach);
            return random.Next(low, high);
        }

        private double Strength(double min, double max) => Math.Round(min + ((max - min) * random.NextDouble()), 2);

        private void AddOpportunities()
        {
            for (var o = 0; o < buyingGroups.Count; o++)
            {
                currentMaturity = Maturity(o);
                var opportunity = MakeOpportunity(o, buyingGroups[o]);
                builder.AddOpportunity(opportunity);
                AddMeetings(o, opportunity.Id, buyingGroups[o]);
            }
        }

        private Opportunity MakeOpportunity(int index, int[] group)
        {
            var product = random.Pick(Vocabulary.Products);
            var quantity = 10m * (1 + random.Next(100));
            var close = options.AsOf.Date.AddDays(30 + random.Next(330));
            var amount = quantity * (500 + random.Next(2500));

            // One objective in ten is vague: no quantity or no date, a red flag the review must raise.
            var vague = random.Chance(0.1);
            var dropQuantity = vague && random.Chance(0.5);
            var dropDate = vague && !dropQuantity;
            var objective = dropQuantity
                ? "Buys " + product + " by " + close.ToString("yyyy-MM-dd", Invariant)
                : "Buys " + quantity.ToString(Invariant) + " " + product + " seats" + (dropDate ? string.Empty : " by " + close.ToString("yyyy-MM-dd", Invariant));

            var competitors = new List<string>();
            for (var c = random.Next(3); c > 0; c--)
            {
                var competitor = random.Pick(Vocabulary.Competitors);
                if (!competitors.Contains(competitor))
                {
                    competitors.Add(competitor);
                }
            }

            return new Opportunity
            {
                Id = "opp" + (index + 1).ToString(Invariant),
                SingleSalesObjective = objective,
                Quantity = dropQuantity ? null : quantity,
                CloseDate = dropDate ? null : close,
                Amount = amount,
                Currency = "EUR",
                Stage = random.Chance(0.5) ? null : (SalesStage)random.Next(3),
                Competitors = competitors,
                Influences = MakeInfluences(group),
            };
        }

        private BuyingInfluence[] MakeInfluences(int[] group)
        {
            var influences = new BuyingInfluence[group.Length];
            var coaches = group.Length < 3 ? 1 : random.Chance(0.12) ? 0 : group.Length >= 8 && random.Chance(0.4) ? 2 : 1;
            for (var k = 0; k < group.Length; k++)
            {
                BuyingRoles roles;
                if (k == 0)
                {
                    // The first member sits at the top; one deal in twelve has not identified its Economic Buyer yet.
                    roles = random.Chance(0.92) ? BuyingRoles.Economic : BuyingRoles.None;
                }
                else if (k <= coaches)
                {
                    roles = random.Chance(0.5) ? BuyingRoles.Coach | BuyingRoles.User : BuyingRoles.Coach;
                }
                else
                {
                    var draw = random.NextDouble();
                    roles = draw < 0.35 ? BuyingRoles.Technical : draw < 0.94 ? BuyingRoles.User : BuyingRoles.None;
                }

                influences[k] = MakeInfluence(group[k], roles);
            }

            return influences;
        }

        private BuyingInfluence MakeInfluence(int person, BuyingRoles roles)
        {
            var economic = (roles & BuyingRoles.Economic) != 0;
            var coach = (roles & BuyingRoles.Coach) != 0;
            var degree = economic ? InfluenceDegree.High
                : random.Chance(0.1) ? InfluenceDegree.Unknown
                : (InfluenceDegree)random.Next(1, 3);
            // A mature deal has found out more modes and found the people who see a gap.
            var modeDraw = random.NextDouble() * (1 - (0.4 * currentMaturity));
            var mode = modeDraw < 0.15 * (1 - currentMaturity) ? ResponseMode.Unknown
                : modeDraw < 0.40 ? ResponseMode.Growth
                : modeDraw < 0.60 ? ResponseMode.Trouble
                : modeDraw < 0.90 ? ResponseMode.EvenKeel
                : ResponseMode.Overconfident;
            int? rating = random.Chance(0.15 * (1 - currentMaturity)) ? null
                : coach ? Math.Min(BuyingInfluence.MaxRating, random.Next(2, 5) + (random.Chance(currentMaturity) ? 1 : 0))
                : Math.Min(BuyingInfluence.MaxRating, random.Next(-4, 5) + (int)Math.Round(3 * currentMaturity * random.NextDouble()));

            var winResults = Array.Empty<WinResult>();
            var winDraw = random.NextDouble();
            if (winDraw < 0.65)
            {
                winResults = new[] { new WinResult { Result = random.Pick(Vocabulary.Results), Win = random.Pick(Vocabulary.Wins) } };
            }
            else if (winDraw < 0.75)
            {
                winResults = new[] { new WinResult { Result = random.Pick(Vocabulary.Results) } };
            }

            var uncertain = random.Chance(0.2) ? (InfluenceFacts)(1 << random.Next(5)) : InfluenceFacts.None;
            return new BuyingInfluence
            {
                PersonId = ids[person],
                Roles = roles,
                Degree = degree,
                Mode = mode,
                Rating = rating,
                WinResults = winResults,
                Uncertain = uncertain,
                Notes = random.Chance(0.2) ? random.Pick(Vocabulary.InfluenceNotes) : null,
            };
        }

        private void AddMeetings(int opportunityIndex, string opportunityId, int[] group)
        {
            if (group.Length == 0)
            {
                return;
            }

            for (var m = 0; m < options.MeetingsPerOpportunity; m++)
            {
                var planned = random.Chance(0.15);
                var date = planned ? options.AsOf.Date.AddDays(1 + random.Next(30)) : options.AsOf.Date.AddDays(-1 - random.Next(180));
                var attendees = new List<string>();
                for (var k = 1 + random.Next(Math.Min(3, group.Length)); k > 0; k--)
                {
                    var id = ids[group[random.Next(group.Length)]];
                    if (!attendees.Contains(id))
                    {
                        attendees.Add(id);
                    }
                }

                var team = new List<string>();
                for (var k = sellers == 0 ? 0 : 1 + random.Next(Math.Min(2, sellers)); k > 0; k--)
                {
                    var id = ids[people + random.Next(sellers)];
                    if (!team.Contains(id))
                    {
                        team.Add(id);
                    }
                }

                builder.AddMeeting(new Meeting
                {
                    Id = "m" + (opportunityIndex + 1).ToString(Invariant) + "-" + (m + 1).ToString(Invariant),
                    Date = date,
                    OpportunityId = opportunityId,
                    SellerIds = team,
                    PersonIds = attendees,
                    BestAction = random.Pick(Vocabulary.BestActions),
                    MinimumAction = random.Pick(Vocabulary.MinimumActions),
                    Outcome = planned ? MeetingOutcome.Planned : (MeetingOutcome)random.Next(1, 3),
                    NextStep = planned ? null : random.Pick(Vocabulary.NextSteps),
                });
            }
        }

        private static long DirectedKey(RelationshipKind kind, int from, int to) => Spread(((long)kind << 62) | ((long)from << 31) | (uint)to);

        private static long UndirectedKey(int a, int b) => Spread(a < b ? ((long)a << 31) | (uint)b : ((long)b << 31) | (uint)a);

        /// <summary>
        /// long.GetHashCode xors the halves, so packed pairs collide by the thousand; multiplying by an odd constant is a
        /// bijection (keys stay distinct) that spreads them over the hash range.
        /// </summary>
        private static long Spread(long key) => unchecked((long)((ulong)key * 0x9E3779B97F4A7C15UL));
    }
}
