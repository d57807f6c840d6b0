using ReportForge.Exports.Pipeline;
using ReportForge.Storage.Folder;

namespace ReportForge.Storage.Tests.Folder;

/// <summary>The registry as files under <c>output/.registry/</c>, a key being a relative path.</summary>
public sealed class FolderRegistryStoreTests : RegistryStoreTests
{
    protected override IRegistryStore Open(RegistryLayout layout) => new FolderRegistryStore(layout);

    [Fact]
    public void Write_PutsTheDocumentAtItsKeysPathUnderTheRegistryFolder()
    {
        Store.Write("requests/ab12.json", Bytes("{}"));

        Assert.Equal(Bytes("{}"), File.ReadAllBytes(Path.Combine(Layout.Root, "requests", "ab12.json")));
        Assert.Equal(["ab12.json"], Directory.EnumerateFiles(Path.Combine(Layout.Root, "requests")).Select(Path.GetFileName));
    }

    [Fact]
    public void Keys_LeavesOutHalfWrittenAndLockFiles()
    {
        Store.Write("requests/ab12.json", Bytes("{}"));
        File.WriteAllText(Path.Combine(Layout.Root, "requests", "cd34.json.0123abcd" + AtomicFile.TemporarySuffix), "{");
        using var held = Store.Lock("requests/ab12.lock");

        Assert.Equal(["requests/ab12.json"], Store.Keys("requests/"));
    }

    [Fact]
    public void LocalFile_IsTheDocumentItself_NotACopy()
    {
        Store.Write("sources/kazakhstan-2010/kazakhstan-2010.txt", Bytes("JS1 recommended"));

        var path = Store.LocalFile("sources/kazakhstan-2010/kazakhstan-2010.txt", "0123abcd");

        Assert.Equal(Path.Combine(Layout.Root, "sources", "kazakhstan-2010", "kazakhstan-2010.txt"), path);
    }
}
