using ReportForge.Layout.Drawing.Fonts;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Elements.Text;

/// <summary>A text style with every property decided and its font face looked up.</summary>
internal sealed class ResolvedStyle
{
    const double SuperscriptScale = 0.62;

    public ResolvedStyle(TextStyle style, FontManager fonts)
    {
        Face = fonts.Face(style.FontFamily, style.Bold ?? false, style.Italic ?? false);
        BaseSize = style.FontSize ?? 10;
        Superscript = style.Superscript ?? false;
        FontSize = Superscript ? BaseSize * SuperscriptScale : BaseSize;
        Color = style.Color ?? Colors.Black;
        Underline = style.Underline ?? false;
        LineHeight = style.LineHeight ?? 1.3;
    }

    public FontFace Face { get; }
    /// <summary>The size the line is built for (a superscript still takes its parent's line height).</summary>
    public double BaseSize { get; }
    /// <summary>The size glyphs are drawn at.</summary>
    public double FontSize { get; }
    public bool Superscript { get; }
    public Color Color { get; }
    public bool Underline { get; }
    public double LineHeight { get; }

    /// <summary>How far above the baseline the glyphs sit.</summary>
    public double Rise => Superscript ? BaseSize * 0.36 : 0;
}
