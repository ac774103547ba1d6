using System;
using System.IO;
using System.Text;

namespace BuyingCenter.Cli.Infrastructure;

/// <summary>
/// Where a command's result goes: standard output, or a file given with <c>--output</c>, written whole
/// through a temporary file beside it and a rename, so a failure never leaves a partial file.
/// </summary>
internal static class OutputTarget
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders to standard output (in colour when <paramref name="host"/> allows) or to a file (never in colour).</summary>
    public static void Write(CliHost host, TextWriter stdout, string? outputPath, Action<TextWriter, bool> render)
    {
        if (string.IsNullOrEmpty(outputPath))
        {
            render(stdout, host.UseColor);
            stdout.Flush();
            return;
        }

        var buffer = new StringWriter { NewLine = "\n" };
        render(buffer, false);
        WriteFileAtomically(outputPath!, buffer.ToString());
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> whole or not at all.</summary>
    public static void WriteFileAtomically(string path, string content)
    {
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

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            TryDelete(temp);
            throw new OutputFileException(path, e.Message);
        }
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
