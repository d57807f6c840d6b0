using ReportForge.Layout.Drawing.Fonts;
using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Drawing;

/// <summary>
/// What elements draw on. Coordinates are relative to the current offset, which elements move with
/// <see cref="Translate"/>. The layout pass draws on a canvas that only records positions.
/// </summary>
internal interface ICanvas
{
    int PageNumber { get; }
    Position Offset { get; }
    void Translate(double dx, double dy);

    void BeginPage(PageSize size);
    void EndPage();

    void FillRectangle(Size size, Color color);
    void DrawLine(Position from, Position to, double thickness, Color color);
    void StrokeRectangle(Size size, double thickness, Color color);
    void DrawText(string text, FontFace face, double fontSize, Color color, double x, double baseline);
    void DrawImage(ImageSource image, Size size, string? altText);

    /// <summary>Open structure elements (and their owners) on the tag stack.</summary>
    int TagDepth { get; }
    /// <summary>The innermost open structure type (None when nothing is open or inside an artifact).</summary>
    StructureTag CurrentTag { get; }
    bool IsTagOpen(object owner);
    void BeginTag(object owner, StructureTag tag, int columnSpan = 1, int rowSpan = 1);
    /// <summary>Closes the owner's structure element and anything opened inside it.</summary>
    void EndTag(object owner);
    /// <summary>Closes structure elements until only <paramref name="depth"/> remain open.</summary>
    void CloseTagsAbove(int depth);
    void BeginArtifact();
    void EndArtifact();

    void RegisterAnchor(string name);
    void AddBookmark(int level, string title);
    void BeginLink(LinkTarget target, Size area, string altText);
    void EndLink();
}
