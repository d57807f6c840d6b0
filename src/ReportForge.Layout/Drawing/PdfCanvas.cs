using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;
using ReportForge.Layout.Drawing.Fonts;
using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Drawing;

/// <summary>The canvas of the final pass: draws with PDFsharp and writes structure, links, destinations and outline.</summary>
internal sealed class PdfCanvas : CanvasBase, IDisposable
{
    static readonly XStringFormat BaseLineLeft = XStringFormats.BaseLineLeft;
    readonly PdfDocument _document;
    readonly TagWriter? _tags;
    readonly StructureBuilder? _builder;
    readonly ParentTreeSpool? _parentTree;
    readonly List<PdfPage> _pages = [];
    readonly Dictionary<(FontFace Face, double Size), XFont> _fonts = [];
    readonly Dictionary<Color, XSolidBrush> _brushes = [];
    readonly Dictionary<(Color, double), XPen> _pens = [];
    readonly Dictionary<ImageSource, XImage> _images = new(ReferenceEqualityComparer.Instance);
    readonly Stack<bool> _openLinks = new();
    readonly object _textFallbackOwner = new();
    XGraphics? _graphics;
    PdfPage? _page;

    public PdfCanvas(PdfDocument document, bool tagged)
    {
        _document = document;
        if (!tagged)
            return;
        var manager = UAManager.ForDocument(document);
        _builder = manager.StructureBuilder;
        _tags = new TagWriter(_builder);
        _parentTree = new ParentTreeSpool(manager);
    }

    XGraphics Graphics => _graphics ?? throw new InvalidOperationException("Drawing outside a page.");
    bool Decorating => _tags is { InArtifact: false };

    public override void BeginPage(PageSize size)
    {
        base.BeginPage(size);
        _parentTree?.SetAsideFinishedPages();
        _page = _document.AddPage();
        _page.Width = XUnit.FromPoint(size.Width);
        _page.Height = XUnit.FromPoint(size.Height);
        _pages.Add(_page);
        _graphics = XGraphics.FromPdfPage(_page);
    }

    public override void EndPage()
    {
        _graphics?.Dispose();
        _graphics = null;
    }

    public override void FillRectangle(Size size, Color color)
    {
        if (size.Width <= 0 || size.Height <= 0)
            return;
        AsDecoration(() => Graphics.DrawRectangle(Brush(color), Offset.X, Offset.Y, size.Width, size.Height));
    }

    public override void DrawLine(Position from, Position to, double thickness, Color color) =>
        AsDecoration(() => Graphics.DrawLine(Pen(color, thickness),
            Offset.X + from.X, Offset.Y + from.Y, Offset.X + to.X, Offset.Y + to.Y));

    public override void StrokeRectangle(Size size, double thickness, Color color) =>
        AsDecoration(() => Graphics.DrawRectangle(Pen(color, thickness), Offset.X, Offset.Y, size.Width, size.Height));

    public override void DrawText(string text, FontFace face, double fontSize, Color color, double x, double baseline)
    {
        var font = Font(face, fontSize);
        // Tagged PDF forbids untagged text: text outside any structure element becomes a paragraph.
        var wrap = _tags is { InArtifact: false, Depth: 0 };
        if (wrap)
            _tags!.Begin(_textFallbackOwner, StructureTag.P, 1, 1);
        Graphics.DrawString(text, font, Brush(color), Offset.X + x, Offset.Y + baseline, BaseLineLeft);
        if (wrap)
            _tags!.End(_textFallbackOwner);
    }

    public override void DrawImage(ImageSource image, Size size, string? altText)
    {
        if (!_images.TryGetValue(image, out var xImage))
            _images[image] = xImage = image.CreateXImage();
        var area = new XRect(Offset.X, Offset.Y, size.Width, size.Height);
        if (_tags is null)
        {
            Graphics.DrawImage(xImage, area);
            return;
        }
        var owner = new object();
        if (!string.IsNullOrWhiteSpace(altText) && _tags.BeginFigure(owner, altText, Graphics.Transformer.WorldToDefaultPage(area)))
        {
            Graphics.DrawImage(xImage, area);
            _tags.End(owner);
        }
        else
        {
            // An image without alternative text is decoration.
            AsDecoration(() => Graphics.DrawImage(xImage, area));
        }
    }

    protected override void OnBeginLink(LinkTarget target, Size area, string altText)
    {
        var rect = new PdfRectangle(new XRect(Offset.X, PageSize.Height - Offset.Y - area.Height, area.Width, area.Height));
        var annotation = target.Url is { } url
            ? PdfLinkAnnotation.CreateWebLink(rect, url)
            : PdfLinkAnnotation.CreateDocumentLink(rect, target.Anchor!);
        // PDFsharp stamps annotations with a random name and the clock; neither belongs in reproducible output.
        annotation.Elements.SetString(PdfAnnotation.Keys.NM, $"link-{++_linkCount}");
        annotation.Elements.Remove(PdfAnnotation.Keys.M);
        var tagged = _tags?.BeginLink(annotation, annotation, altText) ?? false;
        if (!tagged)
            _page!.Annotations.Add(annotation);
        _openLinks.Push(tagged);
        if (tagged)
            _linkOwners.Push(annotation);
    }

    readonly Stack<object> _linkOwners = new();
    int _linkCount;

    public override void EndLink()
    {
        if (_openLinks.Pop())
            _tags!.End(_linkOwners.Pop());
    }

    public override int TagDepth => _tags?.Depth ?? 0;
    public override StructureTag CurrentTag => _tags?.Current ?? StructureTag.None;
    public override bool IsTagOpen(object owner) => _tags?.IsOpen(owner) ?? false;

    public override void BeginTag(object owner, StructureTag tag, int columnSpan = 1, int rowSpan = 1) =>
        _tags?.Begin(owner, tag, columnSpan, rowSpan);

    public override void EndTag(object owner) => _tags?.End(owner);
    public override void CloseTagsAbove(int depth) => _tags?.CloseAbove(depth);
    public override void BeginArtifact() => _tags?.BeginArtifact();
    public override void EndArtifact() => _tags?.EndArtifact();

    /// <summary>Writes named destinations and the outline once every page exists.</summary>
    public void Finish()
    {
        _tags?.CloseAbove(0);
        _parentTree?.Restore();
        foreach (var (name, location) in Anchors.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var top = _pages[location.Page - 1].Height.Point - location.Position.Y;
            _document.AddNamedDestination(name, location.Page,
                PdfNamedDestinationParameters.CreatePosition(location.Position.X, top, null));
        }
        OutlineWriter.Write(_document, _pages, Bookmarks);
    }

    void AsDecoration(Action draw)
    {
        var wrap = Decorating;
        if (wrap)
            _tags!.BeginArtifact();
        draw();
        if (wrap)
            _tags!.EndArtifact();
    }

    XFont Font(FontFace face, double size)
    {
        if (!_fonts.TryGetValue((face, size), out var font))
            _fonts[(face, size)] = font = new XFont(face.Family, size, face.Style, face.Options);
        return font;
    }

    XSolidBrush Brush(Color color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
            _brushes[color] = brush = new XSolidBrush(ToXColor(color));
        return brush;
    }

    XPen Pen(Color color, double thickness)
    {
        if (!_pens.TryGetValue((color, thickness), out var pen))
            _pens[(color, thickness)] = pen = new XPen(ToXColor(color), thickness);
        return pen;
    }

    static XColor ToXColor(Color color) => XColor.FromArgb(color.R, color.G, color.B);

    public void Dispose()
    {
        _graphics?.Dispose();
        foreach (var image in _images.Values)
            image.Dispose();
    }
}
