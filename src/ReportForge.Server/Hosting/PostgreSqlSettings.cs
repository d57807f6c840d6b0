using Microsoft.Extensions.Configuration;
using ReportForge.Core;

namespace ReportForge.Server.Hosting;

/// <summary>The shared database of a deployment (section <c>ReportForge:PostgreSql</c>).</summary>
public sealed record PostgreSqlSettings
{
    /// <summary>The environment variable read when <c>ReportForge:PostgreSql:ConnectionString</c> is not set.</summary>
    public const string EnvironmentVariable = "REPORTFORGE_POSTGRES";

    /// <summary><c>ReportForge:PostgreSql:ConnectionString</c> or <c>REPORTFORGE_POSTGRES</c>: <c>Host=…;Port=…;Username=…;Password=…;Database=…</c>.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>
    /// <c>ReportForge:PostgreSql:InvisibilityTimeout</c>: how long a job taken by a worker that then
    /// vanished (killed, machine lost) stays invisible before another worker takes it. Longer than any render.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// <c>ReportForge:PostgreSql:DistributedLockTimeout</c>: when Hangfire's own locks (a job's state
    /// lock, the scheduler's) count as abandoned. A process that loses its connection while it releases
    /// one leaves it behind (as a database restart does), and that job waits this long. Hangfire holds
    /// these locks for milliseconds; the regeneration holds a lock of its own.
    /// </summary>
    public TimeSpan DistributedLockTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary><c>ReportForge:PostgreSql:QueuePollInterval</c>: how often an idle worker looks for work.</summary>
    public TimeSpan QueuePollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <exception cref="InputException">No connection string is configured.</exception>
    public string RequireConnectionString() => !string.IsNullOrWhiteSpace(ConnectionString) ? ConnectionString
        : throw new InputException("ReportForge:PostgreSql:ConnectionString",
            $"ReportForge:Storage is PostgreSql but no connection string is set; set it or the {EnvironmentVariable} environment variable");

    public static PostgreSqlSettings From(IConfigurationSection section, IConfiguration configuration)
    {
        var defaults = new PostgreSqlSettings();
        return new PostgreSqlSettings
        {
            ConnectionString = section["ConnectionString"] ?? configuration[EnvironmentVariable] ?? Environment.GetEnvironmentVariable(EnvironmentVariable),
            InvisibilityTimeout = section.GetValue("InvisibilityTimeout", defaults.InvisibilityTimeout),
            QueuePollInterval = section.GetValue("QueuePollInterval", defaults.QueuePollInterval),
            DistributedLockTimeout = section.GetValue("DistributedLockTimeout", defaults.DistributedLockTimeout),
        };
    }
}
