using System.Globalization;
using System.Text;
using ReportForge.Jobs.Registry;
using static ReportForge.Jobs.Dashboard.PageServices;

namespace ReportForge.Jobs.Dashboard;

/// <summary>The Briefs page's parts about recommendations datasets: choosing them in a request, and registering one.</summary>
internal static class DatasetForms
{
    /// <summary>
    /// A box per dataset of the source, ticked: a brief shows what States recommended before. The hidden empty value
    /// makes the field present even when none is ticked, so "none" is not read as "every one".
    /// </summary>
    public static void Choices(StringBuilder html, IReadOnlyList<DatasetEntry> datasets)
    {
        html.Append("<div class=\"form-group\" id=\"dataset-choices\"><label>Earlier recommendations</label>");
        html.Append("<input type=\"hidden\" name=\"datasets\" value=\"\">");
        if (datasets.Count == 0)
            html.Append("<p class=\"help-block\">No recommendations dataset is registered for this summary: register one below to see which States recommended the same before.</p>");
        foreach (var d in datasets)
            html.Append($"<div class=\"checkbox\"><label><input type=\"checkbox\" name=\"datasets\" value=\"{Encode(d.Id)}\" checked> {Encode(d.FileName)} <span class=\"text-muted\">{Describe(d)}</span></label></div>");
        html.Append("</div>");
    }

    /// <summary>"OHCHR thematic list · 180 recommendations · 41.2 kB".</summary>
    public static string Describe(DatasetEntry d) =>
        Encode($"{d.Format} · {d.Recommendations.ToString(CultureInfo.InvariantCulture)} recommendations · {Size(d.Bytes)}{(d.AnyCountry ? " · about " + string.Join(", ", d.Countries) : "")}");

    public static void Upload(StringBuilder html, string action, string antiforgeryField, IReadOnlyList<SourceEntry> sources, SourceEntry? selected)
    {
        if (sources.Count == 0) return;
        html.Append("<h3>Register a recommendations dataset</h3>");
        html.Append($"<form method=\"post\" action=\"{action}\" enctype=\"multipart/form-data\" id=\"dataset-form\" class=\"rf-form\">");
        html.Append(antiforgeryField);
        html.Append("<div class=\"form-group\"><label for=\"dataset-source\">Beside the summary</label><select class=\"form-control\" id=\"dataset-source\" name=\"source\">");
        foreach (var s in sources)
            html.Append($"<option value=\"{Encode(s.Id)}\"{(s.Id == selected?.Id ? " selected" : "")}>{Encode(s.Id)} — {Encode(s.Country)}</option>");
        html.Append("</select></div>");
        html.Append("<div class=\"form-group\"><label for=\"dataset-file\">What States recommended at earlier reviews: a UPR Info database export (.csv) or an OHCHR thematic list of recommendations (.docx)</label>");
        html.Append("<input type=\"file\" id=\"dataset-file\" name=\"file\" accept=\".csv,text/csv,.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document\" required></div>");
        html.Append("<div class=\"form-group\"><label for=\"dataset-id\">Dataset id (optional)</label><input type=\"text\" class=\"form-control\" id=\"dataset-id\" name=\"id\" placeholder=\"from the file name\" pattern=\"[a-z0-9][a-z0-9-]*\"></div>");
        html.Append("<div class=\"checkbox\"><label><input type=\"checkbox\" name=\"anyCountry\" value=\"true\"> It is about another State than the summary's: use it anyway</label></div>");
        html.Append("<button type=\"submit\" class=\"btn btn-default\" id=\"register-dataset\">Register dataset</button>");
        html.Append("<p class=\"help-block\">The file is read before it is accepted; another kind of file, a damaged one or one about another State is refused with the row at fault. A file of the same id replaces the earlier one, and the next regeneration renders the summary's files again.</p></form>");
    }

    /// <summary>The datasets registered beside <paramref name="source"/>, each with a button that removes it.</summary>
    public static void Registered(StringBuilder html, string action, string antiforgeryField, SourceEntry source, IReadOnlyList<DatasetEntry> datasets)
    {
        if (datasets.Count == 0) return;
        html.Append($"<h4>Registered beside {Encode(source.Id)}</h4><ul class=\"list-unstyled\" id=\"registered-datasets\">");
        foreach (var d in datasets)
        {
            html.Append($"<li data-dataset=\"{Encode(d.Id)}\"><form method=\"post\" action=\"{action}\" class=\"form-inline rf-remove-dataset\">{antiforgeryField}");
            html.Append($"<input type=\"hidden\" name=\"source\" value=\"{Encode(d.SourceId)}\"><input type=\"hidden\" name=\"id\" value=\"{Encode(d.Id)}\">");
            html.Append($"<strong>{Encode(d.FileName)}</strong> <span class=\"text-muted\">{Describe(d)}</span> ");
            html.Append($"<button type=\"submit\" class=\"btn btn-xs btn-default\" aria-label=\"Remove {Encode(d.FileName)}\">Remove</button></form></li>");
        }
        html.Append("</ul><p class=\"help-block\">A removed dataset is no longer drawn on; the next regeneration renders the summary's files without it.</p>");
    }
}
