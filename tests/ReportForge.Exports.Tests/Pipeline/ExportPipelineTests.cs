using System.Security.Cryptography;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Exports.Tests.Pipeline;

public sealed class ExportPipelineTests : IDisposable
{
    private readonly TempFolder _output = new();

    public void Dispose() => _output.Dispose();

    private string SourceFolder => Path.Combine(_output.Path, "test-source");

    [Fact]
    public void Run_RendersOneArtifactAtATime_WhenParallelismIsOne()
    {
        var renderer = new ConcurrencyProbe();
        var pipeline = new ExportPipeline(PipelineFixtures.Templates, [renderer]);

        var result = pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path) with { Parallelism = 1 });

        Assert.Equal(2, result.Rendered.Count);
        Assert.Equal(1, renderer.MostAtOnce);
    }

    [Fact]
    public void Run_RefusesAParallelismBelowOne()
    {
        var pipeline = new ExportPipeline(PipelineFixtures.Templates, [new FakeRenderer()]);

        Assert.Throws<ArgumentOutOfRangeException>(() => pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path) with { Parallelism = 0 }));
        Assert.False(Directory.Exists(SourceFolder));
    }

    [Fact]
    public void Run_WritesEveryPlannedArtifact_AndListsItInTheManifest()
    {
        var pipeline = new ExportPipeline(PipelineFixtures.Templates, [new FakeRenderer()]);

        var result = pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path));

        Assert.False(result.Skipped);
        var manifest = ManifestFile.Read(SourceFolder)!;
        Assert.Equal("test-source", manifest.Source.Id);
        Assert.Equal("Kazakhstan", manifest.Source.Country);
        Assert.Equal(64, manifest.InputHash.Length);
        Assert.Equal(["full/fake/constitutional-and-legislative-framework.txt", "full/fake/scope-of-international-obligations.txt"],
            manifest.Artifacts.Select(a => a.Path));
        foreach (var artifact in manifest.Artifacts)
        {
            var bytes = File.ReadAllBytes(Path.Combine(SourceFolder, artifact.Path));
            Assert.Equal("word-brief", artifact.Kind);
            Assert.Equal("full", artifact.Profile);
            Assert.Equal(bytes.Length, artifact.Bytes);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), artifact.Sha256);
            Assert.Equal(1, artifact.Pages);
        }
        Assert.Equal(["I.B", "I.A"], manifest.Artifacts.Select(a => a.Theme));
    }

    [Fact]
    public void Run_RendersNothing_WhenInputsAreUnchanged()
    {
        var renderer = new FakeRenderer();
        var pipeline = new ExportPipeline(PipelineFixtures.Templates, [renderer]);
        pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path));

        var second = pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path));

        Assert.True(second.Skipped);
        Assert.Empty(second.Rendered);
        Assert.Equal(2, renderer.Calls);
    }

    [Fact]
    public void Run_RendersAgain_WhenForced()
    {
        var renderer = new FakeRenderer();
        var pipeline = new ExportPipeline(PipelineFixtures.Templates, [renderer]);
        pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path));

        var forced = pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path, force: true));

        Assert.False(forced.Skipped);
        Assert.Equal(2, forced.Rendered.Count);
        Assert.Equal(4, renderer.Calls);
    }

    [Fact]
    public void Run_RendersAgain_WhenTheSourceChanges()
    {
        var pipeline = new ExportPipeline(PipelineFixtures.Templates, [new FakeRenderer()]);
        var first = pipeline.Run(PipelineFixtures.Source("aaaa"), PipelineFixtures.Request(_output.Path));

        var second = pipeline.Run(PipelineFixtures.Source("bbbb"), PipelineFixtures.Request(_output.Path));

        Assert.False(second.Skipped);
        Assert.NotEqual(first.Manifest.InputHash, second.Manifest.InputHash);
        Assert.Contains("bbbb", File.ReadAllText(Path.Combine(SourceFolder, second.Manifest.Artifacts[0].Path)));
    }

    [Fact]
    public void Run_LeavesPreviousFilesAndManifestUntouched_WhenARendererThrows()
    {
        new ExportPipeline(PipelineFixtures.Templates, [new FakeRenderer()])
            .Run(PipelineFixtures.Source("aaaa"), PipelineFixtures.Request(_output.Path));
        var before = Snapshot();

        var failing = new ExportPipeline(PipelineFixtures.Templates, [new FakeRenderer(failOn: "scope")]);
        var error = Assert.Throws<InvalidOperationException>(() =>
            failing.Run(PipelineFixtures.Source("bbbb"), PipelineFixtures.Request(_output.Path)));

        Assert.Equal("renderer failed on purpose", error.Message);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void Run_LeavesNoFileBehind_WhenTheFirstExportFails()
    {
        var failing = new ExportPipeline(PipelineFixtures.Templates, [new FakeRenderer(failOn: "constitutional")]);

        Assert.Throws<InvalidOperationException>(() => failing.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path)));

        Assert.Empty(Directory.Exists(SourceFolder)
            ? Directory.EnumerateFiles(SourceFolder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".manifest.lock", StringComparison.Ordinal))
            : []);
    }

    [Fact]
    public void Run_ReportsProgress_ForEveryArtifact()
    {
        var pipeline = new ExportPipeline(PipelineFixtures.Templates, [new FakeRenderer()]);
        var reports = new List<ExportProgress>();

        pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path), new SyncProgress(reports));

        Assert.Equal(2, reports.Count);
        Assert.Equal([1, 2], reports.Select(r => r.Completed).Order());
        Assert.All(reports, r => Assert.Equal(2, r.Total));
    }

    /// <summary>Every file in the source folder with its content, to compare before and after.</summary>
    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(SourceFolder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".manifest.lock", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(SourceFolder, f), File.ReadAllText);

    private sealed class SyncProgress(List<ExportProgress> reports) : IProgress<ExportProgress>
    {
        public void Report(ExportProgress value)
        {
            lock (reports) reports.Add(value);
        }
    }

    /// <summary>Records how many renders overlap; each render waits a moment so that overlaps show.</summary>
    private sealed class ConcurrencyProbe : IArtifactRenderer
    {
        private int _running;
        public int MostAtOnce;

        public ArtifactKind Kind => ArtifactKind.WordBrief;

        public IEnumerable<ArtifactPlan> Plan(Core.Tailoring.BriefContent content) =>
            content.Themes.Select(t => new ArtifactPlan(Kind, $"{content.Profile.Name}/probe/{t.Section.Slug}.txt", content.Profile.Name, t.Section.Id));

        public int? Render(ArtifactPlan plan, Core.Tailoring.BriefContent content, Stream output, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _running);
            lock (this) MostAtOnce = Math.Max(MostAtOnce, now);
            Thread.Sleep(100);
            output.WriteByte((byte)'x');
            Interlocked.Decrement(ref _running);
            return null;
        }
    }
}
