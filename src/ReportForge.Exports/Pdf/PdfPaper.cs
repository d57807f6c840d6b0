using ReportForge.Core.Tailoring;
using ReportForge.Layout.Infrastructure;

namespace ReportForge.Exports.Pdf;

/// <summary>Paper sizes and margins for a profile's paper and orientation.</summary>
public static class PdfPaper
{
    /// <summary>The page size for <paramref name="paper"/> turned to <paramref name="orientation"/>.</summary>
    public static PageSize Size(PaperSize paper, PaperOrientation orientation)
    {
        var size = paper switch
        {
            PaperSize.Letter => PageSizes.Letter,
            PaperSize.A3 => PageSizes.A3,
            _ => PageSizes.A4,
        };
        return orientation == PaperOrientation.Landscape ? size.Landscape() : size.Portrait();
    }

    /// <summary>
    /// Side margin in points: about 22 mm on A4 and Letter, more on A3 so that lines stay a readable
    /// length; landscape pages get wider margins for the same reason.
    /// </summary>
    public static double SideMargin(PageSize size) => Math.Round(Math.Max(62, size.Width * 0.105));
}
