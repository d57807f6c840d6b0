using System.ComponentModel;
using Hangfire;
using ReportForge.Core;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Requests;

namespace ReportForge.Jobs.Jobs;

/// <summary>
/// Publishes a request's staged files into the source's output folder and its manifest, all at
/// once (<see cref="ManifestAssembler"/>), then marks the request succeeded.
/// </summary>
public sealed class AssembleRequestJob(BriefWorkspace workspace)
{
    [Queue(JobQueues.Render)]
    [DisplayName("Publish briefs for {0} (request {1})")]
    [AutomaticRetry(Attempts = Retries.Attempts, DelaysInSeconds = [1, 5, 30], ExceptOn = [typeof(InputException)], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public void Run(string sourceId, string requestId, CancellationToken cancellationToken)
    {
        var status = workspace.Requests.Status(requestId);
        if (status.State != RequestState.Rendering) return;

        var plan = workspace.Plan(workspace.Requests.Get(requestId));
        if (plan.InputHash != status.InputHash) throw RenderArtifactJob.SourceChanged(sourceId);
        var staging = workspace.Staging(requestId);
        var staged = staging.For(plan);
        ManifestAssembler.Commit(plan, staged, cancellationToken);

        workspace.Requests.Update(requestId, current => current with
        {
            State = RequestState.Succeeded,
            Artifacts = staged.Select(s => new RequestArtifact(s.Entry.Kind, s.Entry.Path, s.Entry.Bytes, s.Entry.Pages)).ToList(),
        });
        staging.Discard();
    }
}
