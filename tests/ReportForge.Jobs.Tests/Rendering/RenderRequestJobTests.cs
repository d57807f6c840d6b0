using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Rendering;
using ReportForge.Jobs.Requests;
using ReportForge.Jobs.Tests.Fakes;
using UglyToad.PdfPig;

namespace ReportForge.Jobs.Tests.Rendering;

public sealed class RenderRequestJobTests : IDisposable
{
    private readonly TestWorkspace _test = new(new FakePdfRenderer(), new FakeThemeRenderer());
    private readonly InlineJobs _jobs;
    private readonly BriefSubmission _submission;

    public RenderRequestJobTests()
    {
        _test.RegisterSample();
        _jobs = new InlineJobs(_test.Workspace);
        _submission = new BriefSubmission(_test.Workspace, _jobs);
    }

    public void Dispose() => _test.Dispose();

    private BriefRequest Justice(bool force = false) => new() { SourceId = "kazakhstan-2010", Profiles = ["justice-and-detention"], Force = force };

    [Fact]
    public void Run_FansOutOneJobPerArtifact_ThenPublishesThemOnce()
    {
        var submitted = _submission.Submit(Justice());

        _jobs.RunAll();

        var names = _jobs.Enqueued.Select(j => j.Type.Name).ToList();
        Assert.Equal([nameof(RenderRequestJob), nameof(RenderArtifactJob), nameof(RenderArtifactJob), nameof(RenderArtifactJob), nameof(AssembleRequestJob)], names);
        var status = _test.Workspace.Requests.Status(submitted.RequestId);
        Assert.Equal(RequestState.Succeeded, status.State);
        Assert.Equal(
            ["justice-and-detention/brief.pdf", "justice-and-detention/word/administration-of-justice.txt", "justice-and-detention/word/right-to-life-liberty-and-security-of-the-person.txt"],
            status.Artifacts.Select(a => a.Path).Order(StringComparer.Ordinal));
        var manifest = _test.Workspace.Manifest("kazakhstan-2010")!;
        Assert.Equal(status.Artifacts.Select(a => a.Path).Order(StringComparer.Ordinal), manifest.Artifacts.Select(a => a.Path));
        using var pdf = PdfDocument.Open(Path.Combine(_test.OutputRoot, "kazakhstan-2010", "justice-and-detention", "brief.pdf"));
        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Equal("Justice and detention brief: Kazakhstan", pdf.Information.Title);
    }

    [Fact]
    public void Run_LeavesNoStagingArea_AndNoTemporaryFile_AfterPublishing()
    {
        _submission.Submit(Justice());

        _jobs.RunAll();

        Assert.DoesNotContain(_test.Files(), f => f.Contains("/staging/", StringComparison.Ordinal) || f.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_SucceedsWithoutRendering_WhenEveryFileIsCurrent()
    {
        _submission.Submit(Justice());
        _jobs.RunAll();
        var renders = _test.Pdf!.Calls;

        var again = _submission.Submit(Justice());
        _jobs.RunAll();

        var status = _test.Workspace.Requests.Status(again.RequestId);
        Assert.Equal(RequestState.Succeeded, status.State);
        Assert.True(status.UpToDate);
        Assert.Equal(3, status.Artifacts.Count);
        Assert.Equal(renders, _test.Pdf.Calls);
    }

    [Fact]
    public void Run_RendersAgain_WhenForced()
    {
        _submission.Submit(Justice());
        _jobs.RunAll();

        _submission.Submit(Justice(force: true));
        _jobs.RunAll();

        Assert.Equal(2, _test.Pdf!.Calls);
    }

    [Fact]
    public void Assemble_RecordsTheRequestAsSucceeded_WhenARetryFindsItsFilesAlreadyPublished()
    {
        var submitted = _submission.Submit(Justice(force: true));
        _jobs.RunUntil(stopBefore: typeof(AssembleRequestJob));
        var plan = _test.Workspace.Plan(_test.Workspace.Requests.Get(submitted.RequestId));
        // the first attempt published, then the process died before the request was marked
        _test.Workspace.Staging(submitted.RequestId).Publish(plan, CancellationToken.None);

        _jobs.RunAll();

        var status = _test.Workspace.Requests.Status(submitted.RequestId);
        Assert.Equal(RequestState.Succeeded, status.State);
        Assert.Equal(3, status.Artifacts.Count);
        Assert.All(status.Artifacts, a => Assert.True(File.Exists(Path.Combine(_test.OutputRoot, "kazakhstan-2010", a.Path)), a.Path));
    }

    [Fact]
    public void RenderArtifact_DoesNotRenderAgain_WhenRunTwice()
    {
        var submitted = _submission.Submit(Justice() with { Kinds = ["pdf-brief"] });
        _jobs.RunAll();
        var artifact = (ArtifactRef)_jobs.Enqueued.Single(j => j.Type == typeof(RenderArtifactJob)).Args[0];

        new RenderArtifactJob(_test.Workspace, _jobs).Run(artifact, CancellationToken.None);
        _jobs.RunAll();

        Assert.Equal(1, _test.Pdf!.Calls);
        Assert.Equal(RequestState.Succeeded, _test.Workspace.Requests.Status(submitted.RequestId).State);
        Assert.Single(_jobs.Enqueued, j => j.Type == typeof(AssembleRequestJob));
    }

    [Fact]
    public void Submit_RefusesAnUnknownProfile_AndStoresNothing()
    {
        var error = Assert.Throws<Core.InputException>(() => _submission.Submit(Justice() with { Profiles = ["no-such-profile"] }));

        Assert.Contains("no profile named 'no-such-profile'", error.Message);
        Assert.Empty(_test.Workspace.Requests.Ids());
        Assert.Empty(_jobs.Enqueued);
    }

    [Fact]
    public void ArtifactRef_ReadsAsTheDashboardName()
    {
        var artifact = new ArtifactRef(new RequestRef("kazakhstan-2010", "abc"), ArtifactKind.PdfBrief, "justice-and-detention", null, "justice-and-detention/brief.pdf");
        var perTheme = new ArtifactRef(new RequestRef("kazakhstan-2010", "abc"), ArtifactKind.WordBrief, "full", "II.B.3", "full/word/administration-of-justice.docx");

        Assert.Equal("PDF brief: justice-and-detention (kazakhstan-2010)", artifact.ToString());
        Assert.Equal("Word brief: full, administration-of-justice (kazakhstan-2010)", perTheme.ToString());
    }
}
