using ReportForge.Core.Tailoring;
using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>The contents: every part of the brief and every heading of the themes, with real page numbers, each line a link.</summary>
internal static class ContentsPage
{
    public static void Compose(IContainer container, BriefContent content, BriefStyle style, IReadOnlyList<OutlineHeading> headings, bool hasCharts) =>
        container.Column(col =>
        {
            col.Spacing(BriefStyle.BlockGap);
            col.Item().Heading(1, "Contents", anchor: BriefAnchors.Contents);
            col.Item().PaddingTop(6).TableOfContents(toc =>
            {
                toc.Spacing(5);
                toc.IndentPerLevel = 16;
                toc.Entry("Key asks", BriefAnchors.KeyAsks);
                foreach (var heading in headings)
                    toc.Entry(heading.Title, heading.Anchor, heading.Level);
                if (hasCharts)
                    toc.Entry("Charts", BriefAnchors.Charts);
                toc.Entry("Annex: stakeholders", BriefAnchors.Annex);
            });
            col.Item().PaddingTop(14).Element(c => HowToRead(c, style));
        });

    static void HowToRead(IContainer container, BriefStyle style) =>
        container.Background(style.Theme.BrandMist).Padding(10).Text(t =>
        {
            t.DefaultStyle(_ => style.Note);
            t.Span("Reading the citations. ").Bold();
            t.Span("“¶ 17” is paragraph 17 of the summary of stakeholders’ information; “fn 37” and superscript numbers are its footnotes, " +
                   "which name the submission each statement comes from. Stakeholder codes are spelled out in the annex.");
        });
}
