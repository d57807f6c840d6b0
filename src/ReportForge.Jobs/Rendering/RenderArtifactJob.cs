using System.ComponentModel;
using Hangfire;
using ReportForge.Core;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Requests;

namespace ReportForge.Jobs.Rendering;

/// <summary>
/// Renders one file of a request into the request's staging area through the pipeline. The job that
/// stages the last file enqueues <see cref="AssembleRequestJob"/>. Safe to re-run: a staged file is
/// not rendered again.
/// </summary>
public sealed class RenderArtifactJob(BriefWorkspace workspace, IBackgroundJobClient jobs)
{
    [Queue(JobQueues.Render)]
    [DisplayName("{0}")]
    public void Run(ArtifactRef artifact, CancellationToken cancellationToken)
    {
        var request = artifact.Request;
        var status = workspace.Requests.Status(request.RequestId);
        var staging = workspace.Staging(request.RequestId);
        if (status.State != RequestState.Rendering)
        {
            // failed or finished meanwhile: nothing to add, and nothing of a failed request left behind
            if (status.State == RequestState.Failed) staging.Discard();
            return;
        }

        if (staging.Find(artifact.Path) is null)
        {
            try
            {
                var plan = workspace.Plan(workspace.Requests.Get(request.RequestId));
                if (plan.InputHash != status.InputHash) throw SourceChanged(request.SourceId);
                var planned = plan.Artifacts.FirstOrDefault(a => a.Plan.RelativePath == artifact.Path)
                    ?? throw new InputException(request.SourceId, $"'{artifact.Path}' is no longer planned; request the brief again");
                ExportPipeline.Render(planned, plan.Folder, staging, cancellationToken);
            }
            catch (Exception) when (workspace.Requests.Status(request.RequestId).State == RequestState.Failed)
            {
                // another file failed the request meanwhile, and its staging went from under this render
                staging.Discard();
                return;
            }
        }

        workspace.Requests.Update(request.RequestId, current =>
        {
            if (current.State != RequestState.Rendering)
            {
                staging.Discard(); // the request failed while this file rendered: leave nothing behind
                return current;
            }
            if (current.AssembleEnqueued || staging.Count() < current.Planned.Count) return current;
            jobs.Enqueue<AssembleRequestJob>(job => job.Run(request, CancellationToken.None));
            return current with { AssembleEnqueued = true };
        });
    }

    internal static InputException SourceChanged(string sourceId) =>
        new(sourceId, "the source was replaced while the brief rendered; request it again");
}
