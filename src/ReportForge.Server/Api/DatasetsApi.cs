using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReportForge.Core;
using ReportForge.Jobs;
using ReportForge.Jobs.Registry;

namespace ReportForge.Server.Api;

/// <summary>
/// <c>GET /api/datasets[?source=ID]</c> (the registered recommendations datasets), <c>POST /api/datasets</c>
/// (upload, multipart fields <c>source</c> and <c>file</c>, optional <c>id</c> and <c>anyCountry</c>) and
/// <c>DELETE /api/datasets/{source}/{id}</c>.
/// </summary>
internal static class DatasetsApi
{
    public static void MapDatasetsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/datasets", (string? source, BriefWorkspace workspace) =>
            Results.Ok(string.IsNullOrWhiteSpace(source) ? workspace.Datasets.All() : workspace.Datasets.Of(source.Trim())));

        app.MapPost("/api/datasets", (HttpRequest request, BriefWorkspace workspace, JobsSettings settings) =>
            ApiResults.UploadAsync(request, settings, "send the dataset as multipart/form-data, fields 'source' and 'file'", async form =>
            {
                var entry = await DatasetUpload.RegisterAsync(workspace.Datasets, form, settings.MaxUploadBytes, request.HttpContext.RequestAborted);
                return Results.Created($"/api/datasets?source={Uri.EscapeDataString(entry.SourceId)}", entry);
            })).DisableAntiforgery();

        app.MapDelete("/api/datasets/{source}/{id}", (string source, string id, BriefWorkspace workspace) =>
        {
            try
            {
                workspace.Datasets.Remove(source, id);
                return Results.NoContent();
            }
            catch (InputException e)
            {
                return Results.NotFound(new { error = e.Message });
            }
        });
    }
}
