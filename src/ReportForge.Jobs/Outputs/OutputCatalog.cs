using ReportForge.Exports.Pipeline;

namespace ReportForge.Jobs.Outputs;

/// <summary>A published file as the Outputs page and the download route see it.</summary>
/// <param name="SourceId">The source folder it is in.</param>
/// <param name="Entry">Its manifest entry.</param>
/// <param name="FullPath">Where it is on disk.</param>
/// <param name="LastWriteUtc">When it was published.</param>
public sealed record PublishedFile(string SourceId, ManifestArtifact Entry, string FullPath, DateTime LastWriteUtc)
{
    public string Url => OutputLinks.For(SourceId, Entry.Path);
}

/// <summary>
/// What can be downloaded: exactly the files the manifests list, inside their source's folder.
/// Temporary <c>.partial</c> files, lock files and the registry are never listed, so never served.
/// </summary>
public sealed class OutputCatalog(BriefWorkspace workspace)
{
    /// <summary>Every published file of every registered source, by source then path.</summary>
    public IReadOnlyList<PublishedFile> All() =>
        workspace.Sources.All().SelectMany(s => Of(s.Id)).ToList();

    /// <summary>The published files of one source.</summary>
    public IReadOnlyList<PublishedFile> Of(string sourceId)
    {
        if (workspace.Manifest(sourceId) is not { } manifest) return [];
        return manifest.Artifacts
            .Select(a => Resolve(sourceId, a))
            .OfType<PublishedFile>()
            .ToList();
    }

    /// <summary>The file at <paramref name="relativePath"/> of a source, when the manifest lists it and it is there.</summary>
    public PublishedFile? Find(string sourceId, string relativePath)
    {
        if (sourceId.StartsWith('.') || sourceId.Contains('/') || sourceId.Contains('\\')) return null;
        var entry = workspace.Manifest(sourceId)?.Artifacts.FirstOrDefault(a => a.Path == relativePath);
        return entry is null ? null : Resolve(sourceId, entry);
    }

    private PublishedFile? Resolve(string sourceId, ManifestArtifact entry)
    {
        var folder = Path.GetFullPath(workspace.Layout.OutputFolder(sourceId)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(folder, entry.Path.Replace('/', Path.DirectorySeparatorChar)));
        // a manifest edited by hand must not point outside its folder
        if (!full.StartsWith(folder, StringComparison.Ordinal) || full.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal)) return null;
        var info = new FileInfo(full);
        return info.Exists ? new PublishedFile(sourceId, entry, full, info.LastWriteTimeUtc) : null;
    }
}
