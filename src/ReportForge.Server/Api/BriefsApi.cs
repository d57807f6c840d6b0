using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReportForge.Jobs;
using ReportForge.Jobs.Rendering;
using ReportForge.Jobs.Requests;

namespace ReportForge.Server.Api;

/// <summary>The body of <c>POST /api/briefs</c>: the Briefs form's fields.</summary>
public sealed record BriefRequestBody(
    string? Source,
    IReadOnlyList<string>? Profiles,
    IReadOnlyList<string>? Themes,
    IReadOnlyList<string>? Stakeholders,
    IReadOnlyList<string>? Groups,
    IReadOnlyList<string>? Kinds,
    bool Force = false,
    IReadOnlyList<string>? Datasets = null)
{
    /// <summary>Every field, as written in JSON; any other is refused.</summary>
    public static readonly IReadOnlyList<string> Fields = ["source", "profiles", "themes", "stakeholders", "groups", "kinds", "datasets", "force"];

    public BriefRequest ToRequest() => new()
    {
        SourceId = Source?.Trim() ?? "",
        Profiles = Profiles ?? [],
        Themes = Themes ?? [],
        Stakeholders = Stakeholders ?? [],
        Groups = Groups ?? [],
        Kinds = Kinds ?? [],
        // absent: every dataset registered beside the source; [] none
        Datasets = Datasets,
        Force = Force,
    };
}

/// <summary><c>POST /api/briefs</c> (202 with the job id) and <c>GET /api/jobs/{id}</c> (state and download links).</summary>
internal static class BriefsApi
{
    public static void MapBriefsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/briefs", (HttpRequest request, BriefSubmission submission) => ApiResults.RunAsync(async () =>
        {
            var body = await StrictJsonBody.ReadAsync<BriefRequestBody>(request, BriefRequestBody.Fields);
            var submitted = submission.Submit(body.ToRequest());
            return Results.Accepted($"/api/requests/{submitted.RequestId}", new { jobId = submitted.JobId, requestId = submitted.RequestId, status = $"/api/requests/{submitted.RequestId}" });
        }));

        app.MapGet("/api/requests/{requestId}", (string requestId, BriefWorkspace workspace) =>
            RequestView.Find(workspace, requestId) is { } view
                ? Results.Ok(new
                {
                    requestId = view.RequestId,
                    source = view.Request.SourceId,
                    state = view.State.ToString().ToLowerInvariant(),
                    completed = view.Completed,
                    total = view.Total,
                    upToDate = view.UpToDate,
                    error = view.Error,
                    artifacts = view.Artifacts,
                })
                : Results.NotFound(new { error = $"no request {requestId}" }));

        app.MapGet("/api/jobs/{id}", (string id, JobStorage storage, BriefWorkspace workspace) =>
        {
            using var connection = storage.GetConnection();
            var data = connection.GetJobData(id);
            if (data is null) return Results.NotFound(new { error = $"no job {id}" });
            var view = RequestFailureFilter.RequestIdOf(data.Job) is { } requestId ? RequestView.Find(workspace, requestId) : null;
            if (view is null) return Results.Ok(new { jobId = id, jobState = data.State });
            return Results.Ok(new
            {
                jobId = id,
                jobState = data.State,
                requestId = view.RequestId,
                state = view.State.ToString().ToLowerInvariant(),
                completed = view.Completed,
                total = view.Total,
                upToDate = view.UpToDate,
                error = view.Error,
                artifacts = view.Artifacts,
            });
        });
    }
}
