using System.Data;
using Npgsql;

namespace ReportForge.Storage.PostgreSql;

/// <summary>
/// The shared database: pooled connections, and retries for the faults a restart or a failover
/// causes (the work is repeated whole, so each unit must be safe to repeat: an upsert or one transaction).
/// </summary>
internal sealed class PostgresDatabase(string connectionString)
{
    /// <summary>How long a unit of work keeps trying while the server is away (a restart takes seconds).</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public NpgsqlConnection Open() => WithRetries(OpenOnce);

    public T Run<T>(Func<NpgsqlConnection, T> work) => WithRetries(() =>
    {
        using var connection = OpenOnce();
        return work(connection);
    });

    public void Run(Action<NpgsqlConnection> work) => Run(connection =>
    {
        work(connection);
        return 0;
    });

    /// <summary>Runs <paramref name="work"/> in one transaction, committed only when it returns.</summary>
    public T InTransaction<T>(Func<NpgsqlConnection, NpgsqlTransaction, T> work) => Run(connection =>
    {
        using var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    });

    private static T WithRetries<T>(Func<T> work)
    {
        var deadline = DateTime.UtcNow + Patience;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return work();
            }
            catch (Exception e) when (IsTransient(e) && DateTime.UtcNow < deadline)
            {
                // pooled connections to a restarted server are all dead: drop them at once
                NpgsqlConnection.ClearAllPools();
                Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(1000, 100 * attempt)));
            }
        }
    }

    private NpgsqlConnection OpenOnce()
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static bool IsTransient(Exception e) => e switch
    {
        // admin shutdown, crash shutdown, cannot connect now, and connection failures
        PostgresException p => p.IsTransient || p.SqlState is "57P01" or "57P02" or "57P03" || p.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException n => n.IsTransient || n.InnerException is IOException or System.Net.Sockets.SocketException,
        _ => false,
    };
}
