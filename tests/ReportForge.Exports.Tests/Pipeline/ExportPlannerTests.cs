using ReportForge.Core;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Exports.Tests.Pipeline;

/// <summary>Which profiles an export plans: every shipped one that fits the document, or exactly those named.</summary>
public sealed class ExportPlannerTests : IDisposable
{
    private readonly TempFolder _output = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public void Run_SkipsAShippedProfile_ThatDoesNotFitTheDocument_AndListsItInTheManifest()
    {
        // The hand-built summary has no statement about children: the shipped "children" profile cannot apply.
        var pipeline = new ExportPipeline(PipelineFixtures.Templates, [new FakeRenderer()]);

        var result = pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path) with { Profiles = [] });

        var skipped = Assert.Single(result.Manifest.Skipped!, s => s.Profile == "children");
        Assert.Contains("children", skipped.Reason, StringComparison.Ordinal);
        Assert.Contains(result.Manifest.Artifacts, a => a.Profile == "full");
        Assert.DoesNotContain(result.Manifest.Artifacts, a => a.Profile == "children");
        var written = File.ReadAllText(Path.Combine(_output.Path, "test-source", Manifest.FileName));
        Assert.Contains("\"skipped\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FailsWithTheProfilesMessage_WhenTheRequestNamesAProfileThatDoesNotFit()
    {
        var pipeline = new ExportPipeline(PipelineFixtures.Templates, [new FakeRenderer()]);

        var error = Assert.Throws<InputException>(() =>
            pipeline.Run(PipelineFixtures.Source(), PipelineFixtures.Request(_output.Path) with { Profiles = ["children"] }));

        Assert.Contains("children", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_output.Path, "test-source")));
    }
}
