using ReportForge.Core.Tailoring;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf;

/// <summary>
/// The look every printed ReportForge document shares: font families, the profile's brand colour
/// and the tints derived from it, and the neutral inks. Briefs and printed matrices both use it.
/// </summary>
/// <param name="Brand">The profile's brand colour: bands, headings, rules.</param>
public sealed record PdfTheme(Color Brand)
{
    /// <summary>Headings, tables and running heads.</summary>
    public const string Sans = "Noto Sans";

    /// <summary>Running text a reader reads at length.</summary>
    public const string Serif = "Noto Serif";

    /// <summary>Body text: near-black prints crisper than pure black next to colour.</summary>
    public Color Ink { get; } = new(0x1C, 0x1E, 0x21);

    /// <summary>Secondary text: citations, captions, running heads.</summary>
    public Color Muted { get; } = new(0x5F, 0x63, 0x68);

    /// <summary>Hairlines and table grids.</summary>
    public Color Rule { get; } = new(0xD3, 0xD7, 0xDC);

    /// <summary>A light wash of the brand colour for table headers and panels.</summary>
    public Color BrandWash => Mix(Brand, 0.12);

    /// <summary>A very light wash for zebra stripes.</summary>
    public Color BrandMist => Mix(Brand, 0.05);

    /// <summary>A pale tint that reads on top of the brand colour (cover band text).</summary>
    public Color BrandOnDark => Mix(Brand, 0.25);

    /// <summary>The theme for a profile (its brand colour, or the house blue when it names none).</summary>
    public static PdfTheme For(BriefProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new PdfTheme(Color.FromHex(string.IsNullOrWhiteSpace(profile.BrandColor) ? "#1F4E79" : profile.BrandColor));
    }

    /// <summary><paramref name="color"/> at <paramref name="strength"/> (0–1) over white paper.</summary>
    public static Color Mix(Color color, double strength)
    {
        static byte Channel(byte c, double s) => (byte)Math.Round(255 - (255 - c) * s);
        return new Color(Channel(color.R, strength), Channel(color.G, strength), Channel(color.B, strength));
    }
}
