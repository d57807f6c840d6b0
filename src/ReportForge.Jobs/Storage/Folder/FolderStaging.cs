using System.Security.Cryptography;
using System.Text;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Registry;

namespace ReportForge.Jobs.Storage.Folder;

/// <summary>
/// A request's staging area, <c>.registry/staging/&lt;request-id&gt;/</c>: each artifact job renders
/// its file under <c>files/</c> and records its manifest entry under <c>entries/</c>; the assemble
/// job publishes them all at once. Nothing here is ever served, and a failed request's area is deleted.
/// </summary>
internal sealed class FolderStaging(RegistryLayout layout, string requestId) : IArtifactStaging
{
    private string Folder => Path.Combine(layout.StagingFolder, requestId);
    private string FilesFolder => Path.Combine(Folder, "files");
    private string EntriesFolder => Path.Combine(Folder, "entries");

    public ManifestArtifact? Find(string relativePath)
    {
        var entry = RegistryJson.Read<ManifestArtifact>(EntryPath(relativePath));
        return entry is not null && File.Exists(FilePath(relativePath)) ? entry : null;
    }

    public ManifestArtifact Stage(PlannedArtifact artifact, CancellationToken cancellationToken)
    {
        var path = artifact.Plan.RelativePath;
        if (Find(path) is { } done) return done;
        var staged = StagedArtifact.Render(artifact, FilesFolder, cancellationToken);
        AtomicFile.Commit(staged.TemporaryPath, staged.FinalPath);
        // the entry is written last: an entry means its file is complete
        RegistryJson.Write(EntryPath(path), staged.Entry);
        return staged.Entry;
    }

    public int Count() => Directory.Exists(EntriesFolder) ? Directory.EnumerateFiles(EntriesFolder, "*.json").Count() : 0;

    public Manifest Publish(ExportPlan plan, CancellationToken cancellationToken) =>
        ManifestAssembler.Commit(plan, For(plan), cancellationToken);

    private List<StagedArtifact> For(ExportPlan plan) =>
        plan.Artifacts.Select(a => a.Plan.RelativePath).Select(path =>
        {
            var entry = Find(path) ?? throw new InvalidOperationException($"'{path}' was planned but never staged.");
            return new StagedArtifact(FilePath(path), Path.Combine(plan.Folder, Native(path)), entry);
        }).ToList();

    public void Discard()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }

    private string FilePath(string relativePath) => Path.Combine(FilesFolder, Native(relativePath));

    private string EntryPath(string relativePath) =>
        Path.Combine(EntriesFolder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(relativePath)))[..16] + ".json");

    private static string Native(string relativePath) => relativePath.Replace('/', Path.DirectorySeparatorChar);
}
