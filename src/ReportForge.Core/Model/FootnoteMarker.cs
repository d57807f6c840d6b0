namespace ReportForge.Core.Model;

/// <summary>A footnote marker removed from a paragraph's text.</summary>
/// <param name="Number">The footnote number (they run 1..N in reading order).</param>
/// <param name="Offset">Where the marker stood in the cleaned paragraph text (character index).</param>
/// <param name="Line">1-based source line of the marker.</param>
/// <param name="Column">1-based source column of the marker's first digit.</param>
public sealed record FootnoteMarker(int Number, int Offset, int Line, int Column);
