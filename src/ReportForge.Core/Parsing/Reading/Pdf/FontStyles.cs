using ReportForge.Core.Parsing.Syntax;

namespace ReportForge.Core.Parsing.Reading.Pdf;

/// <summary>
/// Bold and italic from a font's name ("Times-Bold", "TimesNewRomanPS-ItalicMT", "ABCDEF+Arial,BoldItalic")
/// or its descriptor flags. A document uses a handful of fonts: each name is looked at once.
/// </summary>
internal sealed class FontStyles
{
    private readonly Dictionary<string, LineStyle> _known = new(StringComparer.Ordinal);

    public LineStyle Of(string? fontName, bool bold, bool italic)
    {
        var name = fontName ?? "";
        if (_known.TryGetValue(name, out var style)) return style;
        style = LineStyle.Regular;
        if (bold || Has(name, "Bold") || Has(name, "Black") || Has(name, "Heavy")) style |= LineStyle.Bold;
        if (italic || Has(name, "Italic") || Has(name, "Oblique")) style |= LineStyle.Italic;
        _known[name] = style;
        return style;
    }

    /// <summary>True for the barcode font of the UN job number ("C39T30Lfz").</summary>
    public static bool IsBarcode(string? fontName) => fontName is not null && Has(fontName, "C39");

    private static bool Has(string name, string part) => name.Contains(part, StringComparison.OrdinalIgnoreCase);
}
