namespace BuyingCenter.Import;

/// <summary>
/// The header names of the columns of a CRM contact-role export. Headers are matched without regard to case or
/// surrounding spaces. A column set to <see langword="null"/> or blank is one the export does not have: its value
/// is left empty without a warning. The defaults are the headers of <c>samples/crm-contact-roles.csv</c>
/// (a Salesforce "Opportunity Contact Role" report).
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

    /// <summary>The column of the opportunity's amount, a number in <see cref="CrmImportOptions.Culture"/>.</summary>
    /// <value><c>Amount</c> by default.</value>
    public string? Amount { get; init; } = "Amount";

    /// <summary>The column of the opportunity's close date, in one of <see cref="CrmImportOptions.DateFormats"/>.</summary>
    /// <value><c>Close Date</c> by default.</value>
    public string? CloseDate { get; init; } = "Close Date";

    /// <summary>The column of the contact's CRM id (required): one person per distinct id.</summary>
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

    /// <summary>The column of the contact's role in the opportunity, translated by <see cref="CrmImportOptions.Roles"/>.</summary>
    /// <value><c>Contact Role</c> by default.</value>
    public string? ContactRole { get; init; } = "Contact Role";

    /// <summary>The column that marks the primary contact of the opportunity (true/false, yes/no, 1/0); kept in the influence's <c>x-crm</c> extension.</summary>
    /// <value><c>Is Primary</c> by default.</value>
    public string? IsPrimary { get; init; } = "Is Primary";
}
