using System.Text;
using System.Text.Json.Nodes;
using ReportForge.Jobs.Rendering;
using ReportForge.Jobs.Requests;
using ReportForge.Jobs.Tests.Fakes;
using ReportForge.Jobs.Tests.Rendering;

namespace ReportForge.Jobs.Tests.Requests;

/// <summary>
/// A server on the in-memory job store killed mid-request, over a real output folder: the requests are submitted and
/// partly rendered by one job client, which is then dropped with its queue (the killed process's jobs), and the next
/// start takes them up with real Hangfire.
/// </summary>
public sealed class InterruptedRequestsTests : IDisposable
{
    private const string Source = "kazakhstan-2010";
    private readonly FakePdfRenderer _pdf = new();
    private readonly FakeThemeRenderer _themes = new();
    private readonly TestWorkspace _test;
    private readonly InlineJobs _killed;

    public InterruptedRequestsTests()
    {
        _test = new TestWorkspace(_pdf, _themes);
        _test.RegisterSample();
        _killed = new InlineJobs(Workspace);
    }

    public void Dispose() => _test.Dispose();

    private BriefWorkspace Workspace => _test.Workspace;
    private int Renders => _pdf.Calls + _themes.Calls;

    /// <summary>A brief of three files (a PDF and two per-theme files), rendered again even when current.</summary>
    private string Submit() =>
        new BriefSubmission(Workspace, _killed).Submit(new BriefRequest { SourceId = Source, Profiles = ["justice-and-detention"], Force = true }).RequestId;

    private string StagingFolder(string requestId) => Path.Combine(Workspace.Layout.StagingFolder, requestId);

    [Fact]
    public void Resume_RendersAQueuedRequest_ThatTheKilledServerNeverStarted()
    {
        var requestId = Submit();

        var resumed = ResumeAndFinish(requestId);

        Assert.True(resumed.Resumed);
        Assert.Equal(1, resumed.Resumptions);
        var status = Workspace.Requests.Status(requestId);
        Assert.Equal(RequestState.Succeeded, status.State);
        Assert.Equal(3, status.Artifacts.Count);
        Assert.All(status.Artifacts, a => Assert.True(File.Exists(Path.Combine(_test.OutputRoot, Source, a.Path)), a.Path));
        Assert.Equal(resumed.JobId, Workspace.Requests.JobId(requestId));
        Assert.False(Directory.Exists(StagingFolder(requestId)));
    }

