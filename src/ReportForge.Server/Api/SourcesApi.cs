using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReportForge.Jobs;
using ReportForge.Jobs.Registry;

namespace ReportForge.Server.Api;

/// <summary><c>GET /api/sources</c> (the registered summaries) and <c>POST /api/sources</c> (upload, multipart field <c>file</c>, optional <c>id</c>).</summary>
internal static class SourcesApi
{
    public static void MapSourcesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sources", (BriefWorkspace workspace) => Results.Ok(workspace.Sources.All()));

        app.MapPost("/api/sources", (HttpRequest request, BriefWorkspace workspace, JobsSettings settings) =>
            ApiResults.UploadAsync(request, settings, "send the summary as multipart/form-data, field 'file'", async form =>
            {
                var entry = await SummaryUpload.RegisterAsync(workspace.Sources, form.Files["file"], form["id"].ToString(), settings.MaxUploadBytes, request.HttpContext.RequestAborted);
                return Results.Created($"/api/sources/{entry.Id}", entry);
            })).DisableAntiforgery();
    }
}
