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

    public static RenderResult Layout(DocumentModel model, PdfOptions options) => LayoutOnto(model, options, new LayoutCanvas());

    /// <summary>Converges the layout, then runs the final pass on <paramref name="canvas"/> (tests pass a recording one).</summary>
    public static RenderResult LayoutOnto(DocumentModel model, PdfOptions options, CanvasBase canvas)
    {
        var context = Prepare(model, options);
        var (facts, _) = Converge(model, context, options);
        context.Previous = facts;
        context.IsFinalPass = true;
        var final = PageRenderer.Run(model, context, canvas, options.MaxPages);
        CheckLinks(canvas);
        return Result(final, canvas);
    }

    public static RenderResult Render(DocumentModel model, PdfOptions options, Stream output)
    {
        var context = Prepare(model, options);
        var (facts, _) = Converge(model, context, options);

        using var document = CreateDocument(model.Metadata, options);
        using var canvas = new PdfCanvas(document, options.Tagged);
        context.Previous = facts;
        context.IsFinalPass = true;
        var final = PageRenderer.Run(model, context, canvas, options.MaxPages);
        CheckLinks(canvas);
        canvas.Finish();

        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        var bytes = Determinism.Normalize(buffer.ToArray());
        output.Write(bytes);
        return Result(final, canvas);
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

    static (DocumentFacts Facts, LayoutCanvas Canvas) Converge(DocumentModel model, LayoutContext context, PdfOptions options)
    {
        var facts = DocumentFacts.Unknown;
        LayoutCanvas canvas = null!;
        for (var pass = 0; pass < MaxLayoutPasses; pass++)
        {
            context.Previous = facts;
            context.Consulted.Clear();
            canvas = new LayoutCanvas();
            facts = PageRenderer.Run(model, context, canvas, options.MaxPages);
            if (context.Consulted.AgreeWith(facts))
                break;
        }
        return (facts, canvas);
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
