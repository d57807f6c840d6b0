using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Rendering;
using ReportForge.Jobs.Requests;
using ReportForge.Jobs.Scheduling;
using ReportForge.Jobs;
using ReportForge.Storage;

namespace ReportForge.Server.Hosting;

/// <summary>
/// At start, one server at a time: schedules the regeneration, registers the built-in sample when nothing is registered
/// under its id, finishes publishes a killed server left half-done, resumes the requests it left unfinished, and (unless turned off) runs the regeneration once, so the first visit shows outputs.
/// </summary>
internal sealed class StartupTasks(
    BriefWorkspace workspace,
    ServerSettings settings,
    IRecurringJobManager recurring,
    IBackgroundJobClient jobs,
    JobStorage storage,
    ILogger<StartupTasks> log) : IHostedService
{
    private const string LockName = "reportforge:startup";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // servers starting at once over one shared store take turns
        using (var connection = storage.GetConnection())
        using (connection.AcquireDistributedLock(LockName, TimeSpan.FromMinutes(1)))
        {
            Regeneration.Schedule(recurring, settings.Jobs);
            if (settings.Storage != HangfireSetup.PostgreSql)
            {
                FinishInterruptedPublishes();
                // the in-memory job store lost their jobs with the process
                foreach (var request in InterruptedRequests.Resume(workspace, jobs))
                {
                    if (request.Resumed)
                        log.LogInformation("Request {RequestId} was unfinished when the server stopped; resumed (time {Resumptions} of {Most}) as job {JobId}, keeping its staged files",
                            request.RequestId, request.Resumptions, InterruptedRequests.MostResumptions, request.JobId);
                    else
                        log.LogWarning("Request {RequestId} was unfinished when the server stopped; marked failed: {Reason}", request.RequestId, InterruptedRequests.Reason);
                }
            }
            RegisterSample();
        }
        if (settings.RegenerateOnStart) jobs.Enqueue<RegenerateAllJob>(job => job.Run(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Output folders a killed server was publishing into are finished from their journals, temporary files removed.</summary>
    private void FinishInterruptedPublishes()
    {
        if (!Directory.Exists(workspace.Layout.OutputRoot)) return;
        foreach (var folder in Directory.EnumerateDirectories(workspace.Layout.OutputRoot)
                     .Where(f => Path.GetFileName(f) != RegistryLayout.FolderName))
            ManifestAssembler.Recover(folder);
    }

    private void RegisterSample()
    {
        var sample = workspace.Templates.SampleSummary;
        var id = SourceDocument.IdFor(sample);
        if (workspace.Sources.Find(id) is not null || !File.Exists(sample)) return;
        try
        {
            workspace.Sources.Register(Path.GetFileName(sample), File.ReadAllBytes(sample), id);
        }
        catch (Exception e)
        {
            // the server is still useful without the sample: uploads and the API work
            log.LogWarning("The built-in sample {Sample} was not registered: {Reason}", sample, e.Message);
        }
    }
}
