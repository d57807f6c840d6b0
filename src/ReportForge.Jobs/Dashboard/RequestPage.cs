using System.Text;
using Hangfire.Dashboard;
using Hangfire.Dashboard.Pages;
using ReportForge.Jobs.Requests;
using static ReportForge.Jobs.Dashboard.PageServices;

namespace ReportForge.Jobs.Dashboard;

/// <summary><c>/hangfire/briefs/requests/{id}</c>: a request's progress, then its download links or its error.</summary>
internal sealed class RequestPage(string requestId) : RazorPage
{
    public override void Execute()
    {
        Layout = new LayoutPage("Brief request " + requestId);
        var html = new StringBuilder("<div class=\"row\"><div class=\"col-md-12\">");
        if (RequestView.Find(Get<BriefWorkspace>(Context), requestId) is not { } view)
        {
            html.Append("<h1 class=\"page-header\">Brief request</h1><div class=\"alert alert-warning\">No such request.</div></div></div>");
            WriteLiteral(html.ToString());
            return;
        }

        html.Append($"<h1 class=\"page-header\">{Encode(Describe(view.Request))} <small>{Encode(view.Request.SourceId)}</small></h1>");
        html.Append($"<p>Request <code>{Encode(view.RequestId)}</code>");
        if (view.JobId is not null) html.Append($" · job <a href=\"{Url.JobDetails(view.JobId)}\">#{Encode(view.JobId)}</a>");
        html.Append($" · <span id=\"request-state\" data-state=\"{view.State.ToString().ToLowerInvariant()}\">{StateLabel(view.State)}</span></p>");

        if (view.State == RequestState.Failed)
            html.Append($"<div class=\"alert alert-danger\" role=\"alert\" id=\"request-error\"><strong>The request failed.</strong> {Encode(view.Error)}</div>");
        else if (view.State != RequestState.Succeeded)
        {
            var percent = view.Total == 0 ? 5 : Math.Max(5, 100 * view.Completed / view.Total);
            html.Append($"<div class=\"progress\"><div class=\"progress-bar progress-bar-striped active\" role=\"progressbar\" style=\"width: {percent}%\">{view.Completed} of {(view.Total == 0 ? "?" : view.Total.ToString(System.Globalization.CultureInfo.InvariantCulture))} files</div></div>");
            // the page follows the request until it finishes
            html.Append("<script>setTimeout(function () { location.reload(); }, 1000);</script>");
        }
        else
        {
            if (view.UpToDate) html.Append("<div class=\"alert alert-info\">Every file was already current: nothing had to be rendered.</div>");
            html.Append("<table class=\"table table-striped\" id=\"downloads\"><thead><tr><th>File</th><th>Kind</th><th>Pages</th><th>Size</th></tr></thead><tbody>");
            foreach (var a in view.Artifacts)
                html.Append($"<tr><td><a href=\"{Encode(a.Url)}\" download>{Encode(a.Path)}</a></td><td>{Encode(a.Kind)}</td><td>{a.Pages}</td><td>{Size(a.Bytes)}</td></tr>");
            html.Append("</tbody></table>");
        }
        html.Append($"<p><a class=\"btn btn-default\" href=\"{Url.To(BriefRoutes.Page)}?source={Uri.EscapeDataString(view.Request.SourceId)}\">Request another brief</a></p>");
        html.Append("</div></div>");
        WriteLiteral(html.ToString());
    }

    /// <summary>"justice-and-detention", "all profiles" or the ad-hoc selection.</summary>
    internal static string Describe(BriefRequest request)
    {
        var parts = new List<string>(request.Profiles);
        var picked = request.Themes.Concat(request.Stakeholders).Concat(request.Groups).ToList();
        if (picked.Count > 0) parts.Add("selection: " + string.Join(", ", picked));
        return parts.Count == 0 ? "All profiles" : string.Join("; ", parts);
    }

    internal static string StateLabel(RequestState state) => state switch
    {
        RequestState.Succeeded => "<span class=\"label label-success\">Succeeded</span>",
        RequestState.Failed => "<span class=\"label label-danger\">Failed</span>",
        RequestState.Rendering => "<span class=\"label label-info\">Rendering</span>",
        _ => "<span class=\"label label-default\">Queued</span>",
    };
}
