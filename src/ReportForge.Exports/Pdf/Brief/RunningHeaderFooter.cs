using ReportForge.Core.Tailoring;
using ReportForge.Exports.Cover;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>
/// The body pages: size and margins from the profile, the running header (brief title, country) and
/// footer (source, page X of Y). Each part of the brief is one such page set, so each starts on a new page.
/// </summary>
internal static class RunningHeaderFooter
{
    public static void BodyPage(DocumentDescriptor document, BriefContent content, BriefStyle style, PageSize size, string section, Action<IContainer> body)
    {
        var side = PdfPaper.SideMargin(size);
        document.Page(page =>
        {
            page.Section(section).Size(size).Margins(side, 34, side, 30);
            page.Header().Element(c => Header(c, content, style));
            page.Content().PaddingVertical(20).Element(body);
            page.Footer().Element(c => Footer(c, content, style));
        });
    }

    static void Header(IContainer container, BriefContent content, BriefStyle style) =>
        container.BorderBottom(0.75, style.Theme.Brand).PaddingBottom(5).Row(row =>
        {
            row.RelativeItem().Text(content.Profile.Title).FontSize(BriefStyle.Small).Bold().FontColor(style.Theme.Brand);
            row.AutoItem().Text(content.Summary.Country).FontSize(BriefStyle.Small).FontColor(style.Theme.Muted);
        });

    static void Footer(IContainer container, BriefContent content, BriefStyle style) =>
        container.BorderTop(0.5, style.Theme.Rule).PaddingTop(5).Row(row =>
        {
            row.RelativeItem().Text("Source: " + BriefCover.Of(content).SourceName).FontSize(BriefStyle.Tiny + 0.5).FontColor(style.Theme.Muted);
            row.AutoItem().Text(t =>
            {
                t.DefaultStyle(s => s.FontSize(BriefStyle.Tiny + 0.5).FontColor(style.Theme.Muted));
                t.Span("Page ");
                t.CurrentPageNumber();
                t.Span(" of ");
                t.TotalPages();
            });
        });
}
