namespace ReportForge.Core.Parsing.Reading.Pdf;

/// <summary>Groups a page's letters into rows, top to bottom, and folds raised footnote markers into their row.</summary>
internal static class PageRows
{
    /// <summary>Letters whose baselines differ by less than this (points) share a row.</summary>
    private const double SameBaseline = 1.0;

    public static List<GlyphRow> Group(List<Glyph> glyphs)
    {
        // Top to bottom by baseline; the sort is on a copy of keys, not on the letters themselves.
        glyphs.Sort(static (a, b) => b.Baseline.CompareTo(a.Baseline));
        var rows = new List<GlyphRow>();
        GlyphRow? row = null;
        foreach (var g in glyphs)
        {
            if (row is null || row.Baseline - g.Baseline > SameBaseline)
            {
                row = new GlyphRow(g.Baseline);
                rows.Add(row);
            }
            row.Add(g, raised: false);
        }
        foreach (var r in rows) r.Arrange();
        return FoldRaised(rows);
    }

    private static List<GlyphRow> FoldRaised(List<GlyphRow> rows)
    {
        var kept = new List<GlyphRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (i + 1 < rows.Count && RaisedText.Belongs(row, rows[i + 1]))
            {
                var body = rows[i + 1];
                foreach (var g in row.Glyphs) body.Add(g, raised: !g.IsSpace);
                body.Arrange();
                continue;
            }
            if (row.Glyphs.Exists(static g => !g.IsSpace)) kept.Add(row);
        }
        return kept;
    }
}
