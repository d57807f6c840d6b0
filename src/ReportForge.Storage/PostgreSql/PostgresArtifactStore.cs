using System.Data;
using System.Text.Json;
using Npgsql;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Storage.PostgreSql;

/// <summary>
/// Published files in <c>reportforge.artifact</c>, one row per file, and each source's manifest in
/// <c>reportforge.manifest</c>; files are written and read as streams, never held whole in memory.
/// </summary>
internal sealed class PostgresArtifactStore(PostgresDatabase database, RegistryLayout layout) : IArtifactStore
{
    internal const string Artifacts = PostgresSchema.Name + ".artifact";
    internal const string Manifests = PostgresSchema.Name + ".manifest";

    public Manifest? Manifest(string sourceId) => database.Run(connection => Read(connection, null, sourceId));

    public Func<string, long?> StoredBytes(string sourceId)
    {
        var present = Present(sourceId);
        return path => present.TryGetValue(path, out var file) ? file.Bytes : null;
    }

    public IReadOnlyList<PublishedFile> Published(string sourceId)
    {
        if (Manifest(sourceId) is not { } manifest) return [];
        var present = Present(sourceId);
        return manifest.Artifacts
            .Where(a => present.TryGetValue(a.Path, out var file) && file.Bytes == a.Bytes)
            .Select(a => new PublishedFile(sourceId, a, present[a.Path].Published))
            .ToList();
    }

    public Stream Open(PublishedFile file)
    {
        var connection = database.Open();
        var command = new NpgsqlCommand($"SELECT content FROM {Artifacts} WHERE source_id = @source AND path = @path", connection);
        command.Parameters.AddWithValue("source", file.SourceId);
        command.Parameters.AddWithValue("path", file.Entry.Path);
        var reader = command.ExecuteReader(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow);
        if (!reader.Read())
        {
            reader.Dispose();
            command.Dispose();
            connection.Dispose();
            throw new FileNotFoundException($"'{file.Entry.Path}' of '{file.SourceId}' is no longer published.");
        }
        return new RowStream(connection, command, reader, reader.GetStream(0));
    }

    public IArtifactSink Staging(string stagingId) => new PostgresStaging(database, layout, stagingId);

    public void DiscardStaging(string prefix, string keep) => database.Run(connection =>
    {
        using var command = new NpgsqlCommand(
            $"DELETE FROM {PostgresStaging.Staged} WHERE starts_with(staging_id, @prefix) AND staging_id <> @keep", connection);
        command.Parameters.AddWithValue("prefix", prefix);
        command.Parameters.AddWithValue("keep", keep);
        command.ExecuteNonQuery();
    });

    internal static Manifest? Read(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sourceId)
    {
        using var command = new NpgsqlCommand($"SELECT manifest FROM {Manifests} WHERE source_id = @source", connection, transaction);
        command.Parameters.AddWithValue("source", sourceId);
        return command.ExecuteScalar() is string json ? JsonSerializer.Deserialize<Manifest>(json, RegistryJson.Options) : null;
    }

    private sealed record StoredFile(long Bytes, DateTime Published);

    /// <summary>The files stored for a source, by path, with their sizes (read from the row, not the content).</summary>
    private Dictionary<string, StoredFile> Present(string sourceId) => database.Run(connection =>
    {
        using var command = new NpgsqlCommand($"SELECT path, octet_length(content), published FROM {Artifacts} WHERE source_id = @source", connection);
        command.Parameters.AddWithValue("source", sourceId);
        using var reader = command.ExecuteReader();
        var files = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        while (reader.Read()) files[reader.GetString(0)] = new StoredFile(reader.GetInt32(1), reader.GetFieldValue<DateTime>(2));
        return files;
    });
}
