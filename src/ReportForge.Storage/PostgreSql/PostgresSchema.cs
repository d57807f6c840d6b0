namespace ReportForge.Storage.PostgreSql;

/// <summary>
/// The tables of schema <c>reportforge</c>, beside Hangfire's own: <c>registry</c> (small documents by
/// key), <c>staged_artifact</c> (files of requests not yet published), <c>artifact</c> and <c>manifest</c>
/// (what is published, per source).
/// </summary>
internal static class PostgresSchema
{
    public const string Name = "reportforge";

    private const string Create = $"""
        CREATE SCHEMA IF NOT EXISTS {Name};
        CREATE TABLE IF NOT EXISTS {Name}.registry (
            key text PRIMARY KEY,
            content bytea NOT NULL,
            created timestamptz NOT NULL DEFAULT clock_timestamp());
        CREATE TABLE IF NOT EXISTS {Name}.staged_artifact (
            staging_id text NOT NULL,
            path text NOT NULL,
            entry text NOT NULL,
            content bytea NOT NULL,
            PRIMARY KEY (staging_id, path));
        CREATE TABLE IF NOT EXISTS {Name}.artifact (
            source_id text NOT NULL,
            path text NOT NULL,
            entry text NOT NULL,
            content bytea NOT NULL,
            published timestamptz NOT NULL,
            PRIMARY KEY (source_id, path));
        CREATE TABLE IF NOT EXISTS {Name}.manifest (
            source_id text PRIMARY KEY,
            manifest text NOT NULL,
            published timestamptz NOT NULL);
        -- PDF, Word and Excel files are compressed already: store them out of line as they are
        ALTER TABLE {Name}.staged_artifact ALTER COLUMN content SET STORAGE EXTERNAL;
        ALTER TABLE {Name}.artifact ALTER COLUMN content SET STORAGE EXTERNAL;
        """;

    /// <summary>Creates what is missing; several nodes starting at once take turns.</summary>
    public static void Ensure(PostgresDatabase database) => database.InTransaction((connection, transaction) =>
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock(hashtextextended('{Name}:schema', 0));" + Create;
        return command.ExecuteNonQuery();
    });
}
