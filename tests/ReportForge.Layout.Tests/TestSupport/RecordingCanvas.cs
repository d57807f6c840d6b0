using ReportForge.Layout.Drawing;
using ReportForge.Layout.Drawing.Fonts;
using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Tests.TestSupport;

/// <summary>A canvas that records every drawing call with its page and absolute position.</summary>
internal sealed class RecordingCanvas : CanvasBase
{
    readonly List<object> _tags = [];
    readonly List<StructureTag> _types = [];
    int _artifacts;

    public List<DrawnText> Texts { get; } = [];
    public List<(int Page, Position At, Size Size, Color Color)> Rectangles { get; } = [];
    public List<(int Page, Position From, Position To)> Lines { get; } = [];
    public List<(int Page, Position At, Size Size, string? Alt)> Images { get; } = [];
    public List<(int Page, StructureTag Tag)> OpenedTags { get; } = [];
    public List<(int Page, LinkTarget Target, Position At, Size Area)> Links { get; } = [];

    public readonly record struct DrawnText(int Page, string Text, double X, double Baseline, double FontSize, bool Bold, Color Color, bool InArtifact);

    public override void FillRectangle(Size size, Color color) => Rectangles.Add((PageNumber, Offset, size, color));

    public override void DrawLine(Position from, Position to, double thickness, Color color) =>
        Lines.Add((PageNumber, new Position(Offset.X + from.X, Offset.Y + from.Y), new Position(Offset.X + to.X, Offset.Y + to.Y)));

    public override void StrokeRectangle(Size size, double thickness, Color color) =>
        Rectangles.Add((PageNumber, Offset, size, color));

    public override void DrawText(string text, FontFace face, double fontSize, Color color, double x, double baseline) =>
        Texts.Add(new DrawnText(PageNumber, text, Offset.X + x, Offset.Y + baseline, fontSize, face.Bold, color, _artifacts > 0));

    public override void DrawImage(ImageSource image, Size size, string? altText) => Images.Add((PageNumber, Offset, size, altText));

    protected override void OnBeginLink(LinkTarget target, Size area, string altText) => Links.Add((PageNumber, target, Offset, area));

    public override void EndLink()
    {
    }

    public override int TagDepth => _tags.Count;
    public override StructureTag CurrentTag => _artifacts > 0 || _types.Count == 0 ? StructureTag.None : _types[^1];
    public override bool IsTagOpen(object owner) => _artifacts == 0 && _tags.Contains(owner);

    public override void BeginTag(object owner, StructureTag tag, int columnSpan = 1, int rowSpan = 1)
    {
        if (_artifacts > 0 || tag == StructureTag.None)
            return;
        _tags.Add(owner);
        _types.Add(tag);
        OpenedTags.Add((PageNumber, tag));
    }

    public override void EndTag(object owner)
    {
        if (_artifacts > 0)
            return;
        var index = _tags.LastIndexOf(owner);
        if (index >= 0)
            CloseTagsAbove(index);
    }

    public override void CloseTagsAbove(int depth)
    {
        if (_artifacts > 0)
            return;
        while (_tags.Count > depth)
        {
            _tags.RemoveAt(_tags.Count - 1);
            _types.RemoveAt(_types.Count - 1);
        }
    }

    public override void BeginArtifact() => _artifacts++;
    public override void EndArtifact() => _artifacts--;

    /// <summary>The text drawn on a page, lines in order.</summary>
    public IEnumerable<string> TextOn(int page) => Texts.Where(t => t.Page == page).Select(t => t.Text);
}
