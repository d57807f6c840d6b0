using System.Globalization;
using ReportForge.Core.Model;
using ReportForge.Core.Tailoring;
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

    private static void Matrix(TableDescriptor table, BriefContent content, Color brand)
    {
        table.ColumnsDefinition(c =>
        {
            c.ConstantColumn(22);
            c.RelativeColumn(3.4);
            c.RelativeColumn(0.95);
            c.ConstantColumn(58);
            c.RelativeColumn(0.95);
            c.ConstantColumn(50);
            c.ConstantColumn(44);
            c.RelativeColumn(1.0);
            c.RelativeColumn(1.5);
        });
        table.CellPadding(3).Borders(0.5, Rule).HeaderBackground(brand).KeepRowsTogether();
        table.Header(h =>
        {
            foreach (var heading in MatrixColumns.Headings)
                h.Cell().Text(t => t.Span(heading).Bold().FontColor(Colors.White));
        });

        var number = 0;
        var tint = Tint(brand);
        foreach (var theme in content.Themes.Where(t => t.Recommendations.Count > 0))
        {
            table.Cell(columnSpan: MatrixColumns.Headings.Length).Background(tint)
                .Text(t => t.Span($"{theme.Section.Id}  {theme.Section.Title}").Bold().FontSize(8));
            foreach (var r in theme.Recommendations)
                RecommendationRow(table, content, r, ++number);
        }
    }

    private static void RecommendationRow(TableDescriptor table, BriefContent content, Recommendation r, int number)
    {
        table.Cell().MinHeight(MatrixColumns.WritingHeight).Text(number.ToString(CultureInfo.InvariantCulture));
        table.Cell().Text(t =>
        {
            t.Span(Capitalised(r.Text));
            if (r.Target != content.Summary.Country) t.Span($" (to {r.Target})").Italic().FontColor(Muted);
            var earlier = content.EarlierFor(r.Id);
            if (earlier.Count > 0)
                t.Span("\nRecommended before by: " + string.Join("; ", earlier.Select(e => e.LongLabel))).FontSize(7).FontColor(Muted);
        });
        table.Cell().Text(string.Join(", ", r.Stakeholders));
        table.Cell().Text(r.ActionCategory.NumberedLabel());
        table.Cell().Text(string.Join(", ", r.AffectedGroups.Select(content.GroupLabel)));
        table.Cell().Text(content.Summary.Cite(r));
        table.Cell();
        table.Cell();
        table.Cell();
    }

    /// <summary>The codes of the "Made by" column spelled out, so the printout stands on its own.</summary>
    private static void StakeholderKey(IContainer container, BriefContent content)
    {
        var asking = content.AllRecommendations.SelectMany(r => r.Stakeholders).ToHashSet(StringComparer.Ordinal);
        container.Text(t =>
        {
            t.Span("Made by: ").Bold().FontSize(7.5);
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

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The brand colour at about 12 % on white, for theme rows.</summary>
    private static Color Tint(Color c) => new(Mix(c.R), Mix(c.G), Mix(c.B));

    private static byte Mix(byte channel) => (byte)(255 - (255 - channel) * 0.12);
}
