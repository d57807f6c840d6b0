using ReportForge.Core.Tailoring;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>
/// The whole brief: cover, key asks, contents, the themes, charts and the stakeholders annex,
/// each part starting on a new page, all but the cover under the running header and footer.
/// </summary>
internal static class BriefDocument
{
    /// <param name="pdf">The options the brief is generated with: its fonts size the code columns.</param>
    public static Document Create(BriefContent content, BriefAssets assets, PdfOptions pdf)
    {
        var style = new BriefStyle(PdfTheme.For(content.Profile), BriefColumns.For(content, pdf));
        var size = PdfPaper.Size(content.Profile.Paper, content.Profile.Orientation);
        var headings = BriefOutline.Headings(content);
        var hasCharts = assets.Charts.Count > 0;
        // room for a chart: the page less margins, running heads and its caption
        var figureHeight = size.Height - 34 - 30 - 40 - 60 - 80;

        return Document.Create(document =>
        {
            document.Metadata(m => BriefMetadata.Fill(m, content));
            style.Apply(document);
            CoverPage.Compose(document, content, style, size, assets.Logo);
            RunningHeaderFooter.BodyPage(document, content, style, size, "key-asks", c => KeyAsksPage.Compose(c, content, style));
            RunningHeaderFooter.BodyPage(document, content, style, size, "contents", c => ContentsPage.Compose(c, content, style, headings, hasCharts));
            RunningHeaderFooter.BodyPage(document, content, style, size, "themes", c => ThemeSection.Compose(c, content, style, headings));
            if (hasCharts)
                RunningHeaderFooter.BodyPage(document, content, style, size, "charts", c => ChartsPage.Compose(c, style, assets.Charts, figureHeight));
            RunningHeaderFooter.BodyPage(document, content, style, size, "annex", c => StakeholdersAnnex.Compose(c, content, style));
        });
    }
}
