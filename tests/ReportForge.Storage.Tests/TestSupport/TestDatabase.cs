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
        Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
