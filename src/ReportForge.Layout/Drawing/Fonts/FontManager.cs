using System.Collections.Concurrent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Layout.Drawing.Fonts;

/// <summary>Hands out font faces for text styles and picks the fallback face for missing glyphs.</summary>
internal sealed class FontManager
{
    static readonly ConcurrentDictionary<(string Family, bool Bold, bool Italic), FontFace> Faces = new();

    readonly string? _fallbackFamily;

    public FontManager(PdfOptions options)
    {
        FontRegistry.EnsureInstalled(options.FontsDirectory);
        DefaultFamily = options.DefaultFontFamily;
        if (!FontRegistry.Instance.HasFamily(DefaultFamily))
            throw new LayoutException($"The default font family '{DefaultFamily}' is not in '{options.FontsDirectory}'.");
        _fallbackFamily = options.FallbackFontFamily is { } fallback && FontRegistry.Instance.HasFamily(fallback) ? fallback : null;
    }

    public string DefaultFamily { get; }

    public FontFace Face(string? family, bool bold, bool italic)
    {
        var name = family ?? DefaultFamily;
        if (!FontRegistry.Instance.HasFamily(name))
            throw new LayoutException($"Font family '{name}' is not in the fonts folder.");
        return Faces.GetOrAdd((FontFileName.KeyOf(name), bold, italic), _ => new FontFace(name, bold, italic));
    }

    /// <summary>The face to draw <paramref name="c"/> with: the primary one, or the fallback if only it has the glyph.</summary>
    public FontFace FaceFor(char c, FontFace primary)
    {
        if (_fallbackFamily is null || primary.HasGlyph(c))
            return primary;
        var fallback = Face(_fallbackFamily, primary.Bold, primary.Italic);
        return fallback.HasGlyph(c) ? fallback : primary;
    }
}
