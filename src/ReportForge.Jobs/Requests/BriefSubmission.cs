using Hangfire;
using ReportForge.Core;
using ReportForge.Jobs.Rendering;

namespace ReportForge.Jobs.Requests;

/// <summary>A stored request and the job that renders it.</summary>
public sealed record SubmittedBrief(string RequestId, string JobId);

/// <summary>
/// Accepts a brief request from the dashboard form or the API: checks what can be checked at once,
/// stores it and enqueues its <see cref="RenderRequestJob"/>.
/// </summary>
public sealed class BriefSubmission(BriefWorkspace workspace, IBackgroundJobClient jobs)
{
    /// <exception cref="InputException">An unknown source, profile, kind or dataset; nothing was stored.</exception>
    public SubmittedBrief Submit(BriefRequest draft)
    {
        if (string.IsNullOrWhiteSpace(draft.SourceId)) throw new InputException("source", "choose a source");
        workspace.Sources.Get(draft.SourceId);
        // stored as the ids chosen now: a dataset registered while the request waits does not change it
        draft = draft with { Datasets = workspace.Datasets.Resolve(draft.SourceId, draft.Datasets).Select(d => d.Id).ToList() };
        foreach (var profile in draft.Profiles) workspace.Templates.Profile(profile);
        _ = draft.ArtifactKinds(); // an unknown kind is refused now, not when the job runs

        var stored = workspace.Requests.Create(draft);
        var request = new RequestRef(stored.SourceId, stored.Id);
        var jobId = jobs.Enqueue<RenderRequestJob>(job => job.Run(request, CancellationToken.None));
        workspace.Requests.SetJobId(stored.Id, jobId);
        return new SubmittedBrief(stored.Id, jobId);
    }
}
