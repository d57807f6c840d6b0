using ReportForge.Core.Tailoring;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>
/// The themes part: parts and lettered sections as headings, and for each theme what stakeholders
/// noted (attributed) followed by their recommendations as a table. Each part starts a new page.
/// </summary>
internal static class ThemeSection
{
    public static void Compose(IContainer container, BriefContent content, BriefStyle style, IReadOnlyList<OutlineHeading> headings) =>
        container.Column(col =>
        {
            col.Spacing(BriefStyle.BlockGap);
            if (headings.Count == 0)
            {
                col.Item().Heading(1, "Themes");
                col.Item().Text("Nothing in the summary matches this selection.");
                return;
            }
            for (var i = 0; i < headings.Count; i++)
            {
                var heading = headings[i];
                if (i > 0 && heading.Level == 1)
                    col.Item().PageBreak();
                var gap = i == 0 || heading.Level == 1 || headings[i - 1].Theme is null ? 0 : BriefStyle.ThemeGap;
                col.Item().PaddingTop(gap).Heading(heading.Level, heading.Title, anchor: heading.Anchor);
                if (heading.Theme is { } theme)
                    Theme(col, content, theme, style, heading.Level);
            }
        });

    static void Theme(ColumnDescriptor col, BriefContent content, ThemeContent theme, BriefStyle style, int level)
    {
        col.Item().Text(Summary(theme)).Style(style.Note);
        if (ThemeContext.HasAny(theme))
            ThemeContext.Compose(col, theme, content.Summary.NationalInstitution, style, Math.Min(level + 1, 6));
        if (theme.Recommendations.Count > 0)
        {
            col.Item().PaddingTop(4).Heading(Math.Min(level + 1, 6), "RECOMMENDATIONS", bookmark: false);
            col.Item().Element(c => RecommendationsTable.Compose(c, content, theme.Recommendations, style));
        }
    }

    /// <summary>"¶ 12–21  ·  29 statements  ·  12 recommendations".</summary>
    static string Summary(ThemeContent theme)
    {
        var context = theme.Statements.Count(s => s.Kind != Core.Model.StatementKind.Recommendation);
        var parts = new List<string>();
        var paragraphs = BriefText.Paragraphs(theme.Paragraphs.Select(p => p.Number));
        if (paragraphs.Length > 0) parts.Add(paragraphs);
        parts.Add(BriefText.Count(context, "statement"));
        parts.Add(BriefText.Count(theme.Recommendations.Count, "recommendation"));
        return string.Join("  ·  ", parts);
    }
}
