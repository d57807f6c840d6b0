using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>One heading of the themes part: a part, a lettered section or a theme, at its outline level.</summary>
/// <param name="Section">The section headed.</param>
/// <param name="Level">1 for parts, 2 for lettered sections, 3 for numbered themes.</param>
/// <param name="Theme">The content when the section is a theme itself, else null (a heading over themes).</param>
internal sealed record OutlineHeading(Section Section, int Level, ThemeContent? Theme)
{
    public string Anchor => BriefAnchors.Section(Section.Id);

    public string Title => BriefText.NumberedTitle(Section);
}

/// <summary>
/// The headings of the themes part in reading order: each theme preceded by those of its part and
/// lettered section not yet shown. The contents page and the theme pages both walk this list, so
/// they cannot disagree.
/// </summary>
internal static class BriefOutline
{
    public static IReadOnlyList<OutlineHeading> Headings(BriefContent content)
    {
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var headings = new List<OutlineHeading>();
        foreach (var theme in content.Themes)
        {
            var ancestry = theme.Ancestry.Count == 0 ? [theme.Section] : theme.Ancestry;
            for (var i = 0; i < ancestry.Count; i++)
            {
                var section = ancestry[i];
                var isTheme = section.Id == theme.Section.Id;
                if (!shown.Add(section.Id)) continue;
                headings.Add(new OutlineHeading(section, Math.Min(i + 1, 3), isTheme ? theme : null));
            }
        }
        return headings;
    }
}
