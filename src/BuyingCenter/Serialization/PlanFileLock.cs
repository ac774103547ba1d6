using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using Ardalis.GuardClauses;

namespace BuyingCenter.Serialization;

/// <summary>
/// The lock a writer holds on one plan file while it reads, changes and saves it, so that two writers at the same moment
/// never lose a change: a file beside the plan (<c>northwind.json.lock</c>) created exclusively and removed after the
/// save, in the manner of git's <c>index.lock</c>. <see cref="PlanFile.Save(AccountPlan, string)"/> takes it for a single save; a command that
/// reads the plan, changes it and saves it holds it for the whole time.
/// <code>
/// using (var held = PlanFileLock.Acquire("northwind.json", TimeSpan.FromSeconds(5)))
/// {
///     var plan = PlanFile.Read(held.PlanPath).Plan!;
///     held.Save(Planner.Debrief(plan, debrief));
/// }
/// </code>
/// </summary>
/// <remarks>
/// Not thread-safe: one holder uses it, then disposes it. Works between processes and machines that share the folder. A writer that was killed leaves its lock behind; the
/// <see cref="PlanFileLockedException"/> of the next writer names the file to delete.
/// </remarks>
public sealed class PlanFileLock : IDisposable
{
    /// <summary>How long <see cref="PlanFile.Save(AccountPlan, string)"/> waits for another writer to finish.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);

    private bool released;

    private PlanFileLock(string planPath, string lockPath)
    {
        PlanPath = planPath;
        LockPath = lockPath;
    }

    /// <summary>The full path of the plan file.</summary>
    public string PlanPath { get; }

    /// <summary>The full path of the lock file beside it.</summary>
    public string LockPath { get; }

    /// <summary>
    /// Takes the lock on a plan file, waiting up to <paramref name="wait"/> for another writer to release it. A plan or
    /// folder without write permission is refused before anything is created.
    /// </summary>
    /// <param name="planPath">The plan file; it need not exist yet, its folder must.</param>
    /// <param name="wait">How long to wait for another writer.</param>
    /// <returns>The held lock; dispose it to release.</returns>
    /// <exception cref="PlanFileLockedException">Another writer held the lock for all of <paramref name="wait"/>.</exception>
    /// <exception cref="UnauthorizedAccessException">The plan or its folder is read-only.</exception>
    /// <exception cref="IOException">The lock cannot be created (the folder is missing, ...).</exception>
    public static PlanFileLock Acquire(string planPath, TimeSpan wait)
    {
        Guard.Against.NullOrWhiteSpace(planPath);
        var target = Path.GetFullPath(planPath);
        var folder = Path.GetDirectoryName(target) ?? throw new IOException("The path '" + planPath + "' names no file.");
        PlanFile.RequireWritable(target, folder);
        var lockPath = target + ".lock";
        var clock = Stopwatch.StartNew();
        var vanished = 0;
        while (true)
        {
            try
            {
                using (var stream = new FileStream(lockPath, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    // Who holds it, for the person who finds a lock left behind.
                    var owner = Encoding.UTF8.GetBytes(string.Format(
                        CultureInfo.InvariantCulture,
                        "process {0} on {1} since {2:u}\n",
                        Process.GetCurrentProcess().Id,
                        Environment.MachineName,
                        DateTime.UtcNow));
                    stream.Write(owner, 0, owner.Length);
                }

                return new PlanFileLock(target, lockPath);
            }
            catch (IOException e) when (File.Exists(lockPath) || IsAlreadyExists(e))
            {
                // The holder may release the lock between our attempt and our look at it: then try again at once
                // (a few times, so that a lock path that exists only as a dangling link cannot keep us here).
                if (!File.Exists(lockPath) && ++vanished <= 3)
                {
                    continue;
                }

                if (clock.Elapsed >= wait)
                {
                    throw new PlanFileLockedException(target, lockPath, wait);
                }

                Thread.Sleep(25);
            }
        }
    }

    // EEXIST on Unix (the errno is the HResult there); ERROR_FILE_EXISTS or ERROR_ALREADY_EXISTS on Windows.
    private static bool IsAlreadyExists(IOException e) => e.HResult == 17 || (e.HResult & 0xFFFF) is 80 or 183;

    /// <summary>Saves the plan atomically while the lock is held (see <see cref="PlanFile.Save(AccountPlan, string)"/>).</summary>
    /// <param name="plan">The plan.</param>
    /// <exception cref="ObjectDisposedException">The lock was released.</exception>
    public void Save(AccountPlan plan)
    {
        Guard.Against.Null(plan);
        if (released)
        {
            throw new ObjectDisposedException(nameof(PlanFileLock), "The lock on " + PlanPath + " was released; take it again to save.");
        }

        PlanFile.SaveHeld(plan, PlanPath, PlanFile.OpenTemporary);
    }

    internal void Save(AccountPlan plan, Func<string, Stream> openTemporary) => PlanFile.SaveHeld(plan, PlanPath, openTemporary);

    /// <summary>Releases the lock: removes the lock file.</summary>
    public void Dispose()
    {
        if (released)
        {
            return;
        }

        released = true;
        File.Delete(LockPath);
    }
}

/// <summary>Another writer holds the lock of a plan file (see <see cref="PlanFileLock"/>); nothing was changed.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlanFileLockedException : IOException
{
    /// <summary>Creates the exception for a plan whose lock stayed held.</summary>
    /// <param name="planPath">The plan file.</param>
    /// <param name="lockPath">The lock file.</param>
    /// <param name="waited">How long the writer waited.</param>
    public PlanFileLockedException(string planPath, string lockPath, TimeSpan waited)
        : base(string.Format(
            CultureInfo.InvariantCulture,
            "{0} is being changed by another command: its lock {1} was still held after {2:0.#} seconds. Try again in a moment; if no other command is running (one that was killed leaves its lock behind), delete {1}.",
            planPath,
            lockPath,
            waited.TotalSeconds))
    {
        PlanPath = planPath;
        LockPath = lockPath;
    }

    /// <summary>The plan file.</summary>
    public string PlanPath { get; }

    /// <summary>The lock file that was held.</summary>
    public string LockPath { get; }
}
