using System.ComponentModel;
using Hangfire;
using ReportForge.Core;
using ReportForge.Jobs.Requests;

namespace ReportForge.Jobs.Jobs;

/// <summary>
/// Publishes a request's staged files and the source's manifest into the artifact store, all at
/// once (<see cref="Storage.IArtifactStaging.Publish"/>), then marks the request succeeded.
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
        var planned = plan.Artifacts.Select(a => a.Plan.RelativePath).ToHashSet(StringComparer.Ordinal);
        // A retry after a crash between publishing and recording it finds nothing staged and the files
        // already published from the same inputs: it only records what is there.
        var nothingStaged = plan.Artifacts.All(a => staging.Find(a.Plan.RelativePath) is null);
        var manifest = nothingStaged && workspace.Artifacts.IsUpToDate(plan)
            ? workspace.Artifacts.Manifest(sourceId)!
            : staging.Publish(plan, cancellationToken);
        var published = manifest.Artifacts.Where(a => planned.Contains(a.Path));

        workspace.Requests.Update(requestId, current => current with
        {
            State = RequestState.Succeeded,
            Artifacts = published.Select(a => new RequestArtifact(a.Kind, a.Path, a.Bytes, a.Pages)).ToList(),
        });
        staging.Discard();
    }
}
