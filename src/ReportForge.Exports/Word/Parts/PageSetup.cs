using DocumentFormat.OpenXml.Wordprocessing;
using ReportForge.Core.Tailoring;

namespace ReportForge.Exports.Word.Parts;

/// <summary>Paper, margins and the header/footer links of the brief's only section, in twentieths of a point.</summary>
internal sealed record PageSetup(int Width, int Height, bool Landscape)
{
    private const int SideMargin = 1134;   // 2 cm
    private const int EdgeMargin = 1304;   // 2.3 cm, room for header and footer
    private const int HeaderDistance = 624;

    /// <summary>The width text can take between the margins.</summary>
    public int TextWidth => Width - 2 * SideMargin;

    public static PageSetup For(BriefProfile profile)
    {
        var (width, height) = profile.Paper switch
        {
            PaperSize.Letter => (12240, 15840),
            PaperSize.A3 => (16838, 23811),
            _ => (11906, 16838),
        };
        return profile.Orientation == PaperOrientation.Landscape
            ? new PageSetup(height, width, true)
            : new PageSetup(width, height, false);
    }

    public SectionProperties SectionProperties(string headerId, string footerId) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new FootnoteProperties(new NumberingFormat { Val = NumberFormatValues.Decimal }),
        new PageSize
        {
            Width = (uint)Width, Height = (uint)Height,
            Orient = Landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
        },
        new PageMargin
        {
            Top = EdgeMargin, Bottom = EdgeMargin, Left = SideMargin, Right = SideMargin,
            Header = HeaderDistance, Footer = HeaderDistance, Gutter = 0,
        });
}
