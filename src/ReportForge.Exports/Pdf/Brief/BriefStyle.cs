using ReportForge.Layout.Fluent;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf.Brief;

/// <summary>The brief's type scale and spacing, in points, and the styles built from them.</summary>
/// <param name="columns">How wide the columns of codes and labels are; <see cref="BriefColumns.Usual"/> when null.</param>
internal sealed class BriefStyle(PdfTheme theme, BriefColumns? columns = null)
{
    public const double Body = 9.5;
    public const double Small = 8;
    public const double Table = 8.5;
    public const double Tiny = 7;

    /// <summary>Space between blocks of a section.</summary>
    public const double BlockGap = 10;

    /// <summary>Space above a theme heading, so themes read as separate units.</summary>
    public const double ThemeGap = 22;

    public PdfTheme Theme { get; } = theme;

    public BriefColumns Columns { get; } = columns ?? BriefColumns.Usual;

    /// <summary>Sets the document's default text and the H1–H4 styles.</summary>
    public void Apply(DocumentDescriptor document)
    {
        document.DefaultTextStyle(s => s.FontFamily(PdfTheme.Sans).FontSize(Body).FontColor(Theme.Ink).LineHeight(1.35));
        document.HeadingStyle(1, s => s.FontFamily(PdfTheme.Sans).FontSize(20).Bold().FontColor(Theme.Brand).LineHeight(1.2));
        document.HeadingStyle(2, s => s.FontFamily(PdfTheme.Sans).FontSize(14).Bold().FontColor(Theme.Brand).LineHeight(1.25));
        document.HeadingStyle(3, s => s.FontFamily(PdfTheme.Sans).FontSize(12).Bold().FontColor(Theme.Ink).LineHeight(1.25));
        document.HeadingStyle(4, s => s.FontFamily(PdfTheme.Sans).FontSize(8).Bold().Italic(false).FontColor(Theme.Muted).LineHeight(1.2));
    }

    /// <summary>Secondary text: citations, counts, captions.</summary>
    public TextStyle Note => TextStyle.Default.FontSize(Small).FontColor(Theme.Muted);

    /// <summary>Stakeholder codes, which readers scan for.</summary>
    public TextStyle Code => TextStyle.Default.FontSize(Small).Bold().FontColor(Theme.Brand);
}
