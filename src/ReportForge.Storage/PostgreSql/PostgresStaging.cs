using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Storage.PostgreSql;

/// <summary>
/// A request's staged files as rows of <c>reportforge.staged_artifact</c>: a file and its manifest
/// entry go in one row, so a staged entry always has its whole file. Publishing moves the rows into
/// <c>reportforge.artifact</c> and writes the manifest in one transaction, inside the database.
/// </summary>
internal sealed class PostgresStaging(PostgresDatabase database, RegistryLayout layout, string stagingId) : IArtifactSink
{
    internal const string Staged = PostgresSchema.Name + ".staged_artifact";

    public ManifestArtifact? Find(string relativePath) => database.Run(connection =>
    {
        using var command = new NpgsqlCommand($"SELECT entry FROM {Staged} WHERE staging_id = @id AND path = @path", connection);
        command.Parameters.AddWithValue("id", stagingId);
        command.Parameters.AddWithValue("path", relativePath);
        return command.ExecuteScalar() is string json ? Entry(json) : null;
    });

    /// <summary>Files render on the local disk first, since renderers write to seekable streams; <see cref="Put"/> stores them.</summary>
    public string ScratchFolder => Path.Combine(layout.StagingFolder, stagingId);

    public void Put(StagedArtifact rendered)
    {
        database.Run(connection =>
        {
            using var content = File.OpenRead(rendered.TemporaryPath);
            using var command = new NpgsqlCommand(
                $"INSERT INTO {Staged} (staging_id, path, entry, content) VALUES (@id, @path, @entry, @content) ON CONFLICT DO NOTHING", connection);
            command.Parameters.AddWithValue("id", stagingId);
            command.Parameters.AddWithValue("path", rendered.Entry.Path);
            command.Parameters.AddWithValue("entry", JsonSerializer.Serialize(rendered.Entry, RegistryJson.Options));
            command.Parameters.Add(new NpgsqlParameter("content", NpgsqlDbType.Bytea) { Value = content });
            command.ExecuteNonQuery();
        });
        rendered.Discard();
    }

    public int Count() => database.Run(connection =>
    {
        using var command = new NpgsqlCommand($"SELECT count(*) FROM {Staged} WHERE staging_id = @id", connection);
        command.Parameters.AddWithValue("id", stagingId);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    public Manifest Publish(ExportPlan plan, CancellationToken cancellationToken)
    {
        var manifest = PublishRows(plan, cancellationToken);
        StagingFolder.Remove(ScratchFolder);
        return manifest;
    }

    private Manifest PublishRows(ExportPlan plan, CancellationToken cancellationToken) => database.InTransaction((connection, transaction) =>
    {
        var sourceId = plan.Source.Descriptor.Id;
        var paths = plan.Artifacts.Select(a => a.Plan.RelativePath).ToArray();
        // one publisher per source at a time, so two manifests never interleave
        Execute(connection, transaction, "SELECT pg_advisory_xact_lock(hashtextextended(@lock, 0))", ("lock", $"{PostgresSchema.Name}:manifest:{sourceId}"));
        var previous = PostgresArtifactStore.Read(connection, transaction, sourceId);

        var fresh = StagedEntries(connection, transaction, paths);
        var missing = paths.Except(fresh.Select(e => e.Path)).FirstOrDefault();
        if (missing is not null) throw new InvalidOperationException($"'{missing}' was planned but never staged.");

        Execute(connection, transaction, $"""
            INSERT INTO {PostgresArtifactStore.Artifacts} (source_id, path, entry, content, published)
            SELECT @source, path, entry, content, now() FROM {Staged} WHERE staging_id = @id AND path = ANY(@paths)
            ON CONFLICT (source_id, path) DO UPDATE SET entry = EXCLUDED.entry, content = EXCLUDED.content, published = EXCLUDED.published
            """, ("source", sourceId), ("id", stagingId), ("paths", paths));
        var stored = StoredPaths(connection, transaction, sourceId);
        var manifest = ManifestAssembler.Compose(plan, fresh, previous, stored.Contains);
        Execute(connection, transaction, $"""
            INSERT INTO {PostgresArtifactStore.Manifests} (source_id, manifest, published) VALUES (@source, @manifest, now())
            ON CONFLICT (source_id) DO UPDATE SET manifest = EXCLUDED.manifest, published = EXCLUDED.published
            """, ("source", sourceId), ("manifest", JsonSerializer.Serialize(manifest, RegistryJson.Options)));
        // files made from older inputs are stale: they leave with the manifest that listed them
        Execute(connection, transaction, $"DELETE FROM {PostgresArtifactStore.Artifacts} WHERE source_id = @source AND NOT (path = ANY(@listed))",
            ("source", sourceId), ("listed", manifest.Artifacts.Select(a => a.Path).ToArray()));
        Execute(connection, transaction, $"DELETE FROM {Staged} WHERE staging_id = @id", ("id", stagingId));
        cancellationToken.ThrowIfCancellationRequested();
        return manifest;
    });

    public void Discard()
    {
        database.Run(connection => Execute(connection, null, $"DELETE FROM {Staged} WHERE staging_id = @id", ("id", stagingId)));
        StagingFolder.Remove(ScratchFolder);
    }

    private List<ManifestArtifact> StagedEntries(NpgsqlConnection connection, NpgsqlTransaction transaction, string[] paths)
    {
        using var command = new NpgsqlCommand($"SELECT entry FROM {Staged} WHERE staging_id = @id AND path = ANY(@paths)", connection, transaction);
        command.Parameters.AddWithValue("id", stagingId);
        command.Parameters.AddWithValue("paths", paths);
        using var reader = command.ExecuteReader();
        var entries = new List<ManifestArtifact>();
        while (reader.Read()) entries.Add(Entry(reader.GetString(0)));
        return entries;
    }

    private static HashSet<string> StoredPaths(NpgsqlConnection connection, NpgsqlTransaction transaction, string sourceId)
    {
        using var command = new NpgsqlCommand($"SELECT path FROM {PostgresArtifactStore.Artifacts} WHERE source_id = @source", connection, transaction);
        command.Parameters.AddWithValue("source", sourceId);
        using var reader = command.ExecuteReader();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) paths.Add(reader.GetString(0));
        return paths;
    }

    private static int Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command.ExecuteNonQuery();
    }

    private static ManifestArtifact Entry(string json) =>
        JsonSerializer.Deserialize<ManifestArtifact>(json, RegistryJson.Options) ?? throw new InvalidDataException("An empty staged entry.");
}
