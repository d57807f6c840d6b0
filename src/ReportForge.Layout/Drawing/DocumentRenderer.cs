using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using ReportForge.Layout.Drawing.Fonts;
using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Drawing;

/// <summary>
/// Renders a document model: layout passes on a recording canvas until page numbers, page counts
/// and anchor pages stop changing, then one pass onto a PDFsharp document.
/// </summary>
internal static class DocumentRenderer
{
    const int MaxLayoutPasses = 5;

    public static RenderResult Layout(DocumentModel model, PdfOptions options) => LayoutOnto(model, options, () => new LayoutCanvas());

    /// <summary>Lays out until stable, the last pass on canvases from <paramref name="finalCanvas"/> (tests pass a recording one).</summary>
    public static RenderResult LayoutOnto(DocumentModel model, PdfOptions options, Func<CanvasBase> finalCanvas)
    {
        var context = Prepare(model, options);
        var (facts, canvas) = FinalPass(model, context, options, finalCanvas);
        CheckLinks(canvas);
        return Result(facts, canvas);
    }

    public static RenderResult Render(DocumentModel model, PdfOptions options, Stream output)
    {
        var context = Prepare(model, options);
        PdfDocument? document = null;
        try
        {
            var (facts, canvas) = FinalPass(model, context, options, () =>
            {
                document?.Dispose();
                document = CreateDocument(model.Metadata, options);
                return new PdfCanvas(document, options.Tagged);
            });
            var pdf = (PdfCanvas)canvas;
            CheckLinks(pdf);
            pdf.Finish();
            using var buffer = new MemoryStream();
            document!.Save(buffer, closeStream: false);
            pdf.Dispose();
            output.Write(Determinism.Normalize(buffer.ToArray()));
            return Result(facts, pdf);
        }
        finally
        {
            document?.Dispose();
        }
    }

    /// <summary>
    /// A cheap layout pass learns page count and anchor pages; the final pass uses them and checks
    /// that what it relied on still holds (it does unless those numbers moved content). If not, the
    /// layout passes repeat until the numbers settle and the final pass runs again.
    /// </summary>
    static (DocumentFacts Facts, CanvasBase Canvas) FinalPass(DocumentModel model, LayoutContext context, PdfOptions options, Func<CanvasBase> finalCanvas)
    {
        var facts = LayoutPass(model, context, options, DocumentFacts.Unknown);
        for (var attempt = 0; attempt < MaxLayoutPasses; attempt++)
        {
            context.Previous = facts;
            context.Consulted.Clear();
            context.IsFinalPass = true;
            var canvas = finalCanvas();
            var final = PageRenderer.Run(model, context, canvas, options.MaxPages);
            if (context.Consulted.AgreeWith(final))
                return (final, canvas);
            context.IsFinalPass = false;
            facts = LayoutPass(model, context, options, final);
        }
        throw new LayoutException("Page numbers did not settle: the contents page or page references keep moving the content.");
    }

    static DocumentFacts LayoutPass(DocumentModel model, LayoutContext context, PdfOptions options, DocumentFacts previous)
    {
        context.Previous = previous;
        context.Consulted.Clear();
        return PageRenderer.Run(model, context, new LayoutCanvas(), options.MaxPages);
    }

    static LayoutContext Prepare(DocumentModel model, PdfOptions options)
    {
        var context = new LayoutContext(new FontManager(options)) { HeadingStyles = model.HeadingStyles };
        var documentStyle = model.DefaultTextStyle.InheritFrom(TextStyle.Base with { FontFamily = options.DefaultFontFamily });
        foreach (var set in model.PageSets)
        {
            var pageStyle = set.DefaultTextStyle.InheritFrom(documentStyle);
            foreach (var root in set.Roots)
                root.Initialize(context, pageStyle);
        }
        return context;
    }

    static PdfDocument CreateDocument(DocumentMetadata metadata, PdfOptions options)
    {
        var document = new PdfDocument();
        if (options.PdfA)
            document.SetPdfA();
        var date = (options.CreationDate ?? PdfOptions.FixedCreationDate).UtcDateTime;
        var info = document.Info;
        info.Title = metadata.Title;
        info.Author = metadata.Author;
        info.Subject = metadata.Subject;
        info.Keywords = metadata.Keywords;
        info.Creator = metadata.Creator;
        info.CreationDate = date;
        info.ModificationDate = date;
        document.Language = metadata.Language;
        document.ViewerPreferences.DisplayDocTitle = true;
        document.Internals.FirstDocumentID = Determinism.PlaceholderId;
        document.Internals.SecondDocumentID = Determinism.PlaceholderId;
        if (options.Tagged)
            UAManager.ForDocument(document).SetDocumentLanguage(metadata.Language);
        return document;
    }

    static void CheckLinks(CanvasBase canvas)
    {
        var missing = canvas.LinkedAnchors.Where(a => !canvas.Anchors.ContainsKey(a)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            throw new LayoutException($"Links point at anchors no element defines: {string.Join(", ", missing.Select(a => $"'{a}'"))}.");
    }

    static RenderResult Result(DocumentFacts facts, CanvasBase canvas) => new(
        facts.PageCount,
        facts.AnchorPages,
        canvas.Bookmarks.Select(b => new OutlineEntry(b.Level, b.Title, b.Page)).ToList());
}
