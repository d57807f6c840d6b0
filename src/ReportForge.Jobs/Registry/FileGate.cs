namespace ReportForge.Jobs.Registry;

/// <summary>
/// An exclusive lock held through an open lock file, so it works across threads, worker
/// processes and machines that share the output folder. Waits until the lock is free or the
/// wait is cancelled: a process that dies closes its file, and the lock with it.
/// </summary>
internal sealed class FileGate : IDisposable
{
    private readonly FileStream _handle;

    private FileGate(FileStream handle) => _handle = handle;

    public static FileGate Acquire(string lockFile, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        while (true)
        {
            try
            {
                return new FileGate(new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                // most holders only read or write a small file: look again in a moment
                cancellationToken.WaitHandle.WaitOne(5);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    public void Dispose() => _handle.Dispose();
}
