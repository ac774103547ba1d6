using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Ardalis.GuardClauses;

namespace BuyingCenter.Serialization;

/// <summary>
/// Reads, writes and atomically saves account plan files (the JSON format of <c>docs/plan-format.md</c>, version 1).
/// <code>
/// var result = PlanFile.Read("northwind.json");
/// if (!result.Succeeded) { foreach (var problem in result.Problems) Console.Error.WriteLine(problem); return 65; }
/// PlanFile.Save(result.Plan!, "northwind.json");
/// </code>
/// </summary>
/// <remarks>
/// Thread-safe: every method works on its own arguments. Reading never throws for anything a file holds:
/// bad content is a <see cref="PlanReadResult"/> listing every problem with its JSON path, line and column.
/// No type names are honoured: a <c>$type</c> property is plain data, kept like any unknown property.
/// </remarks>
public static class PlanFile
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and validates a plan file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The plan, or every problem in the file.</returns>
    /// <exception cref="IOException">The file cannot be opened or read (<see cref="FileNotFoundException"/>, <see cref="DirectoryNotFoundException"/>, ...).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static PlanReadResult Read(string path, PlanReadOptions? options = null)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        return Read(stream, options);
    }

    /// <summary>Reads and validates a plan from a stream of UTF-8 JSON (a byte order mark is allowed), up to its end.</summary>
    /// <param name="utf8Json">The stream; it is read, not closed.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The plan, or every problem in the content.</returns>
    /// <exception cref="IOException">The stream fails while being read.</exception>
    public static PlanReadResult Read(Stream utf8Json, PlanReadOptions? options = null)
    {
        Guard.Against.Null(utf8Json);
        var limits = Checked(options);
        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > limits.MaxFileSize)
        {
            return TooLarge(limits, utf8Json.Length - utf8Json.Position);
        }

        var content = new Content(utf8Json, limits);
        try
        {
            // Counting as we go also stops endless or lying streams at the limit.
            int count;
            while ((count = utf8Json.Read(content.Bytes, content.Length, content.Room)) > 0)
            {
                if (!content.Add(count))
                {
                    return TooLarge(limits, null);
                }
            }

            return Decode(content.Bytes, content.Length, limits);
        }
        finally
        {
            content.Release();
        }
    }

    /// <summary>
    /// Reads and validates a plan from a stream of UTF-8 JSON without blocking (an ASP.NET Core request body, where
    /// synchronous reads are disallowed), as <see cref="Read(Stream, PlanReadOptions?)"/> does.
    /// </summary>
    /// <param name="utf8Json">The stream; it is read to its end, not closed.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan, or every problem in the content.</returns>
    /// <exception cref="IOException">The stream fails while being read.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<PlanReadResult> ReadAsync(Stream utf8Json, PlanReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(utf8Json);
        var limits = Checked(options);
        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > limits.MaxFileSize)
        {
            return TooLarge(limits, utf8Json.Length - utf8Json.Position);
        }

        var content = new Content(utf8Json, limits);
        try
        {
            int count;
            while ((count = await utf8Json.ReadAsync(content.Bytes, content.Length, content.Room, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (!content.Add(count))
                {
                    return TooLarge(limits, null);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            return Decode(content.Bytes, content.Length, limits);
        }
        finally
        {
            content.Release();
        }
    }

    /// <summary>Reads and validates a plan file without blocking, as <see cref="Read(string, PlanReadOptions?)"/> does.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan, or every problem in the file.</returns>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<PlanReadResult> ReadAsync(string path, PlanReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan | FileOptions.Asynchronous);
        return await ReadAsync(stream, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads JSON text from a reader without blocking, then validates it as <see cref="Parse"/> does.</summary>
    /// <param name="json">The reader of the JSON text; it is read to its end, not closed.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan, or every problem in the text.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<PlanReadResult> ParseAsync(TextReader json, PlanReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(json);
        var limits = Checked(options);
        var text = new StringBuilder();
        var chunk = new char[16384];
        int count;
        while ((count = await json.ReadAsync(chunk, 0, chunk.Length).ConfigureAwait(false)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            text.Append(chunk, 0, count);
            if (text.Length > limits.MaxFileSize)
            {
                return TooLarge(limits, null);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Parse(text.ToString(), options);
    }

    /// <summary>Reads and validates a plan from JSON text.</summary>
    /// <param name="json">The JSON text; a leading byte order mark is ignored.</param>
    /// <param name="options">Limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The plan, or every problem in the text.</returns>
    public static PlanReadResult Parse(string json, PlanReadOptions? options = null)
    {
        Guard.Against.Null(json);
        var limits = Checked(options);

        // A character is at least one UTF-8 byte, so more characters than the limit is more bytes than the limit.
        if (json.Length > limits.MaxFileSize)
        {
            return TooLarge(limits, null);
        }

        var start = json.Length > 0 && json[0] == '\uFEFF' ? 1 : 0;
        var length = json.Length - start;
        var text = PooledArray.Rent<char>(length);
        try
        {
            json.CopyTo(start, text, 0, length);
            return ParseText(text, length, limits);
        }
        finally
        {
            PooledArray.Return(text, length);
        }
    }

    /// <summary>The canonical text of a plan: stable property order, two-space indent, "\n" line ends, a final newline.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The JSON text; the same plan always gives the same text.</returns>
    /// <remarks>
    /// Always written: <c>schemaVersion</c> and the account. No property that holds its documented default is written: null
    /// values, false flags, <c>Unknown</c> degree and mode, a <c>Planned</c> outcome, a strength of 0.5, and empty lists
    /// (the top-level arrays, roles, competitors, influences, winResults, uncertain, meeting sellers and people). Unknown
    /// properties follow the known ones of their object, in their original order, indented like the rest with their
    /// numbers and strings as they were. Dates are calendar days (<c>yyyy-MM-dd</c>).
    /// </remarks>
    public static string ToJson(AccountPlan plan) => PlanWriter.ToJson(Guard.Against.Null(plan));

    /// <summary>Writes the canonical text of a plan (see <see cref="ToJson"/>).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="writer">Where to write; it is not closed.</param>
    public static void Write(AccountPlan plan, TextWriter writer)
    {
        Guard.Against.Null(writer);
        writer.Write(ToJson(plan));
    }

    /// <summary>
    /// Saves a plan atomically: takes the plan's lock (<see cref="PlanFileLock"/>, waiting up to
    /// <see cref="PlanFileLock.DefaultWait"/> for another writer), writes the canonical text to a temporary file beside
    /// the target (<c>.northwind.json.{guid}.tmp</c>), flushes it to disk, gives it the target's permissions, then
    /// renames it over the target. On any failure the temporary file is removed and the old file is left as it was;
    /// a temporary file left by a save that was killed is removed by the next save of the same plan.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="path">The target file; its folder must exist.</param>
    /// <exception cref="PlanFileLockedException">Another writer held the plan's lock all the time.</exception>
    /// <exception cref="IOException">The file cannot be written or replaced (the folder is missing, the path is a folder, the disk is full...).</exception>
    /// <exception cref="UnauthorizedAccessException">
    /// The file or folder may not be written: the system refuses it, or it has no write permission for anyone (refused
    /// here even where the system would let it through, as for root).
    /// </exception>
    public static void Save(AccountPlan plan, string path) => Save(plan, path, OpenTemporary);

    /// <summary>Saves through <paramref name="openTemporary"/>, so that tests can make writing fail halfway.</summary>
    internal static void Save(AccountPlan plan, string path, Func<string, Stream> openTemporary)
    {
        Guard.Against.Null(plan);
        using var held = PlanFileLock.Acquire(path, PlanFileLock.DefaultWait);
        held.Save(plan, openTemporary);
    }

    /// <summary>The save itself, by a writer that holds the plan's lock.</summary>
    internal static void SaveHeld(AccountPlan plan, string target, Func<string, Stream> openTemporary)
    {
        var folder = Path.GetDirectoryName(target) ?? throw new IOException("The path '" + target + "' names no file.");
        RequireWritable(target, folder);
        var bytes = new UTF8Encoding(false).GetBytes(ToJson(plan));
        var name = Path.GetFileName(target);
        RemoveLeftovers(folder, name);
        var temporary = Path.Combine(folder, "." + name + "." + Guid.NewGuid().ToString("N") + TemporarySuffix);
        var created = false;
        try
        {
            using (var stream = openTemporary(temporary))
            {
                created = true;
                stream.Write(bytes, 0, bytes.Length);
                if (stream is FileStream file)
                {
                    file.Flush(flushToDisk: true);
                }
                else
                {
                    stream.Flush();
                }
            }

            if (File.Exists(target))
            {
                KeepPermissions(target, temporary);
                File.Replace(temporary, target, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporary, target);
            }
        }
        catch
        {
            if (created)
            {
                TryDelete(temporary);
            }

            throw;
        }
    }

    private const string TemporarySuffix = ".tmp";

    /// <summary>
    /// Refuses a plan or folder that has no write permission for anyone: the owner made it read-only on purpose, and
    /// a writer running as root would otherwise replace it through the rename.
    /// </summary>
    internal static void RequireWritable(string target, string folder)
    {
        if (File.Exists(target) && IsReadOnly(target, isFolder: false))
        {
            throw new UnauthorizedAccessException(target + " is read-only (no one has write permission), so it was left as it is. Make it writable first (chmod u+w) if it should change.");
        }

        if (Directory.Exists(folder) && IsReadOnly(folder, isFolder: true))
        {
            throw new UnauthorizedAccessException("The folder " + folder + " is read-only (no one has write permission), so nothing was written in it. Make it writable first (chmod u+w) if it should change.");
        }
    }

    private static bool IsReadOnly(string path, bool isFolder)
    {
#if NET7_0_OR_GREATER
        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
            return (File.GetUnixFileMode(path) & anyWrite) == 0;
        }
#endif
        return !isFolder && (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0;
    }

    private static void KeepPermissions(string target, string temporary)
    {
#if NET7_0_OR_GREATER
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
        }
#endif
    }

    /// <summary>
    /// Removes the temporary files of earlier saves of this plan that were killed before their rename: the caller holds
    /// the plan's lock, so no other save of it is under way. Only names of the form <c>.plan.json.{32 hex digits}.tmp</c>.
    /// </summary>
    private static void RemoveLeftovers(string folder, string name)
    {
        var prefix = "." + name + ".";
        foreach (var file in Directory.EnumerateFiles(folder, prefix + "*" + TemporarySuffix))
        {
            var middle = Path.GetFileName(file);
            if (middle.Length != prefix.Length + 32 + TemporarySuffix.Length || !middle.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var guid = middle.Substring(prefix.Length, 32);
            if (guid.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                TryDelete(file);
            }
        }
    }

    internal static Stream OpenTemporary(string path) =>
        new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original failure matters more than a leftover temporary file.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static PlanReadOptions Checked(PlanReadOptions? options)
    {
        var limits = options ?? PlanReadOptions.Default;
        Guard.Against.NegativeOrZero(limits.MaxFileSize, nameof(PlanReadOptions.MaxFileSize));
        Guard.Against.NegativeOrZero(limits.MaxDepth, nameof(PlanReadOptions.MaxDepth));
        return limits;
    }

    /// <summary>
    /// Decodes the bytes into a pooled buffer of characters (a UTF-8 byte is at most one UTF-16 character, so the byte
    /// count is room enough) and reads the plan from there: no string of the whole file is ever made.
    /// </summary>
    private static PlanReadResult Decode(byte[] bytes, int length, PlanReadOptions limits)
    {
        var start = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var text = PooledArray.Rent<char>(length - start);
        var count = 0;
        try
        {
            try
            {
                count = StrictUtf8.GetChars(bytes, start, length - start, text, 0);
            }
            catch (DecoderFallbackException)
            {
                count = length - start;
                return InvalidUtf8(bytes, start, length);
            }

            return ParseText(text, count, limits);
        }
        finally
        {
            PooledArray.Return(text, count);
        }
    }

    private static PlanReadResult ParseText(char[] text, int length, PlanReadOptions limits)
    {
        if (IsWhiteSpace(text, length))
        {
            return Failure(new PlanProblem { Path = "$", Message = "The file is empty; a plan file holds one JSON object ({ \"schemaVersion\": 1, ... }).", Line = 1, Column = 1 });
        }

        // One pass: the tokenizer reports what is not JSON, the reader what is not a plan, each at its place.
        var (plan, problems, futureVersion, fatal) = PlanReader.Read(text, length, limits);
        if (futureVersion)
        {
            // Everything else in a newer file may be right for that version: the version is the one problem to fix.
            problems = problems.Where(p => p.Path == "$.schemaVersion").ToList();
        }
        else if (!fatal && plan is not null)
        {
            AddValidatorProblems(plan, problems);
        }

        if (problems.Count == 0 && plan is not null)
        {
            return PlanReadResult.Success(plan);
        }

        ProblemLocator.Locate(text, length, problems, limits.MaxDepth);
        return PlanReadResult.Failure(problems
            .Select((problem, index) => (problem, index))
            .OrderBy(p => p.problem.Line ?? int.MaxValue)
            .ThenBy(p => p.problem.Column ?? int.MaxValue)
            .ThenBy(p => p.index)
            .Select(p => p.problem)
            .ToList());
    }

    private static bool IsWhiteSpace(char[] text, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds the validator's problems, except where the reader already reported the same value or an ancestor.</summary>
    private static void AddValidatorProblems(AccountPlan plan, List<PlanProblem> problems)
    {
        var reported = new HashSet<string>(problems.Select(p => p.Path), StringComparer.Ordinal);
        foreach (var problem in PlanValidator.Validate(plan))
        {
            var covered = false;
            for (var path = problem.Path; path is not null && path != "$" && !covered; path = ProblemLocator.Parent(path))
            {
                covered = reported.Contains(path);
            }

            if (!covered)
            {
                problems.Add(problem);
            }
        }
    }

    private static PlanReadResult TooLarge(PlanReadOptions limits, long? size)
    {
        var message = size is { } bytes
            ? string.Format(Invariant, "The file is {0:N0} bytes, over the limit of {1:N0} bytes (PlanReadOptions.MaxFileSize).", bytes, limits.MaxFileSize)
            : string.Format(Invariant, "The file is larger than the limit of {0:N0} bytes (PlanReadOptions.MaxFileSize).", limits.MaxFileSize);
        return Failure(new PlanProblem { Path = "$", Message = message });
    }

    private static PlanReadResult InvalidUtf8(byte[] bytes, int start, int length)
    {
        var bad = Utf8Position.FirstInvalid(bytes, start, length);
        var (line, column) = Utf8Position.LineAndColumn(bytes, start, Math.Max(bad, start));
        var message = bad >= 0
            ? string.Format(Invariant, "The file is not valid UTF-8: byte 0x{0:X2} at offset {1} does not belong there. Save the plan as UTF-8.", bytes[bad], bad)
            : "The file is not valid UTF-8. Save the plan as UTF-8.";
        return Failure(new PlanProblem { Path = "$", Message = message, Line = line, Column = column });
    }

    private static PlanReadResult Failure(PlanProblem problem) => PlanReadResult.Failure(new[] { problem });

    /// <summary>
    /// A stream's bytes in one pooled buffer: as long as the stream says it is (plus room to see that it ends there), or
    /// grown by doubling for a stream that cannot tell.
    /// </summary>
    private struct Content
    {
        private readonly long limit;

        public Content(Stream stream, PlanReadOptions limits)
        {
            // A limit beyond the largest array is that array: a longer stream is refused, never cut short.
            limit = Math.Min(limits.MaxFileSize, MaxArray - 1);
            var size = stream.CanSeek ? stream.Length - stream.Position + 1 : 81920;
            Bytes = PooledArray.Rent<byte>((int)Math.Min(Math.Max(size, 1), Math.Min(limit + 1, MaxArray)));
            Length = 0;
        }

        // The largest byte array the runtime makes.
        private const int MaxArray = 0x7FFFFFC7;

        public byte[] Bytes { get; private set; }

        public int Length { get; private set; }

        /// <summary>How many bytes the next read may bring: never more than one past the limit.</summary>
        public int Room => (int)Math.Min(Bytes.Length - Length, limit + 1 - Length);

        /// <summary>Counts the bytes just read into <see cref="Bytes"/>; false once they are over the limit.</summary>
        public bool Add(int count)
        {
            Length += count;
            if (Length > limit)
            {
                return false;
            }

            if (Length == Bytes.Length)
            {
                var larger = PooledArray.Rent<byte>((int)Math.Min((long)Length * 2, MaxArray));
                System.Buffer.BlockCopy(Bytes, 0, larger, 0, Length);
                PooledArray.Return(Bytes, Length);
                Bytes = larger;
            }

            return true;
        }

        public void Release() => PooledArray.Return(Bytes, Length);
    }
}
