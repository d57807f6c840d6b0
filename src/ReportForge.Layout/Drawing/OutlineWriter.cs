using PdfSharp.Pdf;

namespace ReportForge.Layout.Drawing;

/// <summary>Builds the bookmark tree from flat (level, title, page) entries: a deeper level nests under the last shallower one.</summary>
internal static class OutlineWriter
{
    public static void Write(PdfDocument document, IReadOnlyList<PdfPage> pages, IReadOnlyList<BookmarkLocation> bookmarks)
    {
        if (bookmarks.Count == 0)
            return;
        var open = new Stack<(int Level, PdfOutline Outline)>();
        foreach (var bookmark in bookmarks)
        {
            while (open.Count > 0 && open.Peek().Level >= bookmark.Level)
                open.Pop();
            var siblings = open.Count == 0 ? document.Outlines : open.Peek().Outline.Outlines;
            var page = pages[bookmark.Page - 1];
            var outline = siblings.Add(bookmark.Title, page, opened: bookmark.Level == 1);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Left = 0;
            outline.Top = page.Height.Point - bookmark.Top;
            open.Push((bookmark.Level, outline));
        }
        document.PageMode = PdfPageMode.UseOutlines;
    }
}
