using System.Collections.Concurrent;

namespace ReportForge.Exports.Pipeline;

/// <summary>
/// The sink of one command-line export run: <c>&lt;folder&gt;/.staging/&lt;run&gt;/</c>, held by an
/// exclusive lock on <c>&lt;run&gt;.lock</c> while the run lives. A killed run's lock is released by the
/// system, which is how the next run knows its files are leftovers and removes them. The run's
/// entries live in memory: a run that dies is rendered again from the start.
/// </summary>
public sealed class RunStaging : IArtifactSink, IDisposable
{
    public const string FolderName = ".staging";
    private const string LockSuffix = ".lock";

    private readonly FileStream _lock;
    private readonly ConcurrentDictionary<string, StagedArtifact> _staged = new(StringComparer.Ordinal);

    private RunStaging(string folder, FileStream handle)
    {
        Folder = folder;
        _lock = handle;
    }

    /// <summary>This run's folder; files rendered here are moved into place by the publish.</summary>
    public string Folder { get; }

    public string ScratchFolder => Folder;

    public ManifestArtifact? Find(string relativePath) => _staged.TryGetValue(relativePath, out var staged) ? staged.Entry : null;

    public void Put(StagedArtifact rendered) => _staged[rendered.Entry.Path] = rendered;

    public int Count() => _staged.Count;

    public Manifest Publish(ExportPlan plan, CancellationToken cancellationToken) =>
        ManifestAssembler.Commit(plan, plan.Artifacts.Select(a => _staged.TryGetValue(a.Plan.RelativePath, out var staged)
            ? staged
            : throw new InvalidOperationException($"'{a.Plan.RelativePath}' was planned but never staged.")).ToList(), cancellationToken);

    public void Discard()
    {
        foreach (var staged in _staged.Values) staged.Discard();
        _staged.Clear();
    }

    public static RunStaging Open(string outputFolder)
    {
        var root = Path.Combine(outputFolder, FolderName);
        Directory.CreateDirectory(root);
        var folder = Path.Combine(root, Guid.NewGuid().ToString("N")[..12]);
        var handle = new FileStream(folder + LockSuffix, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        Directory.CreateDirectory(folder);
        return new RunStaging(folder, handle);
    }

    /// <summary>
    /// Removes what killed runs left in <paramref name="outputFolder"/>: staging folders nobody holds and
    /// <c>.partial</c> files. The caller holds the folder's lock and has replayed its journal.
    /// </summary>
    public static void RemoveLeftovers(string outputFolder)
    {
        if (!Directory.Exists(outputFolder)) return;
        var root = Path.Combine(outputFolder, FolderName);
        foreach (var lockFile in Directory.Exists(root) ? Directory.GetFiles(root, "*" + LockSuffix) : [])
        {
            try
            {
                using (new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                {
                    var folder = lockFile[..^LockSuffix.Length];
                    if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
                }
                File.Delete(lockFile);
            }
            catch (IOException)
            {
                // a live run holds it
            }
        }
        DeleteIfEmpty(root);
        // Outside .staging, temporary files are only written under the folder's lock, which we hold.
        foreach (var partial in Directory.EnumerateFiles(outputFolder, "*" + AtomicFile.TemporarySuffix, SearchOption.AllDirectories)
                     .Where(f => !f.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList())
            File.Delete(partial);
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        File.Delete(Folder + LockSuffix);
        _lock.Dispose();
        // A run that published nothing leaves no trace: not even the folders it made.
        var root = Path.GetDirectoryName(Folder)!;
        DeleteIfEmpty(root);
        DeleteIfEmpty(Path.GetDirectoryName(root)!);
    }

    private static void DeleteIfEmpty(string folder)
    {
        try
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }
        catch (IOException)
        {
            // another run just put something there
        }
    }
}
