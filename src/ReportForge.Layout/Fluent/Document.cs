using ReportForge.Layout.Drawing;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>
/// A document described with the fluent API. The description runs afresh for every render, so a
/// document can be rendered many times (and from several threads).
/// </summary>
/// <example>
/// <code>
/// var doc = Document.Create(d => d.Page(page =>
/// {
///     page.Size(PageSizes.A4).Margin(50);
///     page.Content().Column(col =>
///     {
///         col.Item().Heading(1, "Introduction", anchor: "intro");
///         col.Item().Text("Hello.");
///     });
///     page.Footer().AlignCenter().Text(t => { t.CurrentPageNumber(); t.Span(" / "); t.TotalPages(); });
/// }));
/// var result = doc.GeneratePdf(stream, new PdfOptions { FontsDirectory = "templates/fonts" });
/// </code>
/// </example>
public sealed class Document
{
    readonly Action<DocumentDescriptor> _describe;

    Document(Action<DocumentDescriptor> describe) => _describe = describe;

    /// <summary>Creates a document from its description.</summary>
    public static Document Create(Action<DocumentDescriptor> describe) =>
        new(describe ?? throw new ArgumentNullException(nameof(describe)));

    /// <summary>Writes the PDF to <paramref name="output"/> and reports page count, anchor pages and outline.</summary>
    /// <exception cref="LayoutException">Content that can never fit, a link to a missing anchor, a missing font.</exception>
    public RenderResult GeneratePdf(Stream output, PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        return DocumentRenderer.Render(Build(), options, output);
    }

    /// <summary>Renders the PDF into a byte array.</summary>
    public byte[] GeneratePdf(PdfOptions options) => GeneratePdf(options, out _);

    /// <summary>Renders the PDF into a byte array and reports page count, anchor pages and outline.</summary>
    public byte[] GeneratePdf(PdfOptions options, out RenderResult result)
    {
        using var stream = new MemoryStream();
        result = GeneratePdf(stream, options);
        return stream.ToArray();
    }

    /// <summary>Lays the document out without writing a PDF: page count, anchor pages and outline only.</summary>
    public RenderResult Layout(PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return DocumentRenderer.Layout(Build(), options);
    }

    internal DocumentModel Build()
    {
        var model = new DocumentModel();
        _describe(new DocumentDescriptor(model));
        if (model.PageSets.Count == 0)
            throw new LayoutException("The document has no pages: add at least one Page(…).");
        return model;
    }
}
