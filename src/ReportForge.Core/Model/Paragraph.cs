namespace ReportForge.Core.Model;

/// <summary>A numbered paragraph of the summary, with its footnote markers taken out of the text.</summary>
/// <param name="Number">Paragraph number, 1..N through the whole document.</param>
/// <param name="SectionId">The innermost section that holds it.</param>
/// <param name="Text">The text with markers removed and line breaks joined.</param>
/// <param name="Footnotes">Markers in reading order, with their offsets in <paramref name="Text"/>.</param>
/// <param name="Line">1-based source line of the paragraph number.</param>
public sealed record Paragraph(int Number, string SectionId, string Text, IReadOnlyList<FootnoteMarker> Footnotes, int Line)
{
    /// <summary>1-based page of the paragraph number in the source, 0 where the reader knows no pages (plain text).</summary>
    public int Page { get; init; }

    /// <summary>The footnote numbers alone.</summary>
    public IEnumerable<int> FootnoteNumbers => Footnotes.Select(f => f.Number);
}
