using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ReportForge.Jobs.Dashboard;

namespace ReportForge.Server.Hosting;

/// <summary>
/// A dashboard form over the upload limit gets the Briefs page back with a message. Without this the
/// dashboard's antiforgery check reads the body first, hits the server's limit and answers a blank 500.
/// </summary>
internal sealed class DashboardUploadLimit(RequestDelegate next, long maxUploadBytes)
{
    /// <summary>Room for the form's other fields and the multipart framing around the file.</summary>
    public const long FormOverhead = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.Path.StartsWithSegments(ReportForgeServer.DashboardPath))
        {
            await next(context);
            return;
        }
        if (request.ContentLength > maxUploadBytes + FormOverhead)
        {
            await DrainAsync(context);
            BackToForm(context, IsDataset(request)
                ? $"the upload is larger than the {maxUploadBytes / 1024} KiB a recommendations dataset may have (ReportForge:MaxUploadBytes)"
                : $"the upload is larger than the {maxUploadBytes / 1024} KiB a summary may have; summaries are 50–150 KiB");
            return;
        }
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted && e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // sent without a length, and longer than the limit
            BackToForm(context, $"the upload is larger than the {maxUploadBytes / 1024} KiB {(IsDataset(request) ? "a recommendations dataset" : "a summary")} may have");
        }
    }

    /// <summary>
    /// Reads and drops a body of reasonable size: a browser still sending its file when the answer comes
    /// would otherwise see a reset connection instead of the page. Larger bodies are cut off.
    /// </summary>
    private static async Task DrainAsync(HttpContext context)
    {
        if (context.Request.ContentLength > DrainLimit) return;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = DrainLimit;
        var buffer = new byte[64 * 1024];
        while (await context.Request.Body.ReadAsync(buffer, context.RequestAborted) > 0)
        {
        }
    }

    private static bool IsDataset(HttpRequest request) =>
        request.Path.Value?.EndsWith(BriefRoutes.Datasets, StringComparison.Ordinal) == true;

    private const long DrainLimit = 64L * 1024 * 1024;

    private static void BackToForm(HttpContext context, string error)
    {
        context.Response.Clear();
        context.Response.Redirect($"{ReportForgeServer.DashboardPath}{BriefRoutes.Page}?error={Uri.EscapeDataString(error)}");
    }
}
