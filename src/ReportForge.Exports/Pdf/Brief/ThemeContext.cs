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

    /// <summary>What the national human rights institution reported comes first, apart from the other stakeholders.</summary>
    public const string InstitutionTitle = "What the national human rights institution reported";

    /// <param name="institution">The national human rights institution's code, if the summary has one.</param>
    public static void Compose(ColumnDescriptor col, ThemeContent theme, string? institution, BriefStyle style, int headingLevel)
    {
        bool ByInstitution(Statement s) => institution is not null && s.Stakeholders.Contains(institution);
        var reported = theme.Statements.Where(s => s.Kind != StatementKind.Recommendation && ByInstitution(s)).ToList();
        Group(col, InstitutionTitle, reported, style, headingLevel);
        foreach (var (kind, title) in Groups)
            Group(col, title, theme.OfKind(kind).Where(s => !ByInstitution(s)).ToList(), style, headingLevel);
    }

    static void Group(ColumnDescriptor col, string title, IReadOnlyList<Statement> statements, BriefStyle style, int headingLevel)
    {
        if (statements.Count == 0) return;
        col.Item().PaddingTop(4).Heading(headingLevel, title.ToUpperInvariant(), bookmark: false);
        col.Item().Column(list =>
        {
            list.Spacing(5);
            foreach (var statement in statements)
                list.Item().Element(c => Statement(c, statement, style));
        });
    }

    static void Statement(IContainer container, Statement statement, BriefStyle style) =>
        container.Row(row =>
        {
            row.Spacing(8);
            row.ConstantItem(style.Columns.CodeMargin).PaddingTop(1.5).Text(t =>
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
