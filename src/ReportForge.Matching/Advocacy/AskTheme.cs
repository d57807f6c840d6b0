using ReportForge.Core.Model;

namespace ReportForge.Matching.Advocacy;

/// <summary>The theme an ask is matched under: the section that holds it.</summary>
public static class AskTheme
{
    /// <summary>The section's title, for people.</summary>
    public static string Of(Summary summary, Recommendation ask) =>
        Section(summary, ask)?.Title ?? "";

    /// <summary>
    /// What the matcher compares with a recommendation's issues or themes: the section's title, its canonical theme key
    /// (<c>templates/themes.yaml</c>, the same over every cycle's headings) and the words the datasets use for that theme.
    /// </summary>
    public static string Signal(Summary summary, Recommendation ask) =>
        Section(summary, ask) is { } section
            ? $"{section.Title}. {section.ThemeKey.Replace('-', ' ')}. {ThemeIssues.For(section.ThemeKey)}"
            : "";

    private static Section? Section(Summary summary, Recommendation ask) =>
        summary.Sections.FirstOrDefault(s => s.Id == ask.SectionId);
}
