using ReportForge.Exports.Pipeline;

namespace ReportForge.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportforge-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Export_WritesTheSampleAndItsManifest_ThenSkipsWhenNothingChanged()
    {
        var first = CliProcess.Run(_folder, "export", "--profile", "justice-and-detention", "--out", "out");

        Assert.Equal(0, first.ExitCode);
        var folder = Path.Combine(_folder, "out", "kazakhstan-2010");
        var manifest = ManifestFile.Read(folder);
        Assert.NotNull(manifest);
        Assert.Equal("kazakhstan-2010", manifest.Source.Id);
        Assert.Equal("Kazakhstan", manifest.Source.Country);
        Assert.Contains(manifest.Artifacts, a => a.Path == "justice-and-detention/matrix.pdf" && a.Pages > 0);
        Assert.Contains(manifest.Artifacts, a => a.Path == "justice-and-detention/matrix.xlsx");
        Assert.All(manifest.Artifacts, a => Assert.True(File.Exists(Path.Combine(folder, a.Path)), a.Path));
        Assert.All(manifest.Artifacts, a => Assert.Equal("justice-and-detention", a.Profile));

        var second = CliProcess.Run(_folder, "export", "--profile", "justice-and-detention", "--out", "out");

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Nothing changed", second.Stdout);

        var forced = CliProcess.Run(_folder, "export", "--profile", "justice-and-detention", "--out", "out", "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("Rendered", forced.Stdout);
    }

    [Fact]
    public void Export_RendersTheOfficialPdf_WithPagesInTheMatrixCitations()
    {
        var pdf = Path.Combine(_folder, "slovenia-2014.pdf");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "slovenia-2014-pdf.input.pdf"), pdf);

        var run = CliProcess.Run(_folder, "export", pdf, "--kinds", "pdf-matrix", "--out", "out");

        Assert.Equal(0, run.ExitCode);
        var folder = Path.Combine(_folder, "out", "slovenia-2014");
        var manifest = ManifestFile.Read(folder);
        Assert.NotNull(manifest);
        Assert.Equal("Slovenia", manifest.Source.Country);
        var matrix = manifest.Artifacts.First(a => a.Path.EndsWith("matrix.pdf", StringComparison.Ordinal));
        using var document = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(folder, matrix.Path));
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        // "¶ 10, fn 17, p. 3": paragraph 10 of A/HRC/WG.6/20/SVN/3 starts on page 3.
        Assert.Contains("p. 3", text);
    }

    [Fact]
    public void Export_Exits2AndWritesNothing_WhenThePdfHasNoPages()
    {
        var pdf = Path.Combine(_folder, "empty.pdf");
        File.WriteAllBytes(pdf, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray());

        var run = CliProcess.Run(_folder, "export", pdf, "--out", "out");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("empty.pdf: is a damaged PDF", run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")) && Directory.EnumerateFileSystemEntries(Path.Combine(_folder, "out")).Any());
    }

    [Fact]
    public void Export_Exits2NamingTheProfile_WhenItDoesNotExist()
    {
        var run = CliProcess.Run(_folder, "export", "--profile", "no-such-profile", "--out", "out");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no profile named 'no-such-profile'", run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out", "kazakhstan-2010")));
    }

    [Fact]
    public void Export_Exits2NamingTheTheme_WhenAnAdHocThemeIsNotInTheSummary()
    {
        var run = CliProcess.Run(_folder, "export", "--themes", "Right to water", "--out", "out");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("theme 'Right to water'", run.Stderr);
    }

    [Fact]
    public void Export_Exits2_WhenAKindIsUnknown()
    {
        var run = CliProcess.Run(_folder, "export", "--kinds", "pdf-brief,slides", "--out", "out");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'slides' is not an artifact kind", run.Stderr);
    }
}
