using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace BuyingCenter.Serialization;

/// <summary>
/// Reads plan text token by token straight into the model, in one pass of the one tokenizer (<see cref="StrictJson"/>):
/// no document tree, every problem collected with its path, line and column. Only text that is not JSON and cannot be
/// read on stops the pass; a bad value is reported, skipped, and reading goes on. Property names come from
/// <see cref="PlanSchema"/>.
/// </summary>
internal sealed class PlanReader
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly Choice Kinds = Choice.Of(RelationshipKind.ReportsTo, RelationshipKind.Influences, RelationshipKind.Knows, RelationshipKind.Opposes);
    private static readonly Choice Roles = Choice.Of(BuyingRoles.Economic, BuyingRoles.Technical, BuyingRoles.User, BuyingRoles.Coach);
    private static readonly Choice Degrees = Choice.Of(InfluenceDegree.High, InfluenceDegree.Medium, InfluenceDegree.Low, InfluenceDegree.Unknown);
    private static readonly Choice Modes = Choice.Of(ResponseMode.Growth, ResponseMode.Trouble, ResponseMode.EvenKeel, ResponseMode.Overconfident, ResponseMode.Unknown);
    private static readonly Choice Stages = Choice.Of(SalesStage.AboveTheFunnel, SalesStage.InTheFunnel, SalesStage.BestFew, SalesStage.Won, SalesStage.Lost);
    private static readonly Choice Outcomes = Choice.Of(MeetingOutcome.BestAction, MeetingOutcome.MinimumAction, MeetingOutcome.NoCommitment, MeetingOutcome.Planned);

    // The influence facts that can be uncertain, named as the influence's own properties.
    private static readonly Choice Facts = new(
        new[] { InfluenceProperty.Roles, InfluenceProperty.Degree, InfluenceProperty.Mode, InfluenceProperty.Rating, InfluenceProperty.WinResults }.Select(PlanSchema.Name).ToArray(),
        new[] { (int)InfluenceFacts.Roles, (int)InfluenceFacts.Degree, (int)InfluenceFacts.Mode, (int)InfluenceFacts.Rating, (int)InfluenceFacts.WinResults });

    private readonly StrictJson json;
    private readonly char[] text;
    private readonly List<PlanProblem> problems = new();

    // Reads ahead one token inside an array: true at the end; otherwise the item readers start from a pushed-back token.
    private bool pushedBack;

    private PlanReader(char[] text, int length, PlanReadOptions options)
    {
        this.text = text;
        json = new StrictJson(text, length, options.MaxDepth, problems);
    }

    /// <summary>Whether the file declares a schema version newer than this library reads.</summary>
    public bool FutureVersion { get; private set; }

    private JsonTokenKind Token => json.Kind;

    /// <summary>Reads the first <paramref name="length"/> characters of <paramref name="text"/> into an unvalidated plan; the plan is null when a problem makes it meaningless.</summary>
    /// <remarks>Every string the plan keeps is its own: the buffer can be reused once this returns.</remarks>
    public static (AccountPlan? Plan, List<PlanProblem> Problems, bool FutureVersion, bool Fatal) Read(char[] text, int length, PlanReadOptions options)
    {
        var self = new PlanReader(text, length, options);
        try
        {
            var plan = self.ReadDocument();
            return (plan, self.problems, self.FutureVersion, false);
        }
        catch (JsonSyntaxException fatal)
        {
            self.problems.Add(new PlanProblem { Path = fatal.Path, Message = fatal.Message, Line = fatal.Line, Column = fatal.Column });
            return (null, self.problems, self.FutureVersion, true);
        }
    }

    private AccountPlan? ReadDocument()
    {
        Next();
        if (Token != JsonTokenKind.StartObject)
        {
            Problem("A plan file holds one JSON object ({ \"schemaVersion\": 1, ... }); this one holds " + Describe() + ".");
            SkipCurrent();
            NextEnd();
            return null;
        }

        var (rootLine, rootColumn) = (json.Line, json.Column);
        var builder = new AccountPlanBuilder();
        var extensions = new UnknownProperties();
        var seen = 0;
        var haveAccount = false;
        int? version = null;
        (int Line, int Column) versionAt = (rootLine, rootColumn);
        while (NextProperty(PlanSchema.Root, out var property))
        {
            switch ((RootProperty)property)
            {
                case RootProperty.SchemaVersion:
                    if (First(ref seen, property))
                    {
                        version = ReadInt(out var ok);
                        versionAt = (json.Line, json.Column);
                        if (ok && version is null)
                        {
                            Problem("The schema version must be a number; this reader knows version 1.");
                        }
                    }

                    break;
                case RootProperty.Account:
                    if (First(ref seen, property))
                    {
                        // A present but broken account is reported where it is, not as missing.
                        haveAccount = true;
                        if (ReadObject(ReadAccount) is { } account)
                        {
                            builder.WithAccount(account);
                        }
                    }

                    break;
                case RootProperty.Sellers:
                    if (First(ref seen, property))
                    {
                        ReadObjects(ReadSeller, s => builder.AddSeller(s));
                    }

                    break;
                case RootProperty.People:
                    if (First(ref seen, property))
                    {
                        ReadObjects(ReadPerson, p => builder.AddPerson(p));
                    }

                    break;
                case RootProperty.Relationships:
                    if (First(ref seen, property))
                    {
                        ReadObjects(ReadRelationship, r => builder.AddRelationship(r));
                    }

                    break;
                case RootProperty.Opportunities:
                    if (First(ref seen, property))
                    {
                        ReadObjects(ReadOpportunity, o => builder.AddOpportunity(o));
                    }

                    break;
                case RootProperty.Meetings:
                    if (First(ref seen, property))
                    {
                        ReadObjects(ReadMeeting, m => builder.AddMeeting(m));
                    }

                    break;
                default:
                    Extension(extensions);
                    break;
            }
        }

        NextEnd();
        if ((seen & 1) == 0)
        {
            ProblemAt("$.schemaVersion", rootLine, rootColumn, "The plan has no schemaVersion; add \"schemaVersion\": 1 at the top.");
        }
        else if (version is { } v && v != AccountPlan.CurrentSchemaVersion)
        {
            if (v > AccountPlan.CurrentSchemaVersion)
            {
                FutureVersion = true;
                ProblemAt("$.schemaVersion", versionAt.Line, versionAt.Column, string.Format(Invariant, "This plan uses schema version {0}; this BuyingCenter reads version {1}. Update BuyingCenter to read it.", v, AccountPlan.CurrentSchemaVersion));
            }
            else
            {
                ProblemAt("$.schemaVersion", versionAt.Line, versionAt.Column, string.Format(Invariant, "The schema version {0} does not exist; this BuyingCenter reads version {1}.", v, AccountPlan.CurrentSchemaVersion));
            }
        }

        if (!haveAccount)
        {
            ProblemAt("$.account", rootLine, rootColumn, "The plan has no account; add \"account\": { \"id\": ..., \"name\": ... }.");
        }

        return builder.WithExtensions(extensions).BuildUnvalidated(partiesOwned: true);
    }

    private Account ReadAccount()
    {
        string? id = null, name = null, industry = null, notes = null;
        var reorganizing = false;
        UnknownProperties? extensions = null;
        var seen = 0;
        while (NextProperty(PlanSchema.Account, out var property))
        {
            if (property >= 0 && !First(ref seen, property))
            {
                continue;
            }

            switch ((AccountProperty)property)
            {
                case AccountProperty.Id: id = ReadString(); break;
                case AccountProperty.Name: name = ReadString(); break;
                case AccountProperty.Industry: industry = ReadString(); break;
                case AccountProperty.Reorganizing: reorganizing = ReadBool(); break;
                case AccountProperty.Notes: notes = ReadString(); break;
                default: Extension(extensions ??= new()); break;
            }
        }

        return new Account { Id = id!, Name = name!, Industry = industry, Reorganizing = reorganizing, Notes = notes, Extensions = Frozen(extensions) };
    }

    private Seller ReadSeller()
    {
        var seen = 0;
        string? id = null, name = null, title = null;
        int? level = null;
        UnknownProperties? extensions = null;
        while (NextProperty(PlanSchema.Seller, out var property))
        {
            if (property >= 0 && !First(ref seen, property))
            {
                continue;
            }

            switch ((PartyProperty)property)
            {
                case PartyProperty.Id: id = ReadString(); break;
                case PartyProperty.Name: name = ReadString(); break;
                case PartyProperty.Title: title = ReadString(); break;
                case PartyProperty.Level: level = ReadInt(out _); break;
                default: Extension(extensions ??= new()); break;
            }
        }

        return new Seller { Id = id!, Name = name!, Title = title, Level = level, Extensions = Frozen(extensions) };
    }

    private Person ReadPerson()
    {
        var seen = 0;
        string? id = null, name = null, title = null;
        int? level = null;
        bool newInRole = false, external = false;
        UnknownProperties? extensions = null;
        while (NextProperty(PlanSchema.Person, out var property))
        {
            if (property >= 0 && !First(ref seen, property))
            {
                continue;
            }

            switch ((PartyProperty)property)
            {
                case PartyProperty.Id: id = ReadString(); break;
                case PartyProperty.Name: name = ReadString(); break;
                case PartyProperty.Title: title = ReadString(); break;
                case PartyProperty.Level: level = ReadInt(out _); break;
                case PartyProperty.NewInRole: newInRole = ReadBool(); break;
                case PartyProperty.External: external = ReadBool(); break;
                default: Extension(extensions ??= new()); break;
            }
        }

        return new Person { Id = id!, Name = name!, Title = title, Level = level, NewInRole = newInRole, External = external, Extensions = Frozen(extensions) };
    }

    private Relationship ReadRelationship()
    {
        var (line, column) = (json.Line, json.Column);
        var seen = 0;
        string? from = null, to = null;
        RelationshipKind? kind = null;
        var strength = Relationship.DefaultStrength;
        DateTime? lastInteraction = null;
        UnknownProperties? extensions = null;
        while (NextProperty(PlanSchema.Relationship, out var property))
        {
            if (property >= 0 && !First(ref seen, property))
            {
                continue;
            }

            switch ((RelationshipProperty)property)
            {
                case RelationshipProperty.From: from = ReadString(); break;
                case RelationshipProperty.To: to = ReadString(); break;
                case RelationshipProperty.Kind: kind = (RelationshipKind?)ReadName(Kinds); break;
                case RelationshipProperty.Strength: strength = ReadStrength(); break;
                case RelationshipProperty.LastInteraction: lastInteraction = ReadDate(); break;
                default: Extension(extensions ??= new()); break;
            }
        }

        if ((seen & (1 << (int)RelationshipProperty.Kind)) == 0)
        {
            ProblemAt(json.Path() + ".kind", line, column, "A relationship needs a kind: ReportsTo, Influences, Knows or Opposes.");
        }

        // An unreadable kind stays out of range, so the validator skips the checks that depend on it.
        return new Relationship { From = from!, To = to!, Kind = kind ?? (RelationshipKind)(-1), Strength = strength, LastInteraction = lastInteraction, Extensions = Frozen(extensions) };
    }

    private Opportunity ReadOpportunity()
    {
        var seen = 0;
        string? id = null, objective = null, currency = null;
        decimal? quantity = null, amount = null;
        DateTime? closeDate = null;
        SalesStage? stage = null;
        IReadOnlyList<string> competitors = Array.Empty<string>();
        var influences = new List<BuyingInfluence>();
        UnknownProperties? extensions = null;
        while (NextProperty(PlanSchema.Opportunity, out var property))
        {
            if (property >= 0 && !First(ref seen, property))
            {
                continue;
            }

            switch ((OpportunityProperty)property)
            {
                case OpportunityProperty.Id: id = ReadString(); break;
                case OpportunityProperty.SingleSalesObjective: objective = ReadString(); break;
                case OpportunityProperty.Quantity: quantity = ReadDecimal(); break;
                case OpportunityProperty.CloseDate: closeDate = ReadDate(); break;
                case OpportunityProperty.Amount: amount = ReadDecimal(); break;
                case OpportunityProperty.Currency: currency = ReadString(); break;
                case OpportunityProperty.Stage: stage = (SalesStage?)ReadName(Stages); break;
                case OpportunityProperty.Competitors: competitors = ReadStrings(); break;
                case OpportunityProperty.Influences: ReadObjects(ReadInfluence, influences.Add); break;
                default: Extension(extensions ??= new()); break;
            }
        }

        return new Opportunity
        {
            Id = id!,
            SingleSalesObjective = objective!,
            Quantity = quantity,
            CloseDate = closeDate,
            Amount = amount,
            Currency = currency,
            Stage = stage,
            Competitors = competitors,
            Influences = influences,
            Extensions = Frozen(extensions),
        };
    }

    private BuyingInfluence ReadInfluence()
    {
        var seen = 0;
        string? person = null, notes = null;
        var roles = BuyingRoles.None;
        var degree = InfluenceDegree.Unknown;
        var mode = ResponseMode.Unknown;
        int? rating = null;
        var uncertain = InfluenceFacts.None;
        var winResults = new List<WinResult>();
        UnknownProperties? extensions = null;
        while (NextProperty(PlanSchema.Influence, out var property))
        {
            if (property >= 0 && !First(ref seen, property))
            {
                continue;
            }

            switch ((InfluenceProperty)property)
            {
                case InfluenceProperty.Person: person = ReadString(); break;
                case InfluenceProperty.Roles: roles = (BuyingRoles)ReadFlags(Roles, "role"); break;
                case InfluenceProperty.Degree: degree = (InfluenceDegree?)ReadName(Degrees) ?? InfluenceDegree.Unknown; break;
                case InfluenceProperty.Mode: mode = (ResponseMode?)ReadName(Modes) ?? ResponseMode.Unknown; break;
                case InfluenceProperty.Rating: rating = ReadInt(out _); break;
                case InfluenceProperty.WinResults: ReadObjects(ReadWinResult, winResults.Add); break;
                case InfluenceProperty.Uncertain: uncertain = (InfluenceFacts)ReadFlags(Facts, "uncertain field"); break;
                case InfluenceProperty.Notes: notes = ReadString(); break;
                default: Extension(extensions ??= new()); break;
            }
        }

        return new BuyingInfluence
        {
            PersonId = person!,
            Roles = roles,
            Degree = degree,
            Mode = mode,
            Rating = rating,
            WinResults = winResults,
            Uncertain = uncertain,
            Notes = notes,
            Extensions = Frozen(extensions),
        };
    }

    private WinResult ReadWinResult()
    {
        var seen = 0;
        string? result = null, win = null;
        UnknownProperties? extensions = null;
        while (NextProperty(PlanSchema.WinResult, out var property))
        {
            if (property >= 0 && !First(ref seen, property))
            {
                continue;
            }

            switch ((WinResultProperty)property)
            {
                case WinResultProperty.Result: result = ReadString(); break;
                case WinResultProperty.Win: win = ReadString(); break;
                default: Extension(extensions ??= new()); break;
            }
        }

        return new WinResult { Result = result, Win = win, Extensions = Frozen(extensions) };
    }

    private Meeting ReadMeeting()
    {
        var (line, column) = (json.Line, json.Column);
        var seen = 0;
        string? id = null, opportunity = null, best = null, minimum = null, nextStep = null, notes = null;
        DateTime? date = null;
        var outcome = MeetingOutcome.Planned;
        IReadOnlyList<string> sellers = Array.Empty<string>(), people = Array.Empty<string>();
        UnknownProperties? extensions = null;
        while (NextProperty(PlanSchema.Meeting, out var property))
        {
            if (property >= 0 && !First(ref seen, property))
            {
                continue;
            }

            switch ((MeetingProperty)property)
            {
                case MeetingProperty.Id: id = ReadString(); break;
                case MeetingProperty.Date:
                    // Counting, not searching the problems for this path: a file of many bad meetings must not cost their square.
                    var reported = problems.Count;
                    date = ReadDate();
                    if (date is null && problems.Count == reported)
                    {
                        Problem("A meeting needs its date (yyyy-MM-dd); null is not a date.");
                    }

                    break;
                case MeetingProperty.Opportunity: opportunity = ReadString(); break;
                case MeetingProperty.Sellers: sellers = ReadStrings(); break;
                case MeetingProperty.People: people = ReadStrings(); break;
                case MeetingProperty.BestAction: best = ReadString(); break;
                case MeetingProperty.MinimumAction: minimum = ReadString(); break;
                case MeetingProperty.Outcome: outcome = (MeetingOutcome?)ReadName(Outcomes) ?? MeetingOutcome.Planned; break;
                case MeetingProperty.NextStep: nextStep = ReadString(); break;
                case MeetingProperty.Notes: notes = ReadString(); break;
                default: Extension(extensions ??= new()); break;
            }
        }

        if ((seen & (1 << (int)MeetingProperty.Date)) == 0)
        {
            ProblemAt(json.Path() + ".date", line, column, "A meeting needs its date (yyyy-MM-dd).");
        }

        return new Meeting
        {
            Id = id,
            Date = date ?? default,
            OpportunityId = opportunity,
            SellerIds = sellers,
            PersonIds = people,
            BestAction = best,
            MinimumAction = minimum,
            Outcome = outcome,
            NextStep = nextStep,
            Notes = notes,
            Extensions = Frozen(extensions),
        };
    }

    // ---- structure -------------------------------------------------------------------------------

    /// <summary>Reads the next value as an object with <paramref name="read"/>; anything else is a problem and yields null.</summary>
    private T? ReadObject<T>(Func<T> read)
        where T : class
    {
        Next();
        if (Token == JsonTokenKind.StartObject)
        {
            return read();
        }

        if (Token != JsonTokenKind.Null || typeof(T) != typeof(Account))
        {
            Problem("Expected an object ({ ... }), found " + Describe() + ".");
        }
        else
        {
            Problem("The account must be an object with an id and a name, not null.");
        }

        SkipCurrent();
        return null;
    }

    /// <summary>Reads the next value as an array of objects, each read with <paramref name="read"/>; null counts as empty, anything else is a problem.</summary>
    private void ReadObjects<T>(Func<T> read, Action<T> add)
        where T : class
    {
        Next();
        if (Token == JsonTokenKind.Null)
        {
            return;
        }

        if (Token != JsonTokenKind.StartArray)
        {
            Problem("Expected an array ([ ... ]), found " + Describe() + ".");
            SkipCurrent();
            return;
        }

        while (!PeekEndArray())
        {
            var item = ReadObject(read);
            if (item is not null)
            {
                add(item);
            }
        }
    }

    private bool PeekEndArray()
    {
        Next();
        if (Token == JsonTokenKind.EndArray)
        {
            return true;
        }

        pushedBack = true;
        return false;
    }

    // Where the current property's name starts, for a duplicate.
    private int nameLine;
    private int nameColumn;

    /// <summary>Reads the next property name: its index in <paramref name="names"/>, or -1 for an unknown one; false at the object's end.</summary>
    private bool NextProperty(string[] names, out int index)
    {
        Next();
        if (Token == JsonTokenKind.EndObject)
        {
            index = -1;
            return false;
        }

        nameLine = json.Line;
        nameColumn = json.Column;
        index = json.IndexIn(names, ignoreCase: false);
        return true;
    }

    /// <summary>Marks a known property as seen; a second occurrence in the same object is a problem and its value is skipped.</summary>
    private bool First(ref int seen, int bit)
    {
        var flag = 1 << bit;
        if ((seen & flag) == 0)
        {
            seen |= flag;
            return true;
        }

        Duplicate(json.StringValue());
        return false;
    }

    private void Duplicate(string name)
    {
        ProblemAt(json.Path(), nameLine, nameColumn, string.Format(Invariant, "The property \"{0}\" appears twice in this object; keep one.", name));
        Next();
        SkipCurrent();
    }

    private void Extension(UnknownProperties extensions)
    {
        var name = json.StringValue();

        // A set, not a scan of the list: an object with tens of thousands of unknown properties must not cost their square.
        if (!extensions.Names.Add(name))
        {
            Duplicate(name);
            return;
        }

        extensions.Add(new ExtensionProperty { Name = name, Json = CaptureValue() });
    }

    /// <summary>
    /// Copies the next value, whatever it is, into compact JSON: unknown properties survive a save. Strings, names and
    /// numbers are copied as written; what is not JSON as written (single quotes, raw control characters, hexadecimal)
    /// is re-encoded, and NaN and the like, already reported, become null.
    /// </summary>
    private string CaptureValue()
    {
        var copy = new StringBuilder();
        var depth = 0;
        do
        {
            Next();
            switch (Token)
            {
                case JsonTokenKind.EndObject:
                    copy.Append('}');
                    depth--;
                    continue;
                case JsonTokenKind.EndArray:
                    copy.Append(']');
                    depth--;
                    continue;
            }

            if (copy.Length > 0 && copy[copy.Length - 1] is not ('{' or '[' or ':'))
            {
                copy.Append(',');
            }

            switch (Token)
            {
                case JsonTokenKind.StartObject: copy.Append('{'); depth++; break;
                case JsonTokenKind.StartArray: copy.Append('['); depth++; break;
                case JsonTokenKind.PropertyName: AppendString(copy); copy.Append(':'); break;
                case JsonTokenKind.String: AppendString(copy); break;
                case JsonTokenKind.True: copy.Append("true"); break;
                case JsonTokenKind.False: copy.Append("false"); break;
                case JsonTokenKind.Null: copy.Append("null"); break;
                case JsonTokenKind.Number:
                    copy.Append(json.IsHex ? NumberText() : json.Raw());
                    break;
                default:
                    NotJsonValue();
                    copy.Append("null");
                    break;
            }
        }
        while (depth > 0);

        return copy.ToString();
    }

    private void AppendString(StringBuilder copy)
    {
        if (!json.Irregular)
        {
            copy.Append('"').Append(text, json.Start, json.End - json.Start).Append('"');
            return;
        }

        copy.Append('"');
        foreach (var c in json.StringValue())
        {
            switch (c)
            {
                case '"': copy.Append("\\\""); break;
                case '\\': copy.Append("\\\\"); break;
                case '\n': copy.Append("\\n"); break;
                case '\r': copy.Append("\\r"); break;
                case '\t': copy.Append("\\t"); break;
                case '\b': copy.Append("\\b"); break;
                case '\f': copy.Append("\\f"); break;
                default:
                    if (c < ' ')
                    {
                        copy.Append("\\u").Append(((int)c).ToString("x4", Invariant));
                    }
                    else
                    {
                        copy.Append(c);
                    }

                    break;
            }
        }

        copy.Append('"');
    }

    /// <summary>Skips the value whose first token is current (a scalar, or a whole object or array).</summary>
    private void SkipCurrent()
    {
        if (Token is not (JsonTokenKind.StartObject or JsonTokenKind.StartArray))
        {
            return;
        }

        var depth = 1;
        while (depth > 0)
        {
            Next();
            switch (Token)
            {
                case JsonTokenKind.StartObject:
                case JsonTokenKind.StartArray:
                    depth++;
                    break;
                case JsonTokenKind.EndObject:
                case JsonTokenKind.EndArray:
                    depth--;
                    break;
            }
        }
    }

    /// <summary>After the root value: only white space (and reported comments) may follow.</summary>
    private void NextEnd()
    {
        if (json.Read())
        {
            // The tokenizer refuses a second value; this only guards its promise.
            throw new JsonSyntaxException(0, json.Line, json.Column, "$", "More JSON follows the plan object; a plan file holds exactly one object.");
        }
    }

    private void Next()
    {
        if (pushedBack)
        {
            pushedBack = false;
            return;
        }

        json.Read();
    }

    // ---- values ----------------------------------------------------------------------------------

    private string? ReadString()
    {
        Next();
        return CurrentString();
    }

    private string? CurrentString()
    {
        switch (Token)
        {
            case JsonTokenKind.String:
                return json.StringValue();
            case JsonTokenKind.Null:
                return null;
            default:
                WrongType("a string");
                return null;
        }
    }

    private bool ReadBool()
    {
        Next();
        switch (Token)
        {
            case JsonTokenKind.True:
                return true;
            case JsonTokenKind.False:
                return false;
            default:
                WrongType("true or false");
                return false;
        }
    }

    /// <summary>Reads an optional integer; <paramref name="ok"/> is false when a problem was reported.</summary>
    private int? ReadInt(out bool ok)
    {
        Next();
        ok = true;
        switch (Token)
        {
            case JsonTokenKind.Null:
                return null;
            case JsonTokenKind.Number when json.IsInteger:
                if (TryLong(out var l) && l >= int.MinValue && l <= int.MaxValue)
                {
                    return (int)l;
                }

                break;
            case JsonTokenKind.Number:
                if (!TryDecimal(out var d))
                {
                    break;
                }

                if (decimal.Truncate(d) != d)
                {
                    Problem(string.Format(Invariant, "Expected a whole number, found {0}.", d));
                    ok = false;
                    return null;
                }

                if (d >= int.MinValue && d <= int.MaxValue)
                {
                    return (int)d;
                }

                break;
            default:
                WrongType("a whole number");
                ok = false;
                return null;
        }

        Problem(string.Format(Invariant, "The number {0} is far out of range for this field.", NumberText()));
        ok = false;
        return null;
    }

    private decimal? ReadDecimal()
    {
        Next();
        switch (Token)
        {
            case JsonTokenKind.Null:
                return null;
            case JsonTokenKind.Number when json.IsInteger ? TryLong(out var l) && Set(l, out var number) : TryDecimal(out number):
                return number;
            case JsonTokenKind.Number:
                // An integer beyond 64 bits is refused like a number beyond decimal: no count or amount is that large.
                Problem(string.Format(Invariant, "The number {0} is out of range: this reader holds numbers up to about 7.9e28.", NumberText()));
                return null;
            default:
                WrongType("a number");
                return null;
        }
    }

    private static bool Set(long value, out decimal number)
    {
        number = value;
        return true;
    }

    private double ReadStrength()
    {
        Next();
        switch (Token)
        {
            case JsonTokenKind.Number when json.IsInteger && TryLong(out var l):
                // Out-of-range values are kept so that the validator reports them with the value.
                return l;
            case JsonTokenKind.Number when !json.IsInteger && TryShortFraction(out var fraction):
                return fraction;
            case JsonTokenKind.Number when !json.IsInteger && TryDecimal(out var d):
                return ToNearestDouble(d);
            case JsonTokenKind.Number:
                Problem(string.Format(Invariant, "The strength {0} is out of range: use a number from 0 (none) to 1 (trusted).", NumberText()));
                return Relationship.DefaultStrength;
            default:
                WrongType("a number from 0 to 1");
                return Relationship.DefaultStrength;
        }
    }

    /// <summary>The current integer token as a long; false when it does not fit.</summary>
    private bool TryLong(out long value)
    {
        int start = json.Start, end = json.End;
        var negative = text[start] == '-';
        if (negative)
        {
            start++;
        }

        ulong magnitude = 0;
        if (json.IsHex)
        {
            for (var i = start + 2; i < end; i++)
            {
                if (magnitude > (ulong.MaxValue >> 4))
                {
                    value = 0;
                    return false;
                }

                var c = text[i];
                magnitude = (magnitude << 4) | (uint)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
            }
        }
        else
        {
            if (end - start > 19)
            {
                value = 0;
                return false;
            }

            for (var i = start; i < end; i++)
            {
                magnitude = (magnitude * 10) + (uint)(text[i] - '0');
            }
        }

        if (magnitude > (negative ? 9_223_372_036_854_775_808UL : long.MaxValue))
        {
            value = 0;
            return false;
        }

        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return true;
    }

    /// <summary>
    /// The current number when it is a plain decimal fraction of at most 15 digits (0.7, 0.85, -1.25), without an
    /// exponent: its digits as a whole number m and its count of decimals k, then m / 10^k, the one correctly rounded
    /// division <see cref="ToNearestDouble"/> makes from the same m and k, without parsing a decimal first. A plan's
    /// strengths are all of this form, and a large plan has 100,000 of them.
    /// </summary>
    private bool TryShortFraction(out double value)
    {
        value = 0;
        int start = json.Start, end = json.End;
        var negative = text[start] == '-';
        if (negative)
        {
            start++;
        }

        if (end - start > 16)
        {
            return false;
        }

        long whole = 0;
        var decimals = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                decimals = 0;
                continue;
            }

            if (c < '0' || c > '9')
            {
                return false;
            }

            whole = (whole * 10) + (c - '0');
            if (decimals >= 0)
            {
                decimals++;
            }
        }

        if (decimals < 0)
        {
            return false;
        }

        value = (negative ? -whole : whole) / ExactPowersOfTen[decimals];
        return true;
    }

    /// <summary>The current number as a decimal; false when it is beyond decimal's range.</summary>
    private bool TryDecimal(out decimal value)
    {
#if NET
        return decimal.TryParse(text.AsSpan(json.Start, json.End - json.Start), NumberStyles.Float, Invariant, out value);
#else
        return decimal.TryParse(json.Raw(), NumberStyles.Float, Invariant, out value);
#endif
    }
    private static readonly double[] ExactPowersOfTen = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
    private static readonly decimal[] DecimalPowersOfTen = ExactPowersOfTen.Select(p => (decimal)p).ToArray();

    /// <summary>
    /// The double nearest to a decimal, as <c>double.Parse</c> of its digits gives: the decimal-to-double cast may be
    /// off by one unit in the last place, so a strength written as 0.7 would not read back as the 0.7 a user typed.
    /// </summary>
    /// <remarks>
    /// A decimal is a whole number m over 10^scale. When m and 10^scale are both exact doubles (m below 2^53, scale at
    /// most 22), one IEEE division rounds correctly; that covers every strength a person writes, without a string.
    /// </remarks>
    internal static double ToNearestDouble(decimal value)
    {
#if NET
        var scale = value.Scale;
#else
        var scale = (decimal.GetBits(value)[3] >> 16) & 0xFF;
#endif
        if (scale < ExactPowersOfTen.Length)
        {
            var whole = value * DecimalPowersOfTen[scale];
            if (whole > -9007199254740992m && whole < 9007199254740992m)
            {
                return (long)whole / ExactPowersOfTen[scale];
            }
        }

        return double.Parse(value.ToString(Invariant), NumberStyles.Float, Invariant);
    }

    private DateTime? ReadDate()
    {
        Next();
        if (Token == JsonTokenKind.Null)
        {
            return null;
        }

        if (Token != JsonTokenKind.String)
        {
            WrongType("a date (yyyy-MM-dd)");
            return null;
        }

        if (!json.Escaped && TryParseDate(text, json.Start, json.End - json.Start, out var date))
        {
            return date;
        }

        var value = json.StringValue();
        if (json.Escaped && TryParseDate(value.ToCharArray(), 0, value.Length, out date))
        {
            return date;
        }

        Problem(string.Format(Invariant, "\"{0}\" is not a calendar date; write it as yyyy-MM-dd, such as 2026-11-22.", value));
        return null;
    }

    private static bool TryParseDate(char[] text, int start, int length, out DateTime date)
    {
        date = default;
        if (length != 10 || text[start + 4] != '-' || text[start + 7] != '-')
        {
            return false;
        }

        for (var i = 0; i < 10; i++)
        {
            var c = text[start + i];
            if (i != 4 && i != 7 && (c < '0' || c > '9'))
            {
                return false;
            }
        }

        int Digit(int i) => text[start + i] - '0';
        var year = (Digit(0) * 1000) + (Digit(1) * 100) + (Digit(2) * 10) + Digit(3);
        var month = (Digit(5) * 10) + Digit(6);
        var day = (Digit(8) * 10) + Digit(9);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    private int? ReadName(Choice choice)
    {
        Next();
        if (Token == JsonTokenKind.String)
        {
            var index = json.IndexIn(choice.Names, ignoreCase: true);
            if (index >= 0)
            {
                return choice.Values[index];
            }

            Problem(string.Format(Invariant, "\"{0}\" is not one of {1}.", json.StringValue(), choice.Allowed));
            return null;
        }

        WrongType("one of " + choice.Allowed);
        return null;
    }

    private int ReadFlags(Choice choice, string what)
    {
        Next();
        if (Token == JsonTokenKind.Null)
        {
            return default;
        }

        if (Token != JsonTokenKind.StartArray)
        {
            WrongType("an array of " + choice.Allowed);
            return default;
        }

        var flags = 0;
        while (!PeekEndArray())
        {
            Next();
            if (Token != JsonTokenKind.String)
            {
                WrongType("one of " + choice.Allowed);
                continue;
            }

            var index = json.IndexIn(choice.Names, ignoreCase: true);
            if (index < 0)
            {
                Problem(string.Format(Invariant, "\"{0}\" is not a valid {1}: use {2}.", json.StringValue(), what, choice.Allowed));
                continue;
            }

            var value = choice.Values[index];
            if ((flags & value) != 0)
            {
                Problem(string.Format(Invariant, "The {0} \"{1}\" is listed twice.", what, json.StringValue()));
                continue;
            }

            flags |= value;
        }

        return flags;
    }

    private IReadOnlyList<string> ReadStrings()
    {
        Next();
        if (Token == JsonTokenKind.Null)
        {
            return Array.Empty<string>();
        }

        if (Token != JsonTokenKind.StartArray)
        {
            WrongType("an array of strings");
            return Array.Empty<string>();
        }

        var items = new List<string>();
        while (!PeekEndArray())
        {
            Next();
            if (Token == JsonTokenKind.String)
            {
                items.Add(json.StringValue());
            }
            else
            {
                WrongType("a string");
            }
        }

        return items;
    }

    // ---- problems --------------------------------------------------------------------------------

    private void WrongType(string expected)
    {
        if (Token == JsonTokenKind.NotJson)
        {
            NotJsonValue();
        }
        else
        {
            Problem("Expected " + expected + ", found " + Describe() + ".");
        }

        SkipCurrent();
    }

    private void NotJsonValue() =>
        Problem(string.Format(Invariant, "{0} is not a valid JSON value here; write a finite number or a string.", json.Raw()));

    private string Describe()
    {
        switch (Token)
        {
            case JsonTokenKind.StartObject: return "an object";
            case JsonTokenKind.StartArray: return "an array";
            case JsonTokenKind.String: return "the string \"" + Shorten(json.StringValue()) + "\"";
            case JsonTokenKind.Number: return "the number " + NumberText();
            case JsonTokenKind.True: return "true";
            case JsonTokenKind.False: return "false";
            case JsonTokenKind.Null: return "null";
            default: return json.Raw() == "undefined" ? "undefined" : "a value that is not JSON";
        }
    }

    /// <summary>The current number as this reader holds it (0.50 stays 0.50, 1e3 is 1000), or as written when it is beyond that.</summary>
    private string NumberText()
    {
        if (json.IsInteger)
        {
            return TryLong(out var l) ? l.ToString(Invariant) : json.Raw();
        }

        return TryDecimal(out var d) ? d.ToString(Invariant) : json.Raw();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";

    /// <summary>A problem with the current token: its path, line and column.</summary>
    private void Problem(string message) =>
        problems.Add(new PlanProblem { Path = json.Path(), Message = message, Line = json.Line, Column = json.Column });

    private void ProblemAt(string path, int line, int column, string message) =>
        problems.Add(new PlanProblem { Path = path, Message = message, Line = line, Column = column });

    private static IReadOnlyList<ExtensionProperty> Frozen(UnknownProperties? extensions) =>
        extensions is null ? Array.Empty<ExtensionProperty>() : extensions.ToArray();

    /// <summary>The names of an enumeration's values as a file writes them (matched in any case), and the values.</summary>
    private sealed class Choice
    {
        public Choice(string[] names, int[] values)
        {
            Names = names;
            Values = values;
            Allowed = string.Join(", ", names);
        }

        public string[] Names { get; }

        public int[] Values { get; }

        /// <summary>The names for a sentence: "ReportsTo, Influences, Knows, Opposes".</summary>
        public string Allowed { get; }

        public static Choice Of<T>(params T[] values)
            where T : struct, Enum =>
            new(values.Select(v => v.ToString()).ToArray(), values.Select(v => Convert.ToInt32(v, Invariant)).ToArray());
    }

    /// <summary>The unknown properties of one object, in document order, with their names for duplicate checks.</summary>
    private sealed class UnknownProperties : List<ExtensionProperty>
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }
}
