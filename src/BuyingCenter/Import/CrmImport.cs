using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Ardalis.GuardClauses;
using CsvHelper;
using Newtonsoft.Json.Linq;

namespace BuyingCenter.Import;

/// <summary>
/// Builds an account plan from a CRM export of opportunity contact roles: one row per contact per opportunity
/// (account, opportunity, amount, close date, contact id, name, title, manager's id, role).
/// <code>
/// using var csv = new StreamReader("contact-roles.csv");
/// var result = CrmImport.Read(csv, "Fabrikam Health");
/// foreach (var problem in result.Problems) Console.WriteLine(problem);
/// if (result.Plan is { } plan) PlanFile.Save(plan, "fabrikam.json");
/// </code>
/// </summary>
/// <remarks>
/// <para>What becomes what: one opportunity per distinct opportunity name (its id made from the name, its
/// Single Sales Objective the name itself, amount and close date from the first row that gives them); one person per
/// distinct contact id (name and title); a manager's id becomes a ReportsTo relationship; each row becomes the
/// contact's buying influence in that opportunity, with the roles the mapping gives (a contact listed twice in one
/// opportunity holds the roles of both rows). The CRM's own values are kept in <c>x-crm</c> extensions, so a CRM
/// adapter can write results back to the right records.</para>
/// <para>What is reported: a role the mapping does not know (a warning, the influence imported with no role, unless
/// <see cref="CrmImportOptions.UnknownRolesAreErrors"/>); a manager's id that names no contact of the account in the
/// file, and a reporting line that would make a cycle (warnings: the line is left out); a row without contact id,
/// opportunity name or contact name, or with an amount or date that does not parse (errors naming the line, unless
/// <see cref="CrmImportOptions.SkipInvalidRows"/>). Rows of other accounts are skipped and counted in
/// <see cref="CrmImportResult.RowsOfOtherAccounts"/>; a file with no row of the account is an error that lists the accounts it has.</para>
/// <para>The method reads only from the given reader: no file system, no clock, no network (safe in a sandboxed CRM plug-in).
/// It is thread-safe for distinct readers.</para>
/// </remarks>
public static class CrmImport
{
    private const string Extension = "x-crm";

    /// <summary>Reads a CRM contact-role export and builds the plan of one account.</summary>
    /// <param name="csv">The CSV text, with a header line; the reader is not closed.</param>
    /// <param name="accountName">The account to import, matched without regard to case against the account column.</param>
    /// <param name="options">How to read the export, or <see langword="null"/> for the defaults.</param>
    /// <returns>The plan, or the problems that prevent one, with every warning and unknown role name.</returns>
    public static CrmImportResult Read(TextReader csv, string accountName, CrmImportOptions? options = null)
    {
        Guard.Against.Null(csv);
        accountName = Guard.Against.NullOrWhiteSpace(accountName).Trim();
        options ??= new CrmImportOptions();
        var import = new Importer(accountName, options);
        return import.Run(csv);
    }

    private sealed class Importer
    {
        private readonly string accountName;
        private readonly CrmImportOptions options;
        private readonly List<CrmImportProblem> problems = new();
        private readonly List<string> unknownRoles = new();
        private readonly HashSet<string> unknownRoleKeys = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> otherAccounts = new();
        private readonly List<Row> rows = new();
        private int rowsOfOtherAccounts;
        private string? accountSpelling;

        public Importer(string accountName, CrmImportOptions options)
        {
            this.accountName = accountName;
            this.options = options;
        }

