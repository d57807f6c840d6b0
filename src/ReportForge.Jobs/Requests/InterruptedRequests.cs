namespace ReportForge.Jobs.Requests;

/// <summary>
/// At the start of a server whose job store lives in memory, requests that were queued or rendering
/// when it stopped have lost their jobs: each is marked failed with the reason and its staged files
/// are removed, so no page shows "Rendering 23 of 45" forever.
/// </summary>
public static class InterruptedRequests
{
    public const string Reason = "the server stopped before this request finished; request the brief again";

    /// <returns>The ids of the requests marked failed.</returns>
    public static IReadOnlyList<string> FailUnfinished(BriefWorkspace workspace)
    {
        var failed = new List<string>();
        foreach (var id in workspace.Requests.Ids())
        {
            var status = workspace.Requests.Update(id, s => s.IsFinished ? s : s with { State = RequestState.Failed, Error = Reason });
            if (status.Error != Reason) continue;
            workspace.Staging(id).Discard();
            failed.Add(id);
        }
        return failed;
    }
}
