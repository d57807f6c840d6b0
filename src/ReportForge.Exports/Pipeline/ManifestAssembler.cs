namespace ReportForge.Exports.Pipeline;

/// <summary>Moves staged artifacts into place and records them in the folder's manifest.</summary>
public static class ManifestAssembler
{
    /// <summary>
    /// Publishes <paramref name="staged"/> and writes the manifest last. Entries of the previous manifest
    /// made from the same inputs stay listed; files made from older inputs are removed as stale.
    /// </summary>
    public static Manifest Commit(ExportPlan plan, IReadOnlyList<StagedArtifact> staged, CancellationToken cancellationToken = default)
    {
        using var gate = FolderLock.Acquire(plan.Folder, cancellationToken);
        var previous = ManifestFile.Read(plan.Folder);
        foreach (var artifact in staged)
            AtomicFile.Commit(artifact.TemporaryPath, artifact.FinalPath);

        var manifest = Compose(plan, staged.Select(s => s.Entry).ToList(), previous, path => File.Exists(PathOf(plan.Folder, path)));
        ManifestFile.Write(plan.Folder, manifest);

        var listed = manifest.Artifacts.Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in previous?.Artifacts.Where(a => !listed.Contains(a.Path)) ?? [])
            DeleteInside(plan.Folder, stale.Path);
        return manifest;
    }

    /// <summary>
    /// The manifest that lists <paramref name="fresh"/> and the entries of <paramref name="previous"/>
    /// made from the same inputs that are still <paramref name="present"/>, by path.
    /// </summary>
    public static Manifest Compose(ExportPlan plan, IReadOnlyList<ManifestArtifact> fresh, Manifest? previous, Func<string, bool> present)
    {
        var freshPaths = fresh.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var kept = previous is not null && previous.InputHash == plan.InputHash
            ? previous.Artifacts.Where(a => !freshPaths.Contains(a.Path) && present(a.Path)).ToList()
            : [];
        var source = plan.Source;
        return new Manifest(
            new ManifestSource(source.Descriptor.Id, source.Descriptor.FileName, source.Descriptor.Sha256, source.Summary.Country),
            plan.InputHash,
            fresh.Concat(kept).OrderBy(a => a.Path, StringComparer.Ordinal).ToList())
        {
            Skipped = plan.Skipped.Count == 0 ? null : plan.Skipped,
        };
    }

    private static string PathOf(string folder, string relative) =>
        Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar));

    private static void DeleteInside(string folder, string relative)
    {
        var full = Path.GetFullPath(PathOf(folder, relative));
        // a hand-edited manifest must not make us delete files outside the folder
        if (full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
            File.Delete(full);
    }
}
