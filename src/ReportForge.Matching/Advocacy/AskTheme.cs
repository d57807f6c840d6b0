using ReportForge.Core.Model;

namespace ReportForge.Matching.Advocacy;

/// <summary>The theme an ask is matched under: the section that holds it.</summary>
public static class AskTheme
{
    /// <summary>The section's title, for people (and a weaker signal: its words against a recommendation's issues).</summary>
    public static string Of(Summary summary, Recommendation ask) =>
        Section(summary, ask)?.Title ?? "";

    /// <summary>The section's canonical theme key (<c>templates/themes.yaml</c>, the same over every cycle's headings).</summary>
    public static string KeyOf(Summary summary, Recommendation ask) =>
        Section(summary, ask)?.ThemeKey ?? "";

    private static Section? Section(Summary summary, Recommendation ask) =>
        summary.Sections.FirstOrDefault(s => s.Id == ask.SectionId);
}
