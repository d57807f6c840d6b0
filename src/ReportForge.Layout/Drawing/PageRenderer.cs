using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Drawing;

/// <summary>
/// One pass over the document: fills page after page of each page set with header, footer,
/// background and as much content as fits, until the content is complete.
/// </summary>
internal static class PageRenderer
{
    public static DocumentFacts Run(DocumentModel model, LayoutContext context, CanvasBase canvas, int maxPages)
    {
        context.Canvas = canvas;
        foreach (var set in model.PageSets)
            foreach (var root in set.Roots)
                root.ResetTree();

        var sectionCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < model.PageSets.Count; index++)
        {
            var set = model.PageSets[index];
            var section = SectionKey(set, index);
            var sectionPage = 0;
            bool finished;
            do
            {
                sectionPage++;
                canvas.BeginPage(set.Size);
                if (canvas.PageNumber > maxPages)
                    throw new LayoutException($"The document grew past {maxPages} pages; is an element repeating itself?");
                context.Page = new PageState(canvas.PageNumber, context.Previous.PageCount, section, sectionPage,
                    context.Previous.SectionPageCounts.GetValueOrDefault(section));
                finished = RenderPage(set, context, canvas);
                canvas.EndPage();
            }
            while (!finished);
            sectionCounts[section] = sectionPage;
        }

        var anchors = canvas.Anchors.ToDictionary(a => a.Key, a => a.Value.Page, StringComparer.Ordinal);
        return new DocumentFacts(canvas.PageNumber, anchors, sectionCounts);
    }

    static bool RenderPage(PageSet set, LayoutContext context, CanvasBase canvas)
    {
        var page = set.Size;
        var width = page.Width - set.MarginLeft - set.MarginRight;
        var headerHeight = MeasureRunning(set.Header, "header", width, page.Height / 2, canvas.PageNumber);
        var footerHeight = MeasureRunning(set.Footer, "footer", width, page.Height / 2, canvas.PageNumber);
        var contentHeight = page.Height - set.MarginTop - set.MarginBottom - headerHeight - footerHeight;
        if (contentHeight <= 0)
            throw new LayoutException($"Header and footer leave no room for content on page {canvas.PageNumber}.");
        context.ContentAreaHeight = contentHeight;

        DrawDecoration(canvas, set.Background, 0, 0, new Size(page.Width, page.Height));
        DrawDecoration(canvas, set.Header, set.MarginLeft, set.MarginTop, new Size(width, headerHeight));

        var content = new Size(width, contentHeight);
        var plan = set.Content.Measure(content);
        if (plan.Type == SpacePlanType.Wrap)
            throw new LayoutException(
                $"Content cannot fit on page {canvas.PageNumber} even at the top of an empty page " +
                $"({width:0} x {contentHeight:0}pt available): {plan.WrapReason}.");
        canvas.Translate(set.MarginLeft, set.MarginTop + headerHeight);
        set.Content.Draw(content);
        canvas.Translate(-set.MarginLeft, -(set.MarginTop + headerHeight));

        DrawDecoration(canvas, set.Footer, set.MarginLeft, page.Height - set.MarginBottom - footerHeight, new Size(width, footerHeight));
        return plan.Completes;
    }

    static double MeasureRunning(Element element, string name, double width, double maxHeight, int pageNumber)
    {
        var plan = element.Measure(new Size(width, maxHeight));
        return plan.Type switch
        {
            SpacePlanType.Empty => 0,
            SpacePlanType.FullRender => plan.Height,
            SpacePlanType.Wrap => throw new LayoutException($"The page {name} does not fit on page {pageNumber}: {plan.WrapReason}."),
            _ => throw new LayoutException($"The page {name} is taller than half the page on page {pageNumber}."),
        };
    }

    /// <summary>Running headers, footers and backgrounds are artifacts: screen readers skip them.</summary>
    static void DrawDecoration(CanvasBase canvas, Element element, double x, double y, Size size)
    {
        if (size.Height <= 0 && element.Measure(size).Type == SpacePlanType.Empty)
            return;
        canvas.BeginArtifact();
        canvas.Translate(x, y);
        element.Draw(size);
        canvas.Translate(-x, -y);
        canvas.EndArtifact();
    }

    static string SectionKey(PageSet set, int index) =>
        set.SectionName.Length > 0 ? set.SectionName : $"#{index + 1}";
}
