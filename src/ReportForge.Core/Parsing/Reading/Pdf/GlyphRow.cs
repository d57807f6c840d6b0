namespace ReportForge.Core.Parsing.Reading.Pdf;

/// <summary>Letters that share a baseline, plus the raised letters (footnote markers) set above it.</summary>
internal sealed class GlyphRow(double baseline)
{
    public double Baseline { get; } = baseline;

    /// <summary>The letters in the order they were added; <see cref="Arrange"/> sorts them left to right.</summary>
    public List<Glyph> Glyphs { get; } = [];

    /// <summary>Parallel to <see cref="Glyphs"/>: true where a letter sits above the baseline in smaller type.</summary>
    public List<bool> Raised { get; } = [];

    /// <summary>The size most of the row's letters are set in (spaces and raised letters aside).</summary>
    public double BodySize { get; private set; }

    public double Left => Glyphs.Count == 0 ? 0 : Glyphs[0].X;

    public void Add(Glyph glyph, bool raised)
    {
        Glyphs.Add(glyph);
        Raised.Add(raised);
    }

    /// <summary>Sorts left to right and measures the body size; smaller letters above the baseline count as raised.</summary>
    public void Arrange()
    {
        if (Glyphs.Count > 1)
        {
            var order = new int[Glyphs.Count];
            for (var i = 0; i < order.Length; i++) order[i] = i;
            var glyphs = Glyphs.ToArray();
            var raised = Raised.ToArray();
            // Stable: letters at the same x keep the order the page drew them in.
            Array.Sort(order, (a, b) => glyphs[a].X != glyphs[b].X ? glyphs[a].X.CompareTo(glyphs[b].X) : a.CompareTo(b));
            for (var i = 0; i < order.Length; i++)
            {
                Glyphs[i] = glyphs[order[i]];
                Raised[i] = raised[order[i]];
            }
        }
        BodySize = MostCommonSize();
        for (var i = 1; i < Glyphs.Count; i++)
        {
            // A marker set on nearly the same baseline ("Slovenia*"): small, raised a little, right after a letter.
            var g = Glyphs[i];
            if (!Raised[i] && RaisedText.IsMarker(g.Text) && g.Size <= BodySize * RaisedText.MaxSizeRatio
                && g.Baseline > Baseline + 0.5 && g.X - Glyphs[i - 1].Right < BodySize)
                Raised[i] = true;
        }
    }

    private double MostCommonSize()
    {
        double best = 0;
        var bestCount = 0;
        for (var i = 0; i < Glyphs.Count; i++)
        {
            if (Glyphs[i].IsSpace || Raised[i]) continue;
            var size = Math.Round(Glyphs[i].Size, 1);
            var count = 0;
            for (var k = 0; k < Glyphs.Count; k++)
                if (!Glyphs[k].IsSpace && !Raised[k] && Math.Round(Glyphs[k].Size, 1) == size) count++;
            if (count > bestCount || (count == bestCount && size > best)) (best, bestCount) = (size, count);
            // A body line has one size: no need to count the rest.
            if (count * 2 > Glyphs.Count) break;
        }
        return best;
    }
}
