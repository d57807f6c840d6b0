using ReportForge.Core.Tailoring;

namespace ReportForge.Exports.Pipeline;

/// <summary>
/// Renders one kind of artifact. Renderers are stateless and thread-safe: the pipeline calls
/// <see cref="Render"/> for several plans at once.
/// </summary>
public interface IArtifactRenderer
{
    ArtifactKind Kind { get; }

    /// <summary>The files this renderer makes from one profile's content (one per profile, or one per theme).</summary>
    IEnumerable<ArtifactPlan> Plan(BriefContent content);

    /// <summary>Writes the planned artifact to <paramref name="output"/>.</summary>
    /// <returns>The page count for formats with pages, else null.</returns>
    int? Render(ArtifactPlan plan, BriefContent content, Stream output, CancellationToken cancellationToken);
}
