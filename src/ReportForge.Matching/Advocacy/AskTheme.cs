using ReportForge.Core.Model;

namespace ReportForge.Matching.Advocacy;

/// <summary>The theme an ask is matched under: the title of the section that holds it.</summary>
public static class AskTheme
{
    public static string Of(Summary summary, Recommendation ask) =>
        summary.Sections.FirstOrDefault(s => s.Id == ask.SectionId)?.Title ?? "";
}
