using System.ComponentModel;
using Hangfire;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Requests;

namespace ReportForge.Jobs.Rendering;

/// <summary>
/// Publishes a request's staged files and the source's manifest through the pipeline, all at once,
/// then marks the request succeeded.
/// </summary>
public sealed class AssembleRequestJob(BriefWorkspace workspace)
{
    [Queue(JobQueues.Render)]
    [DisplayName("Publish briefs for {0}")]
    public void Run(RequestRef request, CancellationToken cancellationToken)
    {
        var requestId = request.RequestId;
        var status = workspace.Requests.Status(requestId);
        if (status.State != RequestState.Rendering) return;

        var plan = workspace.Plan(workspace.Requests.Get(requestId));
        if (plan.InputHash != status.InputHash) throw RenderArtifactJob.SourceChanged(request.SourceId);
        var staging = workspace.Staging(requestId);
        var planned = plan.Artifacts.Select(a => a.Plan.RelativePath).ToHashSet(StringComparer.Ordinal);
        // A retry after a crash between publishing and recording it finds nothing staged and the files
        // already published from the same inputs: it only records what is there.
        var nothingStaged = plan.Artifacts.All(a => staging.Find(a.Plan.RelativePath) is null);
        var manifest = nothingStaged && workspace.IsCurrent(plan)
            ? workspace.Manifest(request.SourceId)!
            : ExportPipeline.Publish(plan, staging, cancellationToken);
        var published = manifest.Artifacts.Where(a => planned.Contains(a.Path));

        workspace.Requests.Update(requestId, current => current with
        {
            State = RequestState.Succeeded,
            Artifacts = published.Select(a => new RequestArtifact(a.Kind, a.Path, a.Bytes, a.Pages)).ToList(),
        });
        staging.Discard();
    }
}
