using Npgsql;

namespace ReportForge.Storage.Tests.TestSupport;

/// <summary>A database of its own for one test, dropped afterwards.</summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly string _server;
    private readonly string _name = "reportforge_" + Guid.NewGuid().ToString("N")[..12];

    public TestDatabase()
    {
        _server = TestPostgres.RequireConnectionString();
        Execute($"CREATE DATABASE {_name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name, MaxPoolSize = 20 }.ConnectionString;
    }

    public string ConnectionString { get; }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
                return;
            }
            // a process the test role may not end (an autovacuum worker, without pg_signal_backend) is busy in it for a moment
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                Thread.Sleep(250);
            }
        }
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
