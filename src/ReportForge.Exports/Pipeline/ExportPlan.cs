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
}