        public CrmImportResult Run(TextReader csv)
        {
            var readerOptions = CsvReaderOptions.Default with
            {
                HasHeader = true,
                TrackLineNumbers = true,
                TrimWhitespace = true,
                SkipEmptyLines = true,
                FormatProvider = options.Culture,
                OnMalformedRecord = r => problems.Add(new CrmImportProblem
                {
                    Line = (int)r.LineNumber,
                    Message = "The row's quoting is broken (" + r.Reason + "); check the quotes around the fields of this line.",
                }),
            };
            if (options.Delimiter is { } delimiter)
            {
                readerOptions = readerOptions with { Separator = delimiter };
            }

            using (var reader = CsvReader.Create(csv, readerOptions, true))
            {
                var headers = reader.Headers.ToArray();
                if (headers.Length == 0)
                {
                    return Fail(new CrmImportProblem { Line = 1, Message = "The file is empty; expected a header line such as: " + ExpectedHeaders() + "." });
                }

                var columns = new Columns(headers, options.Columns, problems);
                if (problems.Any(p => p.IsError))
                {
                    return Fail();
                }

                while (reader.Read())
                {
                    ReadRow(reader, columns);
                }
            }

            if (rows.Count == 0 && !problems.Any(p => p.IsError))
            {
                var message = otherAccounts.Count == 0
                    ? "The file has no data rows."
                    : string.Format(CultureInfo.InvariantCulture, "No row belongs to the account '{0}'; the file has: {1}.", accountName, string.Join(", ", otherAccounts.Take(10).Select(a => "'" + a + "'")));
                problems.Add(new CrmImportProblem { Column = options.Columns.AccountName, Message = message });
            }

            return problems.Any(p => p.IsError) ? Fail() : Build();
        }

