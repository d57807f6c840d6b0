using ReportForge.Layout.Drawing.Fonts;
using ReportForge.Layout.Elements;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Drawing;

/// <summary>Where an anchor landed.</summary>
internal readonly record struct AnchorLocation(int Page, Position Position);

/// <summary>Where a bookmark points.</summary>
internal readonly record struct BookmarkLocation(int Level, string Title, int Page, double Top);

/// <summary>Offset tracking and the navigation records (anchors, bookmarks, links) both canvases share.</summary>
internal abstract class CanvasBase : ICanvas
{
    public int PageNumber { get; private set; }
    public Position Offset { get; private set; }
    protected PageSize PageSize { get; private set; }

    public Dictionary<string, AnchorLocation> Anchors { get; } = new(StringComparer.Ordinal);
    public List<BookmarkLocation> Bookmarks { get; } = [];
    public HashSet<string> LinkedAnchors { get; } = new(StringComparer.Ordinal);

    public void Translate(double dx, double dy) => Offset = new Position(Offset.X + dx, Offset.Y + dy);

    public virtual void BeginPage(PageSize size)
    {
        PageNumber++;
        PageSize = size;
        Offset = Position.Zero;
    }

    public virtual void EndPage()
    {
    }

    // The first registration wins: an anchor in repeated content points at its first appearance.
    public void RegisterAnchor(string name) => Anchors.TryAdd(name, new AnchorLocation(PageNumber, Offset));

    public void AddBookmark(int level, string title) => Bookmarks.Add(new BookmarkLocation(level, title, PageNumber, Offset.Y));

    public void BeginLink(LinkTarget target, Size area, string altText)
    {
        if (target.Anchor is { } anchor)
            LinkedAnchors.Add(anchor);
        OnBeginLink(target, area, altText);
    }

    protected abstract void OnBeginLink(LinkTarget target, Size area, string altText);
    public abstract void EndLink();

    public abstract void FillRectangle(Size size, Color color);
    public abstract void DrawLine(Position from, Position to, double thickness, Color color);
    public abstract void StrokeRectangle(Size size, double thickness, Color color);
    public abstract void DrawText(string text, FontFace face, double fontSize, Color color, double x, double baseline);
    public abstract void DrawImage(ImageSource image, Size size, string? altText);

    public abstract int TagDepth { get; }
    public abstract StructureTag CurrentTag { get; }
    public abstract bool IsTagOpen(object owner);
    public abstract void BeginTag(object owner, StructureTag tag, int columnSpan = 1, int rowSpan = 1);
    public abstract void EndTag(object owner);
    public abstract void CloseTagsAbove(int depth);
    public abstract void BeginArtifact();
    public abstract void EndArtifact();
}
