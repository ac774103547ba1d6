using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BuyingCenter.Serialization;

namespace BuyingCenter.Cli.Infrastructure;

/// <summary>Where plans come from: files named on the command line, or the sample built into the tool.</summary>
internal static class PlanSource
{
    public const string SampleName = "northwind.json (built-in sample)";

    private const string SampleResource = "BuyingCenter.Cli.northwind.json";

    /// <summary>Reads a plan file and returns it only when it is valid.</summary>
    /// <exception cref="InputFileException">The file cannot be opened (exit 66).</exception>
    /// <exception cref="InvalidPlanFileException">The plan breaks the format (exit 65).</exception>
    public static AccountPlan Load(string path) => Require(path, Read(path));

    /// <summary>Reads a plan file; problems in it are part of the result, only an unopenable file throws.</summary>
    public static PlanReadResult Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputFileException(path, "it is a folder, not a plan file. Name a .json file in it (portfolio takes folders).");
        }

        try
        {
            return PlanFile.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputFileException(path, e.Message);
        }
    }

    /// <summary>
    /// Warns when <paramref name="asOf"/> is earlier than meetings held or interactions recorded in the plan: the
    /// analysis takes them as not yet known on that date and leaves them out.
    /// </summary>
    public static void WarnAboutLaterRecords(TextWriter error, AccountPlan plan, DateTime asOf)
    {
        var later = new List<string>();
        foreach (var meeting in plan.Meetings)
        {
            if (meeting.Outcome != MeetingOutcome.Planned && meeting.Date.Date > asOf.Date)
            {
                later.Add($"the meeting {(meeting.Id is null ? string.Empty : meeting.Id + " ")}of {Day(meeting.Date)} with {string.Join(", ", meeting.PersonIds)}");
            }
        }

        foreach (var relationship in plan.Relationships)
        {
            if (relationship.LastInteraction is { } last && last.Date > asOf.Date)
            {
                later.Add($"the interaction of {Day(last)} between {relationship.From} and {relationship.To}");
            }
        }

        if (later.Count == 0)
        {
            return;
        }

        const int Shown = 5;
        var list = string.Join("; ", later.Take(Shown)) + (later.Count > Shown ? $"; and {later.Count - Shown} more" : string.Empty);
        error.WriteLine($"Warning: --as-of {Day(asOf)} is earlier than {later.Count} record(s) of the plan, which this analysis leaves out as not yet known on that day: {list}.");
    }

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The plan shipped inside the tool, so <c>demo</c> works from any folder.</summary>
    public static AccountPlan LoadSample()
    {
        using var stream = typeof(PlanSource).Assembly.GetManifestResourceStream(SampleResource)
            ?? throw new InvalidOperationException("The built-in sample " + SampleResource + " is missing from the tool.");
        return Require(SampleName, PlanFile.Read(stream));
    }

    private static AccountPlan Require(string source, PlanReadResult result)
    {
        if (!result.Succeeded || result.Plan is null)
        {
            throw new InvalidPlanFileException(source, result.Problems);
        }

        return result.Plan;
    }
}
