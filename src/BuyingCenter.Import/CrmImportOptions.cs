using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BuyingCenter.Import;

/// <summary>
/// How <see cref="CrmImport.Read(System.IO.TextReader, string, CrmImportOptions?)"/> reads a CRM export: the column names, the role mapping, and what to do with
/// rows it cannot use. The defaults read <c>samples/crm-contact-roles.csv</c> (Salesforce headers, ISO dates).
/// Load the same settings from a JSON mapping file with <see cref="FromJson"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CrmImportOptions
{
    /// <summary>The date formats tried, in order, when <see cref="DateFormats"/> is not set.</summary>
    public static IReadOnlyList<string> DefaultDateFormats { get; } = new[]
    {
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
    };

    private static readonly string[] JsonProperties =
    {
        "columns", "roles", "replaceDefaultRoles", "unknownRolesAreErrors", "skipInvalidRows", "delimiter",
        "culture", "dateFormats", "roleSeparator", "listSeparator", "useContactIdsAsPersonIds", "accountId",
    };

    private static readonly string[] JsonColumns =
    {
        "accountName", "opportunityName", "amount", "closeDate", "contactId", "firstName", "lastName", "title",
        "reportsToId", "reportsToName", "contactRole", "isPrimary", "optional",
    };

    /// <summary>The header names of the export's columns.</summary>
    /// <value>The headers of <c>samples/crm-contact-roles.csv</c> by default (see <see cref="CrmColumnMapping"/>).</value>
    public CrmColumnMapping Columns { get; init; } = new();

    /// <summary>How CRM role names become buying roles.</summary>
    /// <value><see cref="CrmRoleMapping.Default"/> by default.</value>
    public CrmRoleMapping Roles { get; init; } = CrmRoleMapping.Default;

    /// <summary>
    /// Whether a role name the mapping does not know fails the import. When <see langword="false"/>, the person is
    /// imported as an influence with no role yet (a role still to be found out, as the methodology treats
    /// "Influencer"), the row gets a warning, and the name is listed in <see cref="CrmImportResult.UnknownRoles"/>.
    /// Never is a role silently dropped.
    /// </summary>
    /// <value><see langword="false"/> by default.</value>
    public bool UnknownRolesAreErrors { get; init; }

    /// <summary>
    /// Whether a row that cannot be used (no contact id, no opportunity, no name, an amount or a date that does not
    /// parse) is left out with a warning, so that the rest still makes a plan. When <see langword="false"/>, such a row is an error
    /// and no plan is made: a plan is never half-imported without the caller asking for it.
    /// </summary>
    /// <value><see langword="false"/> by default.</value>
    public bool SkipInvalidRows { get; init; }

    /// <summary>The field separator, or <see langword="null"/> to detect it from the first lines (comma, semicolon, tab or bar).</summary>
    /// <value><see langword="null"/> (detected) by default.</value>
    public char? Delimiter { get; init; }

    /// <summary>The culture of amounts and dates in the export (decimal separator, day and month names).</summary>
    /// <value><see cref="CultureInfo.InvariantCulture"/> by default.</value>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>The formats of the close date, tried in order (custom .NET date format strings).</summary>
    /// <value><see cref="DefaultDateFormats"/> by default: ISO 8601 dates and date-times.</value>
    public IReadOnlyList<string> DateFormats { get; init; } = DefaultDateFormats;

    /// <summary>The separator of a role cell that holds several roles ("Business User;Champion"), or <see langword="null"/> for one role per cell.</summary>
    /// <value><c>;</c> by default.</value>
    public char? RoleSeparator { get; init; } = ';';

    /// <summary>
    /// The separator of cells that hold several contacts or several opportunities, or <see langword="null"/> when every
    /// cell holds one. With it, a row is read as one row per contact per opportunity: a HubSpot deal export's
    /// <c>Jane Doe (jane@contoso.com);Li Wei (li@contoso.com)</c> gives two contacts of that deal, a contact export's
    /// <c>Fleet renewal;Telematics pilot</c> gives that contact in two deals. Contact-id, first-name and last-name cells
    /// that are lists must hold as many items as each other; the other cells of the row (title, role) apply to each item.
    /// Without it, a cell that holds a list is one value: one person named after four people, which is never wanted, so
    /// set it for every export whose cells hold lists.
    /// </summary>
    /// <value><see langword="null"/> by default.</value>
    public char? ListSeparator { get; init; }

    /// <summary>
    /// Whether person ids are the CRM contact ids. When <see langword="false"/>, ids are made from names
    /// (<c>maria-torres</c>), which read well in reviews; the contact id is kept in the person's <c>x-crm</c> extension either way.
    /// </summary>
    /// <value><see langword="false"/> by default.</value>
    public bool UseContactIdsAsPersonIds { get; init; }

    /// <summary>The id of the account in the plan, or <see langword="null"/> to make it from the account name (<c>fabrikam-health</c>).</summary>
    /// <value><see langword="null"/> by default.</value>
    public string? AccountId { get; init; }

    /// <summary>Our sellers, added to the plan as they are (a CRM export of contact roles holds none).</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<Seller> Sellers { get; init; } = Array.Empty<Seller>();

    /// <summary>
    /// Reads options from a JSON mapping file for a CRM whose export differs from the default, for example:
    /// <code>
    /// {
    ///   "columns": { "contactRole": "Role", "contactId": "Contact ID", "accountName": null },
    ///   "roles": { "Sponsor": "Coach", "Signer": "Economic", "Watcher": null, "Power User": ["User", "Coach"] },
    ///   "culture": "en-US", "dateFormats": ["M/d/yyyy"]
    /// }
    /// </code>
    /// <c>roles</c> extends the default mapping (a name given here replaces the default meaning) unless
    /// <c>"replaceDefaultRoles": true</c>. A role value is a role name, an array of them, or <see langword="null"/> (no role).
    /// <c>columns.optional</c> lists headers the export may lack. Other properties: <c>unknownRolesAreErrors</c>,
    /// <c>skipInvalidRows</c>, <c>delimiter</c>, <c>roleSeparator</c>, <c>listSeparator</c>,
    /// <c>useContactIdsAsPersonIds</c>, <c>accountId</c>. Property names are matched exactly (camelCase) so that a typo is an error, not a silent default.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The options: the defaults, changed by what the file says.</returns>
    /// <exception cref="FormatException">The text is not JSON, or breaks a rule; the message lists every problem with its line and position.</exception>
    public static CrmImportOptions FromJson(string json)
    {
        Guard.Against.Null(json);
        JObject root;
        try
        {
            var token = JToken.Parse(json, new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
            });
            root = token as JObject ?? throw Problems(new[] { At(token, "The mapping must be a JSON object: { \"columns\": {...}, \"roles\": {...} }.") });
        }
        catch (JsonReaderException ex)
        {
            throw new FormatException(string.Format(CultureInfo.InvariantCulture, "The CRM mapping is not valid JSON: line {0}, position {1}: {2}", ex.LineNumber, ex.LinePosition, FirstSentence(ex.Message)), ex);
        }

        var problems = new List<string>();
        var options = new CrmImportOptions();
        var replaceRoles = false;
        JObject? roles = null;

        foreach (var property in root.Properties())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "columns":
                    options = options with { Columns = ReadColumns(value, problems) };
                    break;
                case "roles":
                    roles = value as JObject;
                    if (roles is null)
                    {
                        problems.Add(At(value, "'roles' must be an object of CRM role names, such as { \"Sponsor\": \"Coach\" }."));
                    }

                    break;
                case "replaceDefaultRoles":
                    replaceRoles = ReadBool(value, property.Name, problems);
                    break;
                case "unknownRolesAreErrors":
                    options = options with { UnknownRolesAreErrors = ReadBool(value, property.Name, problems) };
                    break;
                case "skipInvalidRows":
                    options = options with { SkipInvalidRows = ReadBool(value, property.Name, problems) };
                    break;
                case "useContactIdsAsPersonIds":
                    options = options with { UseContactIdsAsPersonIds = ReadBool(value, property.Name, problems) };
                    break;
                case "delimiter":
                    options = options with { Delimiter = ReadChar(value, property.Name, problems) };
                    break;
                case "roleSeparator":
                    options = options with { RoleSeparator = ReadChar(value, property.Name, problems) };
                    break;
                case "listSeparator":
                    options = options with { ListSeparator = ReadChar(value, property.Name, problems) };
                    break;
                case "accountId":
                    options = options with { AccountId = ReadText(value, property.Name, problems) };
                    break;
                case "culture":
                    options = options with { Culture = ReadCulture(value, problems) ?? options.Culture };
                    break;
                case "dateFormats":
                    options = options with { DateFormats = ReadDateFormats(value, problems) ?? options.DateFormats };
                    break;
                default:
                    problems.Add(At(property, string.Format(CultureInfo.InvariantCulture, "'{0}' is not a mapping setting; use one of: {1}.", property.Name, string.Join(", ", JsonProperties))));
                    break;
            }
        }

        if (roles is not null)
        {
            options = options with { Roles = ReadRoles(roles, replaceRoles ? CrmRoleMapping.Empty : CrmRoleMapping.Default, problems) };
        }
        else if (replaceRoles)
        {
            options = options with { Roles = CrmRoleMapping.Empty };
        }

        return problems.Count == 0 ? options : throw Problems(problems);
    }

    private static CrmColumnMapping ReadColumns(JToken value, List<string> problems)
    {
        var columns = new CrmColumnMapping();
        if (value is not JObject columnsObject)
        {
            problems.Add(At(value, "'columns' must be an object of column names, such as { \"contactRole\": \"Role\" }."));
            return columns;
        }

        foreach (var column in columnsObject.Properties())
        {
            if (column.Name == "optional")
            {
                var optional = column.Value is JArray array && array.All(h => h.Type == JTokenType.String && !string.IsNullOrWhiteSpace((string?)h))
                    ? array.Select(h => ((string)h!).Trim()).ToArray()
                    : null;
                if (optional is null)
                {
                    problems.Add(At(column.Value, "'optional' must be an array of header names that the export may lack, such as [\"Title\", \"Amount\"]."));
                    continue;
                }

                columns = columns with { Optional = optional };
                continue;
            }

            if (column.Value.Type is not (JTokenType.String or JTokenType.Null))
            {
                problems.Add(At(column.Value, string.Format(CultureInfo.InvariantCulture, "The column '{0}' must be a header name (a string), or null when the export has no such column.", column.Name)));
                continue;
            }

            var header = column.Value.Type == JTokenType.Null ? null : (string?)column.Value;
            switch (column.Name)
            {
                case "accountName": columns = columns with { AccountName = header }; break;
                case "opportunityName": columns = columns with { OpportunityName = header }; break;
                case "amount": columns = columns with { Amount = header }; break;
                case "closeDate": columns = columns with { CloseDate = header }; break;
                case "contactId": columns = columns with { ContactId = header }; break;
                case "firstName": columns = columns with { FirstName = header }; break;
                case "lastName": columns = columns with { LastName = header }; break;
                case "title": columns = columns with { Title = header }; break;
                case "reportsToId": columns = columns with { ReportsToId = header }; break;
                case "reportsToName": columns = columns with { ReportsToName = header }; break;
                case "contactRole": columns = columns with { ContactRole = header }; break;
                case "isPrimary": columns = columns with { IsPrimary = header }; break;
                default:
                    problems.Add(At(column, string.Format(CultureInfo.InvariantCulture, "'{0}' is not a column of the import; use one of: {1}.", column.Name, string.Join(", ", JsonColumns))));
                    break;
            }
        }

        return columns;
    }

    private static CrmRoleMapping ReadRoles(JObject roles, CrmRoleMapping mapping, List<string> problems)
    {
        foreach (var role in roles.Properties())
        {
            if (string.IsNullOrWhiteSpace(role.Name))
            {
                problems.Add(At(role, "A CRM role name must not be blank; a blank role always means no role."));
                continue;
            }

            if (ReadBuyingRoles(role.Name, role.Value, problems) is { } buyingRoles)
            {
                mapping = mapping.With(role.Name, buyingRoles);
            }
        }

        return mapping;
    }

    private static BuyingRoles? ReadBuyingRoles(string crmName, JToken value, List<string> problems)
    {
        IEnumerable<JToken> names = value.Type switch
        {
            JTokenType.Null => Array.Empty<JToken>(),
            JTokenType.Array => value.Children(),
            _ => new[] { value },
        };

        var result = BuyingRoles.None;
        foreach (var name in names)
        {
            var text = name.Type == JTokenType.String ? ((string?)name)?.Trim() : null;
            if (text is null)
            {
                problems.Add(At(name!, string.Format(CultureInfo.InvariantCulture, "The role '{0}' must map to a buying role name, an array of them, or null.", crmName)));
                return null;
            }

            foreach (var part in text.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                if (string.Equals(part, "None", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (!Enum.TryParse<BuyingRoles>(part, ignoreCase: true, out var parsed) || parsed == BuyingRoles.None || !Enum.IsDefined(typeof(BuyingRoles), parsed) || part.Any(char.IsDigit))
                {
                    problems.Add(At(name!, string.Format(CultureInfo.InvariantCulture, "'{0}' (for the CRM role '{1}') is not a buying role; use Economic, Technical, User, Coach, or null for no role.", part, crmName)));
                    return null;
                }

                result |= parsed;
            }
        }

        return result;
    }

    private static bool ReadBool(JToken value, string name, List<string> problems)
    {
        if (value.Type == JTokenType.Boolean)
        {
            return (bool)value;
        }

        problems.Add(At(value, string.Format(CultureInfo.InvariantCulture, "'{0}' must be true or false.", name)));
        return false;
    }

    private static char? ReadChar(JToken value, string name, List<string> problems)
    {
        if (value.Type == JTokenType.Null)
        {
            return null;
        }

        var text = value.Type == JTokenType.String ? (string?)value : null;
        if (text is { Length: 1 })
        {
            return text[0];
        }

        problems.Add(At(value, string.Format(CultureInfo.InvariantCulture, "'{0}' must be a single character, such as \";\", or null.", name)));
        return null;
    }

    private static string? ReadText(JToken value, string name, List<string> problems)
    {
        if (value.Type == JTokenType.Null)
        {
            return null;
        }

        if (value.Type == JTokenType.String && !string.IsNullOrWhiteSpace((string?)value))
        {
            return ((string)value!).Trim();
        }

        problems.Add(At(value, string.Format(CultureInfo.InvariantCulture, "'{0}' must be a non-blank string, or null.", name)));
        return null;
    }

    private static CultureInfo? ReadCulture(JToken value, List<string> problems)
    {
        var name = value.Type == JTokenType.String ? (string?)value : null;
        if (name is not null)
        {
            try
            {
                return CultureInfo.GetCultureInfo(name.Trim());
            }
            catch (CultureNotFoundException)
            {
                // Reported below with the same words as a value of the wrong type.
            }
        }

        problems.Add(At(value, "'culture' must name a culture, such as \"en-US\" or \"de-DE\" (\"\" for the invariant culture)."));
        return null;
    }

    private static IReadOnlyList<string>? ReadDateFormats(JToken value, List<string> problems)
    {
        var formats = value is JArray array && array.Count > 0 && array.All(f => f.Type == JTokenType.String && !string.IsNullOrWhiteSpace((string?)f))
            ? array.Select(f => (string)f!).ToArray()
            : null;
        if (formats is null)
        {
            problems.Add(At(value, "'dateFormats' must be a non-empty array of .NET date formats, such as [\"M/d/yyyy\", \"yyyy-MM-dd\"]."));
        }

        return formats;
    }

    private static string At(JToken token, string message)
    {
        var info = (IJsonLineInfo)token;
        return info.HasLineInfo()
            ? string.Format(CultureInfo.InvariantCulture, "line {0}, position {1}: {2}", info.LineNumber, info.LinePosition, message)
            : message;
    }

    private static FormatException Problems(IReadOnlyList<string> problems) => new(problems.Count == 1
        ? "The CRM mapping is invalid: " + problems[0]
        : string.Format(CultureInfo.InvariantCulture, "The CRM mapping has {0} problems:{1}", problems.Count, string.Concat(problems.Select(p => Environment.NewLine + "  " + p))));

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path '", StringComparison.Ordinal);
        return end > 0 ? message.Substring(0, end) : message;
    }
}
