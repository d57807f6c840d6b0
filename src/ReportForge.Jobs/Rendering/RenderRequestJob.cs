using System.ComponentModel;
using Hangfire;
using ReportForge.Core;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Requests;

namespace ReportForge.Jobs.Rendering;

/// <summary>
/// Renders a brief request's set of files: plans it, then fans out one <see cref="RenderArtifactJob"/>
/// per file; the last of those enqueues <see cref="AssembleRequestJob"/>, which publishes them.
/// A request whose files are all current succeeds at once.
/// </summary>
public sealed class RenderRequestJob(BriefWorkspace workspace, IBackgroundJobClient jobs)
{
    [Queue(JobQueues.Briefs)]
    [DisplayName("Briefs for {0}")]
    public void Run(RequestRef request, CancellationToken cancellationToken)
    {
        var requestId = request.RequestId;
        var brief = workspace.Requests.Get(requestId);
        var status = workspace.Requests.Status(requestId);
        if (status.State == RequestState.Succeeded) return;
        if (status.State == RequestState.Failed) workspace.Staging(requestId).Discard(); // asked again: start clean

        var plan = workspace.Plan(brief);
        if (plan.Artifacts.Count == 0)
            throw new InputException(request.SourceId, $"nothing to render: no renderer makes {string.Join(", ", brief.ArtifactKinds().Select(k => k.DisplayName()))} yet");
        cancellationToken.ThrowIfCancellationRequested();
        // a re-run (a retry, or a request resumed after a restart) must not mix files staged from other inputs
        if (status.State == RequestState.Rendering && status.InputHash != plan.InputHash)
            throw RenderArtifactJob.SourceChanged(request.SourceId);

        if (!brief.Force && workspace.IsCurrent(plan) && workspace.Manifest(request.SourceId) is { } manifest)
        {
            var current = manifest.Artifacts.Where(a => plan.Artifacts.Any(p => p.Plan.RelativePath == a.Path));
            workspace.Requests.Update(requestId, s => new RequestStatus(RequestState.Succeeded, [], false,
                current.Select(a => new RequestArtifact(a.Kind, a.Path, a.Bytes, a.Pages)).ToList(), null, UpToDate: true, plan.InputHash, s.Resumptions));
            workspace.Staging(requestId).Discard(); // a re-run's files, published meanwhile
            return;
        }

        var planned = plan.Artifacts.Select(a => a.Plan.RelativePath).ToList();
        workspace.Requests.Update(requestId, s => s.State == RequestState.Rendering && s.InputHash == plan.InputHash
            ? s // a re-run: the staged files stay, the artifact jobs below skip them
            : new RequestStatus(RequestState.Rendering, planned, false, [], null, InputHash: plan.InputHash,
                // asked again after failing: counted from the start
                Resumptions: s.State == RequestState.Failed ? 0 : s.Resumptions));
        foreach (var artifact in plan.Artifacts)
            jobs.Enqueue<RenderArtifactJob>(job => job.Run(ArtifactRef.For(request, artifact.Plan), CancellationToken.None));
    }
}
