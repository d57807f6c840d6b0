using System.Globalization;
using System.Text;
using Hangfire.Dashboard;
using Hangfire.Dashboard.Pages;
using ReportForge.Jobs.Outputs;
using static ReportForge.Jobs.Dashboard.PageServices;

namespace ReportForge.Jobs.Dashboard;

/// <summary>
/// <c>/hangfire/outputs</c>: every published file of every source, with size, date and download link, and the
/// recommendations datasets registered beside each source.
/// </summary>
internal sealed class OutputsPage : RazorPage
{
    public override void Execute()
    {
        Layout = new LayoutPage("Outputs");
        var workspace = Get<BriefWorkspace>(Context);
        var catalog = new OutputCatalog(workspace);
        var html = new StringBuilder("<div class=\"row\"><div class=\"col-md-12\"><h1 class=\"page-header\">Outputs</h1>");
        var sources = workspace.Sources.All();
        if (sources.Count == 0) html.Append("<div class=\"alert alert-info\">No summary is registered yet.</div>");
        foreach (var source in sources)
        {
            var files = catalog.Of(source.Id);
            html.Append($"<h3 id=\"source-{Encode(source.Id)}\">{Encode(source.Id)} <small>{Encode(source.Country)} · {files.Count} files</small></h3>");
            DatasetList(html, workspace.Datasets.Of(source.Id));
            if (files.Count == 0)
            {
                html.Append("<p class=\"text-muted\">Nothing published yet.</p>");
                continue;
            }
            html.Append("<div class=\"table-responsive\"><table class=\"table table-striped table-condensed rf-outputs\"><thead><tr><th>File</th><th>Kind</th><th>Profile</th><th>Pages</th><th class=\"text-right\">Size</th><th>Published (UTC)</th></tr></thead><tbody>");
            foreach (var f in files)
            {
                html.Append($"<tr><td><a href=\"{Encode(f.Url())}\">{Encode(f.Entry.Path)}</a></td><td>{Encode(f.Entry.Kind)}</td><td>{Encode(f.Entry.Profile)}</td>");
                html.Append($"<td>{f.Entry.Pages}</td><td class=\"text-right\">{Size(f.Entry.Bytes)}</td><td>{f.LastWriteUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}</td></tr>");
            }
            html.Append("</tbody></table></div>");
        }
        html.Append("</div></div>");
        WriteLiteral(html.ToString());
    }

    /// <summary>The recommendations datasets the source's files draw on.</summary>
    private static void DatasetList(StringBuilder html, IReadOnlyList<Registry.DatasetEntry> datasets)
    {
        if (datasets.Count == 0) return;
        html.Append("<p class=\"rf-datasets\">Earlier recommendations from:</p><ul class=\"rf-datasets\">");
        foreach (var d in datasets)
            html.Append($"<li data-dataset=\"{Encode(d.Id)}\"><strong>{Encode(d.FileName)}</strong> <span class=\"text-muted\">{DatasetForms.Describe(d)} · SHA-256 {Encode(d.Sha256[..12])}…</span></li>");
        html.Append("</ul>");
    }
}
