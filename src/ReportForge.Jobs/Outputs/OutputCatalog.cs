using ReportForge.Exports.Pipeline;
using ReportForge.Storage;

namespace ReportForge.Jobs.Outputs;

/// <summary>
/// What can be downloaded: exactly the files the manifests list, wherever the artifact store keeps
/// them. Temporary <c>.partial</c> files, lock files, staged files and the registry are never listed, so never served.
/// </summary>
public sealed class OutputCatalog(BriefWorkspace workspace)
{
    /// <summary>Every published file of every registered source, by source then path.</summary>
    public IReadOnlyList<PublishedFile> All() =>
        workspace.Sources.All().SelectMany(s => Of(s.Id)).ToList();

    /// <summary>The published files of one source.</summary>
    public IReadOnlyList<PublishedFile> Of(string sourceId) => workspace.Artifacts.Published(sourceId);

    /// <summary>The file at <paramref name="relativePath"/> of a source, when the manifest lists it and it is there.</summary>
    public PublishedFile? Find(string sourceId, string relativePath)
    {
        if (sourceId.StartsWith('.') || sourceId.Contains('/') || sourceId.Contains('\\')) return null;
        return Of(sourceId).FirstOrDefault(f => f.Entry.Path == relativePath);
    }

    /// <summary>Reads a published file; the caller disposes the stream.</summary>
    public Stream Open(PublishedFile file) => workspace.Artifacts.Open(file);
}
