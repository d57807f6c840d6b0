using ReportForge.Exports.Pipeline;

namespace ReportForge.Exports.Tests.Pipeline;

/// <summary>What killed runs leave behind is removed by the next run, and a live run's files are not.</summary>
public sealed class LeftoverFilesTests : IDisposable
{
    private readonly TempFolder _output = new();

    public void Dispose() => _output.Dispose();

    private string Folder => Path.Combine(_output.Path, "test-source");

    [Fact]
    public void Run_RemovesPartialFilesAndDeadRunsStaging_EvenWhenNothingChanged()
    {
        var pipeline = new ExportPipeline(PipelineFixtures.Templates, [new FakeRenderer()]);
        pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path));
        var dead = Path.Combine(Folder, RunStaging.FolderName, "deadrun");
        Directory.CreateDirectory(Path.Combine(dead, "full"));
        File.WriteAllText(Path.Combine(dead, "full", "brief.pdf.1234abcd.partial"), "half");
        File.WriteAllText(dead + ".lock", "");
        File.WriteAllText(Path.Combine(Folder, "manifest.json.99999999.partial"), "half");
        File.WriteAllText(Path.Combine(Folder, "full", "old.txt.0000aaaa.partial"), "half");

        var result = pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path));

        Assert.True(result.Skipped);
        Assert.Empty(Directory.EnumerateFiles(Folder, "*.partial", SearchOption.AllDirectories));
        Assert.False(Directory.Exists(Path.Combine(Folder, RunStaging.FolderName)));
    }

    [Fact]
    public void Recover_KeepsTheFilesOfARunStillAlive()
    {
        Directory.CreateDirectory(Folder);
        using var live = RunStaging.Open(Folder);
        var rendering = Path.Combine(live.Folder, "brief.pdf.1234abcd.partial");
        File.WriteAllText(rendering, "in progress");

        ManifestAssembler.Recover(Folder);

        Assert.True(File.Exists(rendering));
    }

    [Fact]
    public void Recover_FinishesAJournalledPublish_SoTheManifestListsTheNewFiles()
    {
        var pipeline = new ExportPipeline(PipelineFixtures.Templates, [new FakeRenderer()]);
        var first = pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path)).Manifest;
        var target = Path.Combine(Folder, first.Artifacts[0].Path);
        var staged = target + ".feedbeef.partial";
        File.WriteAllText(staged, "new content");
        var entry = first.Artifacts[0] with { Bytes = 11, Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("new content"u8)) };
        var next = first with { InputHash = new string('f', 64), Artifacts = [entry, first.Artifacts[1]] };
        File.WriteAllText(Path.Combine(Folder, PublishJournal.FileName),
            System.Text.Json.JsonSerializer.Serialize(new PublishJournal(next, [new JournalMove(staged, target)], []), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)));

        ManifestAssembler.Recover(Folder);

        Assert.Equal("new content", File.ReadAllText(target));
        Assert.Equal(new string('f', 64), ManifestFile.Read(Folder)!.InputHash);
        Assert.False(File.Exists(Path.Combine(Folder, PublishJournal.FileName)));
        Assert.False(File.Exists(staged));
    }
}
