using Hangfire.Dashboard;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReportForge.Jobs.Registry;

namespace ReportForge.Jobs.Dashboard;

/// <summary>POST <c>/hangfire/briefs/datasets</c>: registers a recommendations dataset beside a summary once it reads.</summary>
internal sealed class DatasetUploadDispatcher : FormDispatcher
{
    protected override async Task<string> Handle(HttpContext http, UrlHelper urls)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var services = http.RequestServices;
        var entry = await DatasetUpload.RegisterAsync(
            services.GetRequiredService<BriefWorkspace>().Datasets, form,
            services.GetRequiredService<JobsSettings>().MaxUploadBytes, http.RequestAborted);
        return $"{urls.To(BriefRoutes.Page)}?source={Uri.EscapeDataString(entry.SourceId)}&registered={Uri.EscapeDataString(entry.FileName)}";
    }
}

/// <summary>POST <c>/hangfire/briefs/datasets/remove</c>: forgets a recommendations dataset and its file.</summary>
internal sealed class DatasetRemoveDispatcher : FormDispatcher
{
    protected override async Task<string> Handle(HttpContext http, UrlHelper urls)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var source = form["source"].ToString();
        var entry = http.RequestServices.GetRequiredService<BriefWorkspace>().Datasets.Remove(source, form["id"].ToString());
        return $"{urls.To(BriefRoutes.Page)}?source={Uri.EscapeDataString(source)}&removed={Uri.EscapeDataString(entry.FileName)}";
    }
}
