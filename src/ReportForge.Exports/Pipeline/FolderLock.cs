namespace ReportForge.Exports.Pipeline;

/// <summary>
/// Serialises manifest updates of one output folder across threads and processes, so two
/// exports of the same source never interleave their manifest writes.
/// </summary>
internal sealed class FolderLock : IDisposable
{
    private const string LockFileName = ".manifest.lock";
    private readonly FileStream _handle;

    private FolderLock(FileStream handle) => _handle = handle;

    public static FolderLock Acquire(string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, LockFileName);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (attempt < 6000)
            {
                // another export is committing; commits take milliseconds
                cancellationToken.WaitHandle.WaitOne(10);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    public void Dispose() => _handle.Dispose();
}
