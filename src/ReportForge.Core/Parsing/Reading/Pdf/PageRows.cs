namespace ReportForge.Core.Parsing.Reading.Pdf;

/// <summary>Groups a page's letters into rows, top to bottom, and folds raised footnote markers into their row.</summary>
internal static class PageRows
{
    /// <summary>Letters whose baselines differ by less than this (points) share a row.</summary>
    private const double SameBaseline = 1.0;

    /// <summary>Sorts the first <paramref name="count"/> letters in place; each row is then one stretch of them.</summary>
    public static List<GlyphRow> Group(Glyph[] glyphs, int count, GlyphSorter sorter)
    {
        sorter.TopToBottom(glyphs.AsSpan(0, count));
        var rows = new List<GlyphRow>(64);
        var start = 0;
        for (var i = 1; i <= count; i++)
        {
            if (i < count && glyphs[start].Baseline - glyphs[i].Baseline <= SameBaseline) continue;
            rows.Add(new GlyphRow(glyphs, start, i - start, glyphs[start].Baseline).Arrange(sorter));
            start = i;
        }
        return FoldRaised(glyphs, rows, sorter);
    }

    /// <summary>A row of markers right above a row is part of it: the two stretches are adjacent, so they join.</summary>
    private static List<GlyphRow> FoldRaised(Glyph[] glyphs, List<GlyphRow> rows, GlyphSorter sorter)
    {
        var kept = new List<GlyphRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (i + 1 < rows.Count && RaisedText.Belongs(row, rows[i + 1]))
            {
                row.MarkRaised();
                var body = rows[i + 1];
                rows[i + 1] = new GlyphRow(glyphs, row.Start, row.Count + body.Count, body.Baseline).Arrange(sorter);
                continue;
            }
            if (row.HasText) kept.Add(row);
        }
        return kept;
    }
}
