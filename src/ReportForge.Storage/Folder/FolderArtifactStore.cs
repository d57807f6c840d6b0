using ReportForge.Exports.Pipeline;

namespace ReportForge.Storage.Folder;

/// <summary>
/// Published files in <c>output/&lt;source-id&gt;/</c> beside their <c>manifest.json</c>; staged files
/// under <c>output/.registry/staging/</c>.
/// </summary>
internal sealed class FolderArtifactStore(RegistryLayout layout) : IArtifactStore
{
    public Manifest? Manifest(string sourceId) => ManifestFile.Read(layout.OutputFolder(sourceId));

    public Func<string, long?> StoredBytes(string sourceId) => path =>
        FullPath(sourceId, path) is { } full && new FileInfo(full) is { Exists: true } file ? file.Length : null;

    public IReadOnlyList<PublishedFile> Published(string sourceId) =>
        Manifest(sourceId)?.Artifacts.Select(a => Resolve(sourceId, a)).OfType<PublishedFile>().ToList() ?? [];

    public Stream Open(PublishedFile file) =>
        new FileStream(FullPath(file.SourceId, file.Entry.Path)!, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);

    public IArtifactSink Staging(string stagingId) => new FolderStaging(layout, stagingId);

    public void DiscardStaging(string prefix, string keep)
    {
        if (!Directory.Exists(layout.StagingFolder)) return;
        foreach (var folder in Directory.EnumerateDirectories(layout.StagingFolder, prefix + "*"))
            if (Path.GetFileName(folder) != keep) StagingFolder.Remove(folder);
    }

    private PublishedFile? Resolve(string sourceId, ManifestArtifact entry)
    {
        var full = FullPath(sourceId, entry.Path);
        if (full is null) return null;
        var info = new FileInfo(full);
        return info.Exists ? new PublishedFile(sourceId, entry, info.LastWriteTimeUtc) : null;
    }

    /// <summary>The file's place on disk, or null when a manifest edited by hand points outside its folder or at a temporary file.</summary>
    private string? FullPath(string sourceId, string relativePath)
    {
        var folder = Path.GetFullPath(layout.OutputFolder(sourceId)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(folder, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        return full.StartsWith(folder, StringComparison.Ordinal) && !full.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal) ? full : null;
    }
}