        private void ReadRow(CsvReader reader, Columns columns)
        {
            var line = (int)reader.LineNumber;
            string? Field(int index) => index < 0 || index >= reader.FieldCount ? null : Blank(reader.GetString(index));

            var account = Field(columns.AccountName);
            if (columns.AccountName >= 0 && !string.Equals(account ?? string.Empty, accountName, StringComparison.OrdinalIgnoreCase))
            {
                rowsOfOtherAccounts++;
                if (account is not null && !otherAccounts.Contains(account, StringComparer.OrdinalIgnoreCase))
                {
                    otherAccounts.Add(account);
                }

                return;
            }

            accountSpelling ??= account;
            var rowProblems = new List<CrmImportProblem>();
            void Bad(int column, string message) => rowProblems.Add(new CrmImportProblem { Line = line, Column = columns.Name(column), Message = message });

            var contactId = Field(columns.ContactId);
            if (contactId is null)
            {
                Bad(columns.ContactId, "The contact id is missing; every row needs the CRM id of its contact.");
            }

            var opportunityName = Field(columns.OpportunityName);
            if (opportunityName is null)
            {
                Bad(columns.OpportunityName, "The opportunity name is missing.");
            }

            var name = string.Join(" ", new[] { Field(columns.FirstName), Field(columns.LastName) }.Where(n => n is not null));
            if (name.Length == 0)
            {
                Bad(columns.LastName >= 0 ? columns.LastName : columns.FirstName, "The contact's name is missing.");
            }

            decimal? amount = null;
            if (Field(columns.Amount) is { } amountText)
            {
                if (decimal.TryParse(amountText, NumberStyles.Number | NumberStyles.AllowCurrencySymbol, options.Culture, out var parsed) && parsed >= 0)
                {
                    amount = parsed;
                }
                else
                {
                    Bad(columns.Amount, string.Format(CultureInfo.InvariantCulture, "'{0}' is not an amount; use a number of 0 or more ({1}).", amountText, CultureName()));
                }
            }

            DateTime? closeDate = null;
            if (Field(columns.CloseDate) is { } dateText)
            {
                if (DateTime.TryParseExact(dateText, options.DateFormats.ToArray(), options.Culture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
                {
                    closeDate = parsed.Date;
                }
                else
                {
                    Bad(columns.CloseDate, string.Format(CultureInfo.InvariantCulture, "'{0}' is not a date in the format {1}.", dateText, string.Join(" or ", options.DateFormats)));
                }
            }

            var isPrimary = false;
            if (Field(columns.IsPrimary) is { } primaryText && !TryParseBool(primaryText, out isPrimary))
            {
                problems.Add(new CrmImportProblem { Line = line, Column = columns.Name(columns.IsPrimary), IsError = false, Message = string.Format(CultureInfo.InvariantCulture, "'{0}' is not true or false; the contact is not marked primary.", primaryText) });
            }

            if (rowProblems.Count > 0)
            {
                if (options.SkipInvalidRows)
                {
                    problems.AddRange(rowProblems.Select(p => p with { IsError = false, Message = p.Message + " The row is skipped." }));
                }
                else
                {
                    problems.AddRange(rowProblems);
                }

                return;
            }

            var crmRoles = SplitRoles(Field(columns.ContactRole));
            var roles = BuyingRoles.None;
            foreach (var crmRole in crmRoles)
            {
                if (options.Roles.TryMap(crmRole, out var mapped))
                {
                    roles |= mapped;
                    continue;
                }

                if (unknownRoleKeys.Add(CrmRoleMapping.Key(crmRole)))
                {
                    unknownRoles.Add(CrmRoleMapping.Key(crmRole));
                }

                problems.Add(new CrmImportProblem
                {
                    Line = line,
                    Column = columns.Name(columns.ContactRole),
                    IsError = options.UnknownRolesAreErrors,
                    Message = options.UnknownRolesAreErrors
                        ? string.Format(CultureInfo.InvariantCulture, "The role '{0}' is not in the role mapping; add it to the mapping's roles.", crmRole)
                        : string.Format(CultureInfo.InvariantCulture, "The role '{0}' is not in the role mapping; {1} is imported with no role for this opportunity (add the role to the mapping to keep it).", crmRole, name),
                });
            }

            rows.Add(new Row
            {
                Line = line,
                ContactId = contactId!,
                Name = name,
                Title = Field(columns.Title),
                ReportsToId = Field(columns.ReportsToId),
                OpportunityName = opportunityName!,
                Amount = amount,
                CloseDate = closeDate,
                Roles = roles,
                CrmRoles = crmRoles,
                IsPrimary = columns.IsPrimary >= 0 ? isPrimary : null,
            });
        }

        private CrmImportResult Build()
        {
            var builder = new AccountPlanBuilder().WithAccount(new Account
            {
                Id = options.AccountId ?? Slug(accountSpelling ?? accountName, "account"),
                Name = accountSpelling ?? accountName,
            });
            foreach (var seller in options.Sellers)
            {
                builder.AddSeller(seller);
            }

            var usedIds = new HashSet<string>(options.Sellers.Select(s => s.Id), StringComparer.Ordinal);
            var people = AddPeople(builder, usedIds);
            AddReportingLines(builder, people);
            AddOpportunities(builder, people, usedIds);

            if (!builder.TryBuild(out var plan, out var planProblems))
            {
                problems.AddRange(planProblems.Select(p => new CrmImportProblem { Column = p.Path, Message = p.Message }));
                return Fail();
            }

            return new CrmImportResult(plan, CrmImportResult.Order(problems), unknownRoles.ToArray(), rows.Count, rowsOfOtherAccounts);
        }

        private Dictionary<string, Contact> AddPeople(AccountPlanBuilder builder, HashSet<string> usedIds)
        {
            // CRM ids are compared exactly: Salesforce's 15-character ids differ by case alone.
            var contacts = new Dictionary<string, Contact>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                if (contacts.TryGetValue(row.ContactId, out var known))
                {
                    if (!string.Equals(known.First.Name, row.Name, StringComparison.Ordinal) || !string.Equals(known.First.Title, row.Title, StringComparison.Ordinal))
                    {
                        Warn(row.Line, null, string.Format(CultureInfo.InvariantCulture, "The contact {0} is named '{1}' ({2}) on line {3}; that first spelling is kept.", row.ContactId, known.First.Name, known.First.Title ?? "no title", known.First.Line));
                    }

                    continue;
                }

                var id = options.UseContactIdsAsPersonIds ? row.ContactId : Unique(Slug(row.Name, "person"), usedIds);
                usedIds.Add(id);
                contacts.Add(row.ContactId, new Contact { PersonId = id, First = row });
                builder.AddPerson(new Person
                {
                    Id = id,
                    Name = row.Name,
                    Title = row.Title,
                    Extensions = new[] { Crm(new JObject { ["contactId"] = row.ContactId }) },
                });
            }

            return contacts;
        }

        private void AddReportingLines(AccountPlanBuilder builder, Dictionary<string, Contact> contacts)
        {
            var managerOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var contact in contacts.Values)
            {
                var row = rows.FirstOrDefault(r => r.ContactId == contact.First.ContactId && r.ReportsToId is not null) ?? contact.First;
                var managerId = row.ReportsToId;
                if (managerId is null)
                {
                    continue;
                }

                var column = options.Columns.ReportsToId;
                if (!contacts.TryGetValue(managerId, out var manager))
                {
                    Warn(row.Line, column, string.Format(CultureInfo.InvariantCulture, "{0} reports to the contact {1}, who is not in this export for the account; the reporting line is left out (add that contact to the export to keep it).", row.Name, managerId));
                    continue;
                }

                if (manager.PersonId == contact.PersonId)
                {
                    Warn(row.Line, column, string.Format(CultureInfo.InvariantCulture, "{0} is given as their own manager; the reporting line is left out.", row.Name));
                    continue;
                }

                if (Reaches(managerOf, manager.PersonId, contact.PersonId))
                {
                    Warn(row.Line, column, string.Format(CultureInfo.InvariantCulture, "{0} reporting to {1} would make a reporting cycle; the line is left out.", row.Name, manager.First.Name));
                    continue;
                }

                managerOf.Add(contact.PersonId, manager.PersonId);
                builder.AddRelationship(new Relationship { From = contact.PersonId, Kind = RelationshipKind.ReportsTo, To = manager.PersonId });
            }
        }

