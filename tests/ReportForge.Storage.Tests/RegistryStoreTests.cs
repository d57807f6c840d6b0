using System.Text;
using ReportForge.Exports.Tests.Pipeline;
using ReportForge.Storage.Tests.TestSupport;

namespace ReportForge.Storage.Tests;

/// <summary>What every <see cref="IRegistryStore"/> does, whichever back-end keeps the documents: each back-end's test class runs these.</summary>
public abstract class RegistryStoreTests : IDisposable
{
    private readonly TempFolder _output = new();
    private IRegistryStore? _store;

    protected RegistryStoreTests() => Layout = new RegistryLayout(_output.Path);

    protected RegistryLayout Layout { get; }
    protected IRegistryStore Store => _store ??= Open(Layout);

    /// <summary>The back-end's store over <paramref name="layout"/>.</summary>
    protected abstract IRegistryStore Open(RegistryLayout layout);

    public virtual void Dispose()
    {
        _output.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [StoreFact]
    public void Read_ReturnsNull_ForAKeyNeverWritten()
    {
        Assert.Null(Store.Read("requests/ab12.status.json"));
        Assert.Null(Store.Read("never-made/ab12.json"));
    }

    [StoreFact]
    public void Write_ThenRead_ReturnsTheSameBytes()
    {
        Store.Write("requests/ab12.status.json", Bytes("{\"state\":\"queued\"}"));

        Assert.Equal(Bytes("{\"state\":\"queued\"}"), Store.Read("requests/ab12.status.json"));
    }

    [StoreFact]
    public void Write_ReplacesTheDocument_WhenTheKeyIsWrittenAgain()
    {
        Store.Write("requests/ab12.status.json", Bytes("queued"));

        Store.Write("requests/ab12.status.json", Bytes("succeeded"));

        Assert.Equal(Bytes("succeeded"), Store.Read("requests/ab12.status.json"));
        Assert.Equal(["requests/ab12.status.json"], Store.Keys("requests/"));
    }

    [StoreFact]
    public void Delete_RemovesTheDocument_AndLeavesItsNeighbours()
    {
        Store.Write("requests/ab12.json", Bytes("a"));
        Store.Write("requests/cd34.json", Bytes("c"));

        Store.Delete("requests/ab12.json");

        Assert.Null(Store.Read("requests/ab12.json"));
        Assert.Equal(Bytes("c"), Store.Read("requests/cd34.json"));
    }

    [StoreFact]
    public void Delete_DoesNothing_ForAKeyNeverWritten()
    {
        Store.Write("requests/ab12.json", Bytes("a"));

        Store.Delete("requests/cd34.json");
        Store.Delete("never-made/cd34.json");

        Assert.Equal(["requests/ab12.json"], Store.Keys("requests/"));
    }

    [StoreFact]
    public void Keys_ListsOnlyTheDocumentsDirectlyUnderTheFolder_NewestFirst()
    {
        Store.Write("requests/older.json", Bytes("1"));
        // file times tick with the kernel's coarse clock: a few milliseconds apart, two writes are ordered
        Thread.Sleep(50);
        Store.Write("requests/newer.json", Bytes("2"));
        Store.Write("requests/deeper/ignored.json", Bytes("3"));
        Store.Write("sources/index.json", Bytes("4"));

        Assert.Equal(["requests/newer.json", "requests/older.json"], Store.Keys("requests/"));
    }

    [StoreFact]
    public void Keys_IsEmpty_ForAFolderWithNoDocuments()
    {
        Store.Write("sources/index.json", Bytes("{}"));

        Assert.Empty(Store.Keys("requests/"));
    }

    [StoreFact]
    public async Task Lock_KeepsASecondHolderWaiting_UntilTheFirstReleasesIt()
    {
        var first = Store.Lock("requests/abc.lock");

        var second = Task.Run(() => Store.Lock("requests/abc.lock"));
        await Task.Delay(500);
        Assert.False(second.IsCompleted);
        first.Dispose();

        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [StoreFact]
    public void Lock_OfAnotherName_IsTakenAtOnce()
    {
        using var first = Store.Lock("requests/abc.lock");

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var other = Store.Lock("requests/def.lock", cancel.Token);

        Assert.False(cancel.IsCancellationRequested);
    }

    [StoreFact]
    public async Task Lock_StopsWaiting_WhenTheWaitIsCancelled()
    {
        using var first = Store.Lock("regeneration.lock");
        using var cancel = new CancellationTokenSource();

        var waiting = Task.Run(() => Store.Lock("regeneration.lock", cancel.Token));
        await Task.Delay(200);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [StoreFact]
    public void LocalFile_HoldsTheDocumentsContent()
    {
        Store.Write("sources/kazakhstan-2010/kazakhstan-2010.txt", Bytes("JS1 recommended"));

        var path = Store.LocalFile("sources/kazakhstan-2010/kazakhstan-2010.txt", "0123abcd");

        Assert.Equal("kazakhstan-2010.txt", Path.GetFileName(path));
        Assert.Equal(Bytes("JS1 recommended"), File.ReadAllBytes(path));
    }
}
