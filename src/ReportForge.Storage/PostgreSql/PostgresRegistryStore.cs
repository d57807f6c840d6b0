using Npgsql;
using NpgsqlTypes;
using ReportForge.Core;
using ReportForge.Exports.Pipeline;

namespace ReportForge.Storage.PostgreSql;

/// <summary>The registry as rows of <c>reportforge.registry</c>, locks as advisory locks.</summary>
internal sealed class PostgresRegistryStore(PostgresDatabase database, RegistryLayout layout) : IRegistryStore
{
    private const string Table = PostgresSchema.Name + ".registry";

    public byte[]? Read(string key) => database.Run(connection =>
    {
        using var command = new NpgsqlCommand($"SELECT content FROM {Table} WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        return command.ExecuteScalar() as byte[];
    });

    public void Write(string key, ReadOnlySpan<byte> content)
    {
        var bytes = content.ToArray();
        database.Run(connection =>
        {
            using var command = new NpgsqlCommand(
                $"INSERT INTO {Table} (key, content) VALUES (@key, @content) ON CONFLICT (key) DO UPDATE SET content = EXCLUDED.content", connection);
            command.Parameters.AddWithValue("key", key);
            command.Parameters.AddWithValue("content", NpgsqlDbType.Bytea, bytes);
            command.ExecuteNonQuery();
        });
    }

    public void Delete(string key) => database.Run(connection =>
    {
        using var command = new NpgsqlCommand($"DELETE FROM {Table} WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        command.ExecuteNonQuery();
    });

    public IReadOnlyList<string> Keys(string folder) => database.Run(connection =>
    {
        using var command = new NpgsqlCommand($"SELECT key FROM {Table} WHERE starts_with(key, @folder) ORDER BY created DESC, key", connection);
        command.Parameters.AddWithValue("folder", folder);
        var keys = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (key.IndexOf('/', folder.Length) < 0) keys.Add(key);
        }
        return keys;
    });

    public IDisposable Lock(string name, CancellationToken cancellationToken = default) =>
        AdvisoryLock.Acquire(database, PostgresSchema.Name + ":" + name, cancellationToken);

    public string LocalFile(string key, string version)
    {
        var path = Path.Combine(layout.Root, "cache", version, Path.GetFileName(key));
        if (File.Exists(path)) return path;
        var content = Read(key) ?? throw new InputException(key, "not in the registry");
        AtomicFile.WriteAllBytes(path, content);
        return path;
    }
}
