using ReportForge.Core.Tailoring;

namespace ReportForge.Exports.Pipeline;

/// <summary>What to render: one source, some profiles, some kinds of artifact.</summary>
public sealed record ExportRequest
{
    /// <summary>The summary's text file; null for the built-in sample.</summary>
    public string? SourceFile { get; init; }
    /// <summary>The output folder name; by default the file name's slug (<c>kazakhstan-2010</c>).</summary>
    public string? SourceId { get; init; }
    /// <summary>Names of shipped profiles; empty means every profile in <c>templates/profiles</c>
    /// (or none when <see cref="Selection"/> is given).</summary>
    public IReadOnlyList<string> Profiles { get; init; } = [];
    /// <summary>An ad-hoc tailoring (themes, stakeholders, groups) rendered beside the named profiles.</summary>
    public BriefProfile? Selection { get; init; }
    public IReadOnlyList<ArtifactKind> Kinds { get; init; } = ArtifactKinds.All;
    /// <summary>The folder that holds one subfolder per source (<c>output/</c>).</summary>
    public required string OutputRoot { get; init; }
    /// <summary>Render even when nothing changed since the last run.</summary>
    public bool Force { get; init; }
    /// <summary>
    /// How many artifacts render at once; null for one per core. A caller that already runs several
    /// exports side by side sets 1: two levels of one-per-core put twice as many renders on the cores
    /// as there are cores, and they cost more CPU in all (cache, and more live memory to collect).
    /// </summary>
    public int? Parallelism { get; init; }
    /// <summary>Recommendations datasets (UPR Info CSV, OHCHR thematic lists) whose matches the documents show.</summary>
    public IReadOnlyList<string> RecommendationDatasets { get; init; } = [];
    /// <summary>Accept datasets about another State than the summary's.</summary>
    public bool AnyCountry { get; init; }
}
