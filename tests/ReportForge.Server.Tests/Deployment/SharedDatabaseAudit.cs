using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;

namespace ReportForge.Server.Tests.Deployment;

/// <summary>One published file as the shared database holds it.</summary>
internal sealed record StoredArtifact(string SourceId, string Path, long ListedBytes, string ListedSha256, byte[] Content)
{
    public string ActualSha256 => Convert.ToHexStringLower(SHA256.HashData(Content));
}

/// <summary>Reads back what the jobs left in the shared database: Hangfire's job history and the published files.</summary>
internal static class SharedDatabaseAudit
{
    /// <summary>
    /// Every job given a state, with its final state and how many times a worker started it. Hangfire
    /// creates a job in two steps (the row, then its first state); a process killed between them leaves
    /// a row no worker can ever see, which Hangfire lets expire. The job that created it runs again
    /// elsewhere and creates it anew, so such rows are not work left undone.
    /// </summary>
    public static IReadOnlyList<(long JobId, string State, int Runs)> Jobs(string connectionString)
    {
        using var connection = Open(connectionString);
        using var command = new NpgsqlCommand("""
            SELECT j.id, j.statename, count(s.id) FILTER (WHERE s.name = 'Processing')
            FROM hangfire.job j LEFT JOIN hangfire.state s ON s.jobid = j.id
            WHERE j.statename IS NOT NULL
            GROUP BY j.id, j.statename ORDER BY j.id
            """, connection);
        using var reader = command.ExecuteReader();
        var jobs = new List<(long, string, int)>();
        while (reader.Read()) jobs.Add((reader.GetInt64(0), reader.GetString(1), (int)reader.GetInt64(2)));
        return jobs;
    }

    /// <summary>
    /// Jobs given a state but not yet a final one, with their state's data (which server holds them, when a
    /// retry is due). Rows never given a state are left out, as in <see cref="Jobs"/>.
    /// </summary>
    public static IReadOnlyList<string> Unfinished(string connectionString)
    {
        using var connection = Open(connectionString);
        using var command = new NpgsqlCommand("""
            SELECT j.id, j.statename, s.data::text, j.invocationdata::text, q.queue, q.fetchedat
            FROM hangfire.job j LEFT JOIN hangfire.state s ON s.id = j.stateid LEFT JOIN hangfire.jobqueue q ON q.jobid = j.id
            WHERE j.statename NOT IN ('Succeeded', 'Failed', 'Deleted') ORDER BY j.id
            """, connection);
        using var reader = command.ExecuteReader();
        var jobs = new List<string>();
        while (reader.Read())
            jobs.Add(Describe(reader));
        return jobs;
    }

    /// <summary>What every other connection to the database is doing, and Hangfire's distributed locks and servers.</summary>
    public static IReadOnlyList<string> Activity(string connectionString)
    {
        using var connection = Open(connectionString);
        var rows = new List<string>();
        foreach (var sql in new[]
        {
            "SELECT pid, state, wait_event_type, wait_event, xact_start, left(query, 160) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
            "SELECT 'lock', resource, acquired FROM hangfire.lock",
            "SELECT 'server', id, lastheartbeat FROM hangfire.server",
        })
        {
            using var command = new NpgsqlCommand(sql, connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                rows.Add(Describe(reader));
        }
        return rows;
    }

    /// <summary>Jobs a given worker process is running now.</summary>
    public static int RunningOn(string connectionString, int processId)
    {
        using var connection = Open(connectionString);
        using var command = new NpgsqlCommand("""
            SELECT count(*) FROM hangfire.job j JOIN hangfire.state s ON s.id = j.stateid
            WHERE j.statename = 'Processing' AND s.data::text LIKE @server
            """, connection);
        command.Parameters.AddWithValue("server", $"%:{processId}:%");
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every file the manifests list, with its stored content (null content when listed but missing).</summary>
    public static IReadOnlyList<StoredArtifact> Published(string connectionString)
    {
        using var connection = Open(connectionString);
        var listed = new List<(string Source, JsonElement Entry)>();
        using (var command = new NpgsqlCommand("SELECT source_id, manifest FROM reportforge.manifest", connection))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                foreach (var entry in JsonDocument.Parse(reader.GetString(1)).RootElement.GetProperty("artifacts").EnumerateArray())
                    listed.Add((reader.GetString(0), entry.Clone()));
        }
        return listed.Select(l =>
        {
            using var read = new NpgsqlCommand("SELECT content FROM reportforge.artifact WHERE source_id = @source AND path = @path", connection);
            read.Parameters.AddWithValue("source", l.Source);
            read.Parameters.AddWithValue("path", l.Entry.GetProperty("path").GetString()!);
            return new StoredArtifact(l.Source, l.Entry.GetProperty("path").GetString()!, l.Entry.GetProperty("bytes").GetInt64(),
                l.Entry.GetProperty("sha256").GetString()!, read.ExecuteScalar() as byte[] ?? []);
        }).ToList();
    }

    /// <summary>Rows of staged files not yet published (a finished run leaves none).</summary>
    public static long StagedRows(string connectionString)
    {
        using var connection = Open(connectionString);
        using var command = new NpgsqlCommand("SELECT count(*) FROM reportforge.staged_artifact", connection);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>One row as "a | b | c", NULL as "-".</summary>
    private static string Describe(NpgsqlDataReader reader) =>
        string.Join(" | ", Enumerable.Range(0, reader.FieldCount)
            .Select(i => reader.IsDBNull(i) ? "-" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));

    private static NpgsqlConnection Open(string connectionString)
    {
        // unpooled: a pooled connection from before a restart of the server fails on first use
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }
}