    [Fact]
    public void Resume_KeepsTheFilesAlreadyStaged_AndRendersOnlyTheRest()
    {
        var requestId = Submit();
        _killed.RunNext(2); // the request job, then one of its three artifact jobs
        Assert.Equal(RequestState.Rendering, Workspace.Requests.Status(requestId).State);
        Assert.Equal(1, Workspace.Staging(requestId).Count());
        var staged = StagedFiles(requestId);

        ResumeAndFinish(requestId);

        var status = Workspace.Requests.Status(requestId);
        Assert.Equal(RequestState.Succeeded, status.State);
        Assert.Equal(3, status.Artifacts.Count);
        Assert.Equal(3, Renders);
        // the staged file was published as it was: moved, not rendered again
        var (path, written) = Assert.Single(staged);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(_test.OutputRoot, Source, path)));
        Assert.False(Directory.Exists(StagingFolder(requestId)));
    }

    [Fact]
    public void Resume_PublishesARequestWhoseFilesWereAllStaged_WhenItsPublishJobWasLost()
    {
        var requestId = Submit();
        _killed.RunUntil(stopBefore: typeof(AssembleRequestJob));
        Assert.True(Workspace.Requests.Status(requestId).AssembleEnqueued);

        ResumeAndFinish(requestId);

        Assert.Equal(RequestState.Succeeded, Workspace.Requests.Status(requestId).State);
        Assert.Equal(3, Renders);
        Assert.Equal(3, Workspace.Manifest(Source)!.Artifacts.Count);
    }

    [Fact]
    public void Resume_FailsARequestWithTheReason_AfterTheServerStoppedDuringItThreeTimes()
    {
        var requestId = Submit();
        _killed.RunNext(2);
        var starts = new List<InterruptedRequest>();

        // each start's jobs die unrun with the next kill
        for (var start = 0; start < 3; start++) starts.AddRange(InterruptedRequests.Resume(Workspace, new InlineJobs(Workspace)));

        Assert.Equal([true, true, false], starts.Select(s => s.Resumed));
        Assert.Equal([1, 2, 2], starts.Select(s => s.Resumptions));
        var status = Workspace.Requests.Status(requestId);
        Assert.Equal(RequestState.Failed, status.State);
        Assert.Equal(InterruptedRequests.Reason, status.Error);
        Assert.False(Directory.Exists(StagingFolder(requestId)));
        Assert.Empty(InterruptedRequests.Resume(Workspace, new InlineJobs(Workspace)));
    }

    [Fact]
    public void Resume_LeavesFinishedRequestsAsTheyAre_AndEnqueuesNothingForThem()
    {
        var succeeded = Submit();
        _killed.RunAll();
        var failed = Submit();
        Workspace.Requests.Update(failed, s => s with { State = RequestState.Failed, Error = "the theme's text is cut short" });
        var before = new[] { succeeded, failed }.Select(StatusFile).ToList();
        var jobs = new InlineJobs(Workspace);

        var taken = InterruptedRequests.Resume(Workspace, jobs);

        Assert.Empty(taken);
        Assert.Empty(jobs.Enqueued);
        Assert.Equal(before, new[] { succeeded, failed }.Select(StatusFile));
    }

    [Fact]
    public void Resume_FailsARenderingRequestWithTheReason_WhenItsSourceWasReplacedMeanwhile()
    {
        var requestId = Submit();
        _killed.RunNext(2);
        Workspace.Sources.Register("kazakhstan-2010.txt", Encoding.UTF8.GetBytes(FakeSummaries.Text("corrected")));

        ResumeAndFinish(requestId);

        var status = Workspace.Requests.Status(requestId);
        Assert.Equal(RequestState.Failed, status.State);
        Assert.Equal("kazakhstan-2010: the source was replaced while the brief rendered; request it again", status.Error);
        Assert.Equal(1, Renders);
        Assert.False(Directory.Exists(StagingFolder(requestId)));
    }

    [Fact]
    public void Resume_FailsARequestWithTheReason_WhenItsSourceWasRemovedMeanwhile()
    {
        var requestId = Submit();
        _killed.RunNext(2);
        File.WriteAllText(Path.Combine(Workspace.Layout.SourcesFolder, "index.json"), """{ "sources": [] }""");

        ResumeAndFinish(requestId);

        var status = Workspace.Requests.Status(requestId);
        Assert.Equal(RequestState.Failed, status.State);
        Assert.Equal("kazakhstan-2010: no registered source 'kazakhstan-2010'; registered: ", status.Error);
        Assert.False(Directory.Exists(StagingFolder(requestId)));
    }

    [Fact]
    public void Resume_ReadsAStatusStoredBeforeResumptionsWereCounted_AsNeverResumed()
    {
        var requestId = Submit();
        _killed.RunNext(2);
        var file = StatusPath(requestId);
        var stored = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        Assert.True(stored.Remove("resumptions"));
        File.WriteAllText(file, stored.ToJsonString());

        var resumed = Assert.Single(InterruptedRequests.Resume(Workspace, new InlineJobs(Workspace)));

        Assert.True(resumed.Resumed);
        Assert.Equal(1, resumed.Resumptions);
    }

    /// <summary>Starts "the next server": resumes with real Hangfire and waits until the request is finished.</summary>
    private InterruptedRequest ResumeAndFinish(string requestId)
    {
        using var hangfire = new HangfireHarness(Workspace);
        var resumed = Assert.Single(InterruptedRequests.Resume(Workspace, hangfire.Client));
        Assert.Equal(requestId, resumed.RequestId);
        hangfire.WaitUntilIdle(() => Workspace.Requests.Status(requestId).IsFinished);
        return resumed;
    }

    /// <summary>Relative path and write time of each file in the request's staging area that has its entry.</summary>
    private List<(string Path, DateTime Written)> StagedFiles(string requestId)
    {
        var staging = Workspace.Staging(requestId);
        var files = Path.Combine(StagingFolder(requestId), "files");
        return Directory.EnumerateFiles(files, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(files, f).Replace('\\', '/'))
            .Where(p => staging.Find(p) is not null)
            .Select(p => (p, File.GetLastWriteTimeUtc(Path.Combine(files, p))))
            .ToList();
    }

    private string StatusPath(string requestId) => Path.Combine(Workspace.Layout.Root, "requests", requestId + ".status.json");
    private string StatusFile(string requestId) => File.ReadAllText(StatusPath(requestId));
}
