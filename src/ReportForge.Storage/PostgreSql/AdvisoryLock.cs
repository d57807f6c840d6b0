using Npgsql;

namespace ReportForge.Storage.PostgreSql;

/// <summary>
/// A PostgreSQL session advisory lock, held on its own connection: every node of a deployment sees
/// it, and it is released when disposed or when the holder dies (its connection closes).
/// </summary>
internal sealed class AdvisoryLock : IDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly string _name;

    private AdvisoryLock(NpgsqlConnection connection, string name)
    {
        _connection = connection;
        _name = name;
    }

    public static AdvisoryLock Acquire(PostgresDatabase database, string name, CancellationToken cancellationToken)
    {
        var connection = database.Open();
        try
        {
            // no command timeout: a lock may be held for a whole regeneration; the wait ends when
            // the holder lets go, when cancelled, or when the server drops the connection
            using var command = new NpgsqlCommand("SELECT pg_advisory_lock(hashtextextended(@name, 0))", connection) { CommandTimeout = 0 };
            command.Parameters.AddWithValue("name", name);
            command.ExecuteNonQueryAsync(cancellationToken).GetAwaiter().GetResult();
            return new AdvisoryLock(connection, name);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended(@name, 0))", _connection);
            command.Parameters.AddWithValue("name", _name);
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // the connection is gone, and the lock with it
        }
        finally
        {
            _connection.Dispose();
        }
    }
}
