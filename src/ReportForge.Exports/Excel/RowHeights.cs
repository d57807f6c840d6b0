namespace ReportForge.Exports.Excel;

/// <summary>
/// Row heights for wrapped text, in points. Excel only auto-fits a wrapped row when it edits it,
/// and LibreOffice and printers take the stored height, so the height is estimated from how many
/// lines each cell wraps to at its column width.
/// </summary>
internal static class RowHeights
{
    /// <summary>The tallest row Excel allows.</summary>
    public const double Max = 409;

    /// <summary>Line height as a multiple of the font size (Arial 10 pt sets 12.75 pt lines).</summary>
    private const double LineSpacing = 1.3;

    /// <summary>
    /// Characters of running text per unit of column width. A unit is the width of a digit; mixed-case
    /// prose in Arial averages about 1.5 characters per unit on paper, so 1.2 errs towards a little
    /// white space rather than text cut off at the bottom of a printed cell.
    /// </summary>
    private const double CharactersPerUnit = 1.2;

    /// <summary>Space above and below the text inside the cell.</summary>
    private const double CellPadding = 3;

    /// <summary>Height of a row whose tallest cell wraps to <paramref name="lines"/> lines.</summary>
    public static double ForLines(int lines, double fontSize) =>
        Math.Min(Max, Math.Round(Math.Max(1, lines) * fontSize * LineSpacing + CellPadding, 2));

    /// <summary>
    /// How many lines <paramref name="text"/> takes in a column <paramref name="width"/> characters
    /// wide, breaking at spaces as Excel does.
    /// </summary>
    public static int Lines(string text, double width)
    {
        var perLine = Math.Max(1, (int)Math.Floor((width - 1) * CharactersPerUnit));
        var lines = 0;
        foreach (var paragraph in text.AsSpan().EnumerateLines())
            lines += WrappedLines(paragraph, perLine);
        return Math.Max(1, lines);
    }

    private static int WrappedLines(ReadOnlySpan<char> paragraph, int perLine)
    {
        var lines = 1;
        var used = 0;
        foreach (var range in paragraph.Split(' '))
        {
            var word = paragraph[range].Length;
            if (word == 0) continue;
            var needed = used == 0 ? word : used + 1 + word;
            if (needed <= perLine)
            {
                used = needed;
                continue;
            }
            if (used > 0) lines++;
            // A word longer than the line is broken across lines.
            lines += (word - 1) / perLine;
            used = (word - 1) % perLine + 1;
        }
        return lines;
    }
}
