using ReportForge.Jobs.Rendering;
using ReportForge.Jobs.Tests.Fakes;

namespace ReportForge.Jobs.Tests.Rendering;

public sealed class RegenerateAllJobTests : IDisposable
{
    private readonly TestWorkspace _test = new(new FakePdfRenderer());

    public void Dispose() => _test.Dispose();

    [Fact]
    public void Run_RendersEveryProfileOfEverySource_ThenSkipsWhatIsCurrent()
    {
        _test.RegisterSample();
        _test.Workspace.Sources.Register("other-2012.txt", System.Text.Encoding.UTF8.GetBytes(FakeSummaries.Text("other")));
        var job = new RegenerateAllJob(_test.Workspace);

        job.Run(CancellationToken.None);
        var first = _test.Pdf!.Calls;
        job.Run(CancellationToken.None);

        var profiles = _test.Workspace.Templates.Profiles.Count;
        Assert.Equal(2 * profiles, first);
        Assert.Equal(first, _test.Pdf.Calls);
        Assert.Equal(profiles, _test.Workspace.Manifest("other-2012")!.Artifacts.Count);
    }

    [Fact]
    public void Run_RendersASourceAgain_WhenItsTextChanged()
    {
        _test.RegisterSample();
        var job = new RegenerateAllJob(_test.Workspace);
        job.Run(CancellationToken.None);
        var first = _test.Pdf!.Calls;

        _test.Workspace.Sources.Register("kazakhstan-2010.txt", System.Text.Encoding.UTF8.GetBytes(FakeSummaries.Text("corrected")));
        job.Run(CancellationToken.None);

        Assert.Equal(2 * first, _test.Pdf.Calls);
    }

    [Fact]
    public async Task Run_WaitsForARunningRegeneration_BeforeItStarts()
    {
        _test.RegisterSample();
        var running = _test.Workspace.RegenerationLock(CancellationToken.None);

        var second = Task.Run(() => new RegenerateAllJob(_test.Workspace).Run(CancellationToken.None));
        await Task.Delay(300);
        Assert.False(second.IsCompleted);
        Assert.Equal(0, _test.Pdf!.Calls);

        running.Dispose();
        await second.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(_test.Workspace.Templates.Profiles.Count, _test.Pdf.Calls);
    }

    [Fact]
    public async Task Run_StopsWaiting_WhenCancelled()
    {
        _test.RegisterSample();
        using var running = _test.Workspace.RegenerationLock(CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var waiting = Task.Run(() => new RegenerateAllJob(_test.Workspace).Run(cancel.Token));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Equal(0, _test.Pdf!.Calls);
    }
}