        private void AddOpportunities(AccountPlanBuilder builder, Dictionary<string, Contact> contacts, HashSet<string> usedIds)
        {
            var opportunityIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var group in rows.GroupBy(r => r.OpportunityName, StringComparer.OrdinalIgnoreCase))
            {
                var first = group.First();
                var amount = group.Select(r => r.Amount).FirstOrDefault(a => a is not null);
                var closeDate = group.Select(r => r.CloseDate).FirstOrDefault(d => d is not null);
                foreach (var row in group.Where(r => (r.Amount is not null && r.Amount != amount) || (r.CloseDate is not null && r.CloseDate != closeDate)))
                {
                    Warn(row.Line, null, string.Format(CultureInfo.InvariantCulture, "The opportunity '{0}' has another amount or close date on an earlier line; the first values are kept.", first.OpportunityName));
                }

                var influences = new List<BuyingInfluence>();
                foreach (var byContact in group.GroupBy(r => r.ContactId, StringComparer.Ordinal))
                {
                    var crmRoles = byContact.SelectMany(r => r.CrmRoles).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
                    var extension = new JObject { ["roles"] = new JArray(crmRoles.Cast<object>().ToArray()) };
                    if (byContact.Any(r => r.IsPrimary is not null))
                    {
                        extension["isPrimary"] = byContact.Any(r => r.IsPrimary == true);
                    }

                    influences.Add(new BuyingInfluence
                    {
                        PersonId = contacts[byContact.Key].PersonId,
                        Roles = byContact.Aggregate(BuyingRoles.None, (roles, r) => roles | r.Roles),
                        Extensions = new[] { Crm(extension) },
                    });
                }

                var id = Unique(Slug(first.OpportunityName, "opportunity"), opportunityIds);
                opportunityIds.Add(id);
                builder.AddOpportunity(new Opportunity
                {
                    Id = id,
                    SingleSalesObjective = first.OpportunityName,
                    Amount = amount,
                    CloseDate = closeDate,
                    Influences = influences,
                    Extensions = new[] { Crm(new JObject { ["opportunityName"] = first.OpportunityName }) },
                });
            }
        }

        private IReadOnlyList<string> SplitRoles(string? cell)
        {
            if (cell is null)
            {
                return Array.Empty<string>();
            }

            var parts = options.RoleSeparator is { } separator ? cell.Split(separator) : new[] { cell };
            return parts.Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
        }

        private void Warn(int line, string? column, string message) =>
            problems.Add(new CrmImportProblem { Line = line, Column = column, Message = message, IsError = false });

        private CrmImportResult Fail(CrmImportProblem? problem = null)
        {
            if (problem is not null)
            {
                problems.Add(problem);
            }

            return CrmImportResult.Failed(problems, unknownRoles.ToArray(), rowsOfOtherAccounts);
        }

        private string ExpectedHeaders()
        {
            var c = options.Columns;
            return string.Join(",", new[] { c.AccountName, c.OpportunityName, c.Amount, c.CloseDate, c.ContactId, c.FirstName, c.LastName, c.Title, c.ReportsToId, c.ContactRole, c.IsPrimary }.Where(h => !string.IsNullOrWhiteSpace(h)));
        }

        private string CultureName() => options.Culture.Name.Length == 0 ? "invariant culture, such as 250000.50" : "culture " + options.Culture.Name;

        private static bool Reaches(Dictionary<string, string> managerOf, string from, string target)
        {
            for (var current = from; managerOf.TryGetValue(current, out var next); current = next)
            {
                if (next == target)
                {
                    return true;
                }
            }

            return from == target;
        }

