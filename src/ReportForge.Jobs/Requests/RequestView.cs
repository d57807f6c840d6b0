using ReportForge.Jobs.Outputs;

namespace ReportForge.Jobs.Requests;

/// <summary>A published file of a request, with its download link.</summary>
public sealed record RequestDownload(string Kind, string Path, long Bytes, int? Pages, string Url);

/// <summary>A request as the dashboard, <c>GET /api/requests/{requestId}</c> and <c>GET /api/jobs/{id}</c> show it.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="JobId">The Hangfire job that renders it.</param>
/// <param name="Request">What was asked.</param>
/// <param name="State">queued, rendering, succeeded or failed.</param>
/// <param name="Completed">Files rendered so far.</param>
/// <param name="Total">Files planned (0 until planned).</param>
/// <param name="Error">Why it failed.</param>
/// <param name="UpToDate">True when nothing had to be rendered.</param>
/// <param name="Artifacts">The published files, once succeeded.</param>
public sealed record RequestView(
    string RequestId,
    string? JobId,
    BriefRequest Request,
    RequestState State,
    int Completed,
    int Total,
    string? Error,
    bool UpToDate,
    IReadOnlyList<RequestDownload> Artifacts)
{
    public static RequestView? Find(BriefWorkspace workspace, string requestId)
    {
        if (workspace.Requests.Find(requestId) is not { } request) return null;
        var status = workspace.Requests.Status(requestId);
        var completed = status.State switch
        {
            RequestState.Succeeded => status.Artifacts.Count,
            RequestState.Rendering => workspace.Staging(requestId).Count(),
            _ => 0,
        };
        return new RequestView(
            requestId,
            workspace.Requests.JobId(requestId),
            request,
            status.State,
            completed,
            status.State == RequestState.Succeeded ? status.Artifacts.Count : status.Planned.Count,
            status.Error,
            status.UpToDate,
            status.Artifacts.Select(a => new RequestDownload(a.Kind, a.Path, a.Bytes, a.Pages, OutputLinks.For(request.SourceId, a.Path))).ToList());
    }
}
