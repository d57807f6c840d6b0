using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using ReportForge.Core;
using ReportForge.Jobs;
using ReportForge.Server.Hosting;

namespace ReportForge.Server;

/// <summary>
/// A headless worker: runs jobs from the shared PostgreSQL store and nothing else (no dashboard, no
/// HTTP). A deployment is one <c>serve</c> and any number of workers on any machines.
/// </summary>
public static class ReportForgeWorker
{
    /// <param name="args">Command-line configuration (<c>--ReportForge:Key=value</c>).</param>
    /// <param name="composition">Overrides, mostly for tests.</param>
    /// <exception cref="InputException">The storage is not shared, or the settings are incomplete.</exception>
    public static IHost Build(string[] args, ServerComposition? composition = null)
    {
        composition ??= new ServerComposition();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddInMemoryCollection(composition.Settings);
        var settings = ServerSettings.From(builder.Configuration);
        if (!HangfireSetup.IsPostgreSql(settings))
            throw new InputException("ReportForge:Storage", $"a worker shares its jobs through PostgreSQL: set ReportForge:Storage={HangfireSetup.PostgreSql} (it is '{settings.Storage}')");
        if (settings.WorkerCount < 1)
            throw new InputException("ReportForge:WorkerCount", "a worker needs at least one worker thread");

        var workspace = WorkspaceFactory.Create(settings, composition);
        builder.Services.AddReportForgeJobs(workspace, settings.Jobs);
        builder.Services.AddReportForgeHangfire(settings);
        builder.Services.AddReportForgeWorkers(settings);
        return builder.Build();
    }
}
