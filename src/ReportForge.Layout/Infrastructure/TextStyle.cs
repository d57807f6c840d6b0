namespace ReportForge.Layout.Infrastructure;

/// <summary>
/// A text style whose unset (null) properties are inherited from the enclosing style
/// (document default → page default → <c>DefaultTextStyle</c> wrappers → text block → span).
/// </summary>
public sealed record TextStyle
{
    /// <summary>Font family, e.g. <c>Noto Sans</c> or <c>Noto Serif</c>.</summary>
    public string? FontFamily { get; init; }
    /// <summary>Font size in points.</summary>
    public double? FontSize { get; init; }
    /// <summary>Bold weight.</summary>
    public bool? Bold { get; init; }
    /// <summary>Italic style.</summary>
    public bool? Italic { get; init; }
    /// <summary>Text colour.</summary>
    public Color? Color { get; init; }
    /// <summary>Underlined.</summary>
    public bool? Underline { get; init; }
    /// <summary>Raised and smaller, for footnote markers.</summary>
    public bool? Superscript { get; init; }
    /// <summary>Line height as a multiple of the font size.</summary>
    public double? LineHeight { get; init; }

    /// <summary>A style with nothing set.</summary>
    public static TextStyle Default { get; } = new();

    /// <summary>The built-in base every document starts from.</summary>
    internal static TextStyle Base { get; } = new()
    {
        FontSize = 10,
        Bold = false,
        Italic = false,
        Color = Colors.Black,
        Underline = false,
        Superscript = false,
        LineHeight = 1.3,
    };

    /// <summary>This style with the unset properties taken from <paramref name="parent"/>.</summary>
    public TextStyle InheritFrom(TextStyle parent) => new()
    {
        FontFamily = FontFamily ?? parent.FontFamily,
        FontSize = FontSize ?? parent.FontSize,
        Bold = Bold ?? parent.Bold,
        Italic = Italic ?? parent.Italic,
        Color = Color ?? parent.Color,
        Underline = Underline ?? parent.Underline,
        Superscript = Superscript ?? parent.Superscript,
        LineHeight = LineHeight ?? parent.LineHeight,
    };
}
