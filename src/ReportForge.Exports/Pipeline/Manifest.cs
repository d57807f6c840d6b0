using System.Text.Json.Serialization;

namespace ReportForge.Exports.Pipeline;

/// <summary>The source an output folder was rendered from.</summary>
public sealed record ManifestSource(string Id, string File, string Sha256, string Country);

/// <summary>One rendered file, as listed in <c>manifest.json</c>.</summary>
public sealed record ManifestArtifact(
    string Kind,
    string Path,
    long Bytes,
    string Sha256,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Pages,
    string Profile,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Theme,
    long DurationMs);

/// <summary>
/// <c>output/&lt;source-id&gt;/manifest.json</c>: what is in the folder and what it was rendered from.
/// <see cref="InputHash"/> covers the source, the templates and the product version; when it is
/// unchanged, a re-run has nothing to do.
/// </summary>
public sealed record Manifest(ManifestSource Source, string InputHash, IReadOnlyList<ManifestArtifact> Artifacts)
{
    public const string FileName = "manifest.json";

    /// <summary>Shipped profiles the export left out because the document lacks what they ask for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public IReadOnlyList<SkippedProfile>? Skipped { get; init; }
}
