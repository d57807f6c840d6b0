using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ReportForge.Jobs.Rendering;
using ReportForge.Storage.Tests.TestSupport;

namespace ReportForge.Server.Tests.Deployment;

/// <summary>The scheduled regeneration when several processes share one PostgreSQL store.</summary>
[Collection(ServerCollection.Name)]
public sealed class RegenerationAcrossProcessesTests
{
    [PostgresFact]
    public async Task RegenerateAll_NeverRunsTwiceAtOnce_AcrossWorkerProcesses()
    {
        using var database = new TestDatabase();
        await using var deployment = await Deployment.StartAsync(database.ConnectionString, workers: 2, threadsPerWorker: 1, TimeSpan.FromMinutes(5));
        LogEveryManifestWrite(database);
        var jobs = deployment.Services.GetRequiredService<IBackgroundJobClient>();

        // two runs at once, one per worker: the second waits for the first, then finds nothing to do
        var first = jobs.Enqueue<RegenerateAllJob>(job => job.Run(CancellationToken.None));
        var second = jobs.Enqueue<RegenerateAllJob>(job => job.Run(CancellationToken.None));
        await WaitUntilSucceededAsync(database, [first, second], deployment);

        Assert.Equal(1, ManifestWrites(database, "kazakhstan-2010"));
    }

    [PostgresFact]
    public async Task Servers_StartingAtOnce_ScheduleTheRegenerationAndRegisterTheSampleOnce()
    {
        using var database = new TestDatabase();
        var folders = Enumerable.Range(0, 3).Select(_ => Directory.CreateTempSubdirectory("reportforge-server-").FullName).ToList();
        var servers = folders.Select(folder => Deployment.BuildServer(database.ConnectionString, folder)).ToList();
        try
        {
            await Task.WhenAll(servers.Select(s => s.StartAsync()));

            using var connection = new NpgsqlConnection(database.ConnectionString);
            connection.Open();
            using var recurring = new NpgsqlCommand("SELECT value FROM hangfire.set WHERE key = 'recurring-jobs'", connection);
            using (var reader = recurring.ExecuteReader())
            {
                Assert.True(reader.Read());
                Assert.Equal(RegenerateAllJob.RecurringId, reader.GetString(0));
                Assert.False(reader.Read());
            }
            using var sources = new NpgsqlCommand("SELECT count(*) FROM reportforge.registry WHERE starts_with(key, 'sources/kazakhstan-2010/')", connection);
            Assert.Equal(1L, sources.ExecuteScalar());
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.StopAsync();
                await server.DisposeAsync();
            }
            foreach (var folder in folders) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A trigger that records every write of a manifest: one per publish.</summary>
    private static void LogEveryManifestWrite(TestDatabase database) => Execute(database, """
        CREATE TABLE manifest_write (source_id text NOT NULL);
        CREATE FUNCTION log_manifest_write() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN INSERT INTO manifest_write VALUES (NEW.source_id); RETURN NEW; END $$;
        CREATE TRIGGER manifest_write AFTER INSERT OR UPDATE ON reportforge.manifest
        FOR EACH ROW EXECUTE FUNCTION log_manifest_write();
        """);

    private static long ManifestWrites(TestDatabase database, string sourceId)
    {
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM manifest_write WHERE source_id = @source", connection);
        command.Parameters.AddWithValue("source", sourceId);
        return (long)command.ExecuteScalar()!;
    }

    private static async Task WaitUntilSucceededAsync(TestDatabase database, string[] jobIds, Deployment deployment)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var states = SharedDatabaseAudit.Jobs(database.ConnectionString)
                .Where(j => jobIds.Contains(j.JobId.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            Assert.DoesNotContain(states, j => j.State == "Failed");
            if (states.Count == jobIds.Length && states.All(j => j.State == "Succeeded")) return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"regeneration did not finish; worker logs:\n{string.Join("\n---\n", deployment.Workers.Select(w => w.Log))}");
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private static void Execute(TestDatabase database, string sql)
    {
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
