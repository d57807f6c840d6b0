using Npgsql;
using ReportForge.Exports.Tests.Pipeline;
using ReportForge.Storage.Tests.TestSupport;

namespace ReportForge.Storage.Tests.PostgreSql;

/// <summary>Published and staged files as rows of a database every node shares, in a database of each test's own.</summary>
[NeedsPostgres]
public sealed class PostgresArtifactStoreTests : ArtifactStoreTests
{
    private readonly TestDatabase _database = new();

    protected override IArtifactStore Open(RegistryLayout layout) => WorkspaceStorage.PostgreSql(_database.ConnectionString, layout).Artifacts;

    protected override void LoseFile(string sourceId, string path) =>
        Execute("DELETE FROM reportforge.artifact WHERE source_id = @source AND path = @path", sourceId, path);

    public override void Dispose()
    {
        base.Dispose();
        _database.Dispose();
    }

    [PostgresFact]
    public void Publish_KeepsTheFilesInTheDatabase_NotInTheOutputFolder_AndEmptiesTheStaging()
    {
        var plan = Plan();
        var staging = Store.Staging("request-1");
        Stage(plan, staging);

        staging.Publish(plan, CancellationToken.None);

        Assert.Equal(2, Store.Published("test-source").Count);
        Assert.False(Directory.Exists(Layout.OutputFolder("test-source")));
        Assert.False(Directory.Exists(staging.ScratchFolder));
        Assert.Equal(0, staging.Count());
    }

    [PostgresFact]
    public void AStoreOnAnotherDisk_ServesWhatThisOnePublished()
    {
        var plan = Plan();
        var staging = Store.Staging("request-1");
        var rendered = Stage(plan, staging);
        staging.Publish(plan, CancellationToken.None);
        using var otherDisk = new TempFolder();

        var elsewhere = Open(new RegistryLayout(otherDisk.Path));

        var published = elsewhere.Published("test-source");
        Assert.Equal(2, published.Count);
        foreach (var file in published)
        {
            using var content = new MemoryStream();
            using (var stream = elsewhere.Open(file)) stream.CopyTo(content);
            Assert.Equal(rendered[file.Entry.Path], content.ToArray());
        }
    }

    [PostgresFact]
    public void Published_LeavesOutAFileWhoseStoredSizeIsNotTheListedOne()
    {
        var plan = Plan();
        var staging = Store.Staging("request-1");
        Stage(plan, staging);
        staging.Publish(plan, CancellationToken.None);
        var damaged = plan.Artifacts[1].Plan.RelativePath;

        Execute("UPDATE reportforge.artifact SET content = 'cut'::bytea WHERE source_id = @source AND path = @path", "test-source", damaged);

        Assert.DoesNotContain(damaged, Store.Published("test-source").Select(f => f.Entry.Path));
        Assert.Equal(3, Store.StoredBytes("test-source")(damaged));
    }

    private void Execute(string sql, string sourceId, string path)
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("source", sourceId);
        command.Parameters.AddWithValue("path", path);
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
