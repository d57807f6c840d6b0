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

    /// <summary>
    /// Reads ahead what every render of this kind needs (a reference document, say), so that a cold start
    /// can do it on a spare core while the source is parsed. Optional: a render reads what was not prepared,
    /// and reports a failure that happened here.
    /// </summary>
    void Prepare()
    {
    }

    /// <summary>Writes the planned artifact to <paramref name="output"/>.</summary>
    /// <returns>The page count for formats with pages, else null.</returns>
    int? Render(ArtifactPlan plan, BriefContent content, Stream output, CancellationToken cancellationToken);
}
