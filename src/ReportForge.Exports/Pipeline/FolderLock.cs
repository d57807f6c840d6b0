namespace ReportForge.Exports.Pipeline;

/// <summary>
/// An exclusive lock held through an open lock file, so it works across threads, processes and
/// machines that share the folder. A process that dies closes its file, and the lock with it.
/// </summary>
public sealed class FolderLock : IDisposable
{
    private const string ManifestLockName = ".manifest.lock";

    /// <summary>How often a waiter looks again: most holders only read or write a small file.</summary>
    private const int PollMilliseconds = 5;

    /// <summary>About a minute of polls: manifest commits take milliseconds, so longer means something is wrong.</summary>
    private const int ManifestAttempts = 12_000;

    private readonly FileStream _handle;

    private FolderLock(FileStream handle) => _handle = handle;

    /// <summary>
    /// Serialises manifest updates of one output folder, so two exports of the same source never
    /// interleave their manifest writes. Gives up after about a minute, with the file system's error.
    /// </summary>
    public static FolderLock Acquire(string folder, CancellationToken cancellationToken) =>
        Open(Path.Combine(folder, ManifestLockName), ManifestAttempts, cancellationToken);

    /// <summary>Holds <paramref name="lockFile"/>, waiting as long as it takes or until the wait is cancelled.</summary>
    public static FolderLock AcquireFile(string lockFile, CancellationToken cancellationToken = default) =>
        Open(lockFile, int.MaxValue, cancellationToken);

    private static FolderLock Open(string lockFile, int attempts, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(lockFile))!);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FolderLock(new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (attempt < attempts)
            {
                cancellationToken.WaitHandle.WaitOne(PollMilliseconds);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    public void Dispose() => _handle.Dispose();
}
