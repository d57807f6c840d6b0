using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ReportForge.Core;
using ReportForge.Jobs;
using ReportForge.Jobs.Registry;

namespace ReportForge.Server.Api;

/// <summary>
/// <c>GET /api/datasets[?source=ID]</c> (the registered recommendations datasets) and <c>POST /api/datasets</c>
/// (upload, multipart fields <c>source</c> and <c>file</c>, optional <c>id</c> and <c>anyCountry</c>).
/// </summary>
internal static class DatasetsApi
{
    public static void MapDatasetsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/datasets", (string? source, BriefWorkspace workspace) =>
            Results.Ok(string.IsNullOrWhiteSpace(source) ? workspace.Datasets.All() : workspace.Datasets.Of(source.Trim())));

        app.MapPost("/api/datasets", async (HttpRequest request, BriefWorkspace workspace, JobsSettings settings) =>
        {
            if (!request.HasFormContentType)
                return ApiResults.BadInput(new InputException("request", "send the dataset as multipart/form-data, fields 'source' and 'file'"));
            if (request.ContentLength > settings.MaxUploadBytes + 64 * 1024)
                return Results.Json(new { error = $"the upload is larger than {settings.MaxUploadBytes} bytes" }, statusCode: StatusCodes.Status413PayloadTooLarge);
            try
            {
                var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
                var entry = await DatasetUpload.RegisterAsync(workspace.Datasets, form, settings.MaxUploadBytes, request.HttpContext.RequestAborted);
                return Results.Created($"/api/datasets?source={Uri.EscapeDataString(entry.SourceId)}", entry);
            }
            catch (InputException e)
            {
                return ApiResults.BadInput(e);
            }
        }).DisableAntiforgery();
    }
}
