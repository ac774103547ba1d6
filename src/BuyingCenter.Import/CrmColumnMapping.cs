using System;
using System.Collections.Generic;

namespace BuyingCenter.Import;

/// <summary>
/// The header names of the columns of a CRM contact-role export. Headers are matched without regard to case or
/// surrounding spaces. A column set to <see langword="null"/> or blank is one the export does not have. A column
/// the mapping names must be in the file: a missing one is an error (so that a renamed role column can never
/// import every contact without a role), unless its header is listed in <see cref="Optional"/>.
/// The defaults are the headers of <c>samples/crm-contact-roles.csv</c>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CrmColumnMapping
{
    /// <summary>The column that names the account of each row; rows of other accounts are skipped. <see langword="null"/>: every row belongs to the account imported.</summary>
    /// <value><c>Account Name</c> by default.</value>
    public string? AccountName { get; init; } = "Account Name";

    /// <summary>The column that names the opportunity (required): one opportunity per distinct name, its objective taken from the name.</summary>
    /// <value><c>Opportunity Name</c> by default.</value>
    public string? OpportunityName { get; init; } = "Opportunity Name";

    /// <summary>
    /// The column of the opportunity's amount, a number in <see cref="CrmImportOptions.Culture"/> with or without
    /// digit grouping, a currency symbol or an ISO currency code: <c>40000</c>, <c>$40,000.00</c>, <c>USD 40,000.00</c>,
    /// <c>40.000,00 EUR</c> (de-DE). A currency code is kept in the opportunity's <c>x-crm</c> extension.
    /// </summary>
    /// <value><c>Amount</c> by default.</value>
    public string? Amount { get; init; } = "Amount";

    /// <summary>The column of the opportunity's close date, in one of <see cref="CrmImportOptions.DateFormats"/>.</summary>
    /// <value><c>Close Date</c> by default.</value>
    public string? CloseDate { get; init; } = "Close Date";

    /// <summary>
    /// The column of the contact's CRM id: one person per distinct id. <see langword="null"/> for an export without
    /// contact ids (Dynamics 365 connections): people are then told apart by e-mail address where the name cell gives
    /// one (<c>Jane Doe (jane@contoso.com)</c>), else by name and title, so two contacts of one name but different
    /// titles stay two people.
    /// </summary>
    /// <value><c>Contact Id</c> by default.</value>
    public string? ContactId { get; init; } = "Contact Id";

    /// <summary>The column of the contact's first name (this or <see cref="LastName"/> is required).</summary>
    /// <value><c>First Name</c> by default.</value>
    public string? FirstName { get; init; } = "First Name";

    /// <summary>The column of the contact's last name; a CRM with one full-name column maps it here and sets <see cref="FirstName"/> to <see langword="null"/>.</summary>
    /// <value><c>Last Name</c> by default.</value>
    public string? LastName { get; init; } = "Last Name";

    /// <summary>The column of the contact's job title.</summary>
    /// <value><c>Title</c> by default.</value>
    public string? Title { get; init; } = "Title";

    /// <summary>The column of the CRM id of the contact's manager: each one becomes a ReportsTo relationship.</summary>
    /// <value><c>Reports To Id</c> by default.</value>
    public string? ReportsToId { get; init; } = "Reports To Id";

    /// <summary>
    /// The column of the manager's name, for a CRM whose export gives the name rather than the id
    /// (Salesforce "Reports To", Dynamics 365 "Manager"): matched, without regard to case, against the full names of the
    /// contacts of the account in the file. A name that several contacts share is left out with a warning.
    /// </summary>
    /// <value><see langword="null"/> by default.</value>
    public string? ReportsToName { get; init; }

    /// <summary>The column of the contact's role in the opportunity, translated by <see cref="CrmImportOptions.Roles"/>.</summary>
    /// <value><c>Contact Role</c> by default.</value>
    public string? ContactRole { get; init; } = "Contact Role";

    /// <summary>The column that marks the primary contact of the opportunity (true/false, yes/no, 1/0); kept in the influence's <c>x-crm</c> extension.</summary>
    /// <value><c>Is Primary</c> by default.</value>
    public string? IsPrimary { get; init; } = "Is Primary";

    /// <summary>
    /// The headers, among those named above, that the export may lack: a missing one is a warning that says what is
    /// left empty, instead of an error. The presets list the columns a report may or may not include (title, amount).
    /// </summary>
    /// <value>Empty by default: every column named is required.</value>
    public IReadOnlyList<string> Optional { get; init; } = Array.Empty<string>();
}
