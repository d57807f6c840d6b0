using ReportForge.Exports.Pipeline;

namespace ReportForge.Storage;

/// <summary>
/// Where rendered files and their manifests live, and where a request's files wait until they are
/// published together: the output folder on this machine, or tables every node shares. A store keeps
/// bytes; what to render and whether it is current is the pipeline's decision.
/// </summary>
public interface IArtifactStore
{
    /// <summary>The manifest of a source's published files, if it has one.</summary>
    Manifest? Manifest(string sourceId);

    /// <summary>The stored size of each published file of a source, by path (null when it is not stored).</summary>
    Func<string, long?> StoredBytes(string sourceId);

    /// <summary>The files the source's manifest lists that are present, by path.</summary>
    IReadOnlyList<PublishedFile> Published(string sourceId);

    /// <summary>Reads a published file; the caller disposes the stream.</summary>
    Stream Open(PublishedFile file);

    /// <summary>The staging area of one request (or of one regeneration run); nothing in it is served.</summary>
    IArtifactSink Staging(string stagingId);

    /// <summary>Deletes the staging areas whose id starts with <paramref name="prefix"/>, except <paramref name="keep"/>.</summary>
    void DiscardStaging(string prefix, string keep);
}
