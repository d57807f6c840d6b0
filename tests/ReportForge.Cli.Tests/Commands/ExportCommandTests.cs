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
