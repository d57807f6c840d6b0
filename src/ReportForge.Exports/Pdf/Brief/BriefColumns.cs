using ReportForge.Core.Tailoring;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>
/// The widths of the brief's columns that hold short labels, measured in the brief's fonts: the stakeholder
/// codes beside statements and in the recommendations table, wide enough for the brief's longest code (so
/// "CoE-Commissioner" is never cut into "CoE-Commissione" and "r"; codes only break after their commas), and
/// the table's action column, wide enough for "3 – Considering". Never narrower than <see cref="Usual"/>,
/// never wider than a bound past which a code breaks after a hyphen rather than squeezing the text beside it.
/// </summary>
internal sealed record BriefColumns(double CodeMargin, double CodeTable, double Action)
{
    /// <summary>The narrowest widths, which short codes such as "JS1" and "AI" need.</summary>
    public static BriefColumns Usual { get; } = new(56, 67, 66);

    private const double MostWidth = 100;

    private const double TableCellPadding = 2 * RecommendationsTable.CellPadding;

    public static BriefColumns For(BriefContent content, PdfOptions pdf)
    {
        // the comma that follows a code in a list stays on its line
        var codes = content.Themes.SelectMany(t => t.Statements).SelectMany(s => s.Stakeholders)
            .Concat(content.AllRecommendations.SelectMany(r => r.Stakeholders))
            .Distinct(StringComparer.Ordinal)
            .Select(code => code + ",")
            .ToList();
        var actions = content.AllRecommendations.Select(r => RecommendationsTable.ActionLabel(r.ActionCategory))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new BriefColumns(
            Fit(TextMeasure.Widest(codes, Style(BriefStyle.Small).Bold(), pdf), Usual.CodeMargin),
            Fit(TextMeasure.Widest(codes, Style(BriefStyle.Table).Bold(), pdf) + TableCellPadding, Usual.CodeTable),
            Fit(TextMeasure.Widest(actions, Style(BriefStyle.Table), pdf) + TableCellPadding, Usual.Action));
    }

    private static double Fit(double measured, double usual) => Math.Clamp(Math.Ceiling(measured), usual, MostWidth);

    private static TextStyle Style(double size) => TextStyle.Default.FontFamily(PdfTheme.Sans).FontSize(size);
}
