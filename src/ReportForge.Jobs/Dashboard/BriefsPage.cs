using System.Text;
using Hangfire.Dashboard;
using Hangfire.Dashboard.Pages;
using ReportForge.Exports.Pipeline;
using ReportForge.Jobs.Registry;
using ReportForge.Jobs.Requests;
using static ReportForge.Jobs.Dashboard.PageServices;

namespace ReportForge.Jobs.Dashboard;

/// <summary>
/// <c>/hangfire/briefs</c>: request a brief (a source, a profile or an ad-hoc selection of the
/// source's themes, stakeholders and groups, its recommendations datasets, the formats), recent requests, and
/// registering a summary or a recommendations dataset.
/// </summary>
internal sealed class BriefsPage : RazorPage
{
    public override void Execute()
    {
        Layout = new LayoutPage("Briefs");
        var workspace = Get<BriefWorkspace>(Context);
        var sources = workspace.Sources.All();
        var selected = sources.FirstOrDefault(s => s.Id == Query("source")) ?? sources.FirstOrDefault();

        var html = new StringBuilder();
        html.Append("<div class=\"row\"><div class=\"col-md-12\"><h1 class=\"page-header\">Briefs</h1>");
        if (Query("error") is { Length: > 0 } error)
            html.Append($"<div class=\"alert alert-danger\" role=\"alert\" id=\"form-error\">{Encode(error)}</div>");
        if (Query("registered") is { Length: > 0 } registered)
            html.Append($"<div class=\"alert alert-success\" role=\"status\">Registered <strong>{Encode(registered)}</strong>.</div>");
        if (Query("removed") is { Length: > 0 } removed)
            html.Append($"<div class=\"alert alert-success\" role=\"status\" id=\"dataset-removed\">Removed <strong>{Encode(removed)}</strong>: briefs no longer draw on it.</div>");

        if (selected is null)
            html.Append("<div class=\"alert alert-info\">No summary is registered yet: register one below.</div>");
        else
            RequestForm(html, workspace, sources, selected);
        RecentRequests(html, workspace);
        UploadForm(html);
        DatasetForms.Upload(html, Url.To(BriefRoutes.Datasets), AntiforgeryField(Context), sources, selected);
        if (selected is not null)
            DatasetForms.Registered(html, Url.To(BriefRoutes.RemoveDataset), AntiforgeryField(Context), selected, workspace.Datasets.Of(selected.Id));
        html.Append("</div></div>");
        WriteLiteral(html.ToString());
    }

    private void RequestForm(StringBuilder html, BriefWorkspace workspace, IReadOnlyList<SourceEntry> sources, SourceEntry source)
    {
        html.Append("<h3>Request a brief</h3>");
        html.Append($"<form method=\"post\" action=\"{Url.To(BriefRoutes.Request)}\" id=\"brief-form\" class=\"rf-form\">");
        html.Append(AntiforgeryField(Context));

        html.Append("<div class=\"form-group\"><label for=\"source\">Summary</label>");
        html.Append($"<select class=\"form-control\" id=\"source\" name=\"source\" onchange=\"location.href='{Url.To(BriefRoutes.Page)}?source='+encodeURIComponent(this.value)\">");
        foreach (var s in sources)
            html.Append($"<option value=\"{Encode(s.Id)}\"{(s.Id == source.Id ? " selected" : "")}>{Encode(s.Id)} — {Encode(s.Country)}</option>");
        html.Append("</select></div>");

        html.Append("<div class=\"form-group\"><label for=\"profiles\">Profile</label><select class=\"form-control\" id=\"profiles\" name=\"profiles\">");
        html.Append("<option value=\"\">Ad-hoc selection (choose below)</option>");
        foreach (var p in workspace.Templates.Profiles)
            html.Append($"<option value=\"{Encode(p.Name)}\">{Encode(p.Name)} — {Encode(p.Title)}</option>");
        html.Append("</select><p class=\"help-block\">A profile from the templates, or an ad-hoc brief of the themes, stakeholders and groups ticked below.</p></div>");

        html.Append("<div class=\"row\">");
        Choices(html, "Themes", "themes", source.Themes, showId: true);
        Choices(html, "Stakeholders", "stakeholders", source.Stakeholders, showId: true);
        Choices(html, "Affected groups", "groups", source.Groups, showId: false);
        html.Append("</div>");
        DatasetForms.Choices(html, workspace.Datasets.Of(source.Id));

        html.Append("<div class=\"form-group\"><label>Formats</label><div>");
        foreach (var kind in ArtifactKinds.All)
            html.Append($"<label class=\"checkbox-inline\"><input type=\"checkbox\" name=\"kinds\" value=\"{kind.WireName()}\" checked> {Encode(kind.DisplayName())}</label>");
        html.Append("</div></div>");
        html.Append("<div class=\"checkbox\"><label><input type=\"checkbox\" name=\"force\" value=\"true\"> Render again even when the files are current</label></div>");
        html.Append("<button type=\"submit\" class=\"btn btn-primary\" id=\"request-brief\">Request brief</button></form>");
    }

