using ReportForge.Layout.Drawing.Fonts;

namespace ReportForge.Layout.Infrastructure;

/// <summary>How wide text sets, measured as the layout engine measures it, for sizing a column to what it holds.</summary>
public static class TextMeasure
{
    /// <summary>The advance width in points of <paramref name="text"/> on one line, without kerning.</summary>
    /// <param name="style">Its family (the document default when unset), weight, slant and size, which must be set.</param>
    /// <param name="options">Where the fonts are; the same options the document is generated with.</param>
    public static double Width(string text, TextStyle style, PdfOptions options) => Widest([text], style, options);

    /// <summary>The widest of <paramref name="texts"/>, each on one line, in points; 0 when there are none.</summary>
    /// <param name="style">Their family (the document default when unset), weight, slant and size, which must be set.</param>
    /// <param name="options">Where the fonts are; the same options the document is generated with.</param>
    public static double Widest(IEnumerable<string> texts, TextStyle style, PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(style);
        var size = style.FontSize ?? throw new ArgumentException("The style needs a font size to measure with.", nameof(style));
        var face = new FontManager(options).Face(style.FontFamily, style.Bold ?? false, style.Italic ?? false);
        return texts.Select(text => face.WidthOf(text) * size).DefaultIfEmpty(0).Max();
    }
}
