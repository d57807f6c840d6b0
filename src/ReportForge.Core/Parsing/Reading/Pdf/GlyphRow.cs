namespace ReportForge.Core.Parsing.Reading.Pdf;

/// <summary>
/// Letters that share a baseline, plus the raised letters (footnote markers) set above it: a stretch
/// of the page's letter array, which is sorted so that every row is one contiguous stretch (no copies).
/// </summary>
internal sealed class GlyphRow(Glyph[] page, int start, int count, double baseline)
{
    public int Start { get; } = start;

    public int Count { get; } = count;

    public double Baseline { get; } = baseline;

    public ReadOnlySpan<Glyph> Glyphs => page.AsSpan(Start, Count);

    /// <summary>The size most of the row's letters are set in (spaces and raised letters aside).</summary>
    public double BodySize { get; private set; }

    public bool HasText
    {
        get
        {
            foreach (var g in Glyphs) if (!g.IsSpace) return true;
            return false;
        }
    }

    /// <summary>Sorts left to right and measures the body size; a small marker a little above the baseline counts as raised.</summary>
    public GlyphRow Arrange(GlyphSorter sorter)
    {
        var glyphs = page.AsSpan(Start, Count);
        sorter.LeftToRight(glyphs);
        BodySize = MostCommonSize(glyphs);
        for (var i = 1; i < glyphs.Length; i++)
        {
            // A marker set on nearly the same baseline ("Slovenia*"): small, raised a little, right after a letter.
            var g = glyphs[i];
            if (!g.Raised && RaisedText.IsMarker(g.Text) && g.Size <= BodySize * RaisedText.MaxSizeRatio
                && g.Baseline > Baseline + 0.5 && g.X - glyphs[i - 1].Right < BodySize)
                glyphs[i] = g with { Raised = true };
        }
        return this;
    }

    /// <summary>Marks every letter of this row raised, for the row below it to take in.</summary>
    public void MarkRaised()
    {
        var glyphs = page.AsSpan(Start, Count);
        for (var i = 0; i < glyphs.Length; i++)
            if (!glyphs[i].IsSpace) glyphs[i] = glyphs[i] with { Raised = true };
    }

    /// <summary>A line holds a few sizes at most: counted in a small table on the stack.</summary>
    private static double MostCommonSize(ReadOnlySpan<Glyph> glyphs)
    {
        Span<double> sizes = stackalloc double[8];
        Span<int> counts = stackalloc int[8];
        var used = 0;
        // Letters of one size come in runs: the slot of the last size is tried first.
        var lastSize = double.NaN;
        var last = -1;
        foreach (var g in glyphs)
        {
            if (g.IsSpace || g.Raised) continue;
            if (g.Size != lastSize)
            {
                var size = Math.Round(g.Size, 1);
                last = sizes[..used].IndexOf(size);
                if (last < 0 && used < sizes.Length) (last, sizes[used], used) = (used, size, used + 1);
                lastSize = g.Size;
            }
            if (last >= 0) counts[last]++;
        }
        double best = 0;
        var bestCount = 0;
        for (var k = 0; k < used; k++)
            if (counts[k] > bestCount || (counts[k] == bestCount && sizes[k] > best)) (best, bestCount) = (sizes[k], counts[k]);
        return best;
    }
}
