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
        FinishLeftovers(plan.Folder);
        var previous = ManifestFile.Read(plan.Folder);
        var manifest = Compose(plan, staged.Select(s => s.Entry).ToList(), previous, path => File.Exists(PathOf(plan.Folder, path)));
        var listed = manifest.Artifacts.Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
        var stale = previous?.Artifacts.Select(a => a.Path).Where(path => !listed.Contains(path)).ToList() ?? [];
        // every file on the disk before the journal names it: one wait for all, not one per file as it renders
        foreach (var file in staged) AtomicFile.FlushToDisk(file.TemporaryPath);
        new PublishJournal(manifest, staged.Select(s => new JournalMove(s.TemporaryPath, s.FinalPath)).ToList(), stale).Run(plan.Folder);
        return manifest;
    }

    /// <summary>
    /// Finishes a publish a killed run left in <paramref name="folder"/> and removes its temporary files;
    /// every run starts with this, so a kill is repaired by the next run even when it renders nothing.
    /// </summary>
    public static bool Recover(string folder, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder)) return false;
        using var gate = FolderLock.Acquire(folder, cancellationToken);
        FinishLeftovers(folder);
        return true;
    }

    private static void FinishLeftovers(string folder)
    {
        PublishJournal.Replay(folder);
        RunStaging.RemoveLeftovers(folder);
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
}
