using ReportForge.Core.Tailoring;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Requests;
using ReportForge.Jobs.Tests.Fakes;

namespace ReportForge.Jobs.Tests.Rendering;

public sealed class RenderArtifactJobTests : IDisposable
{
    private readonly FailsItsRequestWhileRendering _renderer = new();
    private readonly TestWorkspace _test;
    private readonly InlineJobs _jobs;

    public RenderArtifactJobTests()
    {
        _test = new TestWorkspace(_renderer);
        _test.RegisterSample();
        _jobs = new InlineJobs(_test.Workspace);
        _renderer.Workspace = _test.Workspace;
    }

    public void Dispose() => _test.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Run_LeavesNothingStaged_WhenAnotherFileFailsTheRequestWhileThisOneRenders(bool renderBreaks)
    {
        _renderer.Breaks = renderBreaks;
        var submitted = new BriefSubmission(_test.Workspace, _jobs).Submit(new BriefRequest { SourceId = "kazakhstan-2010", Profiles = ["justice-and-detention"] });
        _renderer.RequestId = submitted.RequestId;

        _jobs.RunAll();

        Assert.Equal(RequestState.Failed, _test.Workspace.Requests.Status(submitted.RequestId).State);
        Assert.DoesNotContain(_test.Files(), f => f.Contains("/staging/", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_test.OutputRoot, ".registry", "staging", submitted.RequestId)));
    }

    /// <summary>
    /// Does what a failing file job does to the request while this render runs: marks it failed and removes
    /// its staging; then finishes, or breaks as a render does whose temporary file was removed under it.
    /// </summary>
    private sealed class FailsItsRequestWhileRendering : IArtifactRenderer
    {
        public BriefWorkspace? Workspace { get; set; }
        public string? RequestId { get; set; }
        public bool Breaks { get; set; }

        public ArtifactKind Kind => ArtifactKind.PdfBrief;

        public IEnumerable<ArtifactPlan> Plan(BriefContent content) =>
            [new ArtifactPlan(Kind, $"{content.Profile.Name}/brief.pdf", content.Profile.Name, Theme: null)];

        public int? Render(ArtifactPlan plan, BriefContent content, Stream output, CancellationToken cancellationToken)
        {
            Workspace!.Requests.Update(RequestId!, s => s with { State = RequestState.Failed, Error = "another file failed" });
            Workspace.Staging(RequestId!).Discard();
            if (Breaks) throw new FileNotFoundException("the temporary file went from under the render");
            output.WriteByte((byte)'%');
            return 1;
        }
    }
}
