using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Fluent;

/// <summary>Fluent builders for <see cref="TextStyle"/>: <c>TextStyle.Default.FontSize(9).Bold()</c>.</summary>
public static class TextStyleExtensions
{
    /// <summary>Sets the font family.</summary>
    public static TextStyle FontFamily(this TextStyle style, string family) => style with { FontFamily = family };
    /// <summary>Sets the size in points.</summary>
    public static TextStyle FontSize(this TextStyle style, double size) => style with { FontSize = size };
    /// <summary>Bold (or not).</summary>
    public static TextStyle Bold(this TextStyle style, bool value = true) => style with { Bold = value };
    /// <summary>Italic (or not).</summary>
    public static TextStyle Italic(this TextStyle style, bool value = true) => style with { Italic = value };
    /// <summary>Sets the colour.</summary>
    public static TextStyle FontColor(this TextStyle style, Color color) => style with { Color = color };
    /// <summary>Underlined (or not).</summary>
    public static TextStyle Underline(this TextStyle style, bool value = true) => style with { Underline = value };
    /// <summary>Raised and smaller, for footnote markers.</summary>
    public static TextStyle Superscript(this TextStyle style, bool value = true) => style with { Superscript = value };
    /// <summary>Line height as a multiple of the font size.</summary>
    public static TextStyle LineHeight(this TextStyle style, double factor) => style with { LineHeight = factor };
}
