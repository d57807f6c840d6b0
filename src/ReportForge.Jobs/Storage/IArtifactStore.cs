using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Outputs;

namespace ReportForge.Jobs.Storage;

/// <summary>
/// Where rendered files and their manifests live, and where a request's files wait until they are
/// published together: the output folder on this machine, or tables every node shares.
/// </summary>
public interface IArtifactStore
{
    /// <summary>The manifest of a source's published files, if it has one.</summary>
    Manifest? Manifest(string sourceId);

    /// <summary>True when the manifest lists every planned file, from the same inputs, each present whole.</summary>
    bool IsUpToDate(ExportPlan plan);

    /// <summary>The files the source's manifest lists that are present, by path.</summary>
    IReadOnlyList<PublishedFile> Published(string sourceId);

    /// <summary>Reads a published file; the caller disposes the stream.</summary>
    Stream Open(PublishedFile file);

    /// <summary>The staging area of one request (or of one regeneration run).</summary>
    IArtifactStaging Staging(string stagingId);

    /// <summary>Renders every file of <paramref name="plan"/> and publishes them with the manifest at once.</summary>
    Manifest Regenerate(ExportPlan plan, CancellationToken cancellationToken);
}

/// <summary>
/// Files rendered one job at a time and published all at once. Nothing staged is ever served, and
/// a staged file is complete or absent.
/// </summary>
public interface IArtifactStaging
{
    /// <summary>The entry of an artifact already staged, else null.</summary>
    ManifestArtifact? Find(string relativePath);

    /// <summary>Renders <paramref name="artifact"/> into the staging area (once: a re-run finds it there).</summary>
    ManifestArtifact Stage(PlannedArtifact artifact, CancellationToken cancellationToken);

    /// <summary>How many artifacts are staged.</summary>
    int Count();

    /// <summary>
    /// Publishes the staged files of <paramref name="plan"/> and writes the manifest: all of them
    /// appear together or none does. Entries from the same inputs stay listed; older ones are removed.
    /// </summary>
    /// <exception cref="InvalidOperationException">A planned file was never staged.</exception>
    Manifest Publish(ExportPlan plan, CancellationToken cancellationToken);

    /// <summary>Deletes the staging area and everything in it.</summary>
    void Discard();
}
