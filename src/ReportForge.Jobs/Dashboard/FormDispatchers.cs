using Hangfire.Dashboard;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReportForge.Core;
using ReportForge.Jobs.Registry;
using ReportForge.Jobs.Requests;

namespace ReportForge.Jobs.Dashboard;

/// <summary>
/// The POST side of the Briefs page. Each checks the antiforgery token itself as well, so the forms
/// stay protected even if the dashboard's own check were switched off.
/// </summary>
internal abstract class FormDispatcher : IDashboardDispatcher
{
    public async Task Dispatch(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        if (http.RequestServices.GetService<IAntiforgery>() is { } antiforgery && !await antiforgery.IsRequestValidAsync(http))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        var urls = new UrlHelper(context);
        try
        {
            http.Response.Redirect(await Handle(http, urls));
        }
        catch (InputException e)
        {
            // back to the form, which shows the message
            var source = http.Request.HasFormContentType ? http.Request.Form["source"].ToString() : "";
            http.Response.Redirect($"{urls.To(BriefRoutes.Page)}?source={Uri.EscapeDataString(source)}&error={Uri.EscapeDataString(e.Message)}");
        }
    }

    /// <returns>Where to send the browser next.</returns>
    protected abstract Task<string> Handle(HttpContext http, UrlHelper urls);
}

/// <summary>POST <c>/hangfire/briefs/request</c>: enqueues the brief and shows its progress page.</summary>
internal sealed class RequestBriefDispatcher : FormDispatcher
{
    protected override async Task<string> Handle(HttpContext http, UrlHelper urls)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var submitted = http.RequestServices.GetRequiredService<BriefSubmission>().Submit(BriefRequestForm.Read(form));
        return urls.To(BriefRoutes.RequestPage(submitted.RequestId));
    }
}

/// <summary>POST <c>/hangfire/briefs/upload</c>: registers a summary once it parses.</summary>
internal sealed class UploadSummaryDispatcher : FormDispatcher
{
    protected override async Task<string> Handle(HttpContext http, UrlHelper urls)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var services = http.RequestServices;
        var entry = await SummaryUpload.RegisterAsync(
            services.GetRequiredService<BriefWorkspace>().Sources, form.Files["file"], form["id"].ToString(),
            services.GetRequiredService<JobsSettings>().MaxUploadBytes, http.RequestAborted);
        return $"{urls.To(BriefRoutes.Page)}?source={Uri.EscapeDataString(entry.Id)}&registered={Uri.EscapeDataString(entry.Id)}";
    }
}
