using Microsoft.AspNetCore.Http;

namespace ReportForge.Jobs.Requests;

/// <summary>
/// Reads a brief request from form fields, the same names <c>POST /api/briefs</c> takes in JSON:
/// <c>source</c>, <c>profiles</c>, <c>themes</c>, <c>stakeholders</c>, <c>groups</c>, <c>kinds</c>, <c>datasets</c>, <c>force</c>.
/// A form without a <c>datasets</c> field draws on every dataset of the source; the Briefs form always sends the
/// field (an empty hidden value besides the boxes), so ticking none means none.
/// </summary>
public static class BriefRequestForm
{
    public static BriefRequest Read(IFormCollection form) => new()
    {
        SourceId = form["source"].ToString().Trim(),
        Profiles = Values(form, "profiles"),
        Themes = Values(form, "themes"),
        Stakeholders = Values(form, "stakeholders"),
        Groups = Values(form, "groups"),
        Kinds = Values(form, "kinds"),
        Datasets = form.ContainsKey("datasets") ? Values(form, "datasets") : null,
        Force = form["force"].Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) || v == "on"),
    };

    private static List<string> Values(IFormCollection form, string name) =>
        form[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
}