        private static bool TryParseBool(string text, out bool value)
        {
            switch (text.Trim().ToUpperInvariant())
            {
                case "TRUE": case "YES": case "Y": case "1": value = true; return true;
                case "FALSE": case "NO": case "N": case "0": value = false; return true;
                default: value = false; return false;
            }
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

        private static ExtensionProperty Crm(JObject value) => new() { Name = Extension, Json = value.ToString(Newtonsoft.Json.Formatting.None) };
    }

    internal static string Slug(string text, string fallback)
    {
        // Ids read well in reviews and on maps: "Maria Torres" -> maria-torres, "Société Générale" -> societe-generale.
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c < 128 && char.IsLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[slug.Length - 1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? fallback : result;
    }

    internal static string Unique(string id, HashSet<string> used)
    {
        if (!used.Contains(id))
        {
            return id;
        }

        for (var n = 2; ; n++)
        {
            var candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
            if (!used.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    private sealed class Row
    {
        public int Line { get; init; }

        public required string ContactId { get; init; }

        public required string Name { get; init; }

        public string? Title { get; init; }

        public string? ReportsToId { get; init; }

        public required string OpportunityName { get; init; }

        public decimal? Amount { get; init; }

        public DateTime? CloseDate { get; init; }

        public BuyingRoles Roles { get; init; }

        public required IReadOnlyList<string> CrmRoles { get; init; }

        public bool? IsPrimary { get; init; }
    }

    private sealed class Contact
    {
        public required string PersonId { get; init; }

        public required Row First { get; init; }
    }

    /// <summary>The index of each mapped column in the file's header, -1 when absent.</summary>
    private sealed class Columns
    {
        private readonly string[] headers;

        public Columns(string[] headers, CrmColumnMapping mapping, List<CrmImportProblem> problems)
        {
            this.headers = headers;
            int Find(string? name, bool required, string what)
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    if (required)
                    {
                        problems.Add(new CrmImportProblem { Line = 1, Message = "The column mapping gives no column for the " + what + ", which every row needs." });
                    }

                    return -1;
                }

                var index = Array.FindIndex(headers, h => string.Equals(h?.Trim(), name!.Trim(), StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    problems.Add(new CrmImportProblem
                    {
                        Line = 1,
                        Column = name,
                        IsError = required,
                        Message = string.Format(CultureInfo.InvariantCulture, "The file has no column '{0}' ({1}){2}; its columns are: {3}.", name, what, required ? string.Empty : ", so it is left empty", string.Join(", ", headers)),
                    });
                }

                return index;
            }

            AccountName = Find(mapping.AccountName, false, "account name");
            OpportunityName = Find(mapping.OpportunityName, true, "opportunity name");
            Amount = Find(mapping.Amount, false, "amount");
            CloseDate = Find(mapping.CloseDate, false, "close date");
            ContactId = Find(mapping.ContactId, true, "contact id");
            FirstName = Find(mapping.FirstName, false, "first name");
            LastName = Find(mapping.LastName, false, "last name");
            Title = Find(mapping.Title, false, "title");
            ReportsToId = Find(mapping.ReportsToId, false, "reports-to id");
            ContactRole = Find(mapping.ContactRole, false, "contact role");
            IsPrimary = Find(mapping.IsPrimary, false, "is primary");
            if (FirstName < 0 && LastName < 0)
            {
                problems.Add(new CrmImportProblem { Line = 1, Message = "The file has neither a first-name nor a last-name column; every contact needs a name." });
            }

            if (AccountName < 0 && !string.IsNullOrWhiteSpace(mapping.AccountName))
            {
                // Without the account column, every row is taken as the account's: say so rather than import silently.
                problems[problems.Count - 1] = problems[problems.Count - 1] with { Message = string.Format(CultureInfo.InvariantCulture, "The file has no column '{0}' (account name); every row is imported as the account's. Its columns are: {1}.", mapping.AccountName, string.Join(", ", headers)) };
            }
        }

        public int AccountName { get; }

        public int OpportunityName { get; }

        public int Amount { get; }

        public int CloseDate { get; }

        public int ContactId { get; }

        public int FirstName { get; }

        public int LastName { get; }

        public int Title { get; }

        public int ReportsToId { get; }

        public int ContactRole { get; }

        public int IsPrimary { get; }

        public string? Name(int index) => index >= 0 ? headers[index] : null;
    }
}
