namespace ReportForge.Exports.Pipeline;

/// <summary>
/// Files appear whole or not at all: content goes to a temporary name in the same folder
/// (same file system, so the final rename is atomic), then replaces the target.
/// </summary>
public static class AtomicFile
{
    /// <summary>The suffix of files still being written; never listed or served.</summary>
    public const string TemporarySuffix = ".partial";

    public static string TemporaryPathFor(string target) =>
        target + "." + Guid.NewGuid().ToString("N")[..8] + TemporarySuffix;

    public static void WriteAllBytes(string target, ReadOnlySpan<byte> bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        var temporary = TemporaryPathFor(target);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            Rename(temporary, target);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Waits until <paramref name="path"/>'s content is on the disk, so a rename that follows cannot outlive it.</summary>
    public static void FlushToDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Moves a finished temporary file over <paramref name="target"/>.</summary>
    public static void Commit(string temporary, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        Rename(temporary, target);
    }

    /// <summary>The one place output files are renamed: atomic on one file system.</summary>
    private static void Rename(string from, string to)
    {
        RenameFault.BeforeRename();
        File.Move(from, to, overwrite: true);
    }
}
