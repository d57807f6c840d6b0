using ReportForge.Core.Parsing.Blocks;

namespace ReportForge.Core.Parsing.Reading.Pdf;

/// <summary>
/// Page furniture by position: the running symbol at the top of every page but the cover, and the page
/// number, job number ("GE.19-13858(E)") and barcode in the bottom band. Only lines that are both in a
/// band and look like furniture go: a paragraph that runs low on a page stays.
/// </summary>
internal static class FurnitureBands
{
    /// <summary>Height of the top band (points from the top edge); the running header sits about 50–65 pt down.</summary>
    private const double Top = 80;

    /// <summary>Height of the bottom band (points from the bottom edge).</summary>
    private const double Bottom = 130;

    public static bool IsFurniture(RowLine line, double baseline, double pageHeight, int page, bool barcode)
    {
        if (barcode) return true;
        var inTop = baseline > pageHeight - Top;
        var inBottom = baseline < Bottom;
        if (!inTop && !inBottom) return false;
        // The cover's top band carries the symbol the cover parser reads ("United Nations  A/HRC/WG.6/34/SVN/3").
        if (inTop && page == 1) return false;
        return PageFurniture.IsFurniture(line.Text) || line.Text.Trim().Length == 0;
    }
}
