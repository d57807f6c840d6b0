using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using ReportForge.Core;
using ReportForge.Jobs.Rendering;

namespace ReportForge.Server.Hosting;

/// <summary>
/// The one place that decides the job store and the server's options, so another store (shared by
/// several machines) replaces the embedded one by configuration alone.
/// </summary>
public static class HangfireSetup
{
    public const string InMemory = "InMemory";
    public const string PostgreSql = "PostgreSql";

    /// <summary>True when jobs, registry and files live in the shared database.</summary>
    public static bool IsPostgreSql(ServerSettings settings) => string.Equals(settings.Storage, PostgreSql, StringComparison.OrdinalIgnoreCase);

    /// <summary>Hangfire's client, storage and the filters every server applies.</summary>
    public static IServiceCollection AddReportForgeHangfire(this IServiceCollection services, ServerSettings settings)
    {
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            UseStorage(config, settings);
        });
        return services;
    }

    /// <summary>A server that works the ReportForge queues, in priority order, with one worker per core.</summary>
    public static IServiceCollection AddReportForgeWorkers(this IServiceCollection services, ServerSettings settings)
    {
        services.AddHangfireServer((provider, options) =>
        {
            // several processes per machine: the process id tells them apart on the Servers page
            options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            options.WorkerCount = Math.Max(1, settings.WorkerCount);
            options.Queues = JobQueues.InPriorityOrder;
            // retries are seconds apart; the default 15 s poll would dominate them
            options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            options.FilterProvider = ServerFilters.For(provider.GetRequiredService<RequestFailureFilter>());
        });
        return services;
    }

    private static void UseStorage(IGlobalConfiguration config, ServerSettings settings)
    {
        switch (settings.Storage)
        {
            case var s when string.Equals(s, InMemory, StringComparison.OrdinalIgnoreCase):
                config.UseInMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromDays(1) });
                break;
            case var s when string.Equals(s, PostgreSql, StringComparison.OrdinalIgnoreCase):
                config.UsePostgreSqlStorage(
                    connection => connection.UseNpgsqlConnection(settings.PostgreSql.RequireConnectionString()),
                    new PostgreSqlStorageOptions
                    {
                        InvisibilityTimeout = settings.PostgreSql.InvisibilityTimeout,
                        QueuePollInterval = settings.PostgreSql.QueuePollInterval,
                        DistributedLockTimeout = settings.PostgreSql.DistributedLockTimeout,
                        PrepareSchemaIfNecessary = true,
                    });
                break;
            default:
                throw new InputException("ReportForge:Storage", $"'{settings.Storage}' is not a job store this version supports; use {InMemory} or {PostgreSql}");
        }
    }
}
