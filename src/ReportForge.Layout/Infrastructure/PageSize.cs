namespace ReportForge.Layout.Infrastructure;

/// <summary>A paper size in points.</summary>
public readonly record struct PageSize(double Width, double Height)
{
    /// <summary>The same paper turned so that it is wider than tall.</summary>
    public PageSize Landscape() => Width >= Height ? this : new PageSize(Height, Width);

    /// <summary>The same paper turned so that it is taller than wide.</summary>
    public PageSize Portrait() => Width <= Height ? this : new PageSize(Height, Width);
}

/// <summary>Common paper sizes (portrait).</summary>
public static class PageSizes
{
    /// <summary>ISO A4, 210 x 297 mm.</summary>
    public static readonly PageSize A4 = new(595.28, 841.89);
    /// <summary>ISO A3, 297 x 420 mm.</summary>
    public static readonly PageSize A3 = new(841.89, 1190.55);
    /// <summary>US Letter, 8.5 x 11 in.</summary>
    public static readonly PageSize Letter = new(612, 792);
}
