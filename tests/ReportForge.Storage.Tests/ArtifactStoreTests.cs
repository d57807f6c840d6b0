using System.Security.Cryptography;
using ReportForge.Exports.Pipeline;
using ReportForge.Exports.Tests.Pipeline;
using ReportForge.Storage.Tests.TestSupport;

namespace ReportForge.Storage.Tests;

/// <summary>
/// What every <see cref="IArtifactStore"/> does, whichever back-end keeps the bytes: each back-end's test
/// class runs these. The files are the pipeline tests' two small text files; a store keeps whatever bytes it is given.
/// </summary>
public abstract class ArtifactStoreTests : IDisposable
{
    private const string SourceId = "test-source";
    private readonly TempFolder _output = new();
    private IArtifactStore? _store;

    protected ArtifactStoreTests() => Layout = new RegistryLayout(_output.Path);

    protected RegistryLayout Layout { get; }
    protected IArtifactStore Store => _store ??= Open(Layout);

    /// <summary>The back-end's store over <paramref name="layout"/>.</summary>
    protected abstract IArtifactStore Open(RegistryLayout layout);

    /// <summary>Removes a published file behind the store's back, as a damaged disk or table would.</summary>
    protected abstract void LoseFile(string sourceId, string path);

    public virtual void Dispose()
    {
        _output.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The two files of the hand-built summary's "full" profile, rendered by a small text renderer.</summary>
    private protected ExportPlan Plan(FakeRenderer? renderer = null, string sourceSha = "0123abcd") =>
        new ExportPipeline(PipelineFixtures.Templates, [renderer ?? new FakeRenderer()])
            .Plan(PipelineFixtures.Source(sourceSha), PipelineFixtures.Request(Layout.OutputRoot));

    /// <summary>Renders and puts the plan's files into <paramref name="staging"/>; returns the bytes rendered, by path.</summary>
    protected static Dictionary<string, byte[]> Stage(ExportPlan plan, IArtifactSink staging, int? only = null)
    {
        var rendered = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var artifact in only is { } index ? [plan.Artifacts[index]] : plan.Artifacts)
        {
            var file = StagedArtifact.Render(artifact, plan.Folder, CancellationToken.None, staging.ScratchFolder);
            rendered[file.Entry.Path] = File.ReadAllBytes(file.TemporaryPath);
            staging.Put(file);
        }
        return rendered;
    }

    protected byte[] Read(PublishedFile file)
    {
        using var content = new MemoryStream();
        using (var stream = Store.Open(file)) stream.CopyTo(content);
        return content.ToArray();
    }

    private static string PathOf(ExportPlan plan, int index) => plan.Artifacts[index].Plan.RelativePath;

    [StoreFact]
    public void Staging_FindsNothing_BeforeAFileIsPut()
    {
        var plan = Plan();

        var staging = Store.Staging("request-1");

        Assert.Equal(0, staging.Count());
        Assert.Null(staging.Find(PathOf(plan, 0)));
    }

    [StoreFact]
    public void Put_KeepsTheRenderedFile_SoFindReturnsItsEntry_InThatStagingOnly()
    {
        var plan = Plan();
        var staging = Store.Staging("request-1");
        var rendered = StagedArtifact.Render(plan.Artifacts[0], plan.Folder, CancellationToken.None, staging.ScratchFolder);

        staging.Put(rendered);

        Assert.Equal(rendered.Entry, staging.Find(rendered.Entry.Path));
        Assert.Equal(1, staging.Count());
        Assert.False(File.Exists(rendered.TemporaryPath));
        Assert.Null(Store.Staging("request-2").Find(rendered.Entry.Path));
    }

    [StoreFact]
    public void Render_PutsAFileInTheStagingOnce_WhenAJobRunsAgain()
    {
        var renderer = new FakeRenderer();
        var plan = Plan(renderer);
        var staging = Store.Staging("again");

        var first = ExportPipeline.Render(plan.Artifacts[0], plan.Folder, staging, CancellationToken.None);
        var second = ExportPipeline.Render(plan.Artifacts[0], plan.Folder, staging, CancellationToken.None);

        Assert.Equal(1, renderer.Calls);
        Assert.Equal(first, second);
    }

    [StoreFact]
    public void Discard_EmptiesTheStaging_AndLeavesOtherStagingsAlone()
    {
        var plan = Plan();
        var discarded = Store.Staging("request-1");
        var other = Store.Staging("request-2");
        Stage(plan, discarded);
        Stage(plan, other, only: 0);

        discarded.Discard();

        Assert.Equal(0, discarded.Count());
        Assert.All(plan.Artifacts, a => Assert.Null(discarded.Find(a.Plan.RelativePath)));
        Assert.Equal(1, other.Count());
    }

