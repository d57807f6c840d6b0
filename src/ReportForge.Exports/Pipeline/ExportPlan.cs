using ReportForge.Core.Tailoring;

namespace ReportForge.Exports.Pipeline;

/// <summary>One planned artifact with the content it is rendered from.</summary>
public sealed record PlannedArtifact(ArtifactPlan Plan, BriefContent Content, IArtifactRenderer Renderer);

/// <summary>Everything an export will write, decided before anything is rendered.</summary>
/// <param name="Source">The parsed source.</param>
/// <param name="Folder">The source's output folder.</param>
/// <param name="InputHash">The hash the manifest will carry.</param>
/// <param name="Artifacts">Every file to render, in a stable order.</param>
public sealed record ExportPlan(SourceDocument Source, string Folder, string InputHash, IReadOnlyList<PlannedArtifact> Artifacts)
{
    /// <summary>Shipped profiles left out because the document lacks what they ask for.</summary>
    public IReadOnlyList<SkippedProfile> Skipped { get; init; } = [];

    /// <summary>
    /// True when the folder's manifest already lists every planned file from the same inputs
    /// and each is still on disk with its recorded size.
    /// </summary>
    public bool IsUpToDate(Manifest? existing)
    {
        if (existing is null || existing.InputHash != InputHash) return false;
        var listed = existing.Artifacts.ToDictionary(a => a.Path, StringComparer.Ordinal);
        return Artifacts.All(a =>
            listed.TryGetValue(a.Plan.RelativePath, out var entry) &&
            new FileInfo(Path.Combine(Folder, entry.Path)) is { Exists: true } file &&
            file.Length == entry.Bytes);
    }
}
