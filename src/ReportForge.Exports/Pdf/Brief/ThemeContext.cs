using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>
/// What stakeholders said about a theme besides their asks: concerns, observations and positive
/// developments, each statement attributed (codes in the margin) with its footnote markers and paragraph.
/// </summary>
internal static class ThemeContext
{
    static readonly (StatementKind Kind, string Title)[] Groups =
    [
        (StatementKind.Concern, "Concerns"),
        (StatementKind.Observation, "Observations"),
        (StatementKind.Positive, "Positive developments"),
        (StatementKind.Assessment, "Previous review: what stakeholders say was done"),
    ];

    /// <summary>True when the theme has anything to show here.</summary>
    public static bool HasAny(ThemeContent theme) => Groups.Any(g => theme.OfKind(g.Kind).Any());

    public static void Compose(ColumnDescriptor col, ThemeContent theme, BriefStyle style, int headingLevel)
    {
        foreach (var (kind, title) in Groups)
        {
            var statements = theme.OfKind(kind).ToList();
            if (statements.Count == 0) continue;
            col.Item().PaddingTop(4).Heading(headingLevel, title.ToUpperInvariant(), bookmark: false);
            col.Item().Column(list =>
            {
                list.Spacing(5);
                foreach (var statement in statements)
                    list.Item().Element(c => Statement(c, statement, style));
            });
        }
    }

    static void Statement(IContainer container, Statement statement, BriefStyle style) =>
        container.Row(row =>
        {
            row.Spacing(8);
            row.ConstantItem(56).PaddingTop(1.5).Text(t =>
            {
                t.DefaultStyle(_ => style.Code);
                t.Span(BriefText.Codes(statement.Stakeholders));
            });
            row.RelativeItem().Text(t =>
            {
                t.DefaultStyle(s => s.FontFamily(PdfTheme.Serif).FontSize(BriefStyle.Body));
                if (statement.Implementation is { } status)
                    t.Span(char.ToUpperInvariant(status.Label()[0]) + status.Label()[1..] + ": ").Bold();
                t.Span(statement.Text);
                if (statement.Footnotes.Count > 0)
                    t.Span(BriefText.FootnoteMarks(statement.Footnotes)).Superscript().FontColor(style.Theme.Muted);
                t.Span("  ¶ " + statement.Paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        + string.Concat(statement.Pointers.Select(p => "; " + p)))
                    .FontFamily(PdfTheme.Sans).FontSize(BriefStyle.Tiny).FontColor(style.Theme.Muted);
            });
        });
}
