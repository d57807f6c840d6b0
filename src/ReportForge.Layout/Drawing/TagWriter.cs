using PdfSharp.Drawing;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Drawing;

/// <summary>
/// Keeps PDFsharp's structure stack in step with the elements that opened each entry, so an element
/// continuing on the next page finds its structure element still open, and side-by-side content can
/// close what it opened. Inside an artifact every tag operation is ignored.
/// </summary>
internal sealed class TagWriter(StructureBuilder builder)
{
    readonly List<object> _owners = [];
    readonly List<StructureTag> _types = [];
    int _artifactDepth;

    public int Depth => _owners.Count;
    public bool InArtifact => _artifactDepth > 0;
    public StructureTag Current => InArtifact || _types.Count == 0 ? StructureTag.None : _types[^1];

    public bool IsOpen(object owner) => !InArtifact && _owners.Contains(owner);

    public void Begin(object owner, StructureTag tag, int columnSpan, int rowSpan)
    {
        if (InArtifact || tag == StructureTag.None)
            return;
        switch (tag)
        {
            case StructureTag.Sect or StructureTag.Div or StructureTag.TOC or StructureTag.TOCI or StructureTag.Caption:
                builder.BeginGroupingElement(tag.ToString());
                break;
            case StructureTag.Span or StructureTag.Note:
                builder.BeginInlineLevelElement(tag.ToString());
                break;
            default:
                builder.BeginBlockLevelElement(tag.ToString());
                break;
        }
        if (columnSpan > 1)
            builder.SetColSpan(columnSpan);
        if (rowSpan > 1)
            builder.SetRowSpan(rowSpan);
        Push(owner, tag);
    }

    /// <summary>Opens a Link structure element owning the annotation; false inside an artifact.</summary>
    public bool BeginLink(object owner, PdfLinkAnnotation annotation, string altText)
    {
        if (InArtifact)
            return false;
        builder.BeginElement(annotation, altText);
        Push(owner, StructureTag.Span);
        return true;
    }

    public bool BeginFigure(object owner, string altText, XRect bounds)
    {
        if (InArtifact)
            return false;
        builder.BeginElement(PdfIllustrationElementTag.Figure, altText, bounds);
        Push(owner, StructureTag.Figure);
        return true;
    }

    public void End(object owner)
    {
        if (InArtifact)
            return;
        var index = _owners.LastIndexOf(owner);
        if (index >= 0)
            CloseAbove(index);
    }

    public void CloseAbove(int depth)
    {
        if (InArtifact)
            return;
        while (_owners.Count > depth)
        {
            builder.End();
            _owners.RemoveAt(_owners.Count - 1);
            _types.RemoveAt(_types.Count - 1);
        }
    }

    void Push(object owner, StructureTag tag)
    {
        _owners.Add(owner);
        _types.Add(tag);
    }

    public void BeginArtifact()
    {
        if (_artifactDepth++ == 0)
            builder.BeginArtifact();
    }

    public void EndArtifact()
    {
        if (--_artifactDepth == 0)
            builder.End();
    }
}
