using ReportForge.Exports.Pipeline;

namespace ReportForge.Cli.Tests.Commands;

/// <summary>Inputs that once crashed or silently lost work: pipes, folders, non-Latin names.</summary>
public sealed class InputFaultTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportforge-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "templates", "samples", "kazakhstan-2010.txt");

    [Theory]
    [InlineData("-")]
    [InlineData("/dev/stdin")]
    public void Parse_ReadsAPipeWhole_AndFindsWhatTheFileGives(string input)
    {
        var fromFile = CliProcess.Run(_folder, "parse", Sample, "--json");
        var fromPipe = CliProcess.RunWithInput(_folder, File.ReadAllBytes(Sample), "parse", input, "--json");

        Assert.Equal(0, fromPipe.ExitCode);
        Assert.Equal("", fromPipe.Stderr);
        Assert.Equal(fromFile.Stdout, fromPipe.Stdout);
    }

    [Fact]
    public void Export_RendersFromStandardInput_UnderTheChosenId()
    {
        var run = CliProcess.RunWithInput(_folder, File.ReadAllBytes(Sample),
            "export", "-", "--id", "kazakhstan", "--profile", "justice-and-detention", "--kinds", "excel-matrix", "--out", "out");

        Assert.Equal(0, run.ExitCode);
        var manifest = ManifestFile.Read(Path.Combine(_folder, "out", "kazakhstan"))!;
        Assert.Equal("stdin", manifest.Source.File);
        Assert.Equal("Kazakhstan", manifest.Source.Country);
        Assert.Single(manifest.Artifacts);
    }

    [Fact]
    public void ParseAndExport_SayTheSameLine_WhenTheInputIsAFolder()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "summaries"));

        var parse = CliProcess.Run(_folder, "parse", "summaries");
        var export = CliProcess.Run(_folder, "export", "summaries", "--out", "out");

        Assert.Equal((2, 2), (parse.ExitCode, export.ExitCode));
        Assert.Equal("reportforge: summaries: is a folder; give a summary's text file\n", parse.Stderr);
        Assert.Equal(parse.Stderr, export.Stderr);
    }

    [Fact]
    public void Export_KeepsCyrillicFileNamesApart()
    {
        foreach (var name in new[] { "Казахстан.txt", "Беларусь.txt" })
        {
            File.Copy(Sample, Path.Combine(_folder, name));
            var run = CliProcess.Run(_folder, "export", name, "--profile", "justice-and-detention", "--kinds", "excel-matrix", "--out", "out");
            Assert.Equal(0, run.ExitCode);
        }

        Assert.Equal("Казахстан.txt", ManifestFile.Read(Path.Combine(_folder, "out", "kazakhstan"))!.Source.File);
        Assert.Equal("Беларусь.txt", ManifestFile.Read(Path.Combine(_folder, "out", "belarus"))!.Source.File);
    }

    [Fact]
    public void Export_WarnsWithLineAndColumn_WhenAByteIsNotUtf8()
    {
        var sample = File.ReadAllBytes(Sample);
        var at = sample.AsSpan().IndexOf("ratification of"u8) + 3;
        File.WriteAllBytes(Path.Combine(_folder, "bad.txt"), [.. sample[..at], 0xFF, .. sample[at..]]);

        var run = CliProcess.Run(_folder, "export", "bad.txt", "--profile", "justice-and-detention", "--kinds", "excel-matrix", "--out", "out");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("bad.txt:4:43: warning: invalid UTF-8 (0xFF) replaced with \uFFFD\n", run.Stderr);
    }
}
