using System.Security.Cryptography;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Cli.Tests.Commands;

/// <summary>
/// An export killed (SIGKILL, no clean-up) just before each of its renames in turn: the folder then
/// holds the previous set with its manifest, or a journal the next run finishes; after the next run,
/// every listed file matches the manifest and no temporary file is left.
/// </summary>
public sealed class PublishKillTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reportforge-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Output => Path.Combine(_folder, "out", "summary");
    private string Journal => Path.Combine(Output, PublishJournal.FileName);

    [Fact]
    public void Export_LeavesOneWholeSet_WhenKilledAtAnyRename()
    {
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "samples", "kazakhstan-2010.txt"));
        var changed = sample.Replace("a system of juvenile justice should be set up", "a system of juvenile justice should be built", StringComparison.Ordinal);
        Assert.NotEqual(sample, changed);
        var killedAfterJournal = 0;

        for (var rename = 1; ; rename++)
        {
            Assert.True(rename < 12, "the export never finished");
            if (Directory.Exists(Path.Combine(_folder, "out"))) Directory.Delete(Path.Combine(_folder, "out"), recursive: true);
            File.WriteAllText(Path.Combine(_folder, "summary.txt"), sample);
            Assert.Equal(0, Export().ExitCode);
            var previous = ManifestFile.Read(Output)!;
            AssertWhole(previous);

            File.WriteAllText(Path.Combine(_folder, "summary.txt"), changed);
            var killed = Export(new Dictionary<string, string> { ["REPORTFORGE_KILL_AT_RENAME"] = rename.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (killed.ExitCode == 0) break; // fewer renames than this: every rename has been tried

            Assert.Equal(137, killed.ExitCode);
            var journalLeft = File.Exists(Journal);
            if (journalLeft) killedAfterJournal++;
            else AssertWhole(previous); // killed before the journal: the previous set stands untouched

            var next = Export();

            Assert.Equal(0, next.ExitCode);
            var current = ManifestFile.Read(Output)!;
            AssertWhole(current);
            Assert.NotEqual(previous.InputHash, current.InputHash);
            if (journalLeft) Assert.Contains("Nothing changed", next.Stdout); // the journal finished the killed publish
            Assert.False(File.Exists(Journal));
            Assert.Empty(Directory.EnumerateFiles(Output, "*.partial", SearchOption.AllDirectories));
            Assert.False(Directory.Exists(Path.Combine(Output, RunStaging.FolderName)));
        }
        Assert.True(killedAfterJournal >= 3, $"only {killedAfterJournal} kills after the journal");
    }

    private CliProcess.Outcome Export(IReadOnlyDictionary<string, string>? environment = null) =>
        CliProcess.RunWith(_folder, null, environment ?? new Dictionary<string, string>(),
            "export", "summary.txt", "--profile", "justice-and-detention", "--kinds", "pdf-brief,excel-matrix", "--out", "out");

    private void AssertWhole(Manifest manifest)
    {
        Assert.Equal(ManifestFile.Serialize(manifest), ManifestFile.Serialize(ManifestFile.Read(Output)!));
        Assert.Equal(2, manifest.Artifacts.Count);
        foreach (var artifact in manifest.Artifacts)
        {
            var bytes = File.ReadAllBytes(Path.Combine(Output, artifact.Path));
            Assert.Equal(artifact.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
    }
}
