namespace ReportForge.Core.Parsing.Reading.Pdf;

/// <summary>
/// Footnote markers: "digits about 6 pt high, raised above a 10 pt body line". A row of small letters
/// whose baseline sits a little above the next row down belongs to that row.
/// </summary>
internal static class RaisedText
{
    /// <summary>Raised type is at most this share of the body size (6.5 pt over 10 pt is 0.65).</summary>
    public const double MaxSizeRatio = 0.8;

    /// <summary>True when <paramref name="small"/> is raised type over <paramref name="body"/>, the row right below it.</summary>
    public static bool Belongs(GlyphRow small, GlyphRow body)
    {
        var lift = small.Baseline - body.Baseline;
        if (lift <= 1.5 || lift > body.BodySize * 0.7) return false;
        // Only markers: a smaller line of words beside a larger one ("Distr.: General") is a line of its own.
        foreach (var g in small.Glyphs)
            if (!g.IsSpace && (g.Size > body.BodySize * MaxSizeRatio || !IsMarker(g.Text))) return false;
        return true;
    }

    /// <summary>Digits and the asterisk of the cover's note: what a raised marker is made of.</summary>
    public static bool IsMarker(string text)
    {
        foreach (var c in text)
            if (!char.IsAsciiDigit(c) && c != '*') return false;
        return text.Length > 0;
    }
}
