using System.ComponentModel;
using Hangfire;
using ReportForge.Core;
using ReportForge.Jobs.Requests;

namespace ReportForge.Jobs.Jobs;

/// <summary>
/// Renders one file of a request into the request's staging area. The job that stages the last
/// file enqueues <see cref="AssembleRequestJob"/>. Safe to re-run: a staged file is not rendered again.
/// </summary>
public sealed class RenderArtifactJob(BriefWorkspace workspace, IBackgroundJobClient jobs)
{
    [Queue(JobQueues.Render)]
    [DisplayName("{0}")]
    [AutomaticRetry(Attempts = Retries.Attempts, DelaysInSeconds = [1, 5, 30], ExceptOn = [typeof(InputException)], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public void Run(ArtifactRef artifact, CancellationToken cancellationToken)
    {
        var requestId = artifact.RequestId;
        var status = workspace.Requests.Status(requestId);
        if (status.State != RequestState.Rendering) return; // failed or finished meanwhile: nothing to add

        var staging = workspace.Staging(requestId);
        if (staging.Find(artifact.Path) is null)
        {
            var plan = workspace.Plan(workspace.Requests.Get(requestId));
            if (plan.InputHash != status.InputHash) throw SourceChanged(artifact.SourceId);
            var planned = plan.Artifacts.FirstOrDefault(a => a.Plan.RelativePath == artifact.Path)
                ?? throw new InputException(artifact.SourceId, $"'{artifact.Path}' is no longer planned; request the brief again");
            staging.Stage(planned, cancellationToken);
        }

        workspace.Requests.Update(requestId, current =>
        {
            if (current.State != RequestState.Rendering)
            {
                staging.Discard(); // the request failed while this file rendered: leave nothing behind
                return current;
            }
            if (current.AssembleEnqueued || staging.Count() < current.Planned.Count) return current;
            jobs.Enqueue<AssembleRequestJob>(job => job.Run(artifact.SourceId, requestId, CancellationToken.None));
            return current with { AssembleEnqueued = true };
        });
    }

    internal static InputException SourceChanged(string sourceId) =>
        new(sourceId, "the source was replaced while the brief rendered; request it again");
}
