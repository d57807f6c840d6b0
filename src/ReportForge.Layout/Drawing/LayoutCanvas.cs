using ReportForge.Layout.Drawing.Fonts;
using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Drawing;

/// <summary>The canvas of a layout pass: draws nothing, only records where pages, anchors and bookmarks fall.</summary>
internal sealed class LayoutCanvas : CanvasBase
{
    public override void FillRectangle(Size size, Color color) { }
    public override void DrawLine(Position from, Position to, double thickness, Color color) { }
    public override void StrokeRectangle(Size size, double thickness, Color color) { }
    public override void DrawText(string text, FontFace face, double fontSize, Color color, double x, double baseline) { }
    public override void DrawImage(ImageSource image, Size size, string? altText) { }

    protected override void OnBeginLink(LinkTarget target, Size area, string altText) { }
    public override void EndLink() { }

    public override int TagDepth => 0;
    public override StructureTag CurrentTag => StructureTag.None;
    public override bool IsTagOpen(object owner) => false;
    public override void BeginTag(object owner, StructureTag tag, int columnSpan = 1, int rowSpan = 1) { }
    public override void EndTag(object owner) { }
    public override void CloseTagsAbove(int depth) { }
    public override void BeginArtifact() { }
    public override void EndArtifact() { }
}
