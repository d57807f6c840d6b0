namespace ReportForge.Exports.Pipeline;

/// <summary>One file an export will write.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="RelativePath">Where, relative to the source's output folder, with '/' separators
/// (<c>full/brief.pdf</c>, <c>full/word/equality-and-non-discrimination.docx</c>).</param>
/// <param name="Profile">The profile it was cut for.</param>
/// <param name="Theme">The section id for per-theme artifacts, else null.</param>
public sealed record ArtifactPlan(ArtifactKind Kind, string RelativePath, string Profile, string? Theme);
