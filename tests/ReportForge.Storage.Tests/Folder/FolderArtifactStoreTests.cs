using ReportForge.Exports.Pipeline;
using ReportForge.Storage.Folder;

namespace ReportForge.Storage.Tests.Folder;

/// <summary>Published files in <c>output/&lt;source-id&gt;/</c> beside <c>manifest.json</c>, staged files under <c>output/.registry/staging/</c>.</summary>
public sealed class FolderArtifactStoreTests : ArtifactStoreTests
{
    protected override IArtifactStore Open(RegistryLayout layout) => new FolderArtifactStore(layout);

    protected override void LoseFile(string sourceId, string path) =>
        File.Delete(Path.Combine(Layout.OutputFolder(sourceId), path));

    [Fact]
    public void Publish_WritesTheFilesAndManifestJson_IntoTheSourcesOutputFolder()
    {
        var plan = Plan();
        var staging = Store.Staging("request-1");
        var rendered = Stage(plan, staging);

        var manifest = staging.Publish(plan, CancellationToken.None);

        var folder = Layout.OutputFolder("test-source");
        Assert.Equal(ManifestFile.Serialize(manifest), ManifestFile.Serialize(ManifestFile.Read(folder)!));
        foreach (var (path, bytes) in rendered)
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(folder, path)));
        Assert.Empty(Directory.EnumerateFiles(folder, "*" + AtomicFile.TemporarySuffix, SearchOption.AllDirectories));
    }

    [Fact]
    public void Put_KeepsTheFileUnderTheRegistrysStagingFolder_WhereNothingIsServed()
    {
        var plan = Plan();

        Stage(plan, Store.Staging("request-1"), only: 0);

        Assert.True(File.Exists(Path.Combine(Layout.StagingFolder, "request-1", "files", plan.Artifacts[0].Plan.RelativePath)));
        Assert.False(Directory.Exists(Layout.OutputFolder("test-source")));
    }

    [Theory]
    [InlineData("../elsewhere.txt")]
    [InlineData("full/fake/half-written.txt.0123abcd" + AtomicFile.TemporarySuffix)]
    public void Published_IgnoresAnEntryEditedToPointOutsideItsFolderOrAtATemporaryFile(string path)
    {
        var folder = Layout.OutputFolder("test-source");
        var target = Path.GetFullPath(Path.Combine(folder, path));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, "not a published file");
        var entry = new ManifestArtifact("word-brief", path, 20, new string('0', 64), null, "full", null, 0);
        ManifestFile.Write(folder, new Manifest(new ManifestSource("test-source", "test-source.txt", "0123abcd", "Kazakhstan"), "hash", [entry]));

        Assert.Empty(Store.Published("test-source"));
        Assert.Null(Store.StoredBytes("test-source")(path));
    }
}
