using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Drawing = DocumentFormat.OpenXml.Drawing;

namespace ReportForge.Exports.Word.Reference;

/// <summary>
/// Puts a profile's brand colour into theme accent 1 and into every style colour that is tied to
/// accent 1. Colours set directly on a style (not tied to the theme) are the reference document's
/// own choice and stay as they are.
/// </summary>
internal static class BrandColors
{
    /// <summary>Recolours <c>w:color</c>, borders and shading that name accent 1 below <paramref name="root"/>.</summary>
    public static void ApplyToWordprocessing(OpenXmlElement root, string brand)
    {
        foreach (var color in root.Descendants<Color>())
            if (color.ThemeColor?.Value == ThemeColorValues.Accent1)
                color.Val = Adjust(brand, color.ThemeTint?.Value, color.ThemeShade?.Value);
        foreach (var border in root.Descendants<BorderType>())
            if (border.ThemeColor?.Value == ThemeColorValues.Accent1)
                border.Color = Adjust(brand, border.ThemeTint?.Value, border.ThemeShade?.Value);
        foreach (var shading in root.Descendants<Shading>())
            if (shading.ThemeFill?.Value == ThemeColorValues.Accent1)
                shading.Fill = Adjust(brand, shading.ThemeFillTint?.Value, shading.ThemeFillShade?.Value);
    }

    /// <summary>Sets theme accent 1 to <paramref name="brand"/>.</summary>
    public static void ApplyToTheme(Drawing.Theme theme, string brand)
    {
        var accent1 = theme.ThemeElements?.ColorScheme?.Accent1Color;
        if (accent1 is null) return;
        accent1.RemoveAllChildren();
        accent1.Append(new Drawing.RgbColorModelHex { Val = brand });
    }

    /// <summary>"#1f6b3a" → "1F6B3A".</summary>
    public static string Normalize(string hex) => hex.TrimStart('#').ToUpperInvariant();

    // Word stores the tinted or shaded result beside the theme reference; readers that ignore
    // themes (LibreOffice) show that value, so it must follow the brand too.
    private static string Adjust(string brand, string? tint, string? shade)
    {
        var rgb = Enumerable.Range(0, 3).Select(i => int.Parse(brand.AsSpan(i * 2, 2), NumberStyles.HexNumber)).ToArray();
        if (tint is not null && TryFraction(tint, out var t))
            rgb = rgb.Select(c => (int)Math.Round(c * t + 255 * (1 - t))).ToArray();
        if (shade is not null && TryFraction(shade, out var s))
            rgb = rgb.Select(c => (int)Math.Round(c * s)).ToArray();
        return string.Concat(rgb.Select(c => c.ToString("X2", CultureInfo.InvariantCulture)));
    }

    private static bool TryFraction(string hexByte, out double fraction)
    {
        var ok = int.TryParse(hexByte, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value);
        fraction = value / 255.0;
        return ok;
    }
}
