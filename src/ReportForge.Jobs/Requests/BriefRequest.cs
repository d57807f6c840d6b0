using ReportForge.Core;
using ReportForge.Core.Tailoring;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Jobs.Requests;

/// <summary>
/// What someone asked for, from the dashboard form or <c>POST /api/briefs</c>: a source, named
/// profiles and/or an ad-hoc selection, and the kinds of file.
/// </summary>
public sealed record BriefRequest
{
    /// <summary>Assigned when the request is stored.</summary>
    public string Id { get; init; } = "";
    public required string SourceId { get; init; }
    /// <summary>Shipped profile names (<c>justice-and-detention</c>).</summary>
    public IReadOnlyList<string> Profiles { get; init; } = [];
    /// <summary>Ad-hoc selection: section ids or titles.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];
    /// <summary>Ad-hoc selection: stakeholder codes.</summary>
    public IReadOnlyList<string> Stakeholders { get; init; } = [];
    /// <summary>Ad-hoc selection: affected-group ids.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];
    /// <summary>Wire names (<c>pdf-brief</c>); empty means every kind.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];
    /// <summary>
    /// Ids of recommendations datasets registered beside the source; null for every one of them (what regeneration
    /// uses), empty for none.
    /// </summary>
    public IReadOnlyList<string>? Datasets { get; init; }
    /// <summary>Render even when the outputs are current.</summary>
    public bool Force { get; init; }

    /// <summary>The pipeline's view of this request.</summary>
    /// <exception cref="InputException">An unknown artifact kind.</exception>
    public ExportRequest ToExportRequest(string outputRoot) => new()
    {
        SourceId = SourceId,
        Profiles = Profiles,
        Selection = AdHocProfile.From(Themes, Stakeholders, Groups),
        Kinds = ArtifactKinds(),
        OutputRoot = outputRoot,
        Force = Force,
    };

    /// <summary>The kinds of file asked for, every kind when none is named.</summary>
    /// <exception cref="InputException">An unknown artifact kind.</exception>
    public IReadOnlyList<ArtifactKind> ArtifactKinds() => Exports.Pipeline.ArtifactKinds.Parse(Kinds, "kinds");
}
