using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace ReportForge.Layout.Drawing.Fonts;

/// <summary>
/// One family in one style with cached metrics. Widths are kept per em for every character once
/// measured, so line breaking never goes back to PDFsharp for text it has seen.
/// </summary>
internal sealed class FontFace
{
    const double MeasureSize = 1000;
    static readonly Lock MeasureLock = new();
    static readonly XGraphics MeasureContext =
        XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);

    readonly float[] _widths = new float[char.MaxValue + 1];
    readonly sbyte[] _hasGlyph = new sbyte[char.MaxValue + 1];
    readonly XFont _measureFont;

    public FontFace(string family, bool bold, bool italic)
    {
        Family = family;
        Bold = bold;
        Italic = italic;
        Options = new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
        _measureFont = new XFont(family, MeasureSize, Style, Options);
        var metrics = _measureFont.Metrics;
        Ascent = metrics.Ascent / (double)metrics.UnitsPerEm;
        Descent = metrics.Descent / (double)metrics.UnitsPerEm;
        Array.Fill(_widths, float.NaN);
    }

    public string Family { get; }
    public bool Bold { get; }
    public bool Italic { get; }
    public XPdfFontOptions Options { get; }

    /// <summary>Height above the baseline, per em.</summary>
    public double Ascent { get; }

    /// <summary>Depth below the baseline, per em.</summary>
    public double Descent { get; }

    public XFontStyleEx Style => (Bold, Italic) switch
    {
        (true, true) => XFontStyleEx.BoldItalic,
        (true, false) => XFontStyleEx.Bold,
        (false, true) => XFontStyleEx.Italic,
        _ => XFontStyleEx.Regular,
    };

    /// <summary>Advance width of <paramref name="c"/> per em (multiply by the font size).</summary>
    public double WidthOf(char c)
    {
        var width = _widths[c];
        if (!float.IsNaN(width))
            return width;
        lock (MeasureLock)
            width = (float)(MeasureContext.MeasureString(c.ToString(), _measureFont).Width / MeasureSize);
        _widths[c] = width;
        return width;
    }

    /// <summary>Advance width of a string per em.</summary>
    public double WidthOf(ReadOnlySpan<char> text)
    {
        double sum = 0;
        foreach (var c in text)
            sum += WidthOf(c);
        return sum;
    }

    public bool HasGlyph(char c)
    {
        var known = _hasGlyph[c];
        if (known != 0)
            return known > 0;
        if (char.IsSurrogate(c) || char.IsControl(c))
        {
            _hasGlyph[c] = 1;
            return true;
        }
        bool has;
        lock (MeasureLock)
            has = GlyphHelper.GlyphIndexFromCodePoint(c, _measureFont) != 0;
        _hasGlyph[c] = (sbyte)(has ? 1 : -1);
        return has;
    }
}
