namespace ReportForge.Layout.Infrastructure;

/// <summary>Where layout is: the page being filled and what is known about the whole document.</summary>
/// <param name="PageNumber">One-based number of the page in the document.</param>
/// <param name="TotalPages">Pages in the document (0 while the first layout pass is still counting).</param>
/// <param name="SectionName">Name of the page set being laid out (may be empty).</param>
/// <param name="SectionPageNumber">One-based number of the page within its page set.</param>
/// <param name="SectionPageCount">Pages in the page set (0 while still counting).</param>
public sealed record PageState(int PageNumber, int TotalPages, string SectionName, int SectionPageNumber, int SectionPageCount);
