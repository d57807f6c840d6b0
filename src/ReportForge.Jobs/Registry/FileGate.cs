namespace ReportForge.Jobs.Registry;

/// <summary>
/// An exclusive lock held through an open lock file, so it works across threads, worker
/// processes and machines that share the output folder.
/// </summary>
internal sealed class FileGate : IDisposable
{
    private readonly FileStream _handle;

    private FileGate(FileStream handle) => _handle = handle;

    public static FileGate Acquire(string lockFile, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileGate(new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (attempt < 12000)
            {
                // the holder only reads or writes a small file; wait a moment
                cancellationToken.WaitHandle.WaitOne(5);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    public void Dispose() => _handle.Dispose();
}
