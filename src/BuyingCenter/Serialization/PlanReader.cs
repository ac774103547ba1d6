using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Text.RegularExpressions;
using Newtonsoft.Json;

namespace BuyingCenter.Serialization;

/// <summary>
/// Reads plan text token by token straight into the model: no document tree, one pass, every problem collected.
/// Only malformed JSON stops the pass; a bad value is reported, skipped, and reading goes on.
/// </summary>
internal sealed class PlanReader
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // JSON's own number grammar: what an out-of-range number must match to be kept verbatim in an extension.
    // Made on first use: almost no file needs it, and building a regex costs every run a few milliseconds.
    private static Regex? jsonNumber;

    // Names to values as ints: one dictionary type for every enumeration, so a run compiles its code once, not once per enum.
    private static readonly Dictionary<string, int> Kinds = Names(RelationshipKind.ReportsTo, RelationshipKind.Influences, RelationshipKind.Knows, RelationshipKind.Opposes);
    private static readonly Dictionary<string, int> Roles = Names(BuyingRoles.Economic, BuyingRoles.Technical, BuyingRoles.User, BuyingRoles.Coach);
    private static readonly Dictionary<string, int> Degrees = Names(InfluenceDegree.High, InfluenceDegree.Medium, InfluenceDegree.Low, InfluenceDegree.Unknown);
    private static readonly Dictionary<string, int> Modes = Names(ResponseMode.Growth, ResponseMode.Trouble, ResponseMode.EvenKeel, ResponseMode.Overconfident, ResponseMode.Unknown);
    private static readonly Dictionary<string, int> Stages = Names(SalesStage.AboveTheFunnel, SalesStage.InTheFunnel, SalesStage.BestFew, SalesStage.Won, SalesStage.Lost);
    private static readonly Dictionary<string, int> Outcomes = Names(MeetingOutcome.BestAction, MeetingOutcome.MinimumAction, MeetingOutcome.NoCommitment, MeetingOutcome.Planned);
    private static readonly Dictionary<string, int> Facts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["roles"] = (int)InfluenceFacts.Roles,
        ["degree"] = (int)InfluenceFacts.Degree,
        ["mode"] = (int)InfluenceFacts.Mode,
        ["rating"] = (int)InfluenceFacts.Rating,
        ["winResults"] = (int)InfluenceFacts.WinResults,
    };

    // Known property names, so the reader hands out these strings instead of allocating one per property.
    // Only read after this initialiser (Newtonsoft never adds to it), so one table serves every thread.
    private static readonly DefaultJsonNameTable KnownNames = NameTable(
        "schemaVersion", "account", "sellers", "people", "relationships", "opportunities", "meetings", "id", "name", "industry",
        "reorganizing", "notes", "title", "level", "newInRole", "external", "from", "to", "kind", "strength", "lastInteraction",
        "singleSalesObjective", "quantity", "closeDate", "amount", "currency", "stage", "competitors", "influences", "person",
        "roles", "degree", "mode", "rating", "winResults", "uncertain", "result", "win", "date", "opportunity", "bestAction",
        "minimumAction", "outcome", "nextStep");

    private readonly JsonTextReader reader;
    private readonly List<PlanProblem> problems = new();

    // Set while the current value is one Newtonsoft could not convert (NaN, 1e400): the token stands for it.
    private string? valueError;

    // Newtonsoft emits a stray Undefined token after some conversion errors; this is where it would sit.
    private (int Line, int Position)? phantom;

    // Where the masked NaN/Infinity literals end (line, position as Newtonsoft counts them), and which literal each was.
    private readonly Dictionary<long, string>? nonFinite;

    private PlanReader(string text, Dictionary<long, string>? nonFinite, PlanReadOptions options)
    {
        this.nonFinite = nonFinite;
        reader = new JsonTextReader(new StringReader(text))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            MaxDepth = options.MaxDepth,
            PropertyNameTable = KnownNames,
        };
    }

    /// <summary>Whether the file declares a schema version newer than this library reads.</summary>
    public bool FutureVersion { get; private set; }

    /// <summary>Reads the text into an unvalidated plan; the plan is null when a problem makes it meaningless.</summary>
    /// <remarks>
    /// With <paramref name="nonFinite"/>, <paramref name="text"/> must come from <see cref="MaskNonFinite"/>; without, a
    /// NaN or Infinity literal in the text is reported less precisely (the caller rereads the masked text then).
    /// </remarks>
    public static (AccountPlan? Plan, List<PlanProblem> Problems, bool FutureVersion, bool Fatal) Read(string text, Dictionary<long, string>? nonFinite, PlanReadOptions options)
    {
        var self = new PlanReader(text, nonFinite, options);
        try
        {
            var plan = self.ReadDocument();
            return (plan, self.problems, self.FutureVersion, false);
        }
        catch (FatalProblem fatal)
        {
            self.problems.Add(fatal.Problem);
            return (null, self.problems, self.FutureVersion, true);
        }
    }

    private JsonToken Token => valueError is not null ? JsonToken.Undefined : reader.TokenType;

    private string CurrentPath => JsonPath(reader.Path);

    private AccountPlan? ReadDocument()
    {
        Next();
        if (Token != JsonToken.StartObject)
        {
            Problem(CurrentPath, "A plan file holds one JSON object ({ \"schemaVersion\": 1, ... }); this one holds " + Describe() + ".");
            SkipCurrent();
            NextEnd();
            return null;
        }

        var builder = new AccountPlanBuilder();
        var extensions = new UnknownProperties();
        var seen = 0;
        var haveAccount = false;
        int? version = null;
        while (NextProperty(out var name))
        {
            switch (name)
            {
                case "schemaVersion":
                    if (First(ref seen, 0, name))
                    {
                        version = ReadInt(out var ok);
                        if (ok && version is null)
                        {
                            Problem(CurrentPath, "The schema version must be a number; this reader knows version 1.");
                        }
                    }

                    break;
                case "account":
                    if (First(ref seen, 1, name))
                    {
                        // A present but broken account is reported where it is, not as missing.
                        haveAccount = true;
                        if (ReadObject(ReadAccount) is { } account)
                        {
                            builder.WithAccount(account);
                        }
                    }

                    break;
                case "sellers":
                    if (First(ref seen, 2, name))
                    {
                        ReadArray(() => ReadObject(ReadSeller), s => builder.AddSeller(s));
                    }

                    break;
                case "people":
                    if (First(ref seen, 3, name))
                    {
                        ReadArray(() => ReadObject(ReadPerson), p => builder.AddPerson(p));
                    }

                    break;
                case "relationships":
                    if (First(ref seen, 4, name))
                    {
                        ReadArray(() => ReadObject(ReadRelationship), r => builder.AddRelationship(r));
                    }

                    break;
                case "opportunities":
                    if (First(ref seen, 5, name))
                    {
                        ReadArray(() => ReadObject(ReadOpportunity), o => builder.AddOpportunity(o));
                    }

                    break;
                case "meetings":
                    if (First(ref seen, 6, name))
                    {
                        ReadArray(() => ReadObject(ReadMeeting), m => builder.AddMeeting(m));
                    }

                    break;
                default:
                    Extension(name, extensions);
                    break;
            }
        }

        NextEnd();
        if ((seen & 1) == 0)
        {
            Problem("$.schemaVersion", "The plan has no schemaVersion; add \"schemaVersion\": 1 at the top.");
        }
        else if (version is { } v && v != AccountPlan.CurrentSchemaVersion)
        {
            if (v > AccountPlan.CurrentSchemaVersion)
            {
                FutureVersion = true;
                Problem("$.schemaVersion", string.Format(Invariant, "This plan uses schema version {0}; this BuyingCenter reads version {1}. Update BuyingCenter to read it.", v, AccountPlan.CurrentSchemaVersion));
            }
            else
            {
                Problem("$.schemaVersion", string.Format(Invariant, "The schema version {0} does not exist; this BuyingCenter reads version {1}.", v, AccountPlan.CurrentSchemaVersion));
            }
        }

        if (!haveAccount)
        {
            Problem("$.account", "The plan has no account; add \"account\": { \"id\": ..., \"name\": ... }.");
        }

        return builder.WithExtensions(extensions).BuildUnvalidated(partiesOwned: true);
    }

    private Account ReadAccount()
    {
        string? id = null, name = null, industry = null, notes = null;
        var reorganizing = false;
        UnknownProperties? extensions = null;
        var seen = 0;
        while (NextProperty(out var property))
        {
            switch (property)
            {
                case "id": if (First(ref seen, 0, property)) { id = ReadString(); } break;
                case "name": if (First(ref seen, 1, property)) { name = ReadString(); } break;
                case "industry": if (First(ref seen, 2, property)) { industry = ReadString(); } break;
                case "reorganizing": if (First(ref seen, 3, property)) { reorganizing = ReadBool(); } break;
                case "notes": if (First(ref seen, 4, property)) { notes = ReadString(); } break;
                default: Extension(property, extensions ??= new()); break;
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
        while (NextProperty(out var property))
        {
            if (!PartyProperty(property, ref seen, ref id, ref name, ref title, ref level))
            {
                Extension(property, extensions ??= new());
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
        while (NextProperty(out var property))
        {
            if (PartyProperty(property, ref seen, ref id, ref name, ref title, ref level))
            {
                continue;
            }

            switch (property)
            {
                case "newInRole": if (First(ref seen, 4, property)) { newInRole = ReadBool(); } break;
                case "external": if (First(ref seen, 5, property)) { external = ReadBool(); } break;
                default: Extension(property, extensions ??= new()); break;
            }
        }

        return new Person { Id = id!, Name = name!, Title = title, Level = level, NewInRole = newInRole, External = external, Extensions = Frozen(extensions) };
    }

    private bool PartyProperty(string property, ref int seen, ref string? id, ref string? name, ref string? title, ref int? level)
    {
        switch (property)
        {
            case "id": if (First(ref seen, 0, property)) { id = ReadString(); } return true;
            case "name": if (First(ref seen, 1, property)) { name = ReadString(); } return true;
            case "title": if (First(ref seen, 2, property)) { title = ReadString(); } return true;
            case "level": if (First(ref seen, 3, property)) { level = ReadInt(out _); } return true;
            default: return false;
        }
    }

    private Relationship ReadRelationship()
    {
        var seen = 0;
        string? from = null, to = null;
        RelationshipKind? kind = null;
        var strength = Relationship.DefaultStrength;
        DateTime? lastInteraction = null;
        UnknownProperties? extensions = null;
        while (NextProperty(out var property))
        {
            switch (property)
            {
                case "from": if (First(ref seen, 0, property)) { from = ReadString(); } break;
                case "to": if (First(ref seen, 1, property)) { to = ReadString(); } break;
                case "kind":
                    if (First(ref seen, 2, property))
                    {
                        kind = (RelationshipKind?)ReadName(Kinds, "ReportsTo, Influences, Knows, Opposes");
                    }

                    break;
                case "strength": if (First(ref seen, 3, property)) { strength = ReadStrength(); } break;
                case "lastInteraction": if (First(ref seen, 4, property)) { lastInteraction = ReadDate(); } break;
                default: Extension(property, extensions ??= new()); break;
            }
        }

        if ((seen & (1 << 2)) == 0)
        {
            Problem(CurrentPath + ".kind", "A relationship needs a kind: ReportsTo, Influences, Knows or Opposes.");
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
        while (NextProperty(out var property))
        {
            switch (property)
            {
                case "id": if (First(ref seen, 0, property)) { id = ReadString(); } break;
                case "singleSalesObjective": if (First(ref seen, 1, property)) { objective = ReadString(); } break;
                case "quantity": if (First(ref seen, 2, property)) { quantity = ReadDecimal(); } break;
                case "closeDate": if (First(ref seen, 3, property)) { closeDate = ReadDate(); } break;
                case "amount": if (First(ref seen, 4, property)) { amount = ReadDecimal(); } break;
                case "currency": if (First(ref seen, 5, property)) { currency = ReadString(); } break;
                case "stage": if (First(ref seen, 6, property)) { stage = (SalesStage?)ReadName(Stages, "AboveTheFunnel, InTheFunnel, BestFew, Won, Lost"); } break;
                case "competitors": if (First(ref seen, 7, property)) { competitors = ReadStrings(); } break;
                case "influences": if (First(ref seen, 8, property)) { ReadArray(() => ReadObject(ReadInfluence), influences.Add); } break;
                default: Extension(property, extensions ??= new()); break;
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
        while (NextProperty(out var property))
        {
            switch (property)
            {
                case "person": if (First(ref seen, 0, property)) { person = ReadString(); } break;
                case "roles": if (First(ref seen, 1, property)) { roles = (BuyingRoles)ReadFlags(Roles, "role", "Economic, Technical, User, Coach"); } break;
                case "degree": if (First(ref seen, 2, property)) { degree = (InfluenceDegree?)ReadName(Degrees, "High, Medium, Low, Unknown") ?? InfluenceDegree.Unknown; } break;
                case "mode": if (First(ref seen, 3, property)) { mode = (ResponseMode?)ReadName(Modes, "Growth, Trouble, EvenKeel, Overconfident, Unknown") ?? ResponseMode.Unknown; } break;
                case "rating": if (First(ref seen, 4, property)) { rating = ReadInt(out _); } break;
                case "winResults": if (First(ref seen, 5, property)) { ReadArray(() => ReadObject(ReadWinResult), winResults.Add); } break;
                case "uncertain": if (First(ref seen, 6, property)) { uncertain = (InfluenceFacts)ReadFlags(Facts, "uncertain field", "roles, degree, mode, rating, winResults"); } break;
                case "notes": if (First(ref seen, 7, property)) { notes = ReadString(); } break;
                default: Extension(property, extensions ??= new()); break;
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
        while (NextProperty(out var property))
        {
            switch (property)
            {
                case "result": if (First(ref seen, 0, property)) { result = ReadString(); } break;
                case "win": if (First(ref seen, 1, property)) { win = ReadString(); } break;
                default: Extension(property, extensions ??= new()); break;
            }
        }

        return new WinResult { Result = result, Win = win, Extensions = Frozen(extensions) };
    }

    private Meeting ReadMeeting()
    {
        var seen = 0;
        string? id = null, opportunity = null, best = null, minimum = null, nextStep = null, notes = null;
        DateTime? date = null;
        var outcome = MeetingOutcome.Planned;
        IReadOnlyList<string> sellers = Array.Empty<string>(), people = Array.Empty<string>();
        UnknownProperties? extensions = null;
        while (NextProperty(out var property))
        {
            switch (property)
            {
                case "id": if (First(ref seen, 0, property)) { id = ReadString(); } break;
                case "date":
                    if (First(ref seen, 1, property))
                    {
                        // Counting, not searching the problems for this path: a file of many bad meetings must not cost their square.
                        var path = CurrentPath;
                        var reported = problems.Count;
                        date = ReadDate();
                        if (date is null && problems.Count == reported)
                        {
                            Problem(path, "A meeting needs its date (yyyy-MM-dd); null is not a date.");
                        }
                    }

                    break;
                case "opportunity": if (First(ref seen, 2, property)) { opportunity = ReadString(); } break;
                case "sellers": if (First(ref seen, 3, property)) { sellers = ReadStrings(); } break;
                case "people": if (First(ref seen, 4, property)) { people = ReadStrings(); } break;
                case "bestAction": if (First(ref seen, 5, property)) { best = ReadString(); } break;
                case "minimumAction": if (First(ref seen, 6, property)) { minimum = ReadString(); } break;
                case "outcome": if (First(ref seen, 7, property)) { outcome = (MeetingOutcome?)ReadName(Outcomes, "BestAction, MinimumAction, NoCommitment, Planned") ?? MeetingOutcome.Planned; } break;
                case "nextStep": if (First(ref seen, 8, property)) { nextStep = ReadString(); } break;
                case "notes": if (First(ref seen, 9, property)) { notes = ReadString(); } break;
                default: Extension(property, extensions ??= new()); break;
            }
        }

        if ((seen & (1 << 1)) == 0)
        {
            Problem(CurrentPath + ".date", "A meeting needs its date (yyyy-MM-dd).");
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
        if (Token == JsonToken.StartObject)
        {
            return read();
        }

        if (Token != JsonToken.Null || typeof(T) != typeof(Account))
        {
            Problem(CurrentPath, "Expected an object ({ ... }), found " + Describe() + ".");
        }
        else
        {
            Problem(CurrentPath, "The account must be an object with an id and a name, not null.");
        }

        SkipCurrent();
        return null;
    }

    /// <summary>Reads the next value as an array of items; null counts as empty, anything else is a problem.</summary>
    private void ReadArray<T>(Func<T?> readItem, Action<T> add)
        where T : class
    {
        Next();
        if (Token == JsonToken.Null)
        {
            return;
        }

        if (Token != JsonToken.StartArray)
        {
            Problem(CurrentPath, "Expected an array ([ ... ]), found " + Describe() + ".");
            SkipCurrent();
            return;
        }

        while (true)
        {
            if (PeekEndArray())
            {
                return;
            }

            var item = readItem();
            if (item is not null)
            {
                add(item);
            }
        }
    }

    // Reads ahead one token inside an array: true at the end; otherwise the item readers start from a pushed-back token.
    private bool pushedBack;

    private bool PeekEndArray()
    {
        Next();
        if (Token == JsonToken.EndArray)
        {
            return true;
        }

        pushedBack = true;
        return false;
    }

    private bool NextProperty(out string name)
    {
        Next();
        if (Token == JsonToken.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = (string)reader.Value!;
        return true;
    }

    /// <summary>Marks a known property as seen; a second occurrence in the same object is a problem and its value is skipped.</summary>
    private bool First(ref int seen, int bit, string name)
    {
        var flag = 1 << bit;
        if ((seen & flag) == 0)
        {
            seen |= flag;
            return true;
        }

        Duplicate(name);
        return false;
    }

    private void Duplicate(string name)
    {
        var path = CurrentPath;
        var column = Math.Max(1, reader.LinePosition - name.Length - 2);
        problems.Add(new PlanProblem
        {
            Path = path,
            Message = string.Format(Invariant, "The property \"{0}\" appears twice in this object; keep one.", name),
            Line = reader.LineNumber,
            Column = column,
        });
        Next();
        SkipCurrent();
    }

    private void Extension(string name, UnknownProperties extensions)
    {
        // A set, not a scan of the list: an object with tens of thousands of unknown properties must not cost their square.
        if (!extensions.Names.Add(name))
        {
            Duplicate(name);
            return;
        }

        extensions.Add(new ExtensionProperty { Name = name, Json = CaptureValue() });
    }

    /// <summary>Copies the next value, whatever it is, into compact JSON: unknown properties survive a save.</summary>
    private string CaptureValue()
    {
        using var text = new StringWriter(Invariant);
        using var writer = new JsonTextWriter(text) { Formatting = Formatting.None };
        var depth = 0;
        do
        {
            Next();
            switch (Token)
            {
                case JsonToken.StartObject: writer.WriteStartObject(); depth++; break;
                case JsonToken.StartArray: writer.WriteStartArray(); depth++; break;
                case JsonToken.EndObject: writer.WriteEndObject(); depth--; break;
                case JsonToken.EndArray: writer.WriteEndArray(); depth--; break;
                case JsonToken.PropertyName: writer.WritePropertyName((string)reader.Value!); break;
                case JsonToken.String: writer.WriteValue((string)reader.Value!); break;
                case JsonToken.Boolean: writer.WriteValue((bool)reader.Value!); break;
                case JsonToken.Null: writer.WriteNull(); break;
                case JsonToken.Integer: writer.WriteRawValue(IntegerText(reader.Value!)); break;
                case JsonToken.Float: writer.WriteRawValue(((decimal)reader.Value!).ToString(Invariant)); break;
                default:
                    // A number too large for decimal is kept verbatim when it is valid JSON; NaN and the like are not JSON.
                    var raw = valueError is null ? null : RawNumber(valueError);
                    if (raw is not null && (jsonNumber ??= new Regex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)).IsMatch(raw))
                    {
                        writer.WriteRawValue(raw);
                    }
                    else
                    {
                        NotJsonValue();
                        writer.WriteNull();
                    }

                    break;
            }
        }
        while (depth > 0);

        writer.Flush();
        return text.ToString();
    }

    /// <summary>Skips the value whose first token is current (a scalar, or a whole object or array).</summary>
    private void SkipCurrent()
    {
        if (Token is not (JsonToken.StartObject or JsonToken.StartArray))
        {
            return;
        }

        var depth = 1;
        while (depth > 0)
        {
            Next();
            switch (Token)
            {
                case JsonToken.StartObject:
                case JsonToken.StartArray:
                    depth++;
                    break;
                case JsonToken.EndObject:
                case JsonToken.EndArray:
                    depth--;
                    break;
            }
        }
    }

    /// <summary>After the root value: only whitespace may follow (Newtonsoft itself rejects more content).</summary>
    private void NextEnd()
    {
        while (true)
        {
            bool more;
            try
            {
                more = reader.Read();
            }
            catch (Exception e) when (e is not FatalProblem)
            {
                throw Fatal(e);
            }

            if (!more)
            {
                return;
            }

            if (reader.TokenType == JsonToken.Comment)
            {
                Problem("$", "Comments are not part of JSON; remove this one (it would not survive a save).", line: reader.LineNumber, column: reader.LinePosition);
                continue;
            }

            throw new FatalProblem(new PlanProblem { Path = "$", Message = "More JSON follows the plan object; a plan file holds exactly one object.", Line = reader.LineNumber, Column = reader.LinePosition });
        }
    }

    private void Next()
    {
        if (pushedBack)
        {
            pushedBack = false;
            return;
        }

        while (true)
        {
            valueError = null;
            bool more;
            try
            {
                more = reader.Read();
            }
            catch (JsonReaderException e) when (IsValueError(e.Message))
            {
                valueError = e.Message;
                phantom = (e.LineNumber, e.LinePosition);
                return;
            }
            catch (Exception e) when (e is not FatalProblem)
            {
                throw Fatal(e);
            }

            if (!more)
            {
                throw new FatalProblem(new PlanProblem
                {
                    Path = CurrentPath,
                    Message = "The file ends before the JSON is complete: it looks truncated.",
                    Line = Math.Max(1, reader.LineNumber),
                    Column = Math.Max(1, reader.LinePosition),
                });
            }

            if (nonFinite is not null && reader.TokenType == JsonToken.Float && nonFinite.TryGetValue(Key(reader.LineNumber, reader.LinePosition), out var literal))
            {
                valueError = "Cannot read " + literal + " value.";
                return;
            }

            if (phantom is { } p)
            {
                phantom = null;
                if (reader.TokenType == JsonToken.Undefined && reader.LineNumber == p.Line && reader.LinePosition == p.Position)
                {
                    continue;
                }
            }

            switch (reader.TokenType)
            {
                case JsonToken.String or JsonToken.PropertyName when reader.QuoteChar == '\'':
                    // Newtonsoft accepts single quotes; JSON does not, and other tools would refuse the file.
                    Problem(CurrentPath, "JSON strings and names use double quotes; this one uses single quotes.", line: reader.LineNumber, column: reader.LinePosition);
                    return;
                case JsonToken.Comment:
                    Problem(CurrentPath, "Comments are not part of JSON; remove this one (it would not survive a save).", line: reader.LineNumber, column: reader.LinePosition);
                    continue;
                case JsonToken.StartConstructor:
                    throw new FatalProblem(new PlanProblem { Path = CurrentPath, Message = "A JavaScript constructor (new ...) is not JSON.", Line = reader.LineNumber, Column = reader.LinePosition });
                default:
                    return;
            }
        }
    }

    private FatalProblem Fatal(Exception e)
    {
        if (e is JsonReaderException json)
        {
            var message = json.Message;
            var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message.Substring(0, cut);
            }

            if (message.StartsWith("Additional text encountered", StringComparison.Ordinal))
            {
                message = "More JSON follows the plan object; a plan file holds exactly one object.";
            }
            else if (message.IndexOf("MaxDepth", StringComparison.Ordinal) >= 0)
            {
                message = string.Format(Invariant, "The JSON is nested more than {0} levels deep (PlanReadOptions.MaxDepth); a plan needs far fewer.", reader.MaxDepth);
            }
            else
            {
                message = "The file is not valid JSON: " + message;
            }

            return new FatalProblem(new PlanProblem
            {
                Path = JsonPath(json.Path ?? reader.Path),
                Message = message,
                Line = Math.Max(1, json.LineNumber),
                Column = Math.Max(1, json.LinePosition),
            });
        }

        return new FatalProblem(new PlanProblem
        {
            Path = CurrentPath,
            Message = "The file is not valid JSON: " + e.Message,
            Line = Math.Max(1, reader.LineNumber),
            Column = Math.Max(1, reader.LinePosition),
        });
    }

    // ---- values ----------------------------------------------------------------------------------

    private string? ReadString()
    {
        Next();
        switch (Token)
        {
            case JsonToken.String:
                return (string)reader.Value!;
            case JsonToken.Null:
                return null;
            default:
                WrongType("a string");
                return null;
        }
    }

    private bool ReadBool()
    {
        Next();
        if (Token == JsonToken.Boolean)
        {
            return (bool)reader.Value!;
        }

        WrongType("true or false");
        return false;
    }

    /// <summary>Reads an optional integer; <paramref name="ok"/> is false when a problem was reported.</summary>
    private int? ReadInt(out bool ok)
    {
        Next();
        ok = true;
        switch (Token)
        {
            case JsonToken.Null:
                return null;
            case JsonToken.Integer:
                if (reader.Value is long l && l >= int.MinValue && l <= int.MaxValue)
                {
                    return (int)l;
                }

                break;
            case JsonToken.Float:
                var d = (decimal)reader.Value!;
                if (decimal.Truncate(d) != d)
                {
                    Problem(CurrentPath, string.Format(Invariant, "Expected a whole number, found {0}.", d));
                    ok = false;
                    return null;
                }

                if (d >= int.MinValue && d <= int.MaxValue)
                {
                    return (int)d;
                }

                break;
            case JsonToken.Undefined when valueError is not null && RawNumber(valueError) is not null:
                break;
            default:
                WrongType("a whole number");
                ok = false;
                return null;
        }

        Problem(CurrentPath, string.Format(Invariant, "The number {0} is far out of range for this field.", NumberText()));
        ok = false;
        return null;
    }

    private decimal? ReadDecimal()
    {
        Next();
        switch (Token)
        {
            case JsonToken.Null:
                return null;
            case JsonToken.Float:
                return (decimal)reader.Value!;
            case JsonToken.Integer when reader.Value is long l:
                return l;
            case JsonToken.Integer:
            case JsonToken.Undefined when valueError is not null && RawNumber(valueError) is not null:
                Problem(CurrentPath, string.Format(Invariant, "The number {0} is out of range: this reader holds numbers up to about 7.9e28.", NumberText()));
                return null;
            default:
                WrongType("a number");
                return null;
        }
    }

    private double ReadStrength()
    {
        Next();
        switch (Token)
        {
            case JsonToken.Float:
                return ToNearestDouble((decimal)reader.Value!);
            case JsonToken.Integer when reader.Value is long l:
                // Out-of-range values are kept so that the validator reports them with the value.
                return l;
            case JsonToken.Integer:
            case JsonToken.Undefined when valueError is not null && RawNumber(valueError) is not null:
                Problem(CurrentPath, string.Format(Invariant, "The strength {0} is out of range: use a number from 0 (none) to 1 (trusted).", NumberText()));
                return Relationship.DefaultStrength;
            default:
                WrongType("a number from 0 to 1");
                return Relationship.DefaultStrength;
        }
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
        if (Token == JsonToken.Null)
        {
            return null;
        }

        if (Token != JsonToken.String)
        {
            WrongType("a date (yyyy-MM-dd)");
            return null;
        }

        var text = (string)reader.Value!;
        if (TryParseDate(text, out var date))
        {
            return date;
        }

        Problem(CurrentPath, string.Format(Invariant, "\"{0}\" is not a calendar date; write it as yyyy-MM-dd, such as 2026-11-22.", text));
        return null;
    }

    internal static bool TryParseDate(string text, out DateTime date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (var i = 0; i < 10; i++)
        {
            if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9'))
            {
                return false;
            }
        }

        var year = ((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0');
        var month = ((text[5] - '0') * 10) + (text[6] - '0');
        var day = ((text[8] - '0') * 10) + (text[9] - '0');
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    private int? ReadName(Dictionary<string, int> names, string allowed)
    {
        Next();
        if (Token == JsonToken.String)
        {
            var text = (string)reader.Value!;
            if (names.TryGetValue(text, out var value))
            {
                return value;
            }

            Problem(CurrentPath, string.Format(Invariant, "\"{0}\" is not one of {1}.", text, allowed));
            return null;
        }

        WrongType("one of " + allowed);
        return null;
    }

    private int ReadFlags(Dictionary<string, int> names, string what, string allowed)
    {
        Next();
        if (Token == JsonToken.Null)
        {
            return default;
        }

        if (Token != JsonToken.StartArray)
        {
            WrongType("an array of " + allowed);
            return default;
        }

        var flags = 0;
        while (!PeekEndArray())
        {
            Next();
            if (Token != JsonToken.String)
            {
                WrongType("one of " + allowed);
                continue;
            }

            var text = (string)reader.Value!;
            if (!names.TryGetValue(text, out var value))
            {
                Problem(CurrentPath, string.Format(Invariant, "\"{0}\" is not a valid {1}: use {2}.", text, what, allowed));
                continue;
            }

            if ((flags & value) != 0)
            {
                Problem(CurrentPath, string.Format(Invariant, "The {0} \"{1}\" is listed twice.", what, text));
                continue;
            }

            flags |= value;
        }

        return flags;
    }

    private IReadOnlyList<string> ReadStrings()
    {
        Next();
        if (Token == JsonToken.Null)
        {
            return Array.Empty<string>();
        }

        if (Token != JsonToken.StartArray)
        {
            WrongType("an array of strings");
            return Array.Empty<string>();
        }

        var items = new List<string>();
        while (!PeekEndArray())
        {
            Next();
            if (Token == JsonToken.String)
            {
                items.Add((string)reader.Value!);
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
        if (Token == JsonToken.Undefined)
        {
            NotJsonValue();
        }
        else
        {
            Problem(CurrentPath, "Expected " + expected + ", found " + Describe() + ".");
        }

        SkipCurrent();
    }

    private void NotJsonValue()
    {
        var what = valueError switch
        {
            null => "undefined",
            _ when valueError.IndexOf("NaN", StringComparison.Ordinal) >= 0 => "NaN",
            _ when valueError.IndexOf("Infinity", StringComparison.Ordinal) >= 0 => "Infinity",
            _ => RawNumber(valueError) ?? "this value",
        };
        Problem(CurrentPath, string.Format(Invariant, "{0} is not a valid JSON value here; write a finite number or a string.", what));
    }

    private string Describe()
    {
        switch (Token)
        {
            case JsonToken.StartObject: return "an object";
            case JsonToken.StartArray: return "an array";
            case JsonToken.String: return "the string \"" + Shorten((string)reader.Value!) + "\"";
            case JsonToken.Integer:
            case JsonToken.Float: return "the number " + NumberText();
            case JsonToken.Boolean: return (bool)reader.Value! ? "true" : "false";
            case JsonToken.Null: return "null";
            default: return valueError is null ? "undefined" : (RawNumber(valueError) ?? "a value that is not JSON");
        }
    }

    private string NumberText() => Token switch
    {
        JsonToken.Integer => IntegerText(reader.Value!),
        JsonToken.Float => ((decimal)reader.Value!).ToString(Invariant),
        _ => valueError is null ? "?" : (RawNumber(valueError) ?? "?"),
    };

    private static string IntegerText(object value) => value switch
    {
        long l => l.ToString(Invariant),
        BigInteger b => b.ToString(Invariant),
        _ => Convert.ToString(value, Invariant) ?? "0",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";

    // Problems without a line are located afterwards by ProblemLocator, from their path (or the nearest ancestor in the file).
    private void Problem(string path, string message, int? line = null, int? column = null) =>
        problems.Add(new PlanProblem { Path = path, Message = message, Line = line, Column = column });

    internal static string JsonPath(string? newtonsoftPath) =>
        string.IsNullOrEmpty(newtonsoftPath) ? "$" : newtonsoftPath![0] == '[' ? "$" + newtonsoftPath : "$." + newtonsoftPath;

    private static bool IsValueError(string message) =>
        message.StartsWith("Cannot read NaN value", StringComparison.Ordinal) ||
        message.StartsWith("Cannot read Infinity value", StringComparison.Ordinal) ||
        message.StartsWith("Cannot read -Infinity value", StringComparison.Ordinal) ||
        (message.StartsWith("Input string '", StringComparison.Ordinal) && message.IndexOf("' is not a valid", StringComparison.Ordinal) > 0);

    private static string? RawNumber(string message)
    {
        if (!message.StartsWith("Input string '", StringComparison.Ordinal))
        {
            return null;
        }

        var end = message.IndexOf("' is not a valid", StringComparison.Ordinal);
        return end > 14 ? message.Substring(14, end - 14) : null;
    }

    /// <summary>
    /// Replaces the NaN, Infinity and -Infinity literals outside strings by numbers of the same length (0e0...), and
    /// notes where each ends. Newtonsoft cannot go on reading after those literals in decimal mode; masked, the reader
    /// reports each one where it is and keeps reading. Costs one IndexOf on files without them.
    /// </summary>
    internal static string MaskNonFinite(string text, out Dictionary<long, string>? found)
    {
        found = null;
        if (text.IndexOf("NaN", StringComparison.Ordinal) < 0 && text.IndexOf("Infinity", StringComparison.Ordinal) < 0)
        {
            return text;
        }

        char[]? chars = null;
        var inString = false;
        int line = 1, lineStart = 0;
        var previous = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
                continue;
            }

            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
                previous = c;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (previous is '\0' or ':' or '[' or ',')
            {
                var literal = LiteralAt(text, i);
                if (literal is not null)
                {
                    chars ??= text.ToCharArray();
                    var mask = literal[0] == '-' ? "-0e" : "0e";
                    mask = mask.PadRight(literal.Length, '0');
                    mask.CopyTo(0, chars, i, mask.Length);
                    (found ??= new Dictionary<long, string>())[Key(line, i + literal.Length - lineStart)] = literal;
                    i += literal.Length - 1;
                    previous = '0';
                    continue;
                }
            }

            previous = c;
        }

        return chars is null ? text : new string(chars);
    }

    private static string? LiteralAt(string text, int i)
    {
        foreach (var literal in new[] { "NaN", "Infinity", "-Infinity" })
        {
            if (string.CompareOrdinal(text, i, literal, 0, literal.Length) == 0 &&
                (i + literal.Length == text.Length || !char.IsLetterOrDigit(text[i + literal.Length])))
            {
                return literal;
            }
        }

        return null;
    }

    private static DefaultJsonNameTable NameTable(params string[] names)
    {
        var table = new DefaultJsonNameTable();
        foreach (var name in names)
        {
            table.Add(name);
        }

        return table;
    }

    private static long Key(int line, int position) => ((long)line << 32) | (uint)position;

    private static IReadOnlyList<ExtensionProperty> Frozen(UnknownProperties? extensions) =>
        extensions is null ? Array.Empty<ExtensionProperty>() : extensions.ToArray();

    private static Dictionary<string, int> Names<T>(params T[] values)
        where T : struct, Enum
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            map.Add(value.ToString(), Convert.ToInt32(value, Invariant));
        }

        return map;
    }

    /// <summary>The unknown properties of one object, in document order, with their names for duplicate checks.</summary>
    private sealed class UnknownProperties : List<ExtensionProperty>
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }

    private sealed class FatalProblem : Exception
    {
        public FatalProblem(PlanProblem problem)
            : base(problem.Message)
        {
            Problem = problem;
        }

        public PlanProblem Problem { get; }
    }
}
