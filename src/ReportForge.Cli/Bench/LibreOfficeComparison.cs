using System.Diagnostics;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Cli.Bench;

/// <summary>
/// What users would otherwise do: convert the Word briefs to PDF with LibreOffice. Times that for one
/// source's <c>full</c> Word briefs against our own PDF brief of the same themes.
/// </summary>
internal static class LibreOfficeComparison
{
    /// <param name="OurFirstSeconds">Our PDF brief as first rendered in the run (the process still warming up).</param>
    /// <param name="OurWarmSeconds">The same brief rendered again once the process is warm, as a job server renders.</param>
    public sealed record Result(int Documents, double LibreOfficeSeconds, double OurFirstSeconds, double OurWarmSeconds)
    {
        public double Ratio => LibreOfficeSeconds / Math.Max(OurWarmSeconds, 1e-6);
        public double RatioFirst => LibreOfficeSeconds / Math.Max(OurFirstSeconds, 1e-6);
    }

    public static string? FindSoffice() =>
        new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice" }.FirstOrDefault(File.Exists);

    /// <summary>Null when LibreOffice is not installed or the folder has no Word briefs and PDF brief to compare.</summary>
    /// <param name="sourceFolder">A source's output folder with its full-profile Word and PDF briefs.</param>
    /// <param name="renderWarm">Renders that source's full PDF brief again and returns the seconds it took.</param>
    public static Result? Run(string sourceFolder, Func<double> renderWarm)
    {
        var soffice = FindSoffice();
        var manifest = ManifestFile.Read(sourceFolder);
        if (soffice is null || manifest is null) return null;
        var word = manifest.Artifacts.Where(a => a.Kind == ArtifactKind.WordBrief.WireName() && a.Profile == "full").ToList();
        var pdf = manifest.Artifacts.FirstOrDefault(a => a.Kind == ArtifactKind.PdfBrief.WireName() && a.Profile == "full");
        if (word.Count == 0 || pdf is null) return null;

        var outDir = Directory.CreateTempSubdirectory("reportforge-soffice-").FullName;
        var profileDir = Directory.CreateTempSubdirectory("reportforge-soffice-profile-").FullName;
        try
        {
            // one warm-up so LibreOffice's first-start profile creation is not counted against it
            Convert(soffice, profileDir, outDir, [Path.Combine(sourceFolder, word[0].Path)]);
            var clock = Stopwatch.StartNew();
            Convert(soffice, profileDir, outDir, word.Select(w => Path.Combine(sourceFolder, w.Path)).ToList());
            return new Result(word.Count, clock.Elapsed.TotalSeconds, pdf.DurationMs / 1000.0, renderWarm());
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
            Directory.Delete(profileDir, recursive: true);
        }
    }

    private static void Convert(string soffice, string profileDir, string outDir, IReadOnlyList<string> files)
    {
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { $"-env:UserInstallation=file://{profileDir}", "--headless", "--convert-to", "pdf", "--outdir", outDir })
            start.ArgumentList.Add(a);
        foreach (var f in files) start.ArgumentList.Add(f);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"soffice exited with {process.ExitCode}");
    }
}