    private static void Choices(StringBuilder html, string title, string name, IReadOnlyList<OutlineItem> items, bool showId)
    {
        html.Append($"<div class=\"col-md-4\"><fieldset class=\"rf-choices\"><legend>{Encode(title)}</legend>");
        if (items.Count == 0) html.Append("<p class=\"text-muted\">None in this summary.</p>");
        html.Append("<div class=\"rf-choice-list\">");
        foreach (var item in items)
        {
            var label = showId && item.Id != item.Label ? $"<span class=\"text-muted\">{Encode(item.Id)}</span> {Encode(item.Label)}" : Encode(item.Label);
            html.Append($"<div class=\"checkbox\"><label><input type=\"checkbox\" name=\"{name}\" value=\"{Encode(item.Id)}\"> {label}</label></div>");
        }
        html.Append("</div></fieldset></div>");
    }

    private void RecentRequests(StringBuilder html, BriefWorkspace workspace)
    {
        var views = workspace.Requests.Ids().Take(15).Select(id => RequestView.Find(workspace, id)).OfType<RequestView>().ToList();
        if (views.Count == 0) return;
        html.Append("<h3>Recent requests</h3><div class=\"table-responsive\"><table class=\"table table-striped\" id=\"recent-requests\">");
        html.Append("<thead><tr><th>Request</th><th>Summary</th><th>Brief</th><th>Formats</th><th>State</th><th>Files</th></tr></thead><tbody>");
        foreach (var v in views)
        {
            html.Append($"<tr><td><a href=\"{Url.To(BriefRoutes.RequestPage(v.RequestId))}\">{Encode(v.RequestId)}</a></td>");
            html.Append($"<td>{Encode(v.Request.SourceId)}</td><td>{Encode(RequestPage.Describe(v.Request))}</td>");
            html.Append($"<td>{Encode(v.Request.Kinds.Count == 0 ? "all" : string.Join(", ", v.Request.Kinds))}</td>");
            html.Append($"<td>{RequestPage.StateLabel(v.State)}</td><td>{v.Completed}/{v.Total}</td></tr>");
        }
        html.Append("</tbody></table></div>");
    }

    private void UploadForm(StringBuilder html)
    {
        html.Append("<h3>Register a summary</h3>");
        html.Append($"<form method=\"post\" action=\"{Url.To(BriefRoutes.Upload)}\" enctype=\"multipart/form-data\" id=\"upload-form\" class=\"rf-form\">");
        html.Append(AntiforgeryField(Context));
        html.Append("<div class=\"form-group\"><label for=\"file\">Summary of stakeholders' information (the official PDF, or its text)</label><input type=\"file\" id=\"file\" name=\"file\" accept=\".pdf,application/pdf,.txt,text/plain\" required></div>");
        html.Append("<div class=\"form-group\"><label for=\"id\">Source id (optional)</label><input type=\"text\" class=\"form-control\" id=\"id\" name=\"id\" placeholder=\"from the file name, e.g. kazakhstan-2010\" pattern=\"[a-z0-9][a-z0-9-]*\"></div>");
        html.Append("<button type=\"submit\" class=\"btn btn-default\" id=\"upload\">Register</button>");
        html.Append("<p class=\"help-block\">The text is parsed before it is accepted; a file that is not a summary is refused with the line at fault.</p></form>");
    }
}
