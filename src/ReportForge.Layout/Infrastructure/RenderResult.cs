namespace ReportForge.Layout.Infrastructure;

/// <summary>What a render produced.</summary>
/// <param name="PageCount">Pages in the document.</param>
/// <param name="AnchorPages">The one-based page on which each named anchor (heading, section) landed.</param>
/// <param name="Outline">The bookmarks, in document order.</param>
public sealed record RenderResult(
    int PageCount,
    IReadOnlyDictionary<string, int> AnchorPages,
    IReadOnlyList<OutlineEntry> Outline);

/// <summary>One bookmark of the document outline.</summary>
/// <param name="Level">1 for top-level entries, 2 for their children, and so on.</param>
/// <param name="Title">Text shown in the viewer's bookmark pane.</param>
/// <param name="PageNumber">One-based page the bookmark opens.</param>
public sealed record OutlineEntry(int Level, string Title, int PageNumber);
