using ReportForge.Exports.Pipeline;

namespace ReportForge.Cli.Bench;

/// <summary>The raw figures of one bench run.</summary>
/// <param name="Sources">Summaries exported.</param>
/// <param name="Artifacts">Every file rendered, with its render time.</param>
/// <param name="Seconds">Wall time of the exports (generation and parsing of the corpus excluded).</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set.</param>
/// <param name="SkippedProfiles">"source: profile (reason)" for profiles a generated source could not satisfy.</param>
internal sealed record BenchRun(
    int Sources,
    IReadOnlyList<ManifestArtifact> Artifacts,
    double Seconds,
    long PeakWorkingSetBytes,
    IReadOnlyList<string> SkippedProfiles)
{
    public int Pages => Artifacts.Sum(a => a.Pages ?? 0);
}
