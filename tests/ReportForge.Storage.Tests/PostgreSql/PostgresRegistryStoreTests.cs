using Npgsql;
using ReportForge.Core;
using ReportForge.Exports.Tests.Pipeline;
using ReportForge.Storage.Tests.TestSupport;

namespace ReportForge.Storage.Tests.PostgreSql;

/// <summary>The registry as rows of a table every node shares, locks as advisory locks, in a database of each test's own.</summary>
[NeedsPostgres]
public sealed class PostgresRegistryStoreTests : RegistryStoreTests
{
    private readonly TestDatabase _database = new();

    protected override IRegistryStore Open(RegistryLayout layout) => WorkspaceStorage.PostgreSql(_database.ConnectionString, layout).Registry;

    public override void Dispose()
    {
        base.Dispose();
        _database.Dispose();
    }

    [PostgresFact]
    public void LocalFile_RefusesAKeyNotInTheRegistry_NamingIt()
    {
        var refused = Assert.Throws<InputException>(() => Store.LocalFile("sources/gone/gone.txt", "0123abcd"));

        Assert.Equal("sources/gone/gone.txt: not in the registry", refused.Message);
    }

    [PostgresFact]
    public void LocalFile_KeepsCopiesOfDifferentVersionsApart()
    {
        const string key = "sources/kazakhstan-2010/kazakhstan-2010.txt";
        Store.Write(key, Bytes("first text"));
        var first = Store.LocalFile(key, "version-1");

        Store.Write(key, Bytes("second text"));
        var second = Store.LocalFile(key, "version-2");

        Assert.NotEqual(first, second);
        Assert.Equal(Bytes("first text"), File.ReadAllBytes(first));
        Assert.Equal(Bytes("second text"), File.ReadAllBytes(second));
        Assert.Equal(first, Store.LocalFile(key, "version-1"));
    }

    [PostgresFact]
    public async Task AStoreOnAnotherDisk_ReadsTheSameDocuments_AndWaitsForTheSameLocks()
    {
        using var otherDisk = new TempFolder();
        var elsewhere = Open(new RegistryLayout(otherDisk.Path));
        Store.Write("requests/ab12.json", Bytes("{}"));
        var held = Store.Lock("regeneration.lock");

        var waiting = Task.Run(() => elsewhere.Lock("regeneration.lock"));
        await Task.Delay(500);

        Assert.Equal(Bytes("{}"), elsewhere.Read("requests/ab12.json"));
        Assert.Equal(["requests/ab12.json"], elsewhere.Keys("requests/"));
        Assert.False(waiting.IsCompleted);
        held.Dispose();
        (await waiting.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [PostgresFact]
    public async Task Lock_IsReleased_WhenItsHoldersConnectionDies()
    {
        var held = Store.Lock("regeneration.lock");
        var waiting = Task.Run(() => Store.Lock("regeneration.lock"));
        await Task.Delay(500);
        Assert.False(waiting.IsCompleted);

        TerminateTheLockHolder();

        (await waiting.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
        held.Dispose();
    }

    [PostgresFact]
    public void PostgreSql_CreatesTheTablesOnce_WhenSeveralNodesStartAtOnce()
    {
        var stores = new IRegistryStore[4];

        Parallel.For(0, stores.Length, i => stores[i] = WorkspaceStorage.PostgreSql(_database.ConnectionString, Layout).Registry);

        stores[0].Write("sources/index.json", Bytes("{}"));
        Assert.All(stores, s => Assert.Equal(Bytes("{}"), s.Read("sources/index.json")));
    }

    /// <summary>Ends the session that holds an advisory lock granted (not the one waiting for it), as a killed worker's would end.</summary>
    private void TerminateTheLockHolder()
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("""
            SELECT count(pg_terminate_backend(pid))
            FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """, connection);
        Assert.Equal(1L, command.ExecuteScalar());
    }
}