    [StoreFact]
    public void Publish_PublishesEveryPlannedFile_WithAManifestListingEachOnesSha256()
    {
        var plan = Plan();
        var staging = Store.Staging("request-1");
        var rendered = Stage(plan, staging);

        var manifest = staging.Publish(plan, CancellationToken.None);

        Assert.Equal(SourceId, manifest.Source.Id);
        Assert.Equal(plan.InputHash, manifest.InputHash);
        Assert.Equal(plan.Artifacts.Select(a => a.Plan.RelativePath).Order(StringComparer.Ordinal), manifest.Artifacts.Select(a => a.Path));
        Assert.Equal(ManifestFile.Serialize(manifest), ManifestFile.Serialize(Store.Manifest(SourceId)!));
        var published = Store.Published(SourceId);
        Assert.Equal(manifest.Artifacts.Select(a => a.Path), published.Select(f => f.Entry.Path));
        var storedBytes = Store.StoredBytes(SourceId);
        foreach (var file in published)
        {
            var bytes = Read(file);
            Assert.Equal(rendered[file.Entry.Path], bytes);
            Assert.Equal(file.Entry.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(file.Entry.Bytes, bytes.Length);
            Assert.Equal(bytes.Length, storedBytes(file.Entry.Path));
            Assert.Equal(SourceId, file.SourceId);
        }
        Assert.All(plan.Artifacts, a => Assert.Null(staging.Find(a.Plan.RelativePath)));
    }

    [StoreFact]
    public void ASourceNeverPublished_HasNoManifest_NoFiles_AndNoStoredBytes()
    {
        var plan = Plan();

        Assert.Null(Store.Manifest(SourceId));
        Assert.Empty(Store.Published(SourceId));
        Assert.Null(Store.StoredBytes(SourceId)(PathOf(plan, 0)));
    }

    [StoreFact]
    public void StoredBytes_IsNull_ForAPathThePublishedManifestDoesNotHold()
    {
        var plan = Plan();
        var staging = Store.Staging("request-1");
        Stage(plan, staging);
        staging.Publish(plan, CancellationToken.None);

        Assert.Null(Store.StoredBytes(SourceId)("full/fake/never-planned.txt"));
        Assert.Null(Store.StoredBytes("another-source")(PathOf(plan, 0)));
    }

    [StoreFact]
    public void Publish_PublishesNothing_WhenAPlannedFileWasNeverStaged()
    {
        var plan = Plan();
        var staging = Store.Staging("half");
        ExportPipeline.Render(plan.Artifacts[0], plan.Folder, staging, CancellationToken.None);

        var refused = Assert.Throws<InvalidOperationException>(() => staging.Publish(plan, CancellationToken.None));

        Assert.Contains(PathOf(plan, 1), refused.Message);
        Assert.Null(Store.Manifest(SourceId));
        Assert.Empty(Store.Published(SourceId));
        Assert.Equal(1, staging.Count());
    }

    [StoreFact]
    public void Publish_KeepsEarlierFilesListed_WhenTheyWereMadeFromTheSameInputs()
    {
        var plan = Plan();
        var first = Store.Staging("request-1");
        Stage(plan, first);
        first.Publish(plan, CancellationToken.None);
        var second = Store.Staging("request-2");
        Stage(plan, second, only: 0);

        var manifest = second.Publish(plan with { Artifacts = [plan.Artifacts[0]] }, CancellationToken.None);

        Assert.Equal(2, manifest.Artifacts.Count);
        Assert.Equal(2, Store.Published(SourceId).Count);
    }

    [StoreFact]
    public void Publish_RemovesFilesMadeFromOlderInputs()
    {
        var older = Plan();
        var first = Store.Staging("request-1");
        Stage(older, first);
        first.Publish(older, CancellationToken.None);
        var stale = Store.Published(SourceId).Single(f => f.Entry.Path == PathOf(older, 1));
        var newer = Plan(sourceSha: "feedbeef");
        Assert.NotEqual(older.InputHash, newer.InputHash);
        var second = Store.Staging("request-2");
        Stage(newer, second, only: 0);

        var manifest = second.Publish(newer with { Artifacts = [newer.Artifacts[0]] }, CancellationToken.None);

        Assert.Equal([PathOf(newer, 0)], manifest.Artifacts.Select(a => a.Path));
        Assert.Equal([PathOf(newer, 0)], Store.Published(SourceId).Select(f => f.Entry.Path));
        Assert.Null(Store.StoredBytes(SourceId)(stale.Entry.Path));
        Assert.ThrowsAny<FileNotFoundException>(() => Store.Open(stale).Dispose());
    }

    [StoreFact]
    public void Published_LeavesOutAListedFileTheStoreNoLongerHas()
    {
        var plan = Plan();
        var staging = Store.Staging("request-1");
        Stage(plan, staging);
        staging.Publish(plan, CancellationToken.None);

        LoseFile(SourceId, PathOf(plan, 1));

        Assert.Equal(2, Store.Manifest(SourceId)!.Artifacts.Count);
        Assert.Equal([PathOf(plan, 0)], Store.Published(SourceId).Select(f => f.Entry.Path));
        Assert.Null(Store.StoredBytes(SourceId)(PathOf(plan, 1)));
    }

    [StoreFact]
    public void DiscardStaging_DeletesTheStagingsStartingWithThePrefix_ExceptTheOneToKeep()
    {
        var plan = Plan();
        string[] ids = ["regeneration-1", "regeneration-2", "regeneration-3", "request-1"];
        foreach (var id in ids) Stage(plan, Store.Staging(id), only: 0);

        Store.DiscardStaging("regeneration-", keep: "regeneration-2");

        Assert.Equal([0, 1, 0, 1], ids.Select(id => Store.Staging(id).Count()));
    }

    [StoreFact]
    public void DiscardStaging_DoesNothing_WhenNothingIsStaged()
    {
        Store.DiscardStaging("regeneration-", keep: "regeneration-2");

        Assert.Equal(0, Store.Staging("regeneration-1").Count());
    }
}
