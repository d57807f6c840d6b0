using ReportForge.Exports.Pipeline;

namespace ReportForge.Jobs.Rendering;

/// <summary>
/// Names one planned file of one request: small ids only, the content is planned again from them.
/// Its text is the job's name in the dashboard: "PDF brief: justice-and-detention (kazakhstan-2010)".
/// </summary>
/// <param name="Request">The request it belongs to.</param>
/// <param name="Kind">The kind of file.</param>
/// <param name="Profile">The profile it is cut for.</param>
/// <param name="Theme">The section id of a per-theme file, else null.</param>
/// <param name="Path">Its path relative to the source's output folder.</param>
public sealed record ArtifactRef(RequestRef Request, ArtifactKind Kind, string Profile, string? Theme, string Path)
{
    public static ArtifactRef For(RequestRef request, ArtifactPlan artifact) =>
        new(request, artifact.Kind, artifact.Profile, artifact.Theme, artifact.RelativePath);

    public override string ToString()
    {
        var what = Theme is null ? Profile : $"{Profile}, {System.IO.Path.GetFileNameWithoutExtension(Path)}";
        return $"{Kind.DisplayName()}: {what} ({Request.SourceId})";
    }
}
