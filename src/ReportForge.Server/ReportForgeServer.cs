using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportForge.Jobs;
using ReportForge.Jobs.Dashboard;
using ReportForge.Server.Access;
using ReportForge.Server.Api;
using ReportForge.Server.Downloads;
using ReportForge.Server.Hosting;

namespace ReportForge.Server;

/// <summary>
/// The web host: the Hangfire server and dashboard (<c>/hangfire</c>, with the Briefs and Outputs
/// pages), the JSON API (<c>/api</c>), downloads (<c>/outputs</c>) and <c>/health</c>. Its workers run
/// jobs too unless <c>ReportForge:WorkerCount</c> is 0.
/// </summary>
public static class ReportForgeServer
{
    public const string DashboardPath = "/hangfire";

    /// <param name="args">Command-line configuration (<c>--urls</c>, <c>--ReportForge:Key=value</c>).</param>
    /// <param name="composition">Overrides, mostly for tests.</param>
    public static WebApplication Build(string[] args, ServerComposition? composition = null)
    {
        composition ??= new ServerComposition();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddInMemoryCollection(composition.Settings);
        var settings = ServerSettings.From(builder.Configuration);

        var workspace = WorkspaceFactory.Create(settings, composition);

        builder.WebHost.ConfigureKestrel(kestrel =>
            // nothing but uploads has a body worth speaking of; a little room for the multipart framing
            kestrel.Limits.MaxRequestBodySize = settings.Jobs.MaxUploadBytes + DashboardUploadLimit.FormOverhead);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form => form.MultipartBodyLengthLimit = settings.Jobs.MaxUploadBytes + DashboardUploadLimit.FormOverhead);
        // antiforgery keys live with the registry: tokens survive restarts and every server of one folder shares them
        builder.Services.AddDataProtection().SetApplicationName("ReportForge")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(workspace.Layout.Root, "keys")));
        builder.Services.AddAntiforgery();
        builder.Services.AddReportForgeJobs(workspace, settings.Jobs);
        builder.Services.AddReportForgeHangfire(settings);
        // WorkerCount 0: the dashboard only, `reportforge worker` processes run the jobs
        if (settings.WorkerCount > 0) builder.Services.AddReportForgeWorkers(settings);
        builder.Services.AddSingleton(settings);
        builder.Services.AddHostedService<StartupTasks>();

        var app = builder.Build();
        app.UseMiddleware<AccessGate>(settings.Access);
        app.UseMiddleware<StoreOutage>();
        app.UseMiddleware<DashboardUploadLimit>(settings.Jobs.MaxUploadBytes);
        ReportForgeDashboard.Register();
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new GateAuthorizationFilter()],
            DashboardTitle = "ReportForge",
            AppPath = null, // no "back to site": the dashboard is the site
        });
        app.MapGet("/", () => Microsoft.AspNetCore.Http.Results.Redirect(DashboardPath + BriefRoutes.Page));
        app.MapGet("/health", () => Microsoft.AspNetCore.Http.Results.Ok(new { status = "ok" }));
        app.MapBriefsApi();
        app.MapSourcesApi();
        app.MapDatasetsApi();
        app.MapDownloads();
        return app;
    }
}
