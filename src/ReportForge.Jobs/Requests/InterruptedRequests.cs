using Hangfire;
using ReportForge.Jobs.Rendering;

namespace ReportForge.Jobs.Requests;

/// <summary>What the start of a server did with one request the previous process left unfinished.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="JobId">The job that renders it again; null when it was marked failed.</param>
/// <param name="Resumptions">How many times it was resumed, counting this start.</param>
public sealed record InterruptedRequest(string RequestId, string? JobId, int Resumptions)
{
    public bool Resumed => JobId is not null;
}

/// <summary>
/// At the start of a server whose job store lives in memory, requests that were queued or rendering
/// when it stopped have lost their jobs: each is taken up again by a new <see cref="RenderRequestJob"/>,
/// which keeps the files already staged. A request the server stopped during more than
/// <see cref="MostResumptions"/> times (one that may be what kills it) is marked failed with
/// <see cref="Reason"/> instead, and its staged files are removed.
/// </summary>
public static class InterruptedRequests
{
    public const int MostResumptions = 2;

    /// <summary>Why a request is not resumed again: the server stopped <see cref="MostResumptions"/> + 1 times during it.</summary>
    public static readonly string Reason = string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"the server stopped {MostResumptions + 1} times before this request finished; it is not resumed again: request the brief again");

    /// <summary>Resumes or fails every unfinished request; finished ones are left as they are.</summary>
    /// <param name="jobs">Where the new jobs go: the job store the server starting now works.</param>
    public static IReadOnlyList<InterruptedRequest> Resume(BriefWorkspace workspace, IBackgroundJobClient jobs)
    {
        var taken = new List<InterruptedRequest>();
        foreach (var id in workspace.Requests.Ids())
        {
            var unfinished = false;
            var status = workspace.Requests.Update(id, s =>
            {
                if (s.IsFinished) return s;
                unfinished = true;
                return s.Resumptions >= MostResumptions
                    ? s with { State = RequestState.Failed, Error = Reason }
                    // its assemble job, if any, was lost too: the next artifact job to find every file staged enqueues it again
                    : s with { Resumptions = s.Resumptions + 1, AssembleEnqueued = false };
            });
            if (!unfinished) continue;
            if (status.State == RequestState.Failed)
            {
                workspace.Staging(id).Discard();
                taken.Add(new InterruptedRequest(id, null, status.Resumptions));
                continue;
            }
            var request = new RequestRef(workspace.Requests.Get(id).SourceId, id);
            var jobId = jobs.Enqueue<RenderRequestJob>(job => job.Run(request, CancellationToken.None));
            workspace.Requests.SetJobId(id, jobId);
            taken.Add(new InterruptedRequest(id, jobId, status.Resumptions));
        }
        return taken;
    }
}
