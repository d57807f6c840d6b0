using ReportForge.Core.Tailoring;
using ReportForge.Exports.Matrix;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Matrix;

/// <summary>
/// The recommendation matrix as handed out on paper: landscape, one row per recommendation grouped
/// under its theme, the header repeated on every page, and blank columns to write in.
/// </summary>
internal static class MatrixPdfDocument
{
    private static readonly Color Rule = Color.FromHex("#B8BEC6");
    private static readonly Color Muted = Color.FromHex("#4A5562");

    public static Document Compose(BriefContent content)
    {
        var brand = Color.FromHex(content.Profile.BrandColor);
        var summary = content.Summary;
        var title = $"Recommendation matrix: {content.Profile.Title}";
        return Document.Create(d =>
        {
            d.Metadata(m =>
            {
                m.Title = $"{title} ({summary.Country})";
                m.Author = "ReportForge";
                m.Subject = $"Recommendations made by stakeholders for the Universal Periodic Review of {summary.Country}";
                m.Keywords = $"UPR; {summary.Country}; recommendations; {content.Profile.Name}";
                m.Language = "en";
            });
            d.DefaultTextStyle(s => s.FontFamily("Noto Sans").FontSize(7.5).LineHeight(1.2));
            d.Page(page =>
            {
                page.Size(MatrixPageSize.For(content.Profile)).Margins(28, 26, 28, 26);
                page.Header().PaddingBottom(6).Row(row =>
                {
                    row.RelativeItem().Text(t => t.Span(title).Bold().FontColor(brand).FontSize(8));
                    row.AutoItem().Text(t => t.Span($"Universal Periodic Review of {summary.Country}").FontColor(Muted).FontSize(8));
                });
                page.Content().Column(col =>
                {
                    col.Spacing(8);
                    col.Item().ShowOnce().Element(c => TitleBlock(c, content, brand));
                    col.Item().Table(t => Matrix(t, content, brand));
                    col.Item().Element(c => StakeholderKey(c, content));
                });
                page.Footer().PaddingTop(6).Row(row =>
                {
                    row.RelativeItem().Text(t => t.Span(SourceLine(content)).FontColor(Muted).FontSize(7));
                    row.AutoItem().Text(t =>
                    {
                        t.Span("Page ").FontSize(7).FontColor(Muted);
                        t.CurrentPageNumber().FontSize(7).FontColor(Muted);
                        t.Span(" of ").FontSize(7).FontColor(Muted);
                        t.TotalPages().FontSize(7).FontColor(Muted);
                    });
                });
            });
        });
    }

    private static void TitleBlock(IContainer container, BriefContent content, Color brand)
    {
        container.BorderLeft(3, brand).PaddingLeft(8).Column(col =>
        {
            col.Spacing(2);
            col.Item().Heading(1, $"{content.Profile.Title}: recommendation matrix");
            var count = content.AllRecommendations.Count();
            col.Item().Text(t => t.Span(
                $"{count} recommendation{(count == 1 ? "" : "s")} made by stakeholders for the Universal Periodic Review of {content.Summary.Country}, " +
                "grouped by theme. Priority, responsible institution and next steps are left blank to fill in during the meeting.")
                .FontSize(8.5).FontColor(Muted));
        });
    }

    /// <summary>Fill-in columns stay blank on paper; this is the height left for handwriting.</summary>
    private const double WritingHeight = 34;

    /// <summary>
    /// The printed columns of the shared matrix model, as wide relative to each other as the workbook's:
    /// the same headers and the same cell text, rows grouped under a band per theme.
    /// </summary>
    private static void Matrix(TableDescriptor table, BriefContent content, Color brand)
    {
        var matrix = MatrixTable.From(content);
        var columns = MatrixColumns.Printed;
        table.ColumnsDefinition(c =>
        {
            foreach (var column in columns) c.RelativeColumn(matrix.Width(column));
        });
        table.CellPadding(3).Borders(0.5, Rule).HeaderBackground(brand).KeepRowsTogether();
        table.Header(h =>
        {
            foreach (var column in columns)
                h.Cell().Text(t => t.Span(column.Header).Bold().FontColor(Colors.White));
        });

        var tint = Tint(brand);
        string? theme = null;
        foreach (var row in matrix.Rows)
        {
            if (row.ThemeId != theme)
            {
                theme = row.ThemeId;
                table.Cell(columnSpan: columns.Count).Background(tint)
                    .Text(t => t.Span($"{row.ThemeId}  {row.Theme}").Bold().FontSize(8));
            }
            RecommendationRow(table, columns, row);
        }
    }

    private static void RecommendationRow(TableDescriptor table, IReadOnlyList<MatrixColumn> columns, MatrixRow row)
    {
        var recommendation = MatrixColumns.At(MatrixColumns.Recommendation);
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = c == 0 ? table.Cell().MinHeight(WritingHeight) : table.Cell();
            var column = columns[c];
            if (column.Value is not { } value) continue;
            if (ReferenceEquals(column, recommendation)) cell.Text(t => Recommendation(t, row));
            else cell.Text(value(row));
        }
    }

    /// <summary>
    /// The ask, then what the workbook has in columns the printout leaves out: whom it addresses when
    /// that is not the country, and who recommended it before.
    /// </summary>
    private static void Recommendation(TextDescriptor text, MatrixRow row)
    {
        text.Span(row.Recommendation);
        if (row.OtherTarget is { } target) text.Span($" (to {target})").Italic().FontColor(Muted);
        if (row.EarlierLabels.Count > 0)
            text.Span("\nRecommended before by: " + string.Join("; ", row.EarlierLabels)).FontSize(7).FontColor(Muted);
    }

    /// <summary>The codes of the "Stakeholders" column spelled out, so the printout stands on its own.</summary>
    private static void StakeholderKey(IContainer container, BriefContent content)
    {
        var asking = content.AllRecommendations.SelectMany(r => r.Stakeholders).ToHashSet(StringComparer.Ordinal);
        container.Text(t =>
        {
            t.Span(MatrixColumns.At(MatrixColumns.Stakeholders).Header + ": ").Bold().FontSize(7.5);
            var first = true;
            foreach (var s in content.Stakeholders.Where(s => asking.Contains(s.Abbreviation)))
            {
                t.Span((first ? "" : "; ") + s.Abbreviation).Bold().FontSize(7.5);
                t.Span(s.Name is null || s.Name == s.Abbreviation ? "" : " " + s.Name).FontSize(7.5).FontColor(Muted);
                first = false;
            }
        });
    }

    private static string SourceLine(BriefContent content)
    {
        var document = content.Summary.Document.Symbol ?? content.Source.FileName;
        var page = content.Summary.Paragraphs.Any(p => p.Page > 0) ? ", p. page of the official PDF" : "";
        return $"Source: summary of stakeholders' information, {document}. Citations: ¶ paragraph, fn footnote{page}.";
    }

    /// <summary>The brand colour at about 12 % on white, for theme rows.</summary>
    private static Color Tint(Color c) => new(Mix(c.R), Mix(c.G), Mix(c.B));

    private static byte Mix(byte channel) => (byte)(255 - (255 - channel) * 0.12);
}
