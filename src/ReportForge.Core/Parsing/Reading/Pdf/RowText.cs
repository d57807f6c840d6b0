using System.Text;
using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing.Reading.Pdf;

/// <summary>The text of a row as the text route sees it, with the cues only the PDF has.</summary>
internal readonly record struct RowLine(string Text, double Left, LineStyle Style, double Size, IReadOnlyList<Range> Raised);

/// <summary>
/// Writes a row's letters as text: a space where the page leaves a gap (or draws a space), several
/// where it leaves a column's width ("AI        Amnesty International"), and raised markers glued to
/// the word before them, "Statelessness.6 JS2", as the text route sees them.
/// </summary>
internal static class RowText
{
    public static RowLine Write(GlyphRow row, StringBuilder text)
    {
        text.Clear();
        List<Range>? raised = null;
        var size = row.BodySize > 0 ? row.BodySize : 10;
        var lastRight = double.NaN;
        var pendingSpace = false;
        var wasRaised = false;
        var raisedStart = -1;
        var raisedDigits = true;
        var style = (LineStyle)(-1);
        var glyphs = row.Glyphs;
        var left = double.NaN;
        foreach (var g in glyphs)
        {
            var up = g.Raised;
            if (g.IsSpace) { pendingSpace = text.Length > 0; continue; }
            if (double.IsNaN(left)) left = g.X;
            // Style is the body type's: a marker or a smaller asterisk does not make a bold title regular.
            if (!up && g.Size > size * RaisedText.MaxSizeRatio) style = style == (LineStyle)(-1) ? g.Style : style & g.Style;
            if (wasRaised && !up) CloseRaised(ref raised, text, ref raisedStart, raisedDigits);
            if (text.Length > 0)
            {
                var gap = g.X - lastRight;
                if (up && !wasRaised)
                {
                    // Glued to the word before it: the text route reads "Principles.10", not "Principles. 10".
                    while (text.Length > 0 && text[^1] == ' ') text.Length--;
                }
                else if (pendingSpace || gap > size * 0.2)
                {
                    text.Append(' ', Spaces(gap, size));
                }
            }
            if (up && !wasRaised) { raisedStart = text.Length; raisedDigits = true; }
            if (up) raisedDigits &= IsDigits(g.Text);
            Append(text, g.Text);
            lastRight = Math.Max(g.Right, g.X);
            pendingSpace = false;
            wasRaised = up;
        }
        if (wasRaised) CloseRaised(ref raised, text, ref raisedStart, raisedDigits);
        return new RowLine(text.ToString(), double.IsNaN(left) ? 0 : left, style == (LineStyle)(-1) ? LineStyle.Regular : style, row.BodySize,
            raised ?? (IReadOnlyList<Range>)[]);
    }

    /// <summary>One space for a word gap; a column's gap becomes several, as pdftotext's layout keeps it.</summary>
    private static int Spaces(double gap, double size) =>
        gap < size * 1.5 ? 1 : Math.Clamp((int)Math.Round(gap / (size * 0.5)), 2, 40);

    private static void CloseRaised(ref List<Range>? raised, StringBuilder text, ref int start, bool digits)
    {
        if (digits && start >= 0 && text.Length > start) (raised ??= []).Add(new Range(start, text.Length));
        start = -1;
    }

    private static bool IsDigits(string s)
    {
        foreach (var c in s) if (!char.IsAsciiDigit(c)) return false;
        return s.Length > 0;
    }

    private static void Append(StringBuilder text, string letter)
    {
        foreach (var c in letter)
            text.Append(c == '\u00A0' || c == '\uFEFF' || char.IsControl(c) ? ' ' : c);
    }
}
