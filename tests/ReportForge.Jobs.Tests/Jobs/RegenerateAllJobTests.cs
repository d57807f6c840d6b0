using ReportForge.Jobs.Jobs;
using ReportForge.Jobs.Tests.Fakes;

namespace ReportForge.Jobs.Tests.Jobs;

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
}
