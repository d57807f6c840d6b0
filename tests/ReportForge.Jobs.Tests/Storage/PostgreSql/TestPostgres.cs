using System.Diagnostics;
using Npgsql;

namespace ReportForge.Jobs.Tests.Storage.PostgreSql;

/// <summary>The PostgreSQL server the tests use, as <c>.ci/postgres.sh</c> describes it in the environment.</summary>
internal static class TestPostgres
{
    public const string Variable = "REPORTFORGE_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool InContinuousIntegration => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <exception cref="InvalidOperationException">No server is configured (only reached in CI: elsewhere the tests are skipped).</exception>
    public static string RequireConnectionString() => ConnectionString
        ?? throw new InvalidOperationException($"CI=true but {Variable} is not set: .ci/run must start PostgreSQL (.ci/postgres.sh start) before the tests");

    /// <summary>Restarts the server with the same script <c>.ci/run</c> started it with, and waits until it is back.</summary>
    public static void Restart()
    {
        var control = Environment.GetEnvironmentVariable("REPORTFORGE_TEST_POSTGRES_CTL")
            ?? throw new InvalidOperationException("REPORTFORGE_TEST_POSTGRES_CTL is not set: start PostgreSQL with .ci/postgres.sh start");
        using var process = Process.Start(new ProcessStartInfo(control, "restart") { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"restarting PostgreSQL failed: {error}");
    }
}

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
