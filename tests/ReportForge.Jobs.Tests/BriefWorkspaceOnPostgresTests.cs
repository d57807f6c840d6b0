using System.Security.Cryptography;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Rendering;
using ReportForge.Jobs.Registry;
using ReportForge.Jobs.Requests;
using ReportForge.Storage;
using ReportForge.Jobs.Tests.Fakes;
using ReportForge.Jobs.Tests.Fixtures;
using ReportForge.Storage.Tests.TestSupport;
using UglyToad.PdfPig;

namespace ReportForge.Jobs.Tests;

/// <summary>
/// A workspace whose registry and artifacts are in PostgreSQL, as every node of a deployment has it.
/// The stores themselves are tested in ReportForge.Storage.Tests.
/// </summary>
public sealed class BriefWorkspaceOnPostgresTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly TestWorkspace _test;

    public BriefWorkspaceOnPostgresTests()
    {
        _test = new TestWorkspace(Shared, new FakePdfRenderer(), new FakeThemeRenderer());
        _test.RegisterSample();
    }

    public void Dispose()
    {
        _test.Dispose();
        _database.Dispose();
    }

    private Func<RegistryLayout, WorkspaceStorage> Shared => layout => WorkspaceStorage.PostgreSql(_database.ConnectionString, layout);

    private static BriefRequest Justice => new() { SourceId = "kazakhstan-2010", Profiles = ["justice-and-detention"] };

    [PostgresFact]
    public void Request_IsPublishedIntoTheDatabase_NotIntoTheOutputFolder()
    {
        var jobs = new InlineJobs(_test.Workspace);
        var submitted = new BriefSubmission(_test.Workspace, jobs).Submit(Justice);

        jobs.RunAll();

        Assert.Equal(RequestState.Succeeded, _test.Workspace.Requests.Status(submitted.RequestId).State);
        var published = _test.Workspace.Artifacts.Published("kazakhstan-2010");
        Assert.Equal(3, published.Count);
        foreach (var file in published)
        {
            using var content = new MemoryStream();
            using (var stream = _test.Workspace.Artifacts.Open(file)) stream.CopyTo(content);
            Assert.Equal(file.Entry.Sha256, Convert.ToHexStringLower(SHA256.HashData(content.ToArray())));
        }
        using (var brief = new MemoryStream())
        {
            using (var stream = _test.Workspace.Artifacts.Open(published.Single(f => f.Entry.Path.EndsWith(".pdf", StringComparison.Ordinal)))) stream.CopyTo(brief);
            using var pdf = PdfDocument.Open(brief.ToArray());
            Assert.Equal(1, pdf.NumberOfPages);
        }
        Assert.False(Directory.Exists(Path.Combine(_test.OutputRoot, "kazakhstan-2010")));
        Assert.Equal(0, _test.Workspace.Staging(submitted.RequestId).Count());
    }

    [PostgresFact]
    public void AWorkspaceOnAnotherDisk_SeesTheSameSourcesRequestsAndFiles()
    {
        var jobs = new InlineJobs(_test.Workspace);
        var submitted = new BriefSubmission(_test.Workspace, jobs).Submit(Justice);
        using var elsewhere = new TestWorkspace(Shared, new FakePdfRenderer(), new FakeThemeRenderer());

        jobs.RunAll();

        Assert.Equal(["kazakhstan-2010"], elsewhere.Workspace.Sources.All().Select(s => s.Id));
        Assert.Equal(RequestState.Succeeded, elsewhere.Workspace.Requests.Status(submitted.RequestId).State);
        Assert.Equal(3, elsewhere.Workspace.Artifacts.Published("kazakhstan-2010").Count);
        Assert.True(elsewhere.Workspace.IsCurrent(elsewhere.Workspace.Plan(Justice)));
    }

    [PostgresFact]
    public void ADatasetRegisteredOnOneNode_IsSeenAndPlannedTheSameOnAnother()
    {
        using var here = new TempFolder();
        using var there = new TempFolder();
        var first = new BriefWorkspace(here.Path, ExportPipeline.CreateDefault(TestWorkspace.Templates), storage: Shared);
        var second = new BriefWorkspace(there.Path, ExportPipeline.CreateDefault(TestWorkspace.Templates), storage: Shared);
        first.Sources.Register("slovenia-2019.txt", SloveniaFixtures.Bytes(SloveniaFixtures.Summary2019));

        var entry = first.Datasets.Register("slovenia-2019", SloveniaFixtures.UprInfoCsvName, SloveniaFixtures.Bytes(SloveniaFixtures.UprInfoCsv));

        Assert.Equal([entry.Id], second.Datasets.Of("slovenia-2019").Select(d => d.Id));
        var request = new BriefRequest { SourceId = "slovenia-2019", Profiles = ["full"], Kinds = ["excel-matrix"] };
        var plan = second.Plan(request);
        Assert.Equal(first.Plan(request).InputHash, plan.InputHash);
        Assert.NotEqual(second.Plan(request with { Datasets = [] }).InputHash, plan.InputHash);
    }

    [PostgresFact]
    public void RegenerateAll_PublishesEveryFileOfEverySource_ThenFindsThemCurrent()
    {
        var regenerate = new RegenerateAllJob(_test.Workspace);

        regenerate.Run(CancellationToken.None);

        var plan = _test.Workspace.Pipeline.Plan(_test.Workspace.Sources.Load("kazakhstan-2010"),
            new ExportRequest { SourceId = "kazakhstan-2010", OutputRoot = _test.OutputRoot });
        Assert.Equal(plan.Artifacts.Count, _test.Workspace.Artifacts.Published("kazakhstan-2010").Count);
        Assert.True(_test.Workspace.IsCurrent(plan));
    }
}
