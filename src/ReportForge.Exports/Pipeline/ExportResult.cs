namespace ReportForge.Exports.Pipeline;

/// <summary>What an export did.</summary>
/// <param name="Folder">The source's output folder.</param>
/// <param name="Manifest">The folder's manifest after the run.</param>
/// <param name="Skipped">True when nothing had changed and nothing was rendered.</param>
/// <param name="Rendered">The artifacts this run wrote.</param>
public sealed record ExportResult(string Folder, Manifest Manifest, bool Skipped, IReadOnlyList<ManifestArtifact> Rendered);
