using System.Globalization;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Cli.Bench;

/// <summary>Prints a bench run: totals, per-kind latency, memory, and one machine-readable last line.</summary>
internal static class BenchReport
{
    /// <param name="libreOfficeSkipped">Why there is no LibreOffice comparison, when there is none.</param>
    public static void Write(TextWriter output, BenchRun run, LibreOfficeComparison.Result? libreOffice, string libreOfficeSkipped)
    {
        var c = CultureInfo.InvariantCulture;
        var artifactsPerSecond = run.Artifacts.Count / run.Seconds;
        var peakMb = run.PeakWorkingSetBytes / (1024.0 * 1024.0);
        output.WriteLine(string.Create(c, $"{run.Sources} sources, {run.Artifacts.Count} artifacts, {run.Pages} pages in {run.Seconds:0.00} s on {Environment.ProcessorCount} cores"));
        output.WriteLine(string.Create(c, $"{artifactsPerSecond:0.0} artifacts/s, {run.Pages / run.Seconds:0.0} pages/s, {run.Seconds / Math.Max(1, run.Sources) * 1000:0} ms per source, peak working set {peakMb:0} MB"));
        output.WriteLine("time per artifact (ms):   kind          count  median     p95");
        foreach (var kind in ArtifactKinds.All)
        {
            var times = run.Artifacts.Where(a => a.Kind == kind.WireName()).Select(a => (double)a.DurationMs).Order().ToList();
            if (times.Count == 0) continue;
            output.WriteLine(string.Create(c, $"                          {kind.WireName(),-13} {times.Count,5} {Percentile(times, 0.5),7:0} {Percentile(times, 0.95),7:0}"));
        }
        foreach (var skipped in run.SkippedProfiles.Take(5))
            output.WriteLine($"profile left out: {skipped}");
        if (run.SkippedProfiles.Count > 5) output.WriteLine($"… and {run.SkippedProfiles.Count - 5} more profiles left out");
        if (libreOffice is not null)
            output.WriteLine(string.Create(c,
                $"LibreOffice converting the {libreOffice.Documents} Word briefs of one source to PDF: {libreOffice.LibreOfficeSeconds:0.00} s; " +
                $"our PDF brief of the same themes: {libreOffice.OurWarmSeconds:0.000} s warm ({libreOffice.OurFirstSeconds:0.000} s as first rendered); " +
                $"LibreOffice takes {libreOffice.Ratio:0}× as long ({libreOffice.RatioFirst:0.0}× against our first render)"));
        else
            output.WriteLine($"LibreOffice comparison: skipped ({libreOfficeSkipped})");
        output.WriteLine(string.Create(c,
            $"bench: sources={run.Sources} artifacts={run.Artifacts.Count} pages={run.Pages} seconds={run.Seconds:0.00} artifactsPerSecond={artifactsPerSecond:0.0} peakMB={peakMb:0}"));
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
