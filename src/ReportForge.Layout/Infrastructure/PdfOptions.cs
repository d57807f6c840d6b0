namespace ReportForge.Layout.Infrastructure;

/// <summary>How a document is written to PDF.</summary>
public sealed class PdfOptions
{
    /// <summary>Folder holding the TrueType fonts (<c>Family-Style.ttf</c>); the product passes <c>templates/fonts</c>.</summary>
    public required string FontsDirectory { get; init; }

    /// <summary>Family used when a text style names none.</summary>
    public string DefaultFontFamily { get; init; } = "Noto Sans";

    /// <summary>Family used for characters the chosen font has no glyph for (null: no fallback).</summary>
    public string? FallbackFontFamily { get; init; } = "DejaVu Sans";

    /// <summary>Write a tagged (accessible) PDF with a structure tree. On by default.</summary>
    public bool Tagged { get; init; } = true;

    /// <summary>Mark the file as PDF/A (output intent and XMP metadata).</summary>
    public bool PdfA { get; init; }

    /// <summary>
    /// Creation date written into the file. Null (the default) writes a fixed date so that the same
    /// document always gives the same bytes; pass a date only when the output should carry one.
    /// </summary>
    public DateTimeOffset? CreationDate { get; init; }

    /// <summary>Stop with a <see cref="LayoutException"/> when a document grows past this many pages.</summary>
    public int MaxPages { get; init; } = 20_000;

    /// <summary>The date written when <see cref="CreationDate"/> is null.</summary>
    public static readonly DateTimeOffset FixedCreationDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
