using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing.Reading.Pdf;

/// <summary>One letter as the reader needs it: a small value copied out of PdfPig's letter.</summary>
/// <param name="Text">The letter's text (a ligature may carry two characters).</param>
/// <param name="X">Left end of the baseline.</param>
/// <param name="Right">Right end of the baseline.</param>
/// <param name="Baseline">Height of the baseline above the page's bottom edge.</param>
/// <param name="Size">Point size as printed.</param>
/// <param name="Style">Bold or italic, from the font.</param>
/// <param name="Order">Its place in the page's content stream, which breaks ties in position.</param>
internal readonly record struct Glyph(string Text, double X, double Right, double Baseline, double Size, LineStyle Style, int Order)
{
    /// <summary>Set above the row's baseline in smaller type: a footnote marker.</summary>
    public bool Raised { get; init; }

    public bool IsSpace => Text.Length == 1 && (Text[0] == ' ' || Text[0] == '\u00A0');
}
