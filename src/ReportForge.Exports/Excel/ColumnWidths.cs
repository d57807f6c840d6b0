namespace ReportForge.Exports.Excel;

/// <summary>
/// Column widths from content, in Excel character units (the width of a '0' in the sheet font).
/// ClosedXML's <c>AdjustToContents</c> measures with GDI+, which Linux servers lack, so widths are
/// estimated from character counts instead.
/// </summary>
internal static class ColumnWidths
{
    /// <summary>Room for the cell's inner padding and the filter button on header cells.</summary>
    private const double Padding = 1.5;

    /// <summary>
    /// The width that shows the longest line of <paramref name="texts"/> on one line, kept between
    /// <paramref name="min"/> and <paramref name="max"/>; headers wrap, so only their longest word counts.
    /// </summary>
    public static double Fit(string header, IEnumerable<string> texts, double min, double max)
    {
        var widest = LongestWord(header) + Padding;
        foreach (var text in texts)
        {
            widest = Math.Max(widest, LongestLine(text) + Padding);
            if (widest >= max) break;
        }
        return Math.Round(Math.Clamp(widest, min, max), 2);
    }

    internal static int LongestLine(string text)
    {
        var longest = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
            longest = Math.Max(longest, line.Length);
        return longest;
    }

    internal static int LongestWord(string text) =>
        text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
}
