using ReportForge.Core.Tailoring;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>
/// What a tailored brief was cut to, in readers' words: theme titles, stakeholders' full names and
/// group labels rather than the ids typed on a command line or in a profile.
/// </summary>
internal static class BriefSelection
{
    /// <summary>Label and value lines ("Themes", "Administration of justice…"); empty for a brief that keeps everything.</summary>
    public static IReadOnlyList<(string Label, string Value)> Describe(BriefContent content)
    {
        var profile = content.Profile;
        var lines = new List<(string, string)>();
        if (profile.Themes.Count > 0)
            lines.Add(("Themes", content.Themes.Count == 0
                ? string.Join(", ", profile.Themes)
                : string.Join("; ", content.Themes.Select(t => t.Section.Title))));
        if (profile.Stakeholders.Count > 0)
            lines.Add(("Stakeholders", string.Join("; ", profile.Stakeholders.Select(name => StakeholderName(content, name)))));
        if (profile.Groups.Count > 0)
            lines.Add(("Affected groups", string.Join(", ", profile.Groups.Select(id => LabelOf(content, id)))));
        return lines;
    }

    static string StakeholderName(BriefContent content, string wanted)
    {
        var match = content.Summary.Stakeholders.FirstOrDefault(s =>
            string.Equals(s.Abbreviation, wanted, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(s.Name, wanted, StringComparison.OrdinalIgnoreCase));
        if (match is null) return wanted;
        var name = BriefText.FullName(match);
        return name == match.Abbreviation ? name : $"{name} ({match.Abbreviation})";
    }

    static string LabelOf(BriefContent content, string wanted) =>
        content.Groups.FirstOrDefault(g =>
            string.Equals(g.Id, wanted, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(g.Label, wanted, StringComparison.OrdinalIgnoreCase))?.Label ?? wanted;
}
