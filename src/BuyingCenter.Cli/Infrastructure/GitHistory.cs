using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using BuyingCenter.Serialization;

namespace BuyingCenter.Cli.Infrastructure;

/// <summary>
/// An earlier version of a plan file, read from git with the git command line: plans kept in version control are the
/// documented way to keep an account's history.
/// </summary>
internal static class GitHistory
{
    /// <summary>The plan as committed at <paramref name="revision"/>, and the day of that commit.</summary>
    /// <exception cref="InputFileException">git is not installed, the file is not in a git work tree, or it did not exist at that revision (exit 66).</exception>
    /// <exception cref="UsageException">The revision names no commit (exit 64).</exception>
    public static (PlanReadResult Result, DateTime CommitDate) Read(string planPath, string revision)
    {
        if (!File.Exists(planPath))
        {
            throw new InputFileException(planPath, "no such file.");
        }

        if (revision.Length == 0 || revision[0] == '-')
        {
            throw new UsageException($"--since takes a git revision such as HEAD~1, a commit id or a tag, not '{revision}'.");
        }

        var full = Path.GetFullPath(planPath);
        var folder = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        var inside = Git(folder, "rev-parse", "--is-inside-work-tree");
        if (inside.Code != 0)
        {
            throw new InputFileException(planPath, "it is not in a git work tree, so --since has no history to read. Compare two files instead: changes OLD NEW.");
        }

        var commit = Git(folder, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (commit.Code != 0)
        {
            throw new UsageException($"--since {revision}: git knows no commit by that name in {folder}. Type a revision such as HEAD~1, a commit id or a tag (git log --oneline {name} lists them).");
        }

        var id = Encoding.UTF8.GetString(commit.Output).Trim();
        var content = Git(folder, "show", id + ":./" + name);
        if (content.Code != 0)
        {
            throw new InputFileException(planPath + " at " + revision, "the file was not committed at that revision.");
        }

        var date = Git(folder, "show", "-s", "--format=%cs", id);
        var day = DateTime.ParseExact(Encoding.UTF8.GetString(date.Output).Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var stream = new MemoryStream(content.Output);
        return (PlanFile.Read(stream), day);
    }

    private static (int Code, byte[] Output) Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Never a pager or a prompt: the tool waits for git's answer, not for a person.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_PAGER"] = "cat";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InputFileException("git", "it could not be started.");
        }
        catch (Win32Exception)
        {
            throw new InputFileException("the earlier version", "--since reads it with the git command line, which is not installed here. Install git, or compare two files: changes OLD NEW.");
        }

        using (process)
        {
            using var output = new MemoryStream();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            _ = error.Result;
            return (process.ExitCode, output.ToArray());
        }
    }
}
