using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using BuyingCenter.Serialization;

namespace BuyingCenter.Cli.Infrastructure;

/// <summary>
/// Every file the tool writes goes through here, so no command can destroy a file it should not: an output is never
/// an input of the same command, replaces an existing file only with <c>--force</c>, never a read-only file or folder
/// (checked here, since the tool may run as root), and is written whole through a temporary file and a rename. A plan
/// rewritten in place (format, debrief, import --merge) is read, changed and saved under its lock
/// (<see cref="PlanFileLock"/>). Every refusal comes before any work and changes nothing (exit 73, or 75 for a lock).
/// </summary>
internal static class OutputGuard
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Refuses an <c>--output</c> that is one of <paramref name="inputs"/>, exists without <paramref name="force"/>, or is read-only.</summary>
    public static void CheckOutput(string? output, bool force, IEnumerable<string> inputs)
    {
        if (string.IsNullOrEmpty(output))
        {
            return;
        }

        var target = Identity(output!);
        foreach (var input in inputs)
        {
            if (string.Equals(target, Identity(input), PathComparison))
            {
                throw new OutputFileException(output!, "it is also an input of this command, and writing the result over it would destroy it. Choose another file with --output.");
            }
        }

        CheckWritable(output!);
        if (File.Exists(output) && !force)
        {
            throw new OutputFileException(output!, "it already exists. Add --force to replace it, or choose another file with --output.");
        }
    }

    /// <summary>Refuses a file or folder that no one may write, even where the system would let this process through.</summary>
    public static void CheckWritable(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (File.Exists(full) && IsReadOnly(full))
        {
            throw new OutputFileException(path, "it is read-only (no one has write permission), so it was left as it is. Make it writable (chmod u+w) if it should change.");
        }

        if (folder is not null && Directory.Exists(folder) && IsReadOnly(folder))
        {
            throw new OutputFileException(path, $"its folder {folder} is read-only (no one has write permission). Make it writable (chmod u+w), or choose another folder.");
        }
    }

    /// <summary>Renders to standard output (in colour when <paramref name="host"/> allows) or to a checked file (never in colour).</summary>
    public static void Write(CliHost host, TextWriter stdout, string? outputPath, bool force, Action<TextWriter, bool> render)
    {
        if (string.IsNullOrEmpty(outputPath))
        {
            render(stdout, host.UseColor);
            stdout.Flush();
            return;
        }

        var buffer = new StringWriter { NewLine = "\n" };
        render(buffer, false);
        WriteFile(outputPath!, buffer.ToString(), force);
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> whole or not at all; an existing file only with <paramref name="force"/>.</summary>
    public static void WriteFile(string path, string content, bool force)
    {
        CheckWritable(path);
        string? temp = null;
        try
        {
            var full = Path.GetFullPath(path);
            var folder = Path.GetDirectoryName(full) ?? ".";
            temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var bytes = Utf8NoBom.GetBytes(content);
                stream.Write(bytes, 0, bytes.Length);

                // On disk before the rename, so a crash cannot leave the target renamed over an empty file.
                stream.Flush(flushToDisk: true);
            }

            if (File.Exists(full) && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            }

            // Without --force a file that appeared since the check is not replaced either.
            File.Move(temp, full, overwrite: force);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            TryDelete(temp);
            throw new OutputFileException(path, File.Exists(path) && !force ? "it already exists. Add --force to replace it, or choose another file with --output." : e.Message);
        }
    }

    /// <summary>
    /// Reads a plan, changes it and saves it, holding its lock all the while, so a second writer waits or is refused
    /// (exit 75) instead of losing this change or its own. <paramref name="change"/> returns null to leave the file as it is.
    /// </summary>
    public static AccountPlan Rewrite(CliHost host, string path, Func<AccountPlan, AccountPlan?> change)
    {
        if (!File.Exists(path))
        {
            // Missing or a folder: the reader says so (exit 66), before any lock is made.
            return PlanSource.Load(path);
        }

        CheckWritable(path);
        PlanFileLock held;
        try
        {
            held = PlanFileLock.Acquire(path, host.LockWait);
        }
        catch (PlanFileLockedException e)
        {
            throw new PlanLockedException(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException(path, e.Message);
        }

        using (held)
        {
            var plan = PlanSource.Load(path);
            var updated = change(plan);
            if (updated is null)
            {
                return plan;
            }

            try
            {
                held.Save(updated);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputFileException(path, e.Message);
            }

            return updated;
        }
    }

    private static StringComparison PathComparison => OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The file a path names, through symbolic links, so "plan.json", "./plan.json" and a link to it are one file.</summary>
    private static string Identity(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var folder = Path.GetDirectoryName(full);
            if (folder is not null && Directory.Exists(folder))
            {
                folder = Directory.ResolveLinkTarget(folder, returnFinalTarget: true)?.FullName ?? folder;
                full = Path.Combine(folder, Path.GetFileName(full));
            }

            return File.Exists(full) ? File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full : full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    private static bool IsReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.Exists(path) && (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0;
        }

        const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        return (File.GetUnixFileMode(path) & anyWrite) == 0;
    }

    private static void TryDelete(string? temp)
    {
        if (temp is null)
        {
            return;
        }

        try
        {
            File.Delete(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The original failure is what the user must see; a leftover temporary file is named in no output.
        }
    }
}
