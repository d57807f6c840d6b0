using ReportForge.Layout.Drawing.Fonts;

namespace ReportForge.Layout.Infrastructure;

/// <summary>How wide text sets, measured as the layout engine measures it, for sizing a column to what it holds.</summary>
public static class TextMeasure
{
    /// <summary>The advance width in points of <paramref name="text"/> on one line, without kerning.</summary>
    /// <param name="style">Its family (the document default when unset), weight, slant and size, which must be set.</param>
    /// <param name="options">Where the fonts are; the same options the document is generated with.</param>
    public static double Width(string text, TextStyle style, PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        var size = style.FontSize ?? throw new ArgumentException("The style needs a font size to measure with.", nameof(style));
        var face = new FontManager(options).Face(style.FontFamily, style.Bold ?? false, style.Italic ?? false);
        return face.WidthOf(text) * size;
    }
}
