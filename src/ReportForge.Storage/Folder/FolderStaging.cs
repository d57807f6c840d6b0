using System.Security.Cryptography;
using System.Text;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Storage.Folder;

/// <summary>
/// A request's staging area, <c>.registry/staging/&lt;request-id&gt;/</c>: each file the pipeline renders
/// is kept under <c>files/</c> with its manifest entry under <c>entries/</c>; publishing moves them all
/// at once. Nothing here is ever served, and a failed request's area is deleted.
/// </summary>
internal sealed class FolderStaging(RegistryLayout layout, string requestId) : IArtifactSink
{
    private string Folder => Path.Combine(layout.StagingFolder, requestId);
    private string FilesFolder => Path.Combine(Folder, "files");
    private string EntriesFolder => Path.Combine(Folder, "entries");

    public ManifestArtifact? Find(string relativePath)
    {
        var entry = RegistryJson.Read<ManifestArtifact>(EntryPath(relativePath));
        return entry is not null && File.Exists(FilePath(relativePath)) ? entry : null;
    }

    public string ScratchFolder => FilesFolder;

    public void Put(StagedArtifact rendered)
    {
        var path = rendered.Entry.Path;
        // the file outlives this job and is published by another: on the disk before its entry says it is complete
        AtomicFile.FlushToDisk(rendered.TemporaryPath);
        AtomicFile.Commit(rendered.TemporaryPath, FilePath(path));
        // the entry is written last: an entry means its file is complete
        RegistryJson.Write(EntryPath(path), rendered.Entry);
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

    public void Discard() => StagingFolder.Remove(Folder);

    private string FilePath(string relativePath) => Path.Combine(FilesFolder, Native(relativePath));

    private string EntryPath(string relativePath) =>
        Path.Combine(EntriesFolder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(relativePath)))[..16] + ".json");

    private static string Native(string relativePath) => relativePath.Replace('/', Path.DirectorySeparatorChar);
}
